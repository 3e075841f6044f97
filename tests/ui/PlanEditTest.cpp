// Editing the plan and the units in the real main window, offscreen: the
// dialogs are answered as a user would, every edit is checked in the
// database and the audit log, and undone and redone.
#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "TaskDialogs.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "UnitDialogs.h"
#include "UnitPickerDialog.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/TaskRepository.h"
#include "db/UnitRepository.h"
#include "db/YearPlanRepository.h"
#include "models/TaskTreeModel.h"
#include "models/UnitTreeModel.h"
#include "pages/PlanPage.h"
#include "pages/UnitsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace ttcs;
using namespace ttcs::ui;
using namespace ttcs::test;

namespace {

void answerYes()
{
    whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
}

QAction *action(QWidget *page, const char *name)
{
    auto *a = page->findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(a);
    return a;
}

template<class P>
P *showPageOf(MainWindow &w)
{
    for (int i = 0; i < w.pages().size(); ++i) {
        if (auto *p = qobject_cast<P *>(w.pages().at(i))) {
            w.showPage(i);
            QCoreApplication::processEvents();
            return p;
        }
    }
    FAIL("no such page");
    return nullptr;
}

std::optional<Task> taskTitled(db::Database &db, const QString &title)
{
    const QList<Task> all = db::TaskRepository(db).all().value();
    for (const Task &t : all) {
        if (t.title == title)
            return t;
    }
    return std::nullopt;
}

std::optional<Task> taskNumbered(db::Database &db, const QString &number)
{
    const QList<Task> all = db::TaskRepository(db).all().value();
    for (const Task &t : all) {
        if (t.number == number)
            return t;
    }
    return std::nullopt;
}

db::AuditEntry lastAudit(db::Database &db)
{
    auto entries = db::AuditLog(db).recent(1);
    REQUIRE(entries.ok());
    REQUIRE_FALSE(entries->isEmpty());
    return entries->first();
}

const QString kNewTitle = QStringLiteral("Truyền thông về chuyển đổi số");

} // namespace

TEST_CASE("the plan is edited in the main window: add, edit, plan the year, move, undo, redo, remove")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("plan.sqlite")), true).isEmpty());
    w.setYear(2024);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *page = showPageOf<PlanPage>(w);
    db::Database &db = *w.database();
    QUndoStack *undo = w.undoStack();
    // The model is checked through every change below.
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTreeView *view = page->view();
    REQUIRE(view->model()->rowCount() == 9);

    // Add a task after the last main task, with a lead unit picked by search.
    page->setCurrentTask(taskNumbered(db, QStringLiteral("9"))->id);
    whenShown<TaskDialog>([](TaskDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("taskTitle"))->setText(kNewTitle);
        d->findChild<QPlainTextEdit *>(QStringLiteral("taskContent"))
            ->setPlainText(QStringLiteral("Tuyên truyền Đề án chuyển đổi số của tỉnh."));
        whenShown<UnitPickerDialog>([](UnitPickerDialog *picker) {
            picker->search()->setText(QStringLiteral("so tu phap"));
            int shown = 0;
            for (int r = 0; r < picker->list()->count(); ++r)
                shown += picker->list()->item(r)->isHidden() ? 0 : 1;
            CHECK(shown == 1);
            QTest::keyClick(picker->search(), Qt::Key_Return);
        });
        d->findChild<QPushButton *>(QStringLiteral("addRole_lead"))->click();
        CHECK(d->rolesEditor()->list(TaskRoleKind::Lead)->count() == 1);
        d->accept();
    });
    action(page, "addTask")->trigger();
    auto added = taskTitled(db, kNewTitle);
    REQUIRE(added);
    CHECK(added->number == QStringLiteral("10"));
    CHECK(added->parentId == 0);
    REQUIRE(added->roles.size() == 1);
    CHECK(added->roles.first().name == QStringLiteral("Sở Tư pháp"));
    CHECK(added->roles.first().role == TaskRoleKind::Lead);
    CHECK(lastAudit(db).action == QStringLiteral("insert"));
    CHECK(lastAudit(db).entity == QStringLiteral("task"));
    CHECK(page->currentTaskId() == added->id);
    CHECK(view->model()->rowCount() == 10);
    const qint64 id = added->id;

    // Edit its title.
    whenShown<TaskDialog>([](TaskDialog *d) {
        auto *title = d->findChild<QLineEdit *>(QStringLiteral("taskTitle"));
        CHECK(title->text() == kNewTitle);
        title->setText(kNewTitle + QStringLiteral(" năm 2024"));
        d->accept();
    });
    action(page, "editTask")->trigger();
    CHECK(taskTitled(db, kNewTitle + QStringLiteral(" năm 2024")));
    CHECK(lastAudit(db).action == QStringLiteral("update"));
    CHECK(page->findChild<QTextBrowser *>(QStringLiteral("taskDetail"))
              ->toPlainText()
              .contains(QStringLiteral("năm 2024")));

    // Plan it for 2024: deadline, target, expected output, budget.
    whenShown<TaskYearDialog>([](TaskYearDialog *d) {
        d->findChild<QCheckBox *>(QStringLiteral("ownDeadline"))->setChecked(true);
        d->findChild<QDateEdit *>(QStringLiteral("deadline"))->setDate(QDate(2024, 9, 30));
        d->findChild<QPlainTextEdit *>(QStringLiteral("target"))
            ->setPlainText(QStringLiteral("100% sở, ngành"));
        d->findChild<QPlainTextEdit *>(QStringLiteral("expectedOutput"))
            ->setPlainText(QStringLiteral("12 tin, bài"));
        d->findChild<QLineEdit *>(QStringLiteral("budget"))->setText(QStringLiteral("50.000.000"));
        d->accept();
    });
    action(page, "editTaskYear")->trigger();
    auto stored = db::YearPlanRepository(db).stored(id, 2024);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->deadline == QDate(2024, 9, 30));
    CHECK((*stored)->target == QStringLiteral("100% sở, ngành"));
    CHECK((*stored)->expectedOutput == QStringLiteral("12 tin, bài"));
    CHECK((*stored)->budget == 50000000);
    CHECK(lastAudit(db).entity == QStringLiteral("task_year"));
    CHECK(page->model()
              ->index(page->model()->indexOfKey(id).row(), TaskTreeModel::DeadlineColumn)
              .data()
              .toString() == QLocale().toString(QDate(2024, 9, 30), QLocale::ShortFormat));

    // Move it up: it becomes 9 and the old 9 becomes 10.
    const qint64 oldNine = taskNumbered(db, QStringLiteral("9"))->id;
    action(page, "moveTaskUp")->trigger();
    CHECK(taskNumbered(db, QStringLiteral("9"))->id == id);
    CHECK(taskNumbered(db, QStringLiteral("10"))->id == oldNine);
    CHECK(lastAudit(db).action == QStringLiteral("move"));
    CHECK(page->currentTaskId() == id);

    // Move it under task 1 as its last sub-task.
    const Task one = *taskNumbered(db, QStringLiteral("1"));
    whenShown<QDialog>([&](QDialog *d) {
        auto *parents = d->findChild<QComboBox *>(QStringLiteral("newParent"));
        REQUIRE(parents);
        parents->setCurrentIndex(parents->findData(one.id));
        d->accept();
    });
    action(page, "moveTaskUnder")->trigger();
    auto moved = taskTitled(db, kNewTitle + QStringLiteral(" năm 2024"));
    REQUIRE(moved);
    CHECK(moved->parentId == one.id);
    CHECK(moved->number.startsWith(QStringLiteral("1.")));
    CHECK(taskNumbered(db, QStringLiteral("9"))->id == oldNine);

    // Undo, step by step, back to the plan as it was; redo it all.
    const int steps = undo->count();
    CHECK(steps == 5);
    undo->undo(); // move under 1
    CHECK(taskNumbered(db, QStringLiteral("9"))->id == id);
    CHECK(lastAudit(db).action == QStringLiteral("undo"));
    undo->undo(); // move up
    CHECK(taskNumbered(db, QStringLiteral("10"))->id == id);
    undo->undo(); // the year
    CHECK_FALSE(db::YearPlanRepository(db).stored(id, 2024)->has_value());
    undo->undo(); // the title
    CHECK(taskTitled(db, kNewTitle));
    undo->undo(); // the new task
    CHECK_FALSE(taskTitled(db, kNewTitle));
    CHECK(view->model()->rowCount() == 9);
    while (undo->canRedo())
        undo->redo();
    moved = taskTitled(db, kNewTitle + QStringLiteral(" năm 2024"));
    REQUIRE(moved);
    CHECK(moved->id == id); // the same task, not a copy
    CHECK(moved->parentId == one.id);
    CHECK(db::YearPlanRepository(db).stored(id, 2024)->value().budget == 50000000);
    REQUIRE(moved->roles.size() == 1);
    CHECK(moved->roles.first().name == QStringLiteral("Sở Tư pháp"));

    // Remove it, after saying yes.
    page->setCurrentTask(id);
    answerYes();
    action(page, "removeTask")->trigger();
    CHECK_FALSE(taskTitled(db, kNewTitle + QStringLiteral(" năm 2024")));
    CHECK(lastAudit(db).action == QStringLiteral("delete"));
    CHECK(page->model()->indexOfKey(id) == QModelIndex());
    undo->undo();
    CHECK(taskTitled(db, kNewTitle + QStringLiteral(" năm 2024"))->id == id);
    CHECK(db::YearPlanRepository(db).stored(id, 2024)->value().target ==
          QStringLiteral("100% sở, ngành"));
    undo->redo();
    CHECK_FALSE(taskTitled(db, kNewTitle + QStringLiteral(" năm 2024")));
}

TEST_CASE("a year is started from the previous one in the app, and taken back")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("year.sqlite")), true).isEmpty());
    w.setYear(2024);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *page = showPageOf<PlanPage>(w);
    db::Database &db = *w.database();
    const qint64 task = taskNumbered(db, QStringLiteral("2"))->id;
    TaskYearPlan plan;
    plan.deadline = QDate(2024, 6, 30);
    plan.target = QStringLiteral("Mỗi quý một bản tin");
    REQUIRE(page->setYearPlan(task, plan).isEmpty());

    w.setYear(2025);
    QCoreApplication::processEvents();
    CHECK(action(page, "startYear")->text().contains(QStringLiteral("2025")));
    answerYes();
    whenShown<QMessageBox>([](QMessageBox *box) { box->accept(); }); // "has been started"
    action(page, "startYear")->trigger();
    auto carried = db::YearPlanRepository(db).stored(task, 2025);
    REQUIRE(carried.ok());
    REQUIRE(carried->has_value());
    CHECK((*carried)->deadline == QDate(2025, 6, 30));
    CHECK((*carried)->target == QStringLiteral("Mỗi quý một bản tin"));
    CHECK(db::YearPlanRepository(db).startedYears().value().contains(2025));
    CHECK(lastAudit(db).action == QStringLiteral("start_year"));

    w.undoStack()->undo();
    CHECK_FALSE(db::YearPlanRepository(db).stored(task, 2025)->has_value());
    CHECK_FALSE(db::YearPlanRepository(db).startedYears().value().contains(2025));
    w.undoStack()->redo();
    CHECK(db::YearPlanRepository(db).stored(task, 2025)->has_value());
}

TEST_CASE("units are added, renamed from a date and the rename undone in the main window")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("units.sqlite")), true).isEmpty());
    w.setYear(2024);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *page = showPageOf<UnitsPage>(w);
    db::Database &db = *w.database();
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    db::UnitRepository repo(db);

    // The groups pane lists each group with its members that year.
    QTreeWidget *groups = page->groups();
    REQUIRE(groups->topLevelItemCount() > 0);
    int members = 0;
    for (int i = 0; i < groups->topLevelItemCount(); ++i)
        members += groups->topLevelItem(i)->childCount();
    CHECK(members > 8);

    // Rename Sở Tư pháp from 1 July 2024 through the dialog.
    qint64 justice = 0;
    const QList<Unit> all = repo.all().value();
    for (const Unit &u : all)
        justice = u.name == QStringLiteral("Sở Tư pháp") ? u.id : justice;
    REQUIRE(justice != 0);
    page->setCurrentUnit(justice);
    REQUIRE(page->currentUnitId() == justice);
    whenShown<UnitChangeDialog>([](UnitChangeDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("newName"))
            ->setText(QStringLiteral("Sở Tư pháp và Pháp chế"));
        d->findChild<QDateEdit *>(QStringLiteral("changeFrom"))->setDate(QDate(2024, 7, 1));
        d->accept();
    });
    action(page, "renameUnit")->trigger();
    const Unit old = repo.byId(justice).value();
    CHECK(old.validTo == QDate(2024, 6, 30));
    CHECK(old.end == UnitEnd::Renamed);
    const Unit renamed = repo.byId(old.successorId).value();
    CHECK(renamed.name == QStringLiteral("Sở Tư pháp và Pháp chế"));
    CHECK(renamed.validFrom == QDate(2024, 7, 1));
    CHECK(lastAudit(db).action == QStringLiteral("rename"));
    // Both names exist in 2024: the page shows them both.
    CHECK(page->model()->indexOfKey(justice).isValid());
    CHECK(page->model()->indexOfKey(renamed.id).isValid());
    CHECK(page->currentUnitId() == renamed.id);

    w.undoStack()->undo();
    CHECK(repo.byId(justice)->validTo.isNull());
    CHECK_FALSE(repo.byId(renamed.id).ok());
    CHECK(lastAudit(db).action == QStringLiteral("undo"));
    CHECK_FALSE(page->model()->indexOfKey(renamed.id).isValid());
    w.undoStack()->redo();
    CHECK(repo.byId(renamed.id)->name == QStringLiteral("Sở Tư pháp và Pháp chế"));

    // A new commune under a district, through the dialog; undo removes it.
    whenShown<UnitDialog>([](UnitDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("unitName"))
            ->setText(QStringLiteral("UBND xã Nam Mẫu"));
        auto *kind = d->findChild<QComboBox *>(QStringLiteral("unitKind"));
        kind->setCurrentIndex(kind->findData(int(UnitKind::Commune)));
        auto *parent = d->findChild<QComboBox *>(QStringLiteral("unitParent"));
        parent->setCurrentIndex(parent->findText(QStringLiteral("UBND huyện Ba Bể")));
        d->accept();
    });
    action(page, "addUnit")->trigger();
    const qint64 commune = page->currentUnitId();
    REQUIRE(commune != 0);
    const Unit namMau = repo.byId(commune).value();
    CHECK(namMau.name == QStringLiteral("UBND xã Nam Mẫu"));
    CHECK(namMau.kind == UnitKind::Commune);
    CHECK(repo.byId(namMau.parentId)->name == QStringLiteral("UBND huyện Ba Bể"));
    CHECK(page->model()->indexOfKey(commune).parent().data().toString() ==
          QStringLiteral("UBND huyện Ba Bể"));
    w.undoStack()->undo();
    CHECK_FALSE(repo.byId(commune).ok());
    w.undoStack()->redo();
    CHECK(repo.byId(commune)->name == QStringLiteral("UBND xã Nam Mẫu"));

    // Dissolving it from a date, confirmed through the dialog, then undone.
    page->setCurrentUnit(commune);
    whenShown<UnitChangeDialog>([](UnitChangeDialog *d) {
        d->findChild<QDateEdit *>(QStringLiteral("changeFrom"))->setDate(QDate(2025, 1, 1));
        d->accept();
    });
    action(page, "dissolveUnit")->trigger();
    CHECK(repo.byId(commune)->end == UnitEnd::Dissolved);
    CHECK(lastAudit(db).action == QStringLiteral("dissolve"));
    w.undoStack()->undo();
    CHECK(repo.byId(commune)->end == UnitEnd::None);
}

TEST_CASE("a task dropped in the tree moves there, as one undoable edit")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("drop.sqlite")), true).isEmpty());
    w.setYear(2024);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *page = showPageOf<PlanPage>(w);
    db::Database &db = *w.database();
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModel *model = page->view()->model(); // what the view shows, sorted
    auto proxyIndexOf = [&](const QString &number) {
        const QModelIndex source = page->model()->indexOfKey(taskNumbered(db, number)->id);
        REQUIRE(source.isValid());
        return static_cast<QSortFilterProxyModel *>(model)->mapFromSource(source);
    };
    const qint64 two = taskNumbered(db, QStringLiteral("2"))->id;
    const qint64 four = taskNumbered(db, QStringLiteral("4"))->id;

    // Task 2 dropped onto task 8: its last sub-task.
    std::unique_ptr<QMimeData> data(model->mimeData({proxyIndexOf(QStringLiteral("2"))}));
    REQUIRE(data);
    const QModelIndex eight = proxyIndexOf(QStringLiteral("8"));
    // Onto an item the view drops at row and column -1.
    CHECK(model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, eight));
    // Never into itself.
    CHECK_FALSE(model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1,
                                       proxyIndexOf(QStringLiteral("2"))));
    // The view must not remove rows itself: the page makes the move.
    CHECK_FALSE(model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, eight));
    QTRY_VERIFY(taskNumbered(db, QStringLiteral("7.5")).has_value());
    CHECK(taskNumbered(db, QStringLiteral("7.5"))->id == two);
    CHECK(taskNumbered(db, QStringLiteral("3"))->id == four); // the main tasks close up
    CHECK(lastAudit(db).action == QStringLiteral("move"));

    // Dropped between main tasks 1 and 2 (row 1 at the top): it is task 2 again.
    data.reset(model->mimeData({proxyIndexOf(QStringLiteral("7.5"))}));
    CHECK_FALSE(model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    QTRY_VERIFY(taskNumbered(db, QStringLiteral("2"))->id == two);
    CHECK(taskNumbered(db, QStringLiteral("4"))->id == four);

    // Moving down under the same parent: dropped below task 4 (row 4), it
    // comes right after it.
    data.reset(model->mimeData({proxyIndexOf(QStringLiteral("2"))}));
    CHECK_FALSE(model->dropMimeData(data.get(), Qt::MoveAction, 4, 0, QModelIndex()));
    QTRY_VERIFY(taskNumbered(db, QStringLiteral("4"))->id == two);
    CHECK(taskNumbered(db, QStringLiteral("3"))->id == four);

    w.undoStack()->undo();
    w.undoStack()->undo();
    w.undoStack()->undo();
    CHECK(taskNumbered(db, QStringLiteral("2"))->id == two);
    CHECK(taskNumbered(db, QStringLiteral("4"))->id == four);
}

// Not a check: with TTCS_SCREENSHOTS=DIR set, saves the Plan and Units pages
// and their dialogs at 1366x768, to look at.
TEST_CASE("screenshots of the plan and units pages and dialogs when asked")
{
    const QString out = ttcs::test::screenshotFolder();
    if (out.isEmpty())
        return;
    QSettings().clear(); // as a new user sees it
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("shots.sqlite")), true).isEmpty());
    w.setYear(2024);
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto save = [&](QWidget *widget, const QString &name) {
        QTest::qWait(50);
        widget->grab().save(QStringLiteral("%1/%2.png").arg(out, name));
    };
    auto *plan = showPageOf<PlanPage>(w);
    plan->setCurrentTask(taskNumbered(*w.database(), QStringLiteral("3.2"))->id);
    save(&w, QStringLiteral("plan-page"));
    for (const char *name : {"editTask", "editTaskYear", "moveTaskUnder"}) {
        whenShown<QDialog>([&, name](QDialog *d) {
            save(d, QString::fromLatin1(name));
            d->reject();
        });
        action(plan, name)->trigger();
    }
    whenShown<TaskDialog>([&](TaskDialog *d) {
        whenShown<UnitPickerDialog>([&](UnitPickerDialog *p) {
            save(p, QStringLiteral("unitPicker"));
            p->reject();
        });
        d->findChild<QTabWidget *>()->setCurrentIndex(1);
        d->findChild<QPushButton *>(QStringLiteral("addRole_lead"))->click();
        save(d, QStringLiteral("editTask-units"));
        d->reject();
    });
    action(plan, "editTask")->trigger();
    auto *units = showPageOf<UnitsPage>(w);
    save(&w, QStringLiteral("units-page"));
    units->view()->setCurrentIndex(units->view()->model()->index(
        0, 0, units->view()->model()->index(0, 0)));
    for (const char *name : {"editUnit", "renameUnit", "mergeUnit", "dissolveUnit", "addUnit"}) {
        whenShown<QDialog>([&, name](QDialog *d) {
            save(d, QString::fromLatin1(name));
            d->reject();
        });
        action(units, name)->trigger();
    }
}
