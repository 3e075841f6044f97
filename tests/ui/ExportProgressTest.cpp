// Long exports and printing on the reports page: they run on a thread of
// their own behind a progress dialog, Cancel leaves no file and the window
// goes on working, and left alone they finish.
#include <catch2/catch.hpp>

#include "BackgroundTask.h"
#include "DocumentPreview.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "db/Database.h"
#include "db/SyntheticData.h"
#include "pages/ReportsPage.h"
#include "sheet/WorkbookReader.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace ttcs;
using namespace ttcs::ui;
using namespace ttcs::test;

namespace {

// A province with thousands of spokespersons: their list runs to hundreds
// of pages, which take a good while to write.
QString largeDatabase(const QTemporaryDir &dir)
{
    db::SyntheticSize size;
    size.years = 2;
    size.firstYear = 2024;
    size.units = 300;
    size.tasks = 40;
    size.progressRows = 2000;
    size.spokespersons = 12000;
    size.trainees = 200;
    size.mediaItems = 200;
    return ttcs::test::syntheticDatabase(dir, size);
}

// Presses Cancel on the task's progress dialog once it shows (after half a
// second); `shown` is set when it did.
void cancelWhenShown(bool *shown, int tries = 1000)
{
    QTimer::singleShot(10, [shown, tries] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QProgressDialog *>(w);
            if (!dialog)
                dialog = w->findChild<QProgressDialog *>(QStringLiteral("taskProgress"));
            if (dialog && dialog->isVisible()) {
                *shown = true;
                dialog->findChild<QPushButton *>()->click();
                return;
            }
        }
        if (tries > 0)
            cancelWhenShown(shown, tries - 1);
    });
}

bool noTasksLeft()
{
    return QTest::qWaitFor([] { return backgroundTasksRunning() == 0; }, 60000);
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

struct ReportsWindow
{
    explicit ReportsWindow(const QString &path)
    {
        REQUIRE(window.openDatabase(path, false).isEmpty());
        window.setYear(2025);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showPage(int(window.pages().size()) - 1);
        page = qobject_cast<ReportsPage *>(window.pages().last());
        REQUIRE(page);
        auto *kind = page->findChild<QComboBox *>(QStringLiteral("documentKind"));
        REQUIRE(kind);
        kind->setCurrentIndex(kind->findData(int(ReportsPage::SpokespersonList)));
        REQUIRE(page->waitForPreview());
        REQUIRE(page->preview()->pageCount() > 150);
    }
    MainWindow window;
    ReportsPage *page = nullptr;
};

} // namespace

TEST_CASE("a long export is cancelled from its progress dialog: no file, and the window works on")
{
    useOwnSettings();
    QTemporaryDir dir;
    ReportsWindow reports(largeDatabase(dir));
    ReportsPage *page = reports.page;
    const QStringList before = filesIn(dir);

    int cancelledCount = 0;
    for (const char *name : {"list.pdf", "list.docx", "list.xlsx"}) {
        INFO(name);
        const QString path = dir.filePath(QLatin1String(name));
        bool shown = false;
        bool cancelled = false;
        // While the file is being made the event loop runs: the dialog shows
        // and its Cancel button is pressed.
        cancelWhenShown(&shown);
        QElapsedTimer timer;
        timer.start();
        const QString message = page->exportTo(path, &cancelled);
        if (!shown) {
            // Made in under half a second on this machine: nothing to cancel.
            WARN(name << " was written in " << timer.elapsed() << " ms, before any dialog");
            CHECK(message.isEmpty());
            QFile::remove(path);
            continue;
        }
        CHECK(cancelled);
        ++cancelledCount;
        CHECK_FALSE(message.isEmpty());
        // Cancel gives the window back at once; the work stops on its own.
        REQUIRE(noTasksLeft());
        QCoreApplication::processEvents();
        CHECK_FALSE(QFile::exists(path));
        CHECK(filesIn(dir) == before); // no scratch file either
    }

    // Hundreds of pages of PDF take seconds: that one at least was cancelled
    // (a window frozen by the export would have shown no dialog in time).
    CHECK(cancelledCount > 0);

    // The window goes on: another page shows, and the plan is exported.
    reports.window.showPage(1);
    QCoreApplication::processEvents();
    CHECK(reports.window.pages().at(1)->isVisible());
    reports.window.showPage(int(reports.window.pages().size()) - 1);
    auto *kind = page->findChild<QComboBox *>(QStringLiteral("documentKind"));
    kind->setCurrentIndex(kind->findData(int(ReportsPage::AnnualPlan)));
    const QString plan = dir.filePath(QStringLiteral("plan.docx"));
    bool cancelled = true;
    CHECK(page->exportTo(plan, &cancelled).isEmpty());
    CHECK_FALSE(cancelled);
    CHECK(QFile(plan).size() > 1000);
}

TEST_CASE("a long export and a print left alone finish, with the window answering meanwhile")
{
    useOwnSettings();
    QTemporaryDir dir;
    ReportsWindow reports(largeDatabase(dir));
    ReportsPage *page = reports.page;

    // The event loop keeps running while the file is made.
    int ticks = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
    tick.start(20);

    const QString pdf = dir.filePath(QStringLiteral("list.pdf"));
    QElapsedTimer timer;
    timer.start();
    bool cancelled = true;
    CHECK(page->exportTo(pdf, &cancelled).isEmpty());
    CHECK_FALSE(cancelled);
    const qint64 took = timer.elapsed();
    CHECK(ticks >= took / 20 / 4); // not frozen: the timer fired along
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArrayLiteral("%PDF-"));
    CHECK(file.size() > 100000);
    file.close();

    // The spreadsheet is made through a connection of its own.
    const QString xlsx = dir.filePath(QStringLiteral("list.xlsx"));
    CHECK(page->exportTo(xlsx).isEmpty());
    auto book = sheet::readWorkbook(xlsx);
    REQUIRE(book.ok());
    REQUIRE_FALSE(book.value().sheets.empty());
    CHECK(book.value().sheets.front().rowCount() > 1000);

    // Printed to a file: every page, and the file appears only at the end.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer->setOutputFileName(printed);
    CHECK(page->printTo(printer, &cancelled).isEmpty());
    CHECK_FALSE(cancelled);
    QFile out(printed);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.read(5) == QByteArrayLiteral("%PDF-"));
    CHECK(out.size() > 100000);
    tick.stop();

    // A print cancelled from its dialog leaves no file.
    const QString stopped = dir.filePath(QStringLiteral("stopped.pdf"));
    printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(stopped);
    bool shown = false;
    cancelWhenShown(&shown);
    const QString message = page->printTo(printer, &cancelled);
    REQUIRE(noTasksLeft());
    CHECK(shown);
    CHECK(cancelled);
    CHECK_FALSE(message.isEmpty());
    CHECK_FALSE(QFile::exists(stopped));
}
