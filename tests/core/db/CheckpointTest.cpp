// A large commit returns once its journal is on disk; the journal is
// copied into the database file on a thread of its own, and cut back once
// copied. Small commits leave the journal to grow.
#include <catch2/catch.hpp>

#include "DbTestSupport.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace ttcs;
using namespace ttcs::db;

namespace {

qint64 sizeOf(const QString &path)
{
    return QFileInfo(path).size();
}

// Writes about `kib` KiB of new rows in one transaction.
void write(Database &db, int kib)
{
    const Status st = db.transaction([&]() -> Status {
        SqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS scratch(x BLOB)")) ||
            !q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                   "WHERE i < %1) INSERT INTO scratch SELECT randomblob(1000) FROM n")
                        .arg(kib)))
            return Error{q.errorText()};
        return {};
    });
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
}

} // namespace

TEST_CASE("database: a large commit's journal is copied into the file in the background")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.sqlite"));
    const auto opened = test::newDatabase(path, false);
    Database &db = *opened;
    const QString journal = path + QStringLiteral("-wal");
    db.waitForCheckpoint();
    const qint64 fileBefore = sizeOf(path);

    // A small commit: nothing is copied yet.
    write(db, 100);
    db.waitForCheckpoint();
    CHECK(sizeOf(path) == fileBefore);

    // A large one: once the background copy is done, the file holds it.
    write(db, 6000);
    CHECK(sizeOf(journal) > 6000 * 1000);
    db.waitForCheckpoint();
    CHECK(sizeOf(path) > fileBefore + 6000 * 1000);

    // The next commit starts the journal over, cut back to what it holds.
    write(db, 10);
    CHECK(sizeOf(journal) < 1024 * 1024);

    SqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM scratch")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 6110);
}
