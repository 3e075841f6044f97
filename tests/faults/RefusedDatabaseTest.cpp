// Database files ttcs-cli must not write, run through the tool as a
// process: a file from a newer version, a file that is not a database (or
// is another program's), a locked file, a read-only file. Each is refused
// with exit code 2 and a message saying why, and the file is left exactly
// as it was, with no journal files beside it. (tests/core/db checks the
// same refusals of Database::open in process.)
#include <catch2/catch.hpp>

#include "FaultSupport.h"
#include "TestSupport.h"
#include "db/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ttcs;
using namespace ttcs::faults;

namespace {

struct Initialised
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("ttcs.sqlite"));
    Initialised()
    {
        const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("init")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
};

// A command that reads and one that writes.
QList<QStringList> commands(const QString &path)
{
    return {{QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--year"),
             QStringLiteral("2023"), QStringLiteral("--json")},
            {QStringLiteral("--db"), path, QStringLiteral("year"), QStringLiteral("new"),
             QStringLiteral("--year"), QStringLiteral("2024")}};
}

void execRaw(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        for (const QString &sql : statements)
            REQUIRE(q.exec(sql));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// Runs every command on `path`; each is refused with `reason` and leaves
// the file as it was.
void checkRefused(const QString &path, const QString &reason)
{
    const QByteArray before = sha256(path);
    for (const QStringList &args : commands(path)) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(reason));
        CHECK(r.out.isEmpty());
        CHECK(sha256(path) == before);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    }
}

} // namespace

TEST_CASE("cli: a database from a newer version is refused and left as it was")
{
    Initialised init;
    execRaw(init.path,
            {QStringLiteral("PRAGMA user_version = %1").arg(db::currentSchemaVersion() + 1)});
    checkRefused(init.path, QStringLiteral("newer version"));
}

TEST_CASE("cli: files that are not TTCS databases are refused and left as they were")
{
    QTemporaryDir dir;
    SECTION("text")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        REQUIRE(writeBytes(path, "Danh sách người phát ngôn\n"));
        checkRefused(path, QStringLiteral("not a TTCS database"));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        REQUIRE(writeBytes(path, {}));
        checkRefused(path, QStringLiteral("empty"));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        execRaw(path, {QStringLiteral("CREATE TABLE songs(title TEXT)"),
                       QStringLiteral("INSERT INTO songs VALUES ('Trống cơm')")});
        checkRefused(path, QStringLiteral("another program"));
    }
    SECTION("a damaged database: the header of SQLite, then noise")
    {
        Initialised init;
        QByteArray bytes = readBytes(init.path);
        REQUIRE(bytes.size() > 8192);
        for (qsizetype i = 100; i < bytes.size(); i += 7)
            bytes[i] = char(bytes[i] ^ 0x5A);
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        REQUIRE(writeBytes(path, bytes));
        checkRefused(path, QStringLiteral("damaged"));
    }
}

TEST_CASE("cli: a database locked by another program is refused, nothing changed")
{
    Initialised init;
    // The other program keeps a rollback journal.
    execRaw(init.path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
    // Read before the lock is taken: closing any file of the database in
    // this process would drop the connection's locks (POSIX locks).
    const QByteArray before = sha256(init.path);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(init.path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("UPDATE units SET name = name")));
        for (const QStringList &args : commands(init.path)) {
            INFO(args.join(QLatin1Char(' ')).toStdString());
            const Run r = cli(args);
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 2);
            CHECK(r.err.contains(QStringLiteral("locked")));
        }
        q.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    CHECK(sha256(init.path) == before);
    // Free again, the same write goes through.
    CHECK(cli(commands(init.path).at(1)).exitCode == 0);
}

TEST_CASE("cli: a read-only database is read, never written")
{
    Initialised init;
    const QByteArray before = sha256(init.path);
    const Unwritable readOnly(init.path);
    if (!readOnly.ok()) {
        WARN(readOnly.why().toStdString() << ": check skipped");
        return;
    }
    const Run read = cli(commands(init.path).at(0));
    INFO(read.err.toStdString());
    CHECK(read.exitCode == 0);
    const Run write = cli(commands(init.path).at(1));
    INFO(write.err.toStdString());
    CHECK(write.exitCode == 2);
    CHECK(write.err.contains(QStringLiteral("read-only")));
    CHECK(sha256(init.path) == before);
}
