// The reports page prepares its preview on a thread of its own: on a large
// province the window goes on answering while the list is read and laid
// out, a newer choice replaces one under way, and closing the window or
// opening another database meanwhile is safe.
#include <catch2/catch.hpp>

#include "DocumentPreview.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "db/Database.h"
#include "db/SyntheticData.h"
#include "document/PageLayout.h"
#include "pages/ReportsPage.h"
#include "report/ReminderLetterBuilder.h"
#include "report/SpokespersonListBuilder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace ttcs;
using namespace ttcs::ui;
using namespace ttcs::test;

namespace {

constexpr int kYear = 2025;

// A province with 20,000 spokespersons: their list runs to hundreds of
// pages, which took the window seconds to lay out.
QString largeDatabase(const QTemporaryDir &dir,
                      const QString &name = QStringLiteral("large.sqlite"))
{
    db::SyntheticSize size;
    size.years = 2;
    size.firstYear = 2024;
    size.units = 300;
    size.tasks = 40;
    size.progressRows = 2000;
    size.spokespersons = 20000;
    size.trainees = 200;
    size.mediaItems = 200;
    return syntheticDatabase(dir, size, name);
}

// What the page shows as of: the end of the year, or today.
QDate asOf()
{
    return std::min(QDate(kYear, 12, 31), QDate::currentDate());
}

// The pages of the list and of the reminder letter, laid out here, the
// way the window did it before (the time it takes is what froze it).
int listPages(const QString &path, qint64 *took = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    db::OpenOptions options;
    options.readOnly = true;
    auto db = db::Database::open(path, options);
    REQUIRE(db.ok());
    auto data = report::loadSpokespersonList(*db.value(), asOf());
    REQUIRE(data.ok());
    report::DocumentOptions documentOptions;
    documentOptions.year = kYear;
    const document::PageLayout layout(report::buildSpokespersonList(data.value(), documentOptions));
    if (took)
        *took = timer.elapsed();
    return layout.pageCount();
}

int reminderPages(const QString &path, int number)
{
    db::OpenOptions options;
    options.readOnly = true;
    auto db = db::Database::open(path, options);
    REQUIRE(db.ok());
    auto data = report::loadReminderData(*db.value(), kYear, asOf());
    REQUIRE(data.ok());
    report::DocumentOptions documentOptions;
    documentOptions.year = kYear;
    documentOptions.number = number;
    const document::PageLayout layout(report::buildReminderLetter(data.value(), documentOptions));
    return layout.pageCount();
}

struct ReportsWindow
{
    explicit ReportsWindow(const QString &path)
    {
        REQUIRE(window.openDatabase(path, false).isEmpty());
        window.setYear(kYear);
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        page = shownPage<ReportsPage>(window);
        // The plan, prepared first, is small.
        REQUIRE(page->waitForPreview());
        kind = page->findChild<QComboBox *>(QStringLiteral("documentKind"));
        status = page->findChild<QLabel *>(QStringLiteral("reportStatus"));
        REQUIRE(kind);
        REQUIRE(status);
    }
    void choose(ReportsPage::Kind k) { kind->setCurrentIndex(kind->findData(int(k))); }
    bool waitUntilPrepared()
    {
        return QTest::qWaitFor([this] { return !page->preview()->isPreparing(); }, 120000);
    }
    // With TTCS_SCREENSHOTS=DIR set, a picture of the window to look at.
    void screenshot(const QString &name)
    {
        const QString out = qEnvironmentVariable("TTCS_SCREENSHOTS");
        if (out.isEmpty())
            return;
        QDir().mkpath(out);
        window.grab().save(QStringLiteral("%1/%2.png").arg(out, name));
    }

    MainWindow window;
    ReportsPage *page = nullptr;
    QComboBox *kind = nullptr;
    QLabel *status = nullptr;
};

} // namespace

TEST_CASE("the window keeps answering while a long preview is prepared, which then shows in full")
{
    useOwnSettings();
    if (!qEnvironmentVariableIsEmpty("TTCS_LANGUAGE"))
        ttcs::installTranslations(*QCoreApplication::instance());
    QTemporaryDir dir;
    const QString path = largeDatabase(dir);
    qint64 onThisThread = 0;
    const int expected = listPages(path, &onThisThread);
    REQUIRE(expected > 300);

    ReportsWindow reports(path);
    DocumentPreview *preview = reports.page->preview();
    const int planPages = preview->pageCount();
    REQUIRE(planPages > 0);

    LoopWatch watch;
    watch.start();
    QElapsedTimer took;
    took.start();
    reports.choose(ReportsPage::SpokespersonList);
    // Said at once, and the controls stay usable meanwhile.
    CHECK(preview->isPreparing());
    CHECK(reports.status->text() == ReportsPage::tr("Preparing the preview…"));
    CHECK(reports.kind->isEnabled());
    // The previous pages stay, greyed under the message, until the new
    // ones are in.
    QTest::qWait(300);
    if (preview->isPreparing()) {
        CHECK(preview->pageCount() == planPages);
        reports.screenshot(QStringLiteral("reports-preparing"));
    } else {
        WARN("the list was prepared in under 300 ms: no busy state to see");
    }
    REQUIRE(reports.waitUntilPrepared());
    const qint64 prepared = took.elapsed();
    // The first pages are drawn on the preview's thread too.
    CHECK(QTest::qWaitFor([preview] { return preview->pagesDrawn() > 0; }, 10000));
    const qint64 longest = watch.stop();
    WARN("list of " << expected << " pages: " << onThisThread
                    << " ms to read and lay out on one thread; the preview took " << prepared
                    << " ms, the event loop waited at most " << longest << " ms meanwhile");

    CHECK(preview->pageCount() == expected);
    CHECK(reports.status->text() == ReportsPage::tr("%n page(s)", nullptr, expected));
    // The window was never frozen: laid out on the window's thread, the
    // loop waited for the whole of `onThisThread`; on its own thread, it
    // turned at least five times a second all along, or (on a machine
    // slowed by other work or the sanitizers) within a quarter of that.
    CHECK(longest < std::max<qint64>(200, onThisThread / 4));
    CHECK(watch.ticks > 0);
    reports.screenshot(QStringLiteral("reports-prepared"));

    // Scrolled far down, the pages there are drawn too.
    const int drawnBefore = preview->pagesDrawn();
    auto *scroll = reports.page->findChild<QAbstractScrollArea *>(QStringLiteral("previewScroll"));
    REQUIRE(scroll);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum() / 2);
    CHECK(QTest::qWaitFor([&] { return preview->pagesDrawn() > drawnBefore; }, 10000));

    // An export made now uses the document shown.
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    reports.choose(ReportsPage::AnnualPlan);
    // Not waited for: the export waits for the plan itself.
    CHECK(reports.page->exportTo(pdf).isEmpty());
    CHECK(QFileInfo(pdf).size() > 5000);
}

TEST_CASE("a quick second choice replaces the preview under way, whose pages never show")
{
    useOwnSettings();
    QTemporaryDir dir;
    const QString path = largeDatabase(dir);
    const int reminder = reminderPages(path, 0);
    REQUIRE(reminder > 0);
    REQUIRE(reminder < 50);
    qint64 listTook = 0;
    listPages(path, &listTook);

    ReportsWindow reports(path);
    DocumentPreview *preview = reports.page->preview();
    QList<bool> ends;
    QObject::connect(preview, &DocumentPreview::prepared,
                     [&ends, preview](bool ok, const QString &) { ends << ok; });

    reports.choose(ReportsPage::SpokespersonList);
    QTest::qWait(100); // the list is under way
    REQUIRE(preview->isPreparing());
    QElapsedTimer took;
    took.start();
    reports.choose(ReportsPage::ReminderLetter);
    REQUIRE(reports.waitUntilPrepared());
    // The list was given up, not finished first.
    CHECK(took.elapsed() < listTook / 2);
    // Only the last choice was shown, and what it asked for.
    CHECK(ends == QList<bool>{true});
    CHECK(preview->pageCount() == reminder);
    CHECK(reports.status->text() == ReportsPage::tr("%n page(s)", nullptr, reminder));
    // Nothing of the list turns up late.
    QTest::qWait(500);
    CHECK(ends == QList<bool>{true});
    CHECK(preview->pageCount() == reminder);

    // Several changes in a row (typing a number): the last one shows.
    auto *number = reports.page->findChild<QSpinBox *>();
    REQUIRE(number);
    ends.clear();
    reports.choose(ReportsPage::SpokespersonList);
    for (int n : {1, 12, 123})
        number->setValue(n);
    reports.choose(ReportsPage::ReminderLetter);
    REQUIRE(reports.waitUntilPrepared());
    CHECK(ends == QList<bool>{true});
    CHECK(preview->pageCount() == reminderPages(path, 123));
    // The export is of the letter numbered 123, not of the list.
    const QString pdf = dir.filePath(QStringLiteral("reminder.docx"));
    CHECK(reports.page->exportTo(pdf).isEmpty());
    const qint64 size = QFileInfo(pdf).size();
    CHECK(size > 1000);
    CHECK(size < 200000);
}

TEST_CASE("closing the window or opening another database while a preview is prepared is safe")
{
    useOwnSettings();
    QTemporaryDir dir;
    const QString path = largeDatabase(dir);
    QElapsedTimer closing;
    {
        ReportsWindow reports(path);
        reports.choose(ReportsPage::SpokespersonList);
        QTest::qWait(50);
        CHECK(reports.page->preview()->isPreparing());
        reports.window.close();
        closing.start();
    }
    // The window goes at once, the list given up part way.
    CHECK(closing.elapsed() < 1500);

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        ReportsWindow reports(path);
        reports.choose(ReportsPage::SpokespersonList);
        QTest::qWait(50);
        CHECK(reports.page->preview()->isPreparing());
        // A new database with the demo data: its list is short.
        REQUIRE(reports.window.openDatabase(other, true).isEmpty());
        REQUIRE(reports.waitUntilPrepared());
        CHECK(reports.page->preview()->pageCount() > 0);
        CHECK(reports.page->preview()->pageCount() < listPages(path) / 10);
        // And the file closed while the list of the new one is prepared.
        reports.choose(ReportsPage::SpokespersonList);
        reports.choose(ReportsPage::AnnualPlan);
    }
}

TEST_CASE("the reports page's fields show their whole text at 1366x768, in English and Vietnamese")
{
    useOwnSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fields.sqlite"));
    auto check = [&path](bool create, const char *language) {
        MainWindow w;
        REQUIRE(w.openDatabase(path, create).isEmpty());
        w.resize(1366, 768);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        auto *page = shownPage<ReportsPage>(w);
        auto *kind = page->findChild<QComboBox *>(QStringLiteral("documentKind"));
        REQUIRE(kind);
        // Each document shows its own fields, under labels of their own.
        for (int k = 0; k < kind->count(); ++k) {
            INFO(language << ", " << kind->itemText(k).toStdString());
            kind->setCurrentIndex(k);
            REQUIRE(page->waitForPreview());
            const QList<QDateEdit *> dates = page->findChildren<QDateEdit *>();
            REQUIRE(dates.size() == 2);
            for (QDateEdit *date : dates) {
                if (!date->isVisible())
                    continue;
                // The date itself in full.
                auto *edit = date->findChild<QLineEdit *>();
                REQUIRE(edit);
                INFO(edit->text().toStdString());
                CHECK(edit->fontMetrics().horizontalAdvance(edit->text()) <
                      edit->contentsRect().width());
            }
            for (QPushButton *button : page->findChildren<QPushButton *>()) {
                if (!button->isVisible())
                    continue;
                INFO(button->text().toStdString());
                CHECK(button->width() >= button->sizeHint().width());
            }
            // The pages keep most of the window.
            CHECK(page->preview()->width() > w.width() / 2);
        }
    };
    check(true, "en");
    QTranslator vietnamese;
    REQUIRE(vietnamese.load(QStringLiteral(":/i18n/ttcs_vi.qm")));
    QCoreApplication::installTranslator(&vietnamese);
    check(false, "vi");
    QCoreApplication::removeTranslator(&vietnamese);
}
