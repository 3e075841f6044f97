// The automatic copy made on the first open of each day, driven through the
// real window on a database of about 150 MB: the window is back and turning
// while the copy is made on a thread of its own, the copy is whole once it
// is done, and closing the window or opening another database meanwhile
// stops it without leaving a part of a file behind. A large journal left
// by a crash is written back on the copy's thread too; the note that the
// copy was made waits for the message shown in the status bar; and a
// restore from a backup stops the copy first.
#include <catch2/catch.hpp>

#include "BackgroundTask.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "db/Backup.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SyntheticData.h"

#include <QDate>
#include <QDir>
#include <QAction>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace ttcs;
using namespace ttcs::ui;
using namespace ttcs::test;

namespace {

// Made once for the test cases of this file: 300 units and years of
// spokespersons with long notes, a file of about 150 MB whose copy takes a
// good part of a second.
QString largeDatabase()
{
    static QTemporaryDir dir;
    static QString path;
    if (!path.isEmpty())
        return path;
    REQUIRE(dir.isValid());
    db::SyntheticSize size;
    size.years = 1;
    size.firstYear = 2025;
    size.units = 300;
    size.tasks = 10;
    size.progressRows = 200;
    size.spokespersons = 100;
    size.trainees = 10;
    size.mediaItems = 10;
    const QString made = syntheticDatabase(dir, size);
    auto db = db::Database::open(made);
    REQUIRE(db.ok());
    const Status st = db.value()->transaction([&db] {
        QSqlQuery grow(db.value()->connection());
        if (!grow.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90000) "
                "INSERT INTO spokespersons(unit_id, name, position, notes) "
                "SELECT 1 + i % 300, 'Người phát ngôn ' || i, 'Chánh Văn phòng', "
                "hex(randomblob(800)) FROM n")))
            return Status{Error{grow.lastError().text()}};
        return Status{};
    });
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
    db.value()->waitForCheckpoint();
    path = made;
    return path;
}

QString todaysName(const QString &database)
{
    return QFileInfo(database).completeBaseName() + QLatin1Char('-') +
           QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".sqlite");
}

// Every name in the folder, hidden ones too.
QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                      QDir::NoDotAndDotDot,
                                  QDir::Name);
}

// The rows of `table` in the database at `path`, opened read-only.
int rowsIn(const QString &path, QLatin1String table)
{
    db::OpenOptions ro;
    ro.readOnly = true;
    auto db = db::Database::open(path, ro);
    REQUIRE(db.ok());
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

int spokespersonsIn(const QString &path)
{
    return rowsIn(path, QLatin1String("spokespersons"));
}

// A synthetic database of one year (2025) and a few rows of everything.
QString smallDatabase(const QTemporaryDir &dir, const QString &name)
{
    db::SyntheticSize size;
    size.years = 1;
    size.firstYear = 2025;
    size.units = 30;
    size.tasks = 10;
    size.progressRows = 50;
    size.spokespersons = 30;
    size.trainees = 10;
    size.mediaItems = 10;
    return syntheticDatabase(dir, size, name);
}

// A database whose last writes are only in its write-ahead journal, as a
// program stopped before writing the journal back leaves it: a small
// database, then `megabytes` of the audit trail of a long import in the
// journal. The file and its journal are kept aside, so that restore()
// puts that state back for another open.
struct CrashedDatabase
{
    CrashedDatabase(const QTemporaryDir &dir, int megabytes)
    {
        path = smallDatabase(dir, QStringLiteral("crashed.sqlite"));
        keptFile = dir.filePath(QStringLiteral("kept.sqlite"));
        keptJournal = dir.filePath(QStringLiteral("kept.sqlite-wal"));
        const QString name = QStringLiteral("crash");
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            c.setDatabaseName(path);
            REQUIRE(c.open());
            QSqlQuery q(c);
            REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            REQUIRE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            // A megabyte a commit: 600 entries of 1,600 characters.
            for (int i = 0; i < megabytes; ++i) {
                REQUIRE(q.exec(QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
                    "INSERT INTO audit_log(action, entity, detail) "
                    "SELECT 'import', 'spokesperson', hex(randomblob(800)) FROM n")));
            }
            REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
            REQUIRE(q.next());
            entries = q.value(0).toInt();
            q.finish();
            // Kept while the connection is open: closing it would write the
            // journal back and remove it.
            REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > qint64(megabytes) << 20);
            REQUIRE(QFile::copy(path, keptFile));
            REQUIRE(QFile::copy(path + QStringLiteral("-wal"), keptJournal));
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        restore();
    }

    void restore() const
    {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        REQUIRE(QFile::copy(keptFile, path));
        REQUIRE(QFile::copy(keptJournal, path + QStringLiteral("-wal")));
    }

    QString path;
    QString keptFile;
    QString keptJournal;
    int entries = 0;
};

int auditEntriesIn(const QString &path)
{
    return rowsIn(path, QLatin1String("audit_log"));
}

bool isWhole(const QString &path)
{
    db::OpenOptions ro;
    ro.readOnly = true;
    auto db = db::Database::open(path, ro);
    if (!db.ok())
        return false;
    QSqlQuery q(db.value()->connection());
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() &&
           q.value(0).toString() == QStringLiteral("ok");
}

// A database of schema version 1, which opening upgrades (keeping a copy
// of the old file and saying so in the status bar).
QString oldDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const QString name = QStringLiteral("v1");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        // A table in the way stops the migrations after the first step.
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE plan_years(x)")));
        REQUIRE_FALSE(db::migrate(raw, 0).ok());
        REQUIRE(q.exec(QStringLiteral("DROP TABLE plan_years")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toInt() == 1);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return path;
}

} // namespace

TEST_CASE("the daily backup is made behind the window, which is back and turning meanwhile")
{
    useOwnSettings();
    const QString path = largeDatabase();
    const QString folder = QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups"));
    QDir(folder).removeRecursively();
    const QString today = QDir(folder).filePath(todaysName(path));

    MainWindow w;
    QElapsedTimer clock;
    clock.start();
    REQUIRE(w.openDatabase(path, false).isEmpty());
    const qint64 opened = clock.elapsed();
    // The copy is being made: nothing under today's name yet.
    const bool runningAfterOpen = backgroundTasksRunning() == 1;
    const bool absentAfterOpen = !QFile::exists(today);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const qint64 shown = clock.elapsed();

    // The event loop keeps turning until the copy is done.
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
    timer.start();
    const qint64 waitFrom = clock.elapsed();
    REQUIRE(backgroundWorkDone());
    const qint64 done = clock.elapsed();
    timer.stop();
    WARN("database of " << QFileInfo(path).size() / 1024 / 1024 << " MiB: openDatabase() took "
                        << opened << " ms, window shown at " << shown
                        << " ms, daily backup done at " << done << " ms, " << ticks
                        << " timer ticks while it ran");
    CHECK(runningAfterOpen);
    CHECK(absentAfterOpen);
    CHECK(opened < done);
    CHECK(ticks >= (done - waitFrom) / 10 / 4);

    // Done: the copy under today's name, whole, and nothing else.
    CHECK(namesIn(folder) == QStringList{todaysName(path)});
    CHECK(spokespersonsIn(today) == spokespersonsIn(path));
    CHECK(w.statusBar()->currentMessage().contains(QDir::toNativeSeparators(today)));

    // Opened again the same day: no second copy, nothing runs.
    REQUIRE(w.openDatabase(path, false).isEmpty());
    CHECK(backgroundWorkDone());
    CHECK(namesIn(folder) == QStringList{todaysName(path)});
}

TEST_CASE("a large journal left by a crash is written back behind the window, into the backup")
{
    useOwnSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const CrashedDatabase crashed(dir, 48);
    const QString folder = dir.filePath(QStringLiteral("backups"));
    const QString today = QDir(folder).filePath(todaysName(crashed.path));

    // The same work on one thread, as the window did it: open the file,
    // write its journal back, copy it.
    qint64 openOnly = 0;
    qint64 writeBackOnly = 0;
    qint64 copyOnly = 0;
    {
        QElapsedTimer clock;
        clock.start();
        auto db = db::Database::open(crashed.path);
        REQUIRE(db.ok());
        openOnly = clock.restart();
        QSqlQuery q(db.value()->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        q.finish();
        writeBackOnly = clock.restart();
        REQUIRE(QFileInfo(crashed.path + QStringLiteral("-wal")).size() == 0);
        REQUIRE(db::backupFile(crashed.path, dir.filePath(QStringLiteral("copy.sqlite"))).ok());
        copyOnly = clock.elapsed();
    }
    crashed.restore();

    // Closed while the journal is written back: the window waits for the
    // writing back to end (SQLite cannot be told to stop it), and no copy
    // or part of one is left. How long it waits is shown, not checked: it
    // is about the writing back, which another program busy on the machine
    // can make take twice as long as it did a moment ago on one thread.
    {
        MainWindow again;
        REQUIRE(again.openDatabase(crashed.path, false).isEmpty());
        REQUIRE(backgroundTasksRunning() == 1);
        QElapsedTimer clock;
        clock.start();
        again.close();
        WARN("closed as the journal was written back, the window waited "
             << clock.elapsed() << " ms (writing it back on one thread: " << writeBackOnly
             << " ms)");
        CHECK(backgroundWorkDone());
    }
    CHECK(namesIn(folder).isEmpty());
    CHECK(auditEntriesIn(crashed.path) == crashed.entries);
    crashed.restore();

    MainWindow w;
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    LoopWatch watch;
    QString error = QStringLiteral("not opened");
    qint64 opening = -1;
    watch.start();
    QTimer::singleShot(0, &w, [&] {
        QElapsedTimer clock;
        clock.start();
        error = w.openDatabase(crashed.path, false);
        opening = clock.elapsed();
    });
    REQUIRE(QTest::qWaitFor([&] { return opening >= 0; }, 60000));
    REQUIRE(error.isEmpty());
    REQUIRE(backgroundWorkDone());
    const qint64 longest = watch.stop();
    const qint64 oneThread = openOnly + writeBackOnly + copyOnly;
    WARN("journal of " << (QFileInfo(crashed.keptJournal).size() >> 20)
                       << " MiB left by a crash: on one thread, opening took " << openOnly
                       << " ms, writing it back " << writeBackOnly << " ms, the copy " << copyOnly
                       << " ms; in the window, openDatabase() took " << opening
                       << " ms and the event loop waited at most " << longest
                       << " ms until the backup was done");

    // The window's thread only opened the file: writing the journal back
    // and the copy were done on the copy's thread, so the event loop never
    // waited for the better part of that work.
    CHECK(longest < oneThread / 2);
    CHECK(longest < openOnly + writeBackOnly);

    // The backup holds what was only in the journal, and is whole.
    CHECK(namesIn(folder) == QStringList{todaysName(crashed.path)});
    CHECK(auditEntriesIn(today) == crashed.entries);
    CHECK(isWhole(today));
    CHECK(auditEntriesIn(crashed.path) == crashed.entries);
}

TEST_CASE("closing the window or opening another database stops the daily backup, leaving no part")
{
    useOwnSettings();
    const QString path = largeDatabase();
    const QString dirOf = QFileInfo(path).absolutePath();
    const QString folder = QDir(dirOf).filePath(QStringLiteral("backups"));
    QDir(folder).removeRecursively();
    // Beside the database: anything but its own lock and journal files.
    auto besideNow = [&] {
        QStringList names = namesIn(dirOf);
        for (const char *own : {"backups", "large.sqlite.lock", "large.sqlite-wal",
                                "large.sqlite-shm"})
            names.removeAll(QLatin1String(own));
        return names;
    };
    const QStringList besideBefore = besideNow();

    SECTION("closing the window")
    {
        {
            MainWindow w;
            REQUIRE(w.openDatabase(path, false).isEmpty());
            w.show();
            REQUIRE(QTest::qWaitForWindowExposed(&w));
            REQUIRE(backgroundTasksRunning() == 1);
            QElapsedTimer clock;
            clock.start();
            w.close();
            WARN("closing the window stopped the daily backup in " << clock.elapsed() << " ms");
            // Closed, the window no longer has a copy running.
            CHECK(backgroundWorkDone());
        }
        CHECK(namesIn(folder).isEmpty());
        CHECK(besideNow() == besideBefore);
    }

    SECTION("opening another database")
    {
        QTemporaryDir other;
        const QString small = other.filePath(QStringLiteral("small.sqlite"));
        MainWindow w;
        REQUIRE(w.openDatabase(path, false).isEmpty());
        REQUIRE(backgroundTasksRunning() == 1);
        REQUIRE(w.openDatabase(small, true).isEmpty());
        // The large file's copy was stopped, and the small one's made.
        CHECK(backgroundWorkDone());
        CHECK(namesIn(folder).isEmpty());
        CHECK(besideNow() == besideBefore);
        CHECK(namesIn(other.filePath(QStringLiteral("backups"))) ==
              QStringList{todaysName(small)});
    }

    // Another open the same day makes the copy that was stopped.
    MainWindow again;
    REQUIRE(again.openDatabase(path, false).isEmpty());
    REQUIRE(backgroundWorkDone());
    CHECK(namesIn(folder) == QStringList{todaysName(path)});
    CHECK(spokespersonsIn(QDir(folder).filePath(todaysName(path))) == spokespersonsIn(path));
}

TEST_CASE("the daily backup's note waits for the message shown, and is said after it")
{
    useOwnSettings();
    // With TTCS_SCREENSHOTS=DIR set, the window as each message shows, to
    // look at (in the language of TTCS_LANGUAGE).
    const QString shots = qEnvironmentVariable("TTCS_SCREENSHOTS");
    if (!shots.isEmpty() && !qEnvironmentVariableIsEmpty("TTCS_LANGUAGE"))
        ttcs::installTranslations(*QCoreApplication::instance());
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    SECTION("a message with a time of its own: the note comes once it has gone")
    {
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        const QString today = QDir(dir.filePath(QStringLiteral("backups"))).filePath(todaysName(path));
        const QString saved = QStringLiteral("Saved a copy to somewhere");
        REQUIRE(w.openDatabase(path, true).isEmpty());
        w.statusBar()->showMessage(saved, 4000);
        REQUIRE(backgroundWorkDone());
        REQUIRE(QFile::exists(today));
        // The small copy is done well before the message's time is over.
        CHECK(w.statusBar()->currentMessage() == saved);
        CHECK(QTest::qWaitFor(
            [&] {
                return w.statusBar()->currentMessage().contains(QDir::toNativeSeparators(today));
            },
            10000));
    }

    SECTION("the upgrade notice, which stays: the note comes once it has been read, and the "
            "notice comes back after it")
    {
        const QString path = oldDatabase(dir);
        const QString today = QDir(dir.filePath(QStringLiteral("backups"))).filePath(todaysName(path));
        QElapsedTimer clock;
        clock.start();
        REQUIRE(w.openDatabase(path, false).isEmpty());
        REQUIRE_FALSE(w.database()->backupBeforeMigration().isEmpty());
        const QString notice = w.statusBar()->currentMessage();
        REQUIRE(notice.contains(QDir::toNativeSeparators(w.database()->backupBeforeMigration())));
        REQUIRE(backgroundWorkDone());
        REQUIRE(QFile::exists(today));
        CHECK(w.statusBar()->currentMessage() == notice);
        if (!shots.isEmpty() && QDir().mkpath(shots))
            w.grab().save(shots + QStringLiteral("/upgrade-notice.png"));
        const auto noteShown = [&] {
            return w.statusBar()->currentMessage().contains(QDir::toNativeSeparators(today));
        };
        REQUIRE(QTest::qWaitFor(noteShown, 20000));
        const qint64 noticeShownFor = clock.elapsed();
        WARN("the upgrade notice was shown for " << noticeShownFor
                                                 << " ms before the daily backup's note");
        if (!shots.isEmpty())
            w.grab().save(shots + QStringLiteral("/upgrade-then-daily-backup.png"));
        // The note's time over (as its timer would), the notice is back.
        w.statusBar()->clearMessage();
        CHECK(QTest::qWaitFor([&] { return w.statusBar()->currentMessage() == notice; }, 1000));
        // Another message replaces it for good.
        w.statusBar()->showMessage(QStringLiteral("Backed up to somewhere"), 300);
        CHECK(QTest::qWaitFor([&] { return w.statusBar()->currentMessage().isEmpty(); }, 2000));
        QTest::qWait(50);
        CHECK(w.statusBar()->currentMessage().isEmpty());
    }
}

TEST_CASE("Restore from a backup while the daily backup runs stops it first, leaving no part")
{
    useOwnSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = smallDatabase(dir, QStringLiteral("office.sqlite"));
    // The backup to restore: the data as they are now, then years of an
    // audit trail that make the file large (about 120 MB), so that its
    // daily copy takes a while.
    const QString saved = dir.filePath(QStringLiteral("saved.sqlite"));
    const int savedEntries = [&] {
        auto db = db::Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(db::backupTo(*db.value(), saved).ok());
        const Status grown = db.value()->transaction([&db] {
            QSqlQuery grow(db.value()->connection());
            if (!grow.exec(QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 72000) "
                    "INSERT INTO audit_log(action, entity, detail) "
                    "SELECT 'import', 'spokesperson', hex(randomblob(800)) FROM n")))
                return Status{Error{grow.lastError().text()}};
            return Status{};
        });
        REQUIRE(grown.ok());
        return auditEntriesIn(saved);
    }();
    // Another program reads the file from before its last change, until
    // the restore is confirmed: while it does, the daily copy cannot write
    // that change back into the file, and waits, asking about Cancel. So
    // the copy is surely still running when the restore is confirmed,
    // however fast the disk.
    const QString readerName = QStringLiteral("reader");
    auto reading = std::make_unique<QSqlQuery>([&] {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), readerName);
        reader.setDatabaseName(path);
        REQUIRE(reader.open());
        REQUIRE(reader.transaction());
        return reader;
    }());
    REQUIRE(reading->exec(QStringLiteral("SELECT count(*) FROM audit_log")));
    REQUIRE(reading->next());
    {
        const QString writerName = QStringLiteral("writer");
        {
            QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), writerName);
            writer.setDatabaseName(path);
            REQUIRE(writer.open());
            QSqlQuery q(writer);
            REQUIRE(q.exec(QStringLiteral("INSERT INTO audit_log(action, entity, detail) "
                                          "VALUES ('import', 'unit', 'the last one')")));
            q.finish();
            writer.close();
        }
        QSqlDatabase::removeDatabase(writerName);
    }
    const auto letGo = [&] {
        if (!reading)
            return;
        reading.reset();
        {
            QSqlDatabase reader = QSqlDatabase::database(readerName, false);
            reader.rollback();
            reader.close();
        }
        QSqlDatabase::removeDatabase(readerName);
    };
    const int largeEntries = auditEntriesIn(path);
    REQUIRE(largeEntries > savedEntries + 70000);
    const QString folder = dir.filePath(QStringLiteral("backups"));
    const QString today = QDir(folder).filePath(todaysName(path));

    MainWindow w;
    w.resize(1366, 768);
    REQUIRE(w.openDatabase(path, false).isEmpty());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(backgroundTasksRunning() == 1);

    // Restore through the File menu: the backup chosen, the replacement
    // confirmed while the daily copy still runs.
    bool runningAtConfirm = false;
    whenShown<QFileDialog>([&](QFileDialog *files) {
        files->selectFile(saved);
        whenShown<QMessageBox>([&](QMessageBox *box) {
            runningAtConfirm = backgroundTasksRunning() == 1 && !QFile::exists(today);
            box->button(QMessageBox::Yes)->click();
            letGo();
        });
        static_cast<QDialog *>(files)->accept(); // as the Open button does
    });
    auto *restore = w.findChild<QAction *>(QStringLiteral("restoreAction"));
    REQUIRE(restore);
    restore->trigger();
    letGo(); // had the dialogs not come
    REQUIRE(backgroundWorkDone());
    REQUIRE(runningAtConfirm);

    // Restored: the database shown holds the backup's data.
    INFO(w.statusBar()->currentMessage().toStdString());
    REQUIRE(w.database());
    CHECK(w.database()->path() == QFileInfo(path).absoluteFilePath());
    CHECK_FALSE(w.database()->isReadOnly());
    CHECK(w.statusBar()->currentMessage().contains(QDir::toNativeSeparators(saved)));
    {
        QSqlQuery q(w.database()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == savedEntries);
    }
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".restoring")));

    // The daily copy of the large data was stopped: nothing of it is left,
    // and today's copy, made on opening the restored file, is of the
    // restored data. Beside it, the data before the restore.
    const QStringList names = namesIn(folder);
    INFO(names.join(QLatin1Char(' ')).toStdString());
    REQUIRE(names.size() == 2);
    CHECK(names.contains(todaysName(path)));
    QString before;
    for (const QString &name : names) {
        if (name != todaysName(path))
            before = QDir(folder).filePath(name);
    }
    CHECK(before.contains(QStringLiteral("before-restore")));
    CHECK(auditEntriesIn(today) == savedEntries);
    CHECK(isWhole(today));
    CHECK(auditEntriesIn(before) == largeEntries);
}

// Not a check: with TTCS_SCREENSHOTS=DIR set, saves the window at 1366×768
// once the daily backup has said it is done, to look at (in the language
// of TTCS_LANGUAGE).
TEST_CASE("screenshot of the daily backup's status-bar message when asked")
{
    const QString out = ttcs::test::screenshotFolder();
    if (out.isEmpty())
        return;
    useOwnSettings();
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1366, 768);
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("ttcs.sqlite")), true).isEmpty());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(backgroundWorkDone());
    CHECK_FALSE(w.statusBar()->currentMessage().isEmpty());
    w.grab().save(out + QStringLiteral("/daily-backup-status.png"));
}
