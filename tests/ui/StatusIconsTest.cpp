// The status and outcome icons: told apart by shape as well as colour,
// painted at the screen's scale, and shown on the Progress page in the
// table, the status filter, the legend under the list and the edit dialog.
#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "StatusIcons.h"
#include "Translations.h"
#include "db/Database.h"
#include "db/ProgressRepository.h"
#include "models/ProgressTableModel.h"
#include "pages/ProgressPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

#include <cstdlib>

using namespace ttcs;
using namespace ttcs::ui;

namespace {

// The icon as a reader without colour vision sees it: its lightness, drawn
// on white as the table's cells are nearly white.
QImage lightness(const QIcon &icon, int side)
{
    QImage image(side, side, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    icon.paint(&p, image.rect());
    p.end();
    return image.convertToFormat(QImage::Format_Grayscale8);
}

// The share of pixels whose lightness differs clearly between two images.
double differing(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 60)
                ++count;
        }
    }
    return double(count) / (a.width() * a.height());
}

// Progress for 2024 in every state a line can be in (the deadlines of 2024
// have passed): with a deadline, not started (overdue), done on time, done
// late, not applicable or not reported; without one, not started, in
// progress, done or not reported.
void seedEveryState(db::Database &db)
{
    auto lines = db::ProgressRepository(db).lines(2024);
    REQUIRE(lines);
    int withDeadline = 0, without = 0;
    for (const ProgressLine &l : lines.value()) {
        Progress p;
        p.reportedOn = QDate(2024, 7, 1);
        p.result = QStringLiteral("Đã báo cáo");
        if (l.deadline.isValid()) {
            switch (withDeadline++ % 5) {
            case 0:
                p.status = ProgressStatus::NotStarted;
                break;
            case 1:
                p.status = ProgressStatus::Done;
                p.completedOn = l.deadline.addDays(-10);
                break;
            case 2:
                p.status = ProgressStatus::Done;
                p.completedOn = l.deadline.addDays(10);
                break;
            case 3:
                p.status = ProgressStatus::NotApplicable;
                break;
            default:
                continue;
            }
        } else {
            switch (without++ % 4) {
            case 0:
                p.status = ProgressStatus::NotStarted;
                break;
            case 1:
                p.status = ProgressStatus::InProgress;
                break;
            case 2:
                p.status = ProgressStatus::Done;
                p.completedOn = QDate(2024, 6, 1);
                break;
            default:
                continue;
            }
        }
        REQUIRE(db::ProgressRepository(db).put({l.taskId, l.unitId, 2024}, p));
    }
    REQUIRE(withDeadline > 5);
}

} // namespace

TEST_CASE("the status icons read apart without colour and are painted at the screen's scale")
{
    QList<QIcon> statusIcons;
    for (TrackedStatus s : allTrackedStatuses())
        statusIcons << trackedStatusIcon(s);
    // Beside them in the status filter.
    statusIcons << allStatusesIcon();
    QList<QIcon> outcomeIcons;
    for (Outcome o : allOutcomes())
        outcomeIcons << outcomeIcon(o);

    // In lightness alone, at the table's size, any two differ in a good
    // part of their pixels: their shapes differ, not only their hues.
    for (const QList<QIcon> &icons : {statusIcons, outcomeIcons}) {
        for (int i = 0; i < icons.size(); ++i) {
            for (int j = i + 1; j < icons.size(); ++j) {
                INFO("icons " << i << " and " << j);
                CHECK(differing(lightness(icons.at(i), 16), lightness(icons.at(j), 16)) > 0.08);
            }
        }
    }

    // On a screen scaled by two, the icon is painted with twice the pixels,
    // not enlarged: its edges stay as sharp as at the plain size.
    for (const QIcon &icon : statusIcons) {
        const QPixmap plain = icon.pixmap(QSize(16, 16), 1.0);
        const QPixmap doubled = icon.pixmap(QSize(16, 16), 2.0);
        CHECK(plain.size() == QSize(16, 16));
        CHECK(doubled.size() == QSize(32, 32));
        CHECK(doubled.devicePixelRatio() == 2.0);
        const QImage enlarged =
            plain.toImage().scaled(32, 32, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        CHECK(doubled.toImage().convertToFormat(enlarged.format()) != enlarged);
    }

    // Stored statuses share the icons of the statuses they are tracked as,
    // and a disabled icon is greyed.
    CHECK(progressStatusIcon(ProgressStatus::Done).pixmap(16).toImage() ==
          trackedStatusIcon(TrackedStatus::Done).pixmap(16).toImage());
    const QIcon overdue = trackedStatusIcon(TrackedStatus::Overdue);
    const QImage disabled = overdue.pixmap(QSize(16, 16), QIcon::Disabled).toImage();
    const QImage normal = overdue.pixmap(QSize(16, 16), QIcon::Normal).toImage();
    // A point inside the triangle, beside the exclamation mark.
    CHECK(normal.pixelColor(4, 12).red() > normal.pixelColor(4, 12).green() + 100);
    const QColor grey = disabled.pixelColor(4, 12);
    CHECK(grey.alpha() == 255);
    CHECK(grey.red() == grey.green());
    CHECK(grey.green() == grey.blue());
}

TEST_CASE("the progress page shows the status icons in the table, the filter, the legend and "
          "the edit dialog")
{
    const QString shots = qEnvironmentVariable("TTCS_SCREENSHOTS");
    if (!shots.isEmpty() && !qEnvironmentVariableIsEmpty("TTCS_LANGUAGE"))
        ttcs::installTranslations(*QCoreApplication::instance());
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("icons.sqlite")), true).isEmpty());
    seedEveryState(*w.database());
    w.setYear(2024);
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    ProgressPage *page = nullptr;
    for (int i = 0; i < w.pages().size(); ++i) {
        if (auto *p = qobject_cast<ProgressPage *>(w.pages().at(i))) {
            page = p;
            w.showPage(i);
        }
    }
    REQUIRE(page);
    QCoreApplication::processEvents();

    // Every line has a status icon, the one of its status; every status
    // and every outcome of the year is there.
    QAbstractItemModel *shown = page->view()->model();
    QMap<TrackedStatus, int> counts;
    QSet<Outcome> outcomes;
    for (int r = 0; r < shown->rowCount(); ++r) {
        const QModelIndex i = shown->index(r, ProgressTableModel::StatusColumn);
        const auto s = trackedStatusFromKey(i.data(ProgressTableModel::StatusKeyRole).toString());
        REQUIRE(s);
        counts[*s] += 1;
        const QIcon icon = i.data(Qt::DecorationRole).value<QIcon>();
        REQUIRE_FALSE(icon.isNull());
        CHECK(icon.pixmap(QSize(16, 16), 1.0).toImage() ==
              trackedStatusIcon(*s).pixmap(QSize(16, 16), 1.0).toImage());
        if (const auto o = outcomeFromKey(
                shown->index(r, 0).data(ProgressTableModel::OverviewOutcomeRole).toString()))
            outcomes.insert(*o);
    }
    CHECK(counts.size() == int(allTrackedStatuses().size()));
    CHECK(outcomes.size() == int(allOutcomes().size()));

    const auto saveShot = [&](QWidget *widget, const QString &name) {
        if (!shots.isEmpty() && QDir().mkpath(shots))
            widget->grab().save(QDir(shots).filePath(name + QStringLiteral(".png")));
    };
    // Lines with a deadline first, so that every outcome is in sight.
    page->view()->sortByColumn(ProgressTableModel::DeadlineColumn, Qt::DescendingOrder);
    QCoreApplication::processEvents();
    saveShot(&w, QStringLiteral("progress-icons-1366x768"));
    w.resize(1920, 1080);
    QCoreApplication::processEvents();
    saveShot(&w, QStringLiteral("progress-icons-1920x1080"));
    w.resize(1366, 768);
    // The status column's header tooltip, the legend with how the computed
    // statuses are worked out.
    if (!shots.isEmpty()) {
        QToolTip::showText(
            page->view()->mapToGlobal(QPoint(0, 0)),
            page->model()
                ->headerData(ProgressTableModel::StatusColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString(),
            page->view());
        QCoreApplication::processEvents();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->inherits("QTipLabel") && top->isVisible())
                saveShot(top, QStringLiteral("progress-icons-tooltip"));
        }
        QToolTip::hideText();
    }

    // The status filter: each status with its icon, and "all" with the
    // icon of every status, so that the labels line up.
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    REQUIRE(status);
    REQUIRE_FALSE(status->itemIcon(0).isNull());
    CHECK(status->itemIcon(0).pixmap(QSize(16, 16), 1.0).toImage() ==
          allStatusesIcon().pixmap(QSize(16, 16), 1.0).toImage());
    for (TrackedStatus s : allTrackedStatuses()) {
        const int i = status->findData(trackedStatusKey(s));
        REQUIRE(i > 0);
        CHECK(status->itemIcon(i).pixmap(QSize(16, 16), 1.0).toImage() ==
              trackedStatusIcon(s).pixmap(QSize(16, 16), 1.0).toImage());
        CHECK_FALSE(status->itemData(i, Qt::ToolTipRole).toString().isEmpty());
    }
    if (!shots.isEmpty()) {
        status->showPopup();
        QCoreApplication::processEvents();
        saveShot(status->view()->window(), QStringLiteral("progress-icons-filter"));
        status->hidePopup();
    }

    // The legend: each status with its icon and its count of the year; a
    // click shows only those lines, a second click all of them again.
    for (TrackedStatus s : allTrackedStatuses()) {
        auto *button =
            page->findChild<QToolButton *>(QStringLiteral("legend_") + trackedStatusKey(s));
        REQUIRE(button);
        CHECK_FALSE(button->icon().isNull());
        CHECK(button->text() ==
              QStringLiteral("%1: %2").arg(trackedStatusLabel(s)).arg(counts.value(s)));
        CHECK(button->toolTip().contains(ProgressTableModel::statusExplanation(s).toHtmlEscaped()));
        button->click();
        CHECK(status->currentData().toString() == trackedStatusKey(s));
        CHECK(button->isChecked());
        CHECK(shown->rowCount() == counts.value(s));
        for (int r = 0; r < shown->rowCount(); ++r)
            CHECK(shown->index(r, 0).data(ProgressTableModel::StatusKeyRole).toString() ==
                  trackedStatusKey(s));
        button->click();
        CHECK(status->currentIndex() == 0);
        CHECK_FALSE(button->isChecked());
        CHECK(shown->rowCount() == page->model()->rowCount());
    }

    // The edit dialog's status choice carries the same icons.
    page->view()->setCurrentIndex(shown->index(0, 0));
    QPushButton *edit = nullptr;
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->text() == ProgressPage::tr("&Edit…"))
            edit = b;
    }
    REQUIRE(edit);
    int checkedIcons = 0;
    bool sawDialog = false;
    QTimer::singleShot(50, &w, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        auto *choice = dialog->findChild<QComboBox *>();
        if (choice) {
            for (int i = 0; i < choice->count(); ++i) {
                const auto s = ProgressStatus(choice->itemData(i).toInt());
                if (choice->itemIcon(i).pixmap(QSize(16, 16), 1.0).toImage() ==
                    progressStatusIcon(s).pixmap(QSize(16, 16), 1.0).toImage())
                    ++checkedIcons;
            }
            saveShot(dialog, QStringLiteral("progress-icons-edit"));
        }
        dialog->reject();
    });
    edit->click();
    CHECK(sawDialog);
    CHECK(checkedIcons == int(allProgressStatuses().size()));
}
