// A unit added by mistake is taken back, and a unit is corrected in every
// year: both with what it takes to undo them, both in the audit log.
#include <catch2/catch.hpp>

#include "DbTestSupport.h"
#include "TestSupport.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/UnitRepository.h"

#include <QTemporaryDir>

using namespace ttcs;
using namespace ttcs::db;

namespace {

std::unique_ptr<Database> seeded(const QTemporaryDir &dir)
{
    return test::newDatabase(dir.filePath(QStringLiteral("units.sqlite")));
}

qint64 unitNamed(Database &db, const QString &name)
{
    const QList<Unit> all = UnitRepository(db).all().value();
    for (const Unit &u : all) {
        if (u.name == name)
            return u.id;
    }
    FAIL("no unit " << name.toStdString());
    return 0;
}

AuditEntry lastAudit(Database &db)
{
    auto entries = AuditLog(db).recent(1);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    return entries->first();
}

} // namespace

TEST_CASE("units: a new unit keeps the id it is given back on redo, and is removed on undo")
{
    QTemporaryDir dir;
    auto db = seeded(dir);
    UnitRepository repo(*db);
    const int before = int(repo.all()->size());

    Unit u;
    u.name = QStringLiteral("  Trung tâm Truyền thông   tỉnh ");
    u.kind = UnitKind::Department;
    auto id = repo.insert(u);
    REQUIRE(id.ok());
    CHECK(repo.byId(id.value())->name == QStringLiteral("Trung tâm Truyền thông tỉnh"));
    CHECK(lastAudit(*db).action == QStringLiteral("insert"));

    REQUIRE(repo.remove(id.value()).ok());
    CHECK(repo.all()->size() == before);
    CHECK(lastAudit(*db).action == QStringLiteral("delete"));
    CHECK(lastAudit(*db).entityId == id.value());

    u.id = id.value();
    auto again = repo.insert(u);
    REQUIRE(again.ok());
    CHECK(again.value() == id.value());

    // Without a name nothing is written.
    Unit nameless;
    nameless.name = QStringLiteral("   ");
    CHECK_FALSE(repo.insert(nameless).ok());
    CHECK(repo.all()->size() == before + 1);
}

TEST_CASE("units: a unit that anything names cannot be removed")
{
    QTemporaryDir dir;
    auto db = seeded(dir);
    UnitRepository repo(*db);
    // A district named in the plan's tasks and with communes under it.
    const qint64 baBe = unitNamed(*db, QStringLiteral("UBND huyện Ba Bể"));
    Unit commune;
    commune.name = QStringLiteral("UBND xã Nam Mẫu");
    commune.kind = UnitKind::Commune;
    commune.parentId = baBe;
    REQUIRE(repo.insert(commune).ok());
    const Status st = repo.remove(baBe);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().contains(QStringLiteral("UBND huyện Ba Bể")));
    CHECK(repo.byId(baBe).ok());

    // The department that leads tasks is named by their roles.
    const qint64 stttt = unitNamed(*db, QStringLiteral("Sở Thông tin và Truyền thông"));
    CHECK_FALSE(repo.remove(stttt).ok());
    CHECK(repo.byId(stttt).ok());
}

TEST_CASE("units: a correction applies to every year and returns the unit as it was")
{
    QTemporaryDir dir;
    auto db = seeded(dir);
    UnitRepository repo(*db);
    const qint64 id = unitNamed(*db, QStringLiteral("Sở Tư pháp"));
    const Unit original = repo.byId(id).value();

    Unit edited = original;
    edited.name = QStringLiteral("Sở  Tư pháp tỉnh");
    edited.shortName = QStringLiteral("STP");
    auto previous = repo.update(edited);
    REQUIRE(previous.ok());
    CHECK(previous->name == original.name);
    const Unit now = repo.byId(id).value();
    CHECK(now.name == QStringLiteral("Sở Tư pháp tỉnh"));
    CHECK(now.shortName == QStringLiteral("STP"));
    CHECK(now.validFrom == original.validFrom);
    const AuditEntry entry = lastAudit(*db);
    CHECK(entry.action == QStringLiteral("update"));
    CHECK(entry.detail.contains(QStringLiteral("Sở Tư pháp tỉnh")));

    // Undo: the previous unit set again.
    REQUIRE(repo.update(previous.value()).ok());
    CHECK(repo.byId(id)->name == original.name);
    CHECK(repo.byId(id)->shortName == original.shortName);

    // Refused, and nothing changed: no name, under itself, under a unit of its own.
    Unit bad = original;
    bad.name = QString();
    CHECK_FALSE(repo.update(bad).ok());
    bad = original;
    bad.parentId = id;
    CHECK_FALSE(repo.update(bad).ok());
    Unit child;
    child.name = QStringLiteral("Phòng Phổ biến giáo dục pháp luật");
    child.parentId = id;
    auto childId = repo.insert(child);
    REQUIRE(childId.ok());
    bad = original;
    bad.parentId = childId.value();
    CHECK_FALSE(repo.update(bad).ok());
    CHECK(repo.byId(id)->parentId == original.parentId);
}
