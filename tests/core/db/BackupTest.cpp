#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "db/Backup.h"
#include "db/Database.h"
#include "db/NativeStatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlError>
#include <QThread>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>
#include <thread>
#include <utility>

using namespace ttcs;
using namespace ttcs::db;

namespace {

std::unique_ptr<Database> create(const QString &path)
{
    OpenOptions o;
    o.create = true;
    auto db = Database::open(path, o);
    REQUIRE(db.ok());
    return std::move(db).value();
}

// Runs `sql` after emptying the journal: what it writes is then only in
// the journal, not yet in the file.
void writeToJournalOnly(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    q.finish();
    REQUIRE(q.exec(sql));
    REQUIRE(QFileInfo(db.path() + QStringLiteral("-wal")).size() > 0);
}

int unitCount(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM units")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("a copy holds every committed change and opens as a database")
{
    QTemporaryDir dir;
    auto db = create(dir.filePath(QStringLiteral("live.sqlite")));
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO units(name, kind) VALUES ('UBND xã Nam Mẫu', 'commune')")));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(backupTo(*db, copy).ok());
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".part")));
    REQUIRE(checkRestorable(copy).ok());
    OpenOptions ro;
    ro.readOnly = true;
    auto reopened = Database::open(copy, ro);
    REQUIRE(reopened.ok());
    CHECK(unitCount(*reopened.value()) == unitCount(*db));

    // Copying over an existing file replaces it whole.
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO units(name, kind) VALUES ('UBND xã Khang Ninh', 'commune')")));
    reopened.value().reset();
    REQUIRE(backupTo(*db, copy).ok());
    auto again = Database::open(copy, ro);
    REQUIRE(again.ok());
    CHECK(unitCount(*again.value()) == unitCount(*db));
}

TEST_CASE("a copy to a missing folder fails and writes nothing")
{
    QTemporaryDir dir;
    auto db = create(dir.filePath(QStringLiteral("live.sqlite")));
    const QString bad = dir.filePath(QStringLiteral("nowhere/copy.sqlite"));
    const Status st = backupTo(*db, bad);
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE("the daily copy is made once a day and only the newest are kept")
{
    QTemporaryDir dir;
    auto db = create(dir.filePath(QStringLiteral("office.sqlite")));
    QDate day(2024, 3, 1);
    for (int i = 0; i < 6; ++i) {
        auto made = dailyBackup(*db, day.addDays(i), 3);
        REQUIRE(made.ok());
        CHECK(QFileInfo(made.value()).fileName() ==
              QStringLiteral("office-%1.sqlite").arg(day.addDays(i).toString(Qt::ISODate)));
    }
    auto again = dailyBackup(*db, day.addDays(5), 3);
    REQUIRE(again.ok());
    CHECK(again.value().isEmpty()); // today's copy was there already
    const QStringList kept = listBackups(*db);
    REQUIRE(kept.size() == 3);
    CHECK(kept.first().endsWith(QStringLiteral("office-2024-03-06.sqlite")));
    CHECK(kept.last().endsWith(QStringLiteral("office-2024-03-04.sqlite")));
}

TEST_CASE("only a TTCS database can be restored, and the swap is whole")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    {
        auto db = create(live);
        REQUIRE(backupTo(*db, copy).ok());
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM task_roles")));
    }
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("plain text, not a database");
    f.close();
    CHECK_FALSE(checkRestorable(junk).ok());

    REQUIRE(checkRestorable(copy).ok());
    REQUIRE(replaceFile(copy, live).ok());
    auto db = Database::open(live, OpenOptions{});
    REQUIRE(db.ok());
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM task_roles")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 0);
}

TEST_CASE("a copy reports its progress and can be cancelled, leaving nothing")
{
    QTemporaryDir dir;
    auto db = create(dir.filePath(QStringLiteral("live.sqlite")));
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO units(name, kind) VALUES ('UBND xã Nam Mẫu', 'commune')")));

    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    qint64 last = -1;
    qint64 total = 0;
    REQUIRE(backupTo(*db, copy, [&](qint64 done, qint64 all) {
                CHECK(done >= last);
                last = done;
                total = all;
                return true;
            }).ok());
    CHECK(total > 0);
    CHECK(last == total);
    // The copy stands alone: no journal of its own is expected next to it.
    QFile header(copy);
    REQUIRE(header.open(QIODevice::ReadOnly));
    const QByteArray bytes = header.read(20);
    CHECK(int(bytes.at(18)) == 1);
    CHECK(int(bytes.at(19)) == 1);
    header.close();
    auto reopened = Database::open(copy);
    REQUIRE(reopened.ok());
    CHECK(unitCount(*reopened.value()) == unitCount(*db));
    reopened.value().reset();

    // Cancelled: an earlier copy stays as it was, and nothing else is left.
    const QByteArray before = [&] {
        QFile f(copy);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO units(name, kind) VALUES ('UBND xã Khang Ninh', 'commune')")));
    const Status st = backupTo(*db, copy, [](qint64 done, qint64) { return done == 0; });
    CHECK_FALSE(st.ok());
    QFile after(copy);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("copy")).size() == 1);

    // The database goes on working after the copy.
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO units(name, kind) VALUES ('UBND xã Đồng Thắng', 'commune')")));
}

TEST_CASE("a read-only database is copied too")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    int units = 0;
    {
        auto db = create(live);
        units = unitCount(*db);
    }
    OpenOptions ro;
    ro.readOnly = true;
    auto db = Database::open(live, ro);
    REQUIRE(db.ok());
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(backupTo(*db.value(), copy).ok());
    auto reopened = Database::open(copy, ro);
    REQUIRE(reopened.ok());
    CHECK(unitCount(*reopened.value()) == units);
}

TEST_CASE("a copy made on another thread is the snapshot of when it began")
{
    QTemporaryDir dir;
    auto db = create(dir.filePath(QStringLiteral("live.sqlite")));
    const int before = unitCount(*db);
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));

    // The copy stops at its first report until the window's connection has
    // written a unit and asked for its journal to be written back: that
    // checkpoint must not reach the file being copied.
    QSemaphore copying;
    QSemaphore written;
    Status copied;
    std::thread worker([&] {
        copied = backupFile(db->path(), copy, [&](qint64 done, qint64) {
            if (done == 0) {
                copying.release();
                written.acquire();
            }
            return true;
        });
    });
    copying.acquire();
    QSqlQuery q(db->connection());
    CHECK(q.exec(
        QStringLiteral("INSERT INTO units(name, kind) VALUES ('UBND xã Nam Mẫu', 'commune')")));
    CHECK(q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")));
    q.finish();
    written.release();
    worker.join();
    REQUIRE(copied.ok());

    OpenOptions ro;
    ro.readOnly = true;
    auto reopened = Database::open(copy, ro);
    REQUIRE(reopened.ok());
    CHECK(unitCount(*reopened.value()) == before);
    QSqlQuery check(reopened.value()->connection());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
    check.finish();
    reopened.value().reset();

    // The window's connection goes on, and a later copy has the new unit.
    CHECK(unitCount(*db) == before + 1);
    REQUIRE(backupFile(db->path(), copy).ok());
    auto again = Database::open(copy, ro);
    REQUIRE(again.ok());
    CHECK(unitCount(*again.value()) == before + 1);
}

TEST_CASE("a copy writes a large journal back without keeping another connection's writes waiting")
{
    QTemporaryDir dir;
    auto db = create(dir.filePath(QStringLiteral("live.sqlite")));
    // About 40 MB only in the journal, as a program stopped before writing
    // it back leaves it.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    q.finish();
    constexpr int kEntries = 40 * 600;
    for (int i = 0; i < kEntries / 600; ++i) {
        REQUIRE(q.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
            "INSERT INTO audit_log(action, entity, detail) "
            "SELECT 'import', 'unit', hex(randomblob(800)) FROM n")));
    }
    const qint64 fileBefore = QFileInfo(db->path()).size();
    const int units = unitCount(*db);
    // A write here that finds the write lock taken fails at once.
    REQUIRE(q.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
    q.finish();

    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    std::atomic<bool> done{false};
    Status copied;
    std::thread worker([&] {
        copied = backupFile(db->path(), copy);
        done = true;
    });
    // Once the journal is being written back (the file grows to its new
    // size first), a unit is added through this connection.
    while (!done && QFileInfo(db->path()).size() == fileBefore)
        QThread::msleep(1);
    const bool duringWriteBack = !done;
    const bool added = q.exec(
        QStringLiteral("INSERT INTO units(name, kind) VALUES ('UBND xã Nam Mẫu', 'commune')"));
    const QString addError = q.lastError().text();
    worker.join();
    if (!duringWriteBack)
        WARN("the copy was done before the unit could be added while it ran");
    INFO(addError.toStdString());
    CHECK(added);
    REQUIRE(copied.ok());

    // The copy is whole, holds what was only in the journal, and the
    // unit or not, as of when its snapshot was taken.
    OpenOptions ro;
    ro.readOnly = true;
    auto reopened = Database::open(copy, ro);
    REQUIRE(reopened.ok());
    QSqlQuery check(reopened.value()->connection());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
    REQUIRE(check.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
    REQUIRE(check.next());
    CHECK(check.value(0).toInt() == kEntries);
    check.finish();
    const int copiedUnits = unitCount(*reopened.value());
    CHECK((copiedUnits == units || copiedUnits == units + 1));
    CHECK(unitCount(*db) == units + 1);
}

TEST_CASE("a copy without writing the journal back still holds what is only in the journal")
{
    QTemporaryDir dir;
    auto db = create(dir.filePath(QStringLiteral("live.sqlite")));
    writeToJournalOnly(
        *db, QStringLiteral("INSERT INTO units(name, kind) VALUES ('UBND xã Nam Mẫu', 'commune')"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(backupFile(db->path(), copy, {}, true).ok());
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".part")));
    OpenOptions ro;
    ro.readOnly = true;
    auto reopened = Database::open(copy, ro);
    REQUIRE(reopened.ok());
    CHECK(unitCount(*reopened.value()) == unitCount(*db));

    // A file that is not there is not made into an empty database.
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    CHECK_FALSE(backupFile(missing, dir.filePath(QStringLiteral("other.sqlite"))).ok());
    CHECK_FALSE(QFile::exists(missing));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("other.sqlite"))));
}

TEST_CASE("a copy SQLite makes itself is asked about as it goes and can be cancelled")
{
    QTemporaryDir dir;
    auto db = create(dir.filePath(QStringLiteral("live.sqlite")));
    // Enough rows for VACUUM INTO to take a while, and only in the journal:
    // without writing it back, the file alone is not the database, and
    // SQLite makes the copy.
    writeToJournalOnly(
        *db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                 "INSERT INTO units(name, kind) SELECT 'UBND xã số ' || i, 'commune' FROM n"));
    const bool watched = NativeStatement::isAvailable(db->connection());
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));

    // Questions with nothing to count (total 0) come before and during
    // SQLite's copy; the counted ones as the copy is put in place.
    int uncounted = 0;
    REQUIRE(backupFile(db->path(), copy,
                       [&](qint64, qint64 total) {
                           uncounted += total == 0 ? 1 : 0;
                           return true;
                       },
                       true)
                .ok());
    if (watched)
        CHECK(uncounted > 1);
    OpenOptions ro;
    ro.readOnly = true;
    {
        auto reopened = Database::open(copy, ro);
        REQUIRE(reopened.ok());
        CHECK(unitCount(*reopened.value()) == unitCount(*db));
    }
    REQUIRE(QFile::remove(copy));

    // Cancelled at the third question: during SQLite's copy where it asks,
    // else as the copy is put in place. Nothing is left either way.
    int asked = 0;
    const Status st = backupFile(db->path(), copy, [&](qint64, qint64) { return ++asked < 3; },
                                 true);
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(QStringLiteral("cancelled")));
    CHECK(asked == 3);
    CHECK_FALSE(QFile::exists(copy));
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".part")));

    // The database goes on working after it.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO units(name, kind) VALUES ('UBND xã Nam Mẫu', 'commune')")));
}

TEST_CASE("a finished copy is put in place whole, and the old journal goes with the old file")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target.sqlite"));
    const QString staged = dir.filePath(QStringLiteral("target.sqlite.part"));
    const QList<std::pair<QString, QByteArray>> files = {
        {target, "old"}, {staged, "new"}, {target + QStringLiteral("-wal"), "journal"}};
    for (const auto &[path, text] : files) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    REQUIRE(putInPlace(staged, target, true).ok());
    QFile f(target);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArrayLiteral("new"));
    CHECK_FALSE(QFile::exists(staged));
    CHECK_FALSE(QFile::exists(target + QStringLiteral("-wal")));

    // Nothing to put in place: the target stays.
    CHECK_FALSE(putInPlace(staged, target).ok());
    CHECK(QFile::exists(target));
}
