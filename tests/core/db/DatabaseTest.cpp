#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ttcs;
using namespace ttcs::db;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

std::unique_ptr<Database> create(const QString &path)
{
    OpenOptions o;
    o.create = true;
    auto db = Database::open(path, o);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

int userVersion(const Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// Sets user_version on a closed file through a connection of its own.
void setUserVersion(const QString &path, int version)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("a new database is migrated from empty to the current schema")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto db = create(path);
    CHECK(db->wasCreated());
    CHECK(userVersion(*db) == currentSchemaVersion());
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("a missing file is not created unless asked")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    auto db = Database::open(path, OpenOptions{});
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(QStringLiteral("no database")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a database from a newer version is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    create(path).reset();
    setUserVersion(path, currentSchemaVersion() + 5);
    const QByteArray before = fileHash(path);

    auto db = Database::open(path, OpenOptions{});
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(QStringLiteral("newer version")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("files that are not databases are refused with a clear message")
{
    QTemporaryDir dir;
    SECTION("random bytes")
    {
        const QString path = dir.filePath(QStringLiteral("random.sqlite"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 7919) % 251));
        f.write(junk);
        f.close();
        auto db = Database::open(path, OpenOptions{});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().contains(QStringLiteral("not a TTCS database")));
        CHECK(fileHash(path) == QCryptographicHash::hash(junk, QCryptographicHash::Sha256));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        auto db = Database::open(path, OpenOptions{});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().contains(QStringLiteral("empty")));
        CHECK(QFile(path).size() == 0);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE songs(title TEXT)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        auto db = Database::open(path, OpenOptions{});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().contains(QStringLiteral("another program")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a folder")
    {
        auto db = Database::open(dir.path(), OpenOptions{});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().contains(QStringLiteral("folder")));
    }
}

TEST_CASE("a database opened read-only refuses every write")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    create(path).reset();
    const QByteArray before = fileHash(path);
    OpenOptions o;
    o.readOnly = true;
    auto db = Database::open(path, o);
    REQUIRE(db.ok());
    CHECK(db.value()->isReadOnly());
    const Status st = db.value()->transaction([] { return Status(); });
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().contains(QStringLiteral("read-only")));
    QSqlQuery q(db.value()->connection());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM units")));
    db.value().reset();
    CHECK(fileHash(path) == before);
}

TEST_CASE("a database locked by another program is refused with a clear message")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    create(path).reset();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(q.exec(QStringLiteral("UPDATE units SET name = name")));

        auto db = Database::open(path, OpenOptions{});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().contains(QStringLiteral("locked")));
        q.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
}

TEST_CASE("foreign keys are enforced")
{
    QTemporaryDir dir;
    auto db = create(dir.filePath(QStringLiteral("fk.sqlite")));
    QSqlQuery q(db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO task_roles(task_id, role, unit_id) VALUES (1, 'lead', 999999)")));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO spokespersons(unit_id, name) VALUES (424242, 'Nguyễn Văn An')")));
    // A unit that tasks refer to cannot be deleted.
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM units WHERE name = 'Sở Thông tin và Truyền thông'")));
}

TEST_CASE("a failed transaction leaves nothing behind")
{
    QTemporaryDir dir;
    auto db = create(dir.filePath(QStringLiteral("tx.sqlite")));
    const Status st = db->transaction([&]() -> Status {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("INSERT INTO units(name, kind) VALUES ('Đơn vị thử', 'other')"));
        return Error{QStringLiteral("stop")};
    });
    CHECK_FALSE(st.ok());
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM units WHERE name = 'Đơn vị thử'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("a failed migration rolls back its step and keeps the version")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mig.sqlite"));
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mig"));
    raw.setDatabaseName(path);
    REQUIRE(raw.open());
    {
        QSqlQuery q(raw);
        // A table in the way makes the first step fail half-way.
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE tasks(x)")));
    }
    const Status st = migrate(raw, 0);
    CHECK_FALSE(st.ok());
    {
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'units'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("mig"));
}

TEST_CASE("version 3 keeps every spokesperson and refuses the same names as before")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    const QStringList names = {QStringLiteral("Nguyễn Văn An"), QStringLiteral(" Lê Thị Bình"),
                               QStringLiteral("\tTrần C"), QStringLiteral("!"),
                               QStringLiteral("\t"), QStringLiteral("   "), QStringLiteral("")};
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        // A table in the way stops the upgrade after version 2.
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE spokespersons_new(x)")));
        CHECK_FALSE(migrate(raw, 0).ok());
        REQUIRE(q.exec(QStringLiteral("DROP TABLE spokespersons_new")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toInt() == 2);
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO spokespersons(id, name, phone, source_row) "
                                         "VALUES (?, ?, '0912345678', ?)")));
        for (int i = 0; i < 3; ++i) {
            q.bindValue(0, 10 * (i + 1));
            q.bindValue(1, names.at(i));
            q.bindValue(2, i + 5);
            REQUIRE(q.exec());
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    auto db = Database::open(path, OpenOptions{});
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    CHECK(userVersion(*db.value()) == 3);
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id, name, phone, source_row FROM spokespersons ORDER BY id")));
    for (int i = 0; i < 3; ++i) {
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 10 * (i + 1));
        CHECK(q.value(1).toString() == names.at(i));
        CHECK(q.value(2).toString() == QStringLiteral("0912345678"));
        CHECK(q.value(3).toInt() == i + 5);
    }
    CHECK_FALSE(q.next());
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(name) FROM sqlite_master "
                                  "WHERE type = 'index' AND tbl_name = 'spokespersons'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("spokespersons_unit"));

    // The new check refuses exactly the names the old one did: none but
    // spaces, or nothing.
    for (const QString &name : names) {
        INFO(name.toStdString());
        QSqlQuery old(db.value()->connection());
        REQUIRE(old.prepare(QStringLiteral("SELECT length(trim(?)) > 0")));
        old.bindValue(0, name);
        REQUIRE(old.exec());
        REQUIRE(old.next());
        QSqlQuery insert(db.value()->connection());
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO spokespersons(name) VALUES (?)")));
        insert.bindValue(0, name);
        CHECK(insert.exec() == old.value(0).toBool());
    }
}
