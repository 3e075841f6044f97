// The first start (demo data or an empty database for one's own province),
// the settings, and files dropped on the main window.
#include <catch2/catch.hpp>

#include "FirstRunDialog.h"
#include "MainWindow.h"
#include "Page.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "db/Database.h"
#include "db/PlanRepository.h"
#include "db/ProvinceSetup.h"
#include "db/SettingsRepository.h"
#include "db/TaskRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace ttcs;
using namespace ttcs::ui;
using namespace ttcs::test;

TEST_CASE("the first start sets up an empty database for one's own province")
{
    useOwnSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("first/ttcs.sqlite"));
    FirstRunDialog dialog(path);
    auto *province = dialog.findChild<QLineEdit *>(QStringLiteral("province"));
    auto *parentBody = dialog.findChild<QPlainTextEdit *>(QStringLiteral("parent_body"));
    auto *issuingBody = dialog.findChild<QPlainTextEdit *>(QStringLiteral("issuing_body"));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("signer_title"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("signer_name"));
    REQUIRE(province);
    REQUIRE(parentBody);
    REQUIRE(issuingBody);
    REQUIRE(title);
    REQUIRE(name);
    CHECK_FALSE(dialog.emptyChosen()); // the demo data unless one chooses otherwise
    CHECK_FALSE(province->isEnabled());

    dialog.setEmptyChosen(true);
    CHECK(province->isEnabled());
    // Without a province nothing is created.
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("error"))->text().isEmpty());

    // The header's first line follows the province as it is typed.
    province->setFocus();
    province->insert(QStringLiteral("Thái Nguyên")); // as typed: textEdited
    CHECK(parentBody->toPlainText() == QStringLiteral("UBND TỈNH THÁI NGUYÊN"));
    issuingBody->setPlainText(QStringLiteral("SỞ KHOA HỌC\nVÀ CÔNG NGHỆ"));
    title->setText(QStringLiteral("PHÓ GIÁM ĐỐC"));
    name->setText(QStringLiteral("Nguyễn Thị Lan"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(QFile::exists(path));

    MainWindow w;
    REQUIRE(w.openDatabase(path, false).isEmpty());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    CHECK(w.currentPage() == 0); // the overview

    const OrgProfile profile = db::SettingsRepository(*w.database()).profile().value();
    CHECK(profile.province == QStringLiteral("Thái Nguyên"));
    CHECK(profile.place == QStringLiteral("Thái Nguyên"));
    CHECK(profile.parentBody == QStringLiteral("UBND TỈNH THÁI NGUYÊN"));
    CHECK(profile.issuingBody == QStringLiteral("SỞ KHOA HỌC\nVÀ CÔNG NGHỆ"));
    CHECK(profile.issuingBodyName == QStringLiteral("Sở Khoa học và Công nghệ"));
    CHECK(profile.issuingBodyShort == QStringLiteral("SKHCN"));
    CHECK(profile.planSymbol == QStringLiteral("KH-SKHCN"));
    CHECK(profile.reportSymbol == QStringLiteral("BC-SKHCN"));
    CHECK(profile.signerAuthority == QStringLiteral("KT. GIÁM ĐỐC"));
    CHECK(profile.signerTitle == QStringLiteral("PHÓ GIÁM ĐỐC"));
    CHECK(profile.signerName == QStringLiteral("Nguyễn Thị Lan"));

    // A plan for this year with its sections and no tasks yet; none of the
    // demo data.
    const int year = QDate::currentDate().year();
    const auto plan = db::PlanRepository(*w.database()).forYear(year);
    REQUIRE(plan.ok());
    CHECK(plan.value().year == year);
    CHECK(plan.value().title.contains(QStringLiteral("Thái Nguyên")));
    CHECK(plan.value().sections.size() >= 4);
    CHECK(db::TaskRepository(*w.database()).all().value().isEmpty());

    // Every page shows the empty data.
    for (int i = 0; i < w.pages().size(); ++i) {
        w.showPage(i);
        QCoreApplication::processEvents();
        CHECK(w.pages().at(i)->isVisible());
    }
}

TEST_CASE("the first start with the demo data creates the Bac Kan 2023 plan")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    FirstRunDialog dialog(path);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto db = db::Database::open(path);
    REQUIRE(db.ok());
    CHECK(db::TaskRepository(*db.value()).all().value().size() == 20);
    CHECK(db::SettingsRepository(*db.value()).profile().value().province ==
          QStringLiteral("Bắc Kạn"));
}

TEST_CASE("an empty database is never made over an existing file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.sqlite"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a database");
    }
    OrgProfile p;
    p.province = QStringLiteral("Lạng Sơn");
    p.issuingBody = QStringLiteral("SỞ KHOA HỌC\nVÀ CÔNG NGHỆ");
    CHECK_FALSE(db::createForProvince(path, p, 2026).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArrayLiteral("not a database"));
}

TEST_CASE("the profile of a new database is completed from what was entered")
{
    OrgProfile p;
    p.province = QStringLiteral(" Cao Bằng ");
    p.issuingBody = QStringLiteral("SỞ GIÁO DỤC\nVÀ ĐÀO TẠO");
    p.signerTitle = QStringLiteral("GIÁM ĐỐC");
    const OrgProfile full = db::completeProfile(p);
    CHECK(full.province == QStringLiteral("Cao Bằng"));
    CHECK(full.place == QStringLiteral("Cao Bằng"));
    CHECK(full.parentBody == QStringLiteral("UBND TỈNH CAO BẰNG"));
    CHECK(full.issuingBodyName == QStringLiteral("Sở Giáo dục và Đào tạo"));
    CHECK(full.issuingBodyShort == QStringLiteral("SGDĐT"));
    CHECK(full.signerAuthority.isEmpty()); // the head signs in person
    CHECK_FALSE(full.recipients.isEmpty());
}

TEST_CASE("the settings keep the language, how many backups and where")
{
    useOwnSettings();
    QTemporaryDir dir;
    const QString elsewhere = dir.filePath(QStringLiteral("copies"));
    {
        SettingsDialog dialog;
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        auto *keep = dialog.findChild<QSpinBox *>(QStringLiteral("backupsKept"));
        auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("backupFolder"));
        REQUIRE(language);
        REQUIRE(keep);
        REQUIRE(folder);
        CHECK(language->currentData().toString().isEmpty()); // as the system
        CHECK(keep->value() == 10);
        CHECK(folder->text().isEmpty());
        language->setCurrentIndex(language->findData(QStringLiteral("vi")));
        keep->setValue(3);
        folder->setText(QDir::toNativeSeparators(elsewhere));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(preferredLanguage() == QStringLiteral("vi"));
    CHECK(SettingsDialog::backupsKept() == 3);
    CHECK(QDir(elsewhere).exists());

    // The daily copy goes to the chosen folder, and only the last three stay.
    for (const char *day : {"2020-01-01", "2020-01-02", "2020-01-03", "2020-01-04"}) {
        QFile old(QDir(elsewhere).filePath(QStringLiteral("kept-%1.sqlite").arg(QLatin1String(day))));
        REQUIRE(old.open(QIODevice::WriteOnly));
    }
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("kept.sqlite")), true).isEmpty());
    REQUIRE(backgroundWorkDone());
    CHECK(SettingsDialog::backupFolder(*w.database()) == QDir(elsewhere).absolutePath());
    const QStringList left = QDir(elsewhere).entryList(QDir::Files, QDir::Name);
    CHECK(left.size() == 3);
    CHECK(left.contains(QStringLiteral("kept-%1.sqlite")
                            .arg(QDate::currentDate().toString(Qt::ISODate))));
    CHECK_FALSE(left.contains(QStringLiteral("kept-2020-01-01.sqlite")));
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("backups"))).exists());

    // Back to the defaults: the copies go next to the database again.
    {
        SettingsDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("backupFolder"))->clear();
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QString()));
        dialog.accept();
    }
    CHECK(preferredLanguage().isEmpty());
    CHECK(SettingsDialog::backupFolder(*w.database()) ==
          QFileInfo(w.database()->path()).absoluteDir().filePath(QStringLiteral("backups")));
    QSettings().clear();
}

TEST_CASE("a database file dropped on the window opens; other files go to the page")
{
    useOwnSettings();
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    db::OpenOptions create;
    create.create = true;
    REQUIRE(db::Database::open(second, create).ok());
    MainWindow w;
    REQUIRE(w.openDatabase(first, true).isEmpty());

    CHECK(MainWindow::isDatabaseFile(second));
    CHECK(w.openFiles({second}).isEmpty());
    CHECK(w.database()->path() == QFileInfo(second).absoluteFilePath());

    // A copy renamed by hand is still known by its contents.
    const QString renamed = dir.filePath(QStringLiteral("copy.bak"));
    REQUIRE(QFile::copy(first, renamed));
    CHECK(MainWindow::isDatabaseFile(renamed));

    // A file no page takes is refused with a message; the database stays.
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("notes");
    }
    CHECK_FALSE(MainWindow::isDatabaseFile(text));
    w.showPage(0);
    const QString refused = w.openFiles({text});
    CHECK(refused.contains(QStringLiteral("notes.txt")));
    CHECK(w.database()->path() == QFileInfo(second).absoluteFilePath());
    // Two databases at once: one at a time.
    CHECK_FALSE(w.openFiles({first, second}).isEmpty());
    CHECK(w.database()->path() == QFileInfo(second).absoluteFilePath());
}

TEST_CASE("Ctrl+F goes to the search field of the page and F5 reads the data again")
{
    useOwnSettings();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("keys.sqlite")), true).isEmpty());
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    w.showPage(1); // the plan
    auto *find = w.findChild<QAction *>(QStringLiteral("findAction"));
    auto *reload = w.findChild<QAction *>(QStringLiteral("reloadAction"));
    REQUIRE(find);
    REQUIRE(reload);
    CHECK(find->shortcut() == QKeySequence(QKeySequence::Find));
    CHECK(reload->shortcut() == QKeySequence(QKeySequence::Refresh));
    find->trigger();
    auto *focused = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(focused);
    CHECK(w.pages().at(1)->isAncestorOf(focused));
    reload->trigger();
    CHECK(w.pages().at(1)->isVisible());
}

// Not a check: with TTCS_SCREENSHOTS=DIR set, saves pictures of the first-run
// and settings dialogs, to look at.
TEST_CASE("screenshots of the first-run and settings dialogs when asked")
{
    const QString out = ttcs::test::screenshotFolder();
    if (out.isEmpty())
        return;
    useOwnSettings();
    QTemporaryDir dir;
    FirstRunDialog firstRun(dir.filePath(QStringLiteral("ttcs.sqlite")));
    firstRun.setEmptyChosen(true);
    firstRun.show();
    REQUIRE(QTest::qWaitForWindowExposed(&firstRun));
    firstRun.grab().save(out + QStringLiteral("/first-run.png"));
    FirstRunDialog newDatabase(dir.filePath(QStringLiteral("new.sqlite")),
                               FirstRunDialog::NewDatabase);
    newDatabase.show();
    REQUIRE(QTest::qWaitForWindowExposed(&newDatabase));
    newDatabase.grab().save(out + QStringLiteral("/new-database.png"));
    SettingsDialog settings;
    settings.show();
    REQUIRE(QTest::qWaitForWindowExposed(&settings));
    settings.grab().save(out + QStringLiteral("/settings.png"));
}
