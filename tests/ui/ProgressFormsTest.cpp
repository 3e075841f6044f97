// Progress forms in the main window: exported for every unit, one filled in
// and imported (by the page and by a drop), the conflict dialog, the
// summary, undo and redo; the reminder letter on the reports page.
#include <catch2/catch.hpp>

#include "DocumentPreview.h"
#include "MainWindow.h"
#include "db/Database.h"
#include "db/ProgressRepository.h"
#include "forms/ConflictDialog.h"
#include "forms/ConflictModel.h"
#include "import/ProgressForm.h"
#include "models/ProgressTableModel.h"
#include "pages/ProgressPage.h"
#include "pages/ReportsPage.h"
#include "sheet/TableWriter.h"
#include "sheet/WorkbookReader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <functional>

using namespace ttcs;
using namespace ttcs::ui;

namespace {

// Answers the modal dialogs an import opens: the conflict dialog (its model
// checked, every row taken or kept) and the summary (its text kept).
struct DialogAnswers
{
    bool takeAll = true;
    bool sawConflicts = false;
    int conflictRows = 0;
    QString summary;
    inline static int summaries = 0;
    QTimer timer;

    DialogAnswers()
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<ConflictDialog *>(modal)) {
                sawConflicts = true;
                QAbstractItemModelTester tester(
                    dialog->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
                conflictRows = dialog->model()->rowCount();
                // Looked at by eye when asked, as the user sees it.
                const QString shots = qEnvironmentVariable("TTCS_SCREENSHOTS");
                if (!shots.isEmpty() && QDir().mkpath(shots))
                    dialog->grab().save(QDir(shots).filePath(QStringLiteral("forms-conflicts.png")));
                auto *button = dialog->findChild<QPushButton *>(
                    takeAll ? QStringLiteral("takeAll") : QStringLiteral("keepAll"));
                if (button)
                    button->click();
                dialog->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                summary = box->text() + QLatin1Char('\n') + box->detailedText();
                const QString shots = qEnvironmentVariable("TTCS_SCREENSHOTS");
                if (!shots.isEmpty() && QDir().mkpath(shots))
                    box->grab().save(QDir(shots).filePath(QStringLiteral("forms-summary-%1.png")
                                                              .arg(++summaries)));
                box->accept();
            }
        });
        timer.start();
    }
};

ProgressPage *progressPage(MainWindow &w)
{
    for (int i = 0; i < w.pages().size(); ++i) {
        if (auto *p = qobject_cast<ProgressPage *>(w.pages().at(i))) {
            w.showPage(i);
            return p;
        }
    }
    return nullptr;
}

// Sets the status and result of the form's first task row, writing the
// workbook again the way another program would.
void fillFirstRow(const QString &form, const QString &out, const QString &status,
                  const QString &result)
{
    auto wb = sheet::readWorkbook(form);
    REQUIRE(wb);
    const sheet::Sheet &s = *wb->firstSheet();
    sheet::Table t;
    int header = -1;
    for (int r = 0; r < s.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < s.columnCount(); ++c)
            cells << s.text(r, c);
        if (header < 0) {
            if (cells.value(import::formcolumn::Status) == QStringLiteral("Tình trạng")) {
                header = r;
                t.header = cells;
            }
            continue;
        }
        if (r == header + 1) {
            cells[import::formcolumn::Status] = status;
            cells[import::formcolumn::Result] = result;
        }
        t.addRow(cells);
    }
    REQUIRE(sheet::writeXlsx(t, out).ok());
}

} // namespace

TEST_CASE("progress forms: exported for every unit, imported with conflicts, undone and redone")
{
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("forms.sqlite")), true).isEmpty());
    w.setYear(2024);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    ProgressPage *page = progressPage(w);
    REQUIRE(page);
    CHECK(page->findChild<QPushButton *>(QStringLiteral("exportForms")));
    CHECK(page->findChild<QPushButton *>(QStringLiteral("importForms")));

    // Every unit's form into a folder.
    const QString folder = dir.filePath(QStringLiteral("forms"));
    REQUIRE(QDir().mkpath(folder));
    CHECK(page->exportForms(0, folder).isEmpty());
    auto lines = db::ProgressRepository(*w.database()).lines(2024);
    REQUIRE(lines);
    const QList<import::FormUnit> units = import::progressFormUnits(lines.value());
    const QStringList written = QDir(folder).entryList({QStringLiteral("*.xlsx")});
    CHECK(written.size() == units.size());

    // The STP's form, first task filled in.
    qint64 stp = 0;
    for (const import::FormUnit &u : units) {
        if (u.name == QStringLiteral("Sở Tư pháp"))
            stp = u.id;
    }
    REQUIRE(stp > 0);
    const QString form =
        QDir(folder).filePath(import::progressFormFileName(2024, QStringLiteral("Sở Tư pháp")));
    REQUIRE(QFile::exists(form));
    const QString filled = dir.filePath(QStringLiteral("filled.xlsx"));
    fillFirstRow(form, filled, QStringLiteral("hoàn thành"), QStringLiteral("Đã thực hiện xong"));

    const int undoBefore = w.undoStack()->count();
    {
        DialogAnswers answers;
        page->importForms({filled});
        CHECK_FALSE(answers.sawConflicts);
        CHECK(answers.summary.contains(QStringLiteral("added")));
    }
    CHECK(w.undoStack()->count() == undoBefore + 1);
    ProgressLine first;
    for (const ProgressLine &l : lines.value()) {
        if (l.unitId == stp) {
            first = l;
            break;
        }
    }
    const db::ProgressKey key{first.taskId, stp, 2024};
    auto stored = [&] {
        auto p = db::ProgressRepository(*w.database()).get(key);
        REQUIRE(p);
        return p.value();
    };
    REQUIRE(stored());
    CHECK(stored()->status == ProgressStatus::Done);

    // A second version of the form, dropped onto the page: a conflict,
    // kept as on record when the user keeps it.
    const QString second = dir.filePath(QStringLiteral("second.xlsx"));
    fillFirstRow(form, second, QStringLiteral("đang thực hiện"), QStringLiteral("Làm lại"));
    // Dropped on the window, as a user does: the page takes spreadsheets.
    auto drop = [&](const QString &path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        REQUIRE(enter.isAccepted());
        QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                             Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &dropEvent);
    };
    {
        DialogAnswers answers;
        drop(dir.filePath(QStringLiteral("notes.txt")));
        CHECK(answers.summary.contains(QStringLiteral("notes.txt")));
    }
    {
        DialogAnswers answers;
        answers.takeAll = false;
        drop(second);
        CHECK(answers.sawConflicts);
        CHECK(answers.conflictRows == 1);
        CHECK(answers.summary.contains(QStringLiteral("kept as on record")));
    }
    CHECK(stored()->status == ProgressStatus::Done);
    CHECK(w.undoStack()->count() == undoBefore + 1); // nothing written, nothing to undo
    {
        DialogAnswers answers;
        page->importForms({second});
        CHECK(answers.sawConflicts);
        CHECK(answers.summary.contains(QStringLiteral("replaced")));
    }
    CHECK(stored()->status == ProgressStatus::InProgress);
    CHECK(stored()->result == QStringLiteral("Làm lại"));
    CHECK(w.undoStack()->count() == undoBefore + 2);

    // Undo takes the imports back in turn; redo writes them again.
    w.undoStack()->undo();
    CHECK(stored()->status == ProgressStatus::Done);
    w.undoStack()->undo();
    CHECK_FALSE(stored());
    w.undoStack()->redo();
    CHECK(stored()->status == ProgressStatus::Done);
    // The page shows what is stored.
    bool shown = false;
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        const ProgressLine *l = page->model()->lineAt(r);
        if (l->taskId == key.taskId && l->unitId == stp)
            shown = l->status == TrackedStatus::Done;
    }
    CHECK(shown);

    // A file that is not a form: a message, nothing changed.
    const QString plain = dir.filePath(QStringLiteral("plain.xlsx"));
    sheet::Table t;
    t.header = {QStringLiteral("A")};
    t.addRow({QStringLiteral("x")});
    REQUIRE(sheet::writeXlsx(t, plain).ok());
    {
        DialogAnswers answers;
        page->importForms({plain});
        CHECK(answers.summary.contains(QStringLiteral("not a progress form")));
    }
    CHECK(w.undoStack()->count() == undoBefore + 2);
}

TEST_CASE("the reports page offers the reminder letter to the units that have not reported")
{
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("reminder.sqlite")), true).isEmpty());
    w.setYear(2024);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    ReportsPage *page = nullptr;
    for (int i = 0; i < w.pages().size(); ++i) {
        if (auto *p = qobject_cast<ReportsPage *>(w.pages().at(i))) {
            page = p;
            w.showPage(i);
        }
    }
    REQUIRE(page);
    auto *kind = page->findChild<QComboBox *>(QStringLiteral("documentKind"));
    REQUIRE(kind);
    const int reminder = kind->findData(ReportsPage::ReminderLetter);
    REQUIRE(reminder >= 0);
    kind->setCurrentIndex(reminder);
    REQUIRE(page->rebuild());
    CHECK(page->preview()->pageCount() >= 1);
    const QString pdf = dir.filePath(QStringLiteral("reminder.pdf"));
    CHECK(page->exportTo(pdf).isEmpty());
    CHECK(QFileInfo(pdf).size() > 1000);
}
