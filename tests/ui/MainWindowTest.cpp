// The real main window, offscreen, on the default data.
#include <catch2/catch.hpp>

#include "DocumentPreview.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "Page.h"
#include "ProfileDialog.h"
#include "ProgressEditCommand.h"
#include "TestSupport.h"
#include "db/Database.h"
#include "db/ProgressRepository.h"
#include "db/SettingsRepository.h"
#include "models/ProgressTableModel.h"
#include "pages/OverviewPage.h"
#include "pages/ProgressPage.h"
#include "pages/ReportsPage.h"
#include "pages/UnitsPage.h"
#include "sheet/WorkbookReader.h"
#include <QAbstractItemModelTester>
#include <QTableView>
#include <QUndoStack>

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace ttcs;
using namespace ttcs::ui;

namespace {

int countRows(const QAbstractItemModel *m, const QModelIndex &parent = {})
{
    int n = m->rowCount(parent);
    for (int r = 0; r < m->rowCount(parent); ++r)
        n += countRows(m, m->index(r, 0, parent));
    return n;
}

} // namespace

TEST_CASE("the main window opens the default data and every page shows")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gui.sqlite"));
    MainWindow w;
    REQUIRE(w.openDatabase(path, true).isEmpty());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    auto *pathLabel = w.findChild<QLabel *>(QStringLiteral("databasePath"));
    REQUIRE(pathLabel);
    CHECK(pathLabel->text().contains(QStringLiteral("gui.sqlite")));

    auto *years = w.findChild<QComboBox *>(QStringLiteral("yearSelector"));
    REQUIRE(years);
    CHECK(years->findData(2023) >= 0);

    auto *stack = w.findChild<QStackedWidget *>();
    REQUIRE(stack);
    for (int i = 0; i < w.pages().size(); ++i) {
        w.showPage(i);
        QCoreApplication::processEvents();
        CHECK(w.currentPage() == i);
        CHECK(w.pages().at(i)->isVisible());
        CHECK_FALSE(w.pages().at(i)->title().isEmpty());
    }

    // Plan page: the whole task tree, and the selected task in full.
    w.showPage(1);
    auto *tasks = w.findChild<QTreeView *>(QStringLiteral("taskTree"));
    REQUIRE(tasks);
    CHECK(tasks->model()->rowCount() == 9);
    CHECK(countRows(tasks->model()) == 20);
    auto *detail = w.findChild<QTextBrowser *>(QStringLiteral("taskDetail"));
    REQUIRE(detail);
    CHECK(detail->toPlainText().contains(QStringLiteral("Công khai thông tin")));

    // Searching without diacritics finds the task about training.
    auto *search = w.pages().at(1)->findChild<QLineEdit *>();
    REQUIRE(search);
    search->setText(QStringLiteral("boi duong tap huan"));
    CHECK(countRows(tasks->model()) == 1);
    search->clear();

    // Units page: by kind, with the 8 districts.
    for (int i = 0; i < w.pages().size(); ++i) {
        if (qobject_cast<UnitsPage *>(w.pages().at(i)))
            w.showPage(i);
    }
    auto *units = w.findChild<QTreeView *>(QStringLiteral("unitTree"));
    REQUIRE(units);
    CHECK(countRows(units->model()) > 35);
    bool districts = false;
    for (int r = 0; r < units->model()->rowCount(); ++r) {
        const QModelIndex branch = units->model()->index(r, 0);
        if (branch.data().toString().contains(QStringLiteral("(8)")))
            districts = units->model()->rowCount(branch) == 8;
    }
    CHECK(districts);

    // Changing the year reloads the pages.
    years->setCurrentIndex(years->findData(2023));
    CHECK(w.year() == 2023);
}

TEST_CASE("the main window reports a database it cannot open and keeps the current one")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.sqlite"));
    MainWindow w;
    REQUIRE(w.openDatabase(good, true).isEmpty());
    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a database at all");
    f.close();
    const QString error = w.openDatabase(bad, false);
    CHECK(error.contains(QStringLiteral("not a TTCS database")));
    REQUIRE(w.database());
    CHECK(w.database()->path().endsWith(QStringLiteral("good.sqlite")));
}

// Not a check: with TTCS_SCREENSHOTS=DIR set, saves a picture of every page
// at the two common office screen sizes, to look at.
TEST_CASE("screenshots of every page when asked")
{
    const QString out = ttcs::test::screenshotFolder();
    if (out.isEmpty())
        return;
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("shots.sqlite")), true).isEmpty());
    w.setYear(2023);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    for (const QSize &size : {QSize(1366, 768), QSize(1920, 1080)}) {
        w.resize(size);
        for (int i = 0; i < w.pages().size(); ++i) {
            w.showPage(i);
            if (auto *overview = qobject_cast<OverviewPage *>(w.pages().at(i)))
                CHECK(QTest::qWaitFor([overview] { return !overview->isLoading(); }, 20000));
            if (auto *reports = qobject_cast<ReportsPage *>(w.pages().at(i))) {
                CHECK(reports->waitForPreview());
                CHECK(QTest::qWaitFor([reports] { return reports->preview()->pagesDrawn() > 0; }));
            }
            QTest::qWait(50);
            w.grab().save(QStringLiteral("%1/page%2-%3x%4.png")
                              .arg(out)
                              .arg(i + 1)
                              .arg(size.width())
                              .arg(size.height()));
        }
    }
}

TEST_CASE("the reports page previews the plan and exports it")
{
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("reports.sqlite")), true).isEmpty());
    w.setYear(2024);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.showPage(int(w.pages().size()) - 1);
    auto *page = qobject_cast<ReportsPage *>(w.pages().last());
    REQUIRE(page);
    REQUIRE(page->waitForPreview());
    CHECK(page->preview()->pageCount() >= 5);

    const QString docx = dir.filePath(QStringLiteral("plan.docx"));
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    CHECK(page->exportTo(docx).isEmpty());
    CHECK(page->exportTo(pdf).isEmpty());
    CHECK(QFile(docx).size() > 5000);
    CHECK(QFile(pdf).size() > 5000);
    // An unwritable place gives a message and writes nothing.
    const QString bad = dir.filePath(QStringLiteral("missing-folder/plan.pdf"));
    CHECK_FALSE(page->exportTo(bad).isEmpty());
    CHECK_FALSE(QFile::exists(bad));

    auto *kind = page->findChild<QComboBox *>(QStringLiteral("documentKind"));
    REQUIRE(kind);
    kind->setCurrentIndex(1);
    CHECK(page->waitForPreview());
    CHECK(page->preview()->pageCount() >= 1);
}

TEST_CASE("the reports page saves the spokesperson list as XLSX and CSV")
{
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("list.sqlite")), true).isEmpty());
    {
        QSqlQuery q(w.database()->connection());
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO spokespersons(unit_id, name, position, phone, email, serving_from) "
            "VALUES ((SELECT id FROM units WHERE name = 'Sở Tư pháp'), '=Hoàng Văn Bình', "
            "'Phó Giám đốc', '0912345678', 'binhhv@backan.gov.vn', '2023-01-01')")));
    }
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.showPage(int(w.pages().size()) - 1);
    auto *page = qobject_cast<ReportsPage *>(w.pages().last());
    REQUIRE(page);
    auto *kind = page->findChild<QComboBox *>(QStringLiteral("documentKind"));
    REQUIRE(kind);

    // Only the list is offered as a spreadsheet.
    kind->setCurrentIndex(kind->findData(int(ReportsPage::AnnualPlan)));
    CHECK_FALSE(page->exportTo(dir.filePath(QStringLiteral("plan.xlsx"))).isEmpty());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("plan.xlsx"))));

    kind->setCurrentIndex(kind->findData(int(ReportsPage::SpokespersonList)));
    for (const char *name : {"list.xlsx", "list.csv"}) {
        const QString path = dir.filePath(QLatin1String(name));
        REQUIRE(page->exportTo(path).isEmpty());
        auto book = ttcs::sheet::readWorkbook(path);
        REQUIRE(book.ok());
        REQUIRE_FALSE(book.value().sheets.empty());
        const auto &sheet = book.value().sheets.front();
        // A name starting with "=" stays text: an XLSX string cell, and in
        // CSV behind an apostrophe.
        const QString expected = QLatin1String(name).endsWith(QLatin1String(".csv"))
                                     ? QStringLiteral("'=Hoàng Văn Bình")
                                     : QStringLiteral("=Hoàng Văn Bình");
        bool found = false;
        for (int r = 0; r < sheet.rowCount(); ++r) {
            for (int c = 0; c < sheet.columnCount(); ++c)
                found = found || sheet.text(r, c) == expected;
        }
        CHECK(found);
    }
}

TEST_CASE("the organisation profile is edited in the app and stored in the database")
{
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("profile.sqlite")), true).isEmpty());
    ProfileDialog dialog(*w.database(), &w);
    auto *signer = dialog.findChild<QLineEdit *>(QStringLiteral("signer_name"));
    REQUIRE(signer);
    signer->setText(QStringLiteral("Nguyễn Văn Tuấn"));
    auto *place = dialog.findChild<QLineEdit *>(QStringLiteral("place"));
    REQUIRE(place);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(ttcs::db::SettingsRepository(*w.database()).profile()->signerName ==
          QStringLiteral("Nguyễn Văn Tuấn"));

    // A profile without a place is refused and not stored.
    ProfileDialog again(*w.database(), &w);
    again.findChild<QLineEdit *>(QStringLiteral("place"))->clear();
    again.accept();
    CHECK(again.result() != QDialog::Accepted);
    CHECK(ttcs::db::SettingsRepository(*w.database()).profile()->place ==
          QStringLiteral("Bắc Kạn"));
}

TEST_CASE("a second window on the same database opens it read-only")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    MainWindow first;
    REQUIRE(first.openDatabase(path, true).isEmpty());
    CHECK_FALSE(first.database()->isReadOnly());
    {
        MainWindow second;
        REQUIRE(second.openDatabase(path, false).isEmpty());
        REQUIRE(second.database());
        CHECK(second.database()->isReadOnly());
        auto *label = second.findChild<QLabel *>(QStringLiteral("databasePath"));
        REQUIRE(label);
        CHECK(label->text().contains(QStringLiteral("read-only")));
    }
    // Reopening its own file keeps the first window writable.
    REQUIRE(first.openDatabase(path, false).isEmpty());
    CHECK_FALSE(first.database()->isReadOnly());
    // The first open of the day left a dated copy next to the database.
    REQUIRE(test::backgroundWorkDone());
    CHECK(QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files).size() == 1);
}

TEST_CASE("the progress page lists the year's lines and an edit can be undone and redone")
{
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("progress.sqlite")), true).isEmpty());
    w.setYear(2024);
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
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page->model()->rowCount() > 100);
    const ProgressLine line = *page->model()->lineAt(0);
    CHECK(line.status == TrackedStatus::NotReported);

    ttcs::db::ProgressKey key{line.taskId, line.unitId, line.year};
    Progress done;
    done.taskId = line.taskId;
    done.unitId = line.unitId;
    done.year = line.year;
    done.status = ProgressStatus::Done;
    done.result = QStringLiteral("Đã đăng tải 15 tin bài");
    done.completedOn = QDate(2024, 6, 1);
    QStringList errors;
    const int commandsBefore = w.undoStack()->count();
    w.undoStack()->push(new ProgressEditCommand(*w.database(), key, std::nullopt, done,
                                                QStringLiteral("edit"),
                                                [&errors](const QString &error) {
                                                    if (!error.isEmpty())
                                                        errors << error;
                                                }));
    REQUIRE(errors.isEmpty());
    REQUIRE(w.undoStack()->count() == commandsBefore + 1);
    auto stored = ttcs::db::ProgressRepository(*w.database()).get(key);
    REQUIRE(stored.ok());
    REQUIRE(stored.value().has_value());
    CHECK(stored.value()->result == QStringLiteral("Đã đăng tải 15 tin bài"));

    w.undoStack()->undo();
    CHECK_FALSE(ttcs::db::ProgressRepository(*w.database()).get(key).value().has_value());
    w.undoStack()->redo();
    CHECK(ttcs::db::ProgressRepository(*w.database()).get(key).value()->status ==
          ProgressStatus::Done);

    // Reloaded, the page shows the done line; the status filter hides it.
    page->setContext(w.database(), 2024);
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(QStringLiteral("not_reported")));
    CHECK(page->view()->model()->rowCount() < page->model()->rowCount());
}
