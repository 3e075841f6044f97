// The keys of the Training, Media monitoring and Spokespersons pages, as on
// the Plan and Units pages: Insert adds, F2 edits the current row, Delete
// removes it after asking; driven through the real main window offscreen.
#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "Page.h"
#include "SortFilterProxy.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "db/Database.h"
#include "db/MediaRepository.h"
#include "db/SpokespersonRepository.h"
#include "db/TrainingRepository.h"
#include "models/MediaTableModel.h"
#include "models/SpokespersonTableModel.h"
#include "models/TrainingModels.h"
#include "pages/MediaPage.h"
#include "pages/SpokespersonsPage.h"
#include "pages/TrainingPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <utility>

using namespace ttcs;
using namespace ttcs::ui;

namespace {

// What the next modal dialog was, once `act` has answered it.
struct Seen
{
    QString objectName;
    QStringList lineEdits; // the texts of its line edits
    bool messageBox = false;
};

// Polls for the next modal dialog until `seen` is answered or given up.
void onNextDialog(const std::shared_ptr<Seen> &seen, const std::function<void(QDialog *)> &act,
                  const std::shared_ptr<bool> &stop, int triesLeft = 100)
{
    QTimer::singleShot(10, [seen, act, stop, triesLeft] {
        if (*stop)
            return;
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible()) {
            seen->objectName = dialog->objectName();
            seen->messageBox = qobject_cast<QMessageBox *>(dialog) != nullptr;
            for (QLineEdit *e : dialog->findChildren<QLineEdit *>())
                seen->lineEdits << e->text();
            act(dialog);
            return;
        }
        if (triesLeft > 0)
            onNextDialog(seen, act, stop, triesLeft - 1);
    });
}

void reject(QDialog *d)
{
    d->reject();
}

// Answers a confirmation with the button that goes ahead.
void goAhead(QDialog *d)
{
    auto *box = qobject_cast<QMessageBox *>(d);
    REQUIRE(box);
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::AcceptRole ||
            box->buttonRole(b) == QMessageBox::YesRole) {
            b->click();
            return;
        }
    }
    FAIL("no button goes ahead");
}

// Presses `key` in `view` (focused, on its first row) and returns what
// dialog it opened, answered by `act`.
Seen press(QTableView *view, Qt::Key key, const std::function<void(QDialog *)> &act)
{
    // Keys reach shortcuts only in the active window, which a closed
    // dialog may have left without the focus.
    view->window()->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(view->window()));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    auto seen = std::make_shared<Seen>();
    auto stop = std::make_shared<bool>(false);
    onNextDialog(seen, act, stop);
    QTest::keyClick(view, key);
    QTest::qWait(100); // a dialog not opened has had its chance
    *stop = true;
    return *seen;
}

// F2 opens `dialog` on the current row of `view`, showing `text`; Delete
// asks, keeps the row when told no and removes it when told to go ahead;
// undo brings it back.
void checkEditAndRemove(MainWindow &w, QTableView *view, const QString &dialog,
                        const QString &text)
{
    const auto rows = [view] { return view->model()->rowCount(); };
    Seen seen = press(view, Qt::Key_F2, reject);
    CHECK(seen.objectName == dialog);
    CHECK(seen.lineEdits.contains(text));
    const int before = rows();
    seen = press(view, Qt::Key_Delete, reject);
    CHECK(seen.messageBox);
    CHECK(rows() == before);
    seen = press(view, Qt::Key_Delete, goAhead);
    CHECK(seen.messageBox);
    CHECK(rows() == before - 1);
    w.undoStack()->undo();
    CHECK(rows() == before);
}

template <typename T> T *show(MainWindow &w)
{
    T *page = ttcs::test::shownPage<T>(w);
    QCoreApplication::processEvents();
    return page;
}

// A class of 2024 with one trainee (the class's id in the trainee), and
// the window on 2024.
std::pair<TrainingClass, Trainee> addClassWithTrainee(MainWindow &w)
{
    db::TrainingRepository repo(*w.database());
    TrainingClass c;
    c.year = 2024;
    c.title = QStringLiteral("Bồi dưỡng kỹ năng phát ngôn");
    c.startDate = QDate(2024, 5, 6);
    c.endDate = QDate(2024, 5, 7);
    auto classId = repo.addClass(c);
    REQUIRE(classId.ok());
    Trainee t;
    t.classId = classId.value();
    t.name = QStringLiteral("Nguyễn Văn An");
    t.unitText = QStringLiteral("Sở Tư pháp");
    REQUIRE(repo.addTrainee(t).ok());
    w.setYear(2024);
    return {c, t};
}

} // namespace

TEST_CASE("the training page's keys add, edit and remove classes and trainees")
{
    ttcs::test::useOwnSettings();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("keys.sqlite")), true).isEmpty());
    const auto [c, t] = addClassWithTrainee(w);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *page = show<TrainingPage>(w);
    REQUIRE(page);
    REQUIRE(page->classModel()->rowCount() == 1);
    REQUIRE(page->traineeModel()->rowCount() == 1);

    // The buttons say what they do and which key does it.
    CHECK(page->findChild<QPushButton *>(QStringLiteral("addClassButton"))
              ->toolTip()
              .contains(QKeySequence(Qt::Key_Insert).toString(QKeySequence::NativeText)));
    CHECK(page->findChild<QPushButton *>(QStringLiteral("removeTraineeButton"))
              ->toolTip()
              .contains(QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText)));

    // Trainees first: the keys act in the table that has the focus.
    QTableView *trainees = page->traineeView();
    Seen seen = press(trainees, Qt::Key_Insert, reject);
    CHECK(seen.objectName == QStringLiteral("traineeDialog"));
    CHECK_FALSE(seen.lineEdits.contains(t.name)); // a new one, empty
    checkEditAndRemove(w, trainees, QStringLiteral("traineeDialog"), t.name);
    CHECK(page->traineeModel()->rowCount() == 1);

    QTableView *classes = page->classView();
    seen = press(classes, Qt::Key_Insert, reject);
    CHECK(seen.objectName == QStringLiteral("classDialog"));
    CHECK_FALSE(seen.lineEdits.contains(c.title));
    checkEditAndRemove(w, classes, QStringLiteral("classDialog"), c.title);
    CHECK(page->classModel()->rowCount() == 1);
    // The class came back with its trainee.
    CHECK(db::TrainingRepository(*w.database()).trainees(t.classId)->size() == 1);
}

TEST_CASE("the media page's keys go to the form, edit and remove items")
{
    ttcs::test::useOwnSettings();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("keys.sqlite")), true).isEmpty());
    MediaItem item;
    item.date = QDate(2024, 3, 4);
    item.outlet = QStringLiteral("Báo Nhân Dân");
    item.title = QStringLiteral("Tỉnh đẩy mạnh chuyển đổi số");
    REQUIRE(db::MediaRepository(*w.database()).add(item).ok());
    w.setYear(2024);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *page = show<MediaPage>(w);
    REQUIRE(page);
    REQUIRE(page->model()->rowCount() == 1);
    QTableView *view = page->view();
    CHECK(page->findChild<QPushButton *>(QStringLiteral("editMediaButton"))
              ->toolTip()
              .contains(QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText)));

    // Adding is the form above the list: Insert takes the focus there.
    Seen seen = press(view, Qt::Key_Insert, reject);
    CHECK(seen.objectName.isEmpty());
    CHECK(QApplication::focusWidget() == page->findChild<QDateEdit *>(QStringLiteral("mediaDate")));

    checkEditAndRemove(w, view, QStringLiteral("mediaDialog"), item.title);
    CHECK(page->model()->rowCount() == 1);
}

TEST_CASE("the spokespersons page's keys add, edit and remove people")
{
    ttcs::test::useOwnSettings();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("keys.sqlite")), true).isEmpty());
    db::SpokespersonRecord r;
    r.person.name = QStringLiteral("Trần Thị Bình");
    r.person.position = QStringLiteral("Chánh Văn phòng");
    r.person.servingFrom = QDate(2020, 1, 1);
    db::Database &db = *w.database();
    REQUIRE(db.transaction([&]() -> Status {
                  auto ids = db::SpokespersonRepository(db).insertRecords({r});
                  return ids ? Status{} : Status{Error{ids.error()}};
              }).ok());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *page = show<SpokespersonsPage>(w);
    REQUIRE(page);
    REQUIRE(page->model()->rowCount() == 1);

    // Insert: a person typed in, in the list until undone.
    Seen seen = press(page->view(), Qt::Key_Insert, [](QDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("personName"))
            ->setText(QStringLiteral("Lê Văn Cường"));
        d->accept();
    });
    CHECK(seen.objectName == QStringLiteral("spokespersonDialog"));
    CHECK_FALSE(seen.lineEdits.contains(r.person.name));
    CHECK(page->model()->rowCount() == 2);
    w.undoStack()->undo();
    CHECK(page->model()->rowCount() == 1);

    // After the removal is undone the person has the same id.
    const qint64 id = page->view()->model()->index(0, 0).data(IdRole).toLongLong();
    checkEditAndRemove(w, page->view(), QStringLiteral("spokespersonDialog"), r.person.name);
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->view()->model()->index(0, 0).data(IdRole).toLongLong() == id);
    w.undoStack()->redo();
    CHECK(page->model()->rowCount() == 0);
}

// Not a check: with TTCS_SCREENSHOTS=DIR set, the training page at
// 1366x768 with the tooltip of a button that has a key, and the buttons of
// the spokespersons page.
TEST_CASE("screenshot of a button's tooltip with its key when asked")
{
    const QString out = ttcs::test::screenshotFolder();
    if (out.isEmpty())
        return;
    ttcs::test::useOwnSettings();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("shot.sqlite")), true).isEmpty());
    addClassWithTrainee(w);
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *page = show<TrainingPage>(w);
    page->traineeView()->setCurrentIndex(page->traineeView()->model()->index(0, 0));
    auto *button = page->findChild<QPushButton *>(QStringLiteral("removeTraineeButton"));
    const QPoint at = button->mapToGlobal(QPoint(button->width() / 2, button->height()));
    QToolTip::showText(at, button->toolTip(), button);
    QTest::qWait(100);
    // The tooltip is a window of its own: drawn onto the main window's picture.
    QPixmap shot = w.grab();
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->inherits("QTipLabel") && top->isVisible()) {
            QPainter painter(&shot);
            painter.drawPixmap(w.mapFromGlobal(top->pos()), top->grab());
        }
    }
    shot.save(out + QStringLiteral("/training-tooltip-1366x768.png"));
    QToolTip::hideText();
    show<SpokespersonsPage>(w);
    QTest::qWait(50);
    w.grab().save(out + QStringLiteral("/spokespersons-buttons-1366x768.png"));
}
