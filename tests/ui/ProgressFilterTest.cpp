// The Progress page's task-group filter in the real main window: the plan's
// groups of the year, the lines of the chosen group (checked against the
// database), combined with the status filter, reached from the keyboard,
// kept across a reload, and set by the overview's click on a group's bar.
#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "Page.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "db/Database.h"
#include "db/ProgressRepository.h"
#include "db/YearPlanRepository.h"
#include "models/ProgressTableModel.h"
#include "pages/OverviewPage.h"
#include "pages/ProgressPage.h"

#include <QAbstractBarSeries>
#include <QAbstractItemView>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ttcs;
using namespace ttcs::ui;
using namespace ttcs::test;

namespace {

using LineKey = QPair<qint64, qint64>; // task, unit

// The top-level task of each task of the year, from the plan's parent links
// (not from the numbers the page goes by).
QHash<qint64, QString> groupOfTask(db::Database &db, int year)
{
    auto tasks = db::YearPlanRepository(db).tasks(year);
    REQUIRE(tasks);
    QHash<qint64, qint64> parent;
    QHash<qint64, QString> number;
    for (const TaskInYear &t : tasks.value()) {
        parent.insert(t.task.id, t.task.parentId);
        number.insert(t.task.id, t.task.number);
    }
    QHash<qint64, QString> out;
    for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
        qint64 top = it.key();
        while (parent.value(top) != 0)
            top = parent.value(top);
        out.insert(it.key(), number.value(top));
    }
    return out;
}

// Some progress across the groups: every other line of groups 1 and 3 done,
// every third in progress.
void seedProgress(db::Database &db, int year)
{
    auto lines = db::ProgressRepository(db).lines(year);
    REQUIRE(lines);
    const QHash<qint64, QString> groups = groupOfTask(db, year);
    int i = 0;
    for (const ProgressLine &l : lines.value()) {
        const QString g = groups.value(l.taskId);
        if (g != QLatin1String("1") && g != QLatin1String("3"))
            continue;
        ++i;
        Progress p;
        if (i % 2 == 0) {
            p.status = ProgressStatus::Done;
            p.completedOn = QDate(year, 6, 30);
        } else if (i % 3 == 0) {
            p.status = ProgressStatus::InProgress;
        } else {
            continue;
        }
        p.result = QStringLiteral("Đã báo cáo");
        p.reportedOn = QDate(year, 7, 1);
        REQUIRE(db::ProgressRepository(db).put({l.taskId, l.unitId, year}, p));
    }
}

// The lines the page shows, by task and unit.
QSet<LineKey> shown(ProgressPage *page)
{
    QSet<LineKey> out;
    QAbstractItemModel *m = page->view()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QString task = m->index(r, ProgressTableModel::TaskColumn).data().toString();
        const QString unit = m->index(r, ProgressTableModel::UnitColumn).data().toString();
        // Back to the source model's line for the ids.
        for (int s = 0; s < page->model()->rowCount(); ++s) {
            const ProgressLine *l = page->model()->lineAt(s);
            if (page->model()->index(s, ProgressTableModel::TaskColumn).data().toString() == task &&
                l->unitName == unit) {
                out.insert({l->taskId, l->unitId});
                break;
            }
        }
    }
    return out;
}

// The lines of the year in a group (empty: any) with a status (empty: any),
// from the database.
QSet<LineKey> expected(db::Database &db, int year, const QString &group, const QString &status)
{
    const QHash<qint64, QString> groups = groupOfTask(db, year);
    auto lines = db::ProgressRepository(db).lines(year);
    REQUIRE(lines);
    QSet<LineKey> out;
    for (const ProgressLine &l : lines.value()) {
        if ((group.isEmpty() || groups.value(l.taskId) == group) &&
            (status.isEmpty() || trackedStatusKey(l.status) == status))
            out.insert({l.taskId, l.unitId});
    }
    return out;
}

} // namespace

TEST_CASE("the progress page filters by task group, with the status, and the overview sets it")
{
    const QString shots = qEnvironmentVariable("TTCS_SCREENSHOTS");
    if (!shots.isEmpty() && !qEnvironmentVariableIsEmpty("TTCS_LANGUAGE"))
        ttcs::installTranslations(*QCoreApplication::instance());
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("groups.sqlite")), true).isEmpty());
    db::Database &db = *w.database();
    seedProgress(db, 2024);
    w.setYear(2024);
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    int progressIndex = -1;
    auto *page = pageOf<ProgressPage>(w, &progressIndex);
    REQUIRE(page);
    w.showPage(progressIndex);
    QCoreApplication::processEvents();

    auto *group = page->findChild<QComboBox *>(QStringLiteral("groupFilter"));
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *unit = page->findChild<QComboBox *>(QStringLiteral("unitFilter"));
    REQUIRE(group);
    REQUIRE(status);
    REQUIRE(unit);

    // "All groups", then the plan's top-level tasks of the year in order.
    auto tasks = db::YearPlanRepository(db).tasks(2024);
    REQUIRE(tasks);
    QStringList groups;
    for (const TaskInYear &t : tasks.value()) {
        if (t.task.parentId == 0)
            groups << t.task.number;
    }
    REQUIRE(groups.size() > 3);
    REQUIRE(group->count() == groups.size() + 1);
    CHECK(group->itemData(0).toString().isEmpty());
    for (int i = 0; i < groups.size(); ++i) {
        CHECK(group->itemData(i + 1).toString() == groups.at(i));
        CHECK(group->itemText(i + 1).startsWith(groups.at(i) + QStringLiteral(". ")));
    }
    CHECK(shown(page) == expected(db, 2024, {}, {}));

    // Reached from the keyboard: the label's shortcut and Tab from the unit.
    auto *label = qobject_cast<QLabel *>([&]() -> QWidget * {
        for (QLabel *l : page->findChildren<QLabel *>()) {
            if (l->buddy() == group)
                return l;
        }
        return nullptr;
    }());
    REQUIRE(label);
    CHECK(label->text().contains(QLatin1Char('&')));
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    unit->setFocus();
    QTest::keyClick(unit, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == group);

    // One group: only its lines, as the database has them.
    group->setCurrentIndex(group->findData(QStringLiteral("3")));
    const QSet<LineKey> groupThree = expected(db, 2024, QStringLiteral("3"), {});
    REQUIRE_FALSE(groupThree.isEmpty());
    CHECK(shown(page) == groupThree);
    CHECK(page->view()->model()->rowCount() < page->model()->rowCount());

    // With a status as well: the lines of the group with that status.
    status->setCurrentIndex(status->findData(QStringLiteral("done")));
    const QSet<LineKey> doneInThree =
        expected(db, 2024, QStringLiteral("3"), QStringLiteral("done"));
    REQUIRE_FALSE(doneInThree.isEmpty());
    CHECK(doneInThree.size() < groupThree.size());
    CHECK(shown(page) == doneInThree);
    // A group with nothing done: an empty list.
    group->setCurrentIndex(group->findData(QStringLiteral("2")));
    CHECK(expected(db, 2024, QStringLiteral("2"), QStringLiteral("done")).isEmpty());
    CHECK(page->view()->model()->rowCount() == 0);

    // Kept when the page reloads, like the unit filter.
    group->setCurrentIndex(group->findData(QStringLiteral("3")));
    page->setContext(w.database(), 2024);
    CHECK(group->currentData().toString() == QStringLiteral("3"));
    CHECK(status->currentData().toString() == QStringLiteral("done"));
    CHECK(shown(page) == doneInThree);

    if (!shots.isEmpty()) {
        const QString out = shots;
        QDir().mkpath(out);
        QTest::qWait(50);
        w.grab().save(QDir(out).filePath(QStringLiteral("progress-group-filter.png")));
        group->showPopup();
        QTest::qWait(50);
        w.grab().save(QDir(out).filePath(QStringLiteral("progress-group-popup.png")));
        group->view()->window()->grab().save(
            QDir(out).filePath(QStringLiteral("progress-group-popup-list.png")));
        group->hidePopup();
    }

    // The overview's click on a group's bar sets the group filter, clears the
    // status filter and names the outcome in the bar above the list.
    auto *overview = pageOf<OverviewPage>(w);
    REQUIRE(overview);
    w.showPage(0);
    QCoreApplication::processEvents();
    overview->setProgressByGroup(true);
    QChart *chart = overview->chartView(OverviewPage::ProgressChart)->chart();
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    REQUIRE(bars);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
    REQUIRE(axis);
    QBarSet *notReported = bars->barSets().at(4);
    int index = -1;
    for (int i = 0; i < notReported->count(); ++i) {
        if (notReported->at(i) > 0 && axis->categories().at(i).startsWith(QStringLiteral("3. ")))
            index = i;
    }
    REQUIRE(index >= 0);
    Q_EMIT notReported->clicked(index);
    QCoreApplication::processEvents();
    CHECK(w.currentPage() == progressIndex);
    CHECK(group->currentData().toString() == QStringLiteral("3"));
    CHECK(status->currentData().toString().isEmpty());
    CHECK(unit->currentData().toString().isEmpty());
    const QSet<LineKey> notReportedInThree =
        expected(db, 2024, QStringLiteral("3"), QStringLiteral("not_reported"));
    CHECK(shown(page) == notReportedInThree);
    CHECK(int(notReported->at(index)) == notReportedInThree.size());
    auto *bar = page->findChild<QWidget *>(QStringLiteral("overviewFilterBar"));
    REQUIRE(bar);
    CHECK(bar->isVisible());
    if (!shots.isEmpty()) {
        QTest::qWait(50);
        w.grab().save(QDir(shots).filePath(QStringLiteral("progress-from-overview.png")));
    }

    // The user changes the group in the filter: the outcome stays, the group
    // is the new one.
    group->setCurrentIndex(group->findData(QStringLiteral("1")));
    CHECK(shown(page) == expected(db, 2024, QStringLiteral("1"), QStringLiteral("not_reported")));

    // "Show all" clears what the overview set.
    auto *clear = page->findChild<QPushButton *>(QStringLiteral("clearOverviewFilter"));
    REQUIRE(clear);
    clear->click();
    CHECK(group->currentIndex() == 0);
    CHECK_FALSE(bar->isVisible());
    CHECK(shown(page) == expected(db, 2024, {}, {}));
}
