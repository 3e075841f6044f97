// Units change: renamed, merged into another, dissolved, each from a date.
// The years before keep the old units and names; groups expand to the units
// of the year; each change can be undone and redone exactly.
#include <catch2/catch.hpp>

#include "ProgressFixture.h"
#include "TestSupport.h"
#include "db/ProgressRepository.h"
#include "db/UnitRepository.h"
#include "db/YearPlanRepository.h"

#include <algorithm>

using namespace ttcs;
using namespace ttcs::db;
using ttcs::test::ProgressFixture;

namespace {

QStringList unitsOf(ProgressFixture &f, const char *task, int year)
{
    auto t = YearPlanRepository(f.db()).task(f.task(task), year);
    INFO(t.error().toStdString());
    REQUIRE(t.ok());
    QStringList out;
    for (const InvolvedUnit &u : t->units)
        out << u.name;
    return out;
}

QList<Unit> sortedUnits(ProgressFixture &f)
{
    QList<Unit> all = UnitRepository(f.db()).all().value();
    std::sort(all.begin(), all.end(), [](const Unit &a, const Unit &b) { return a.id < b.id; });
    return all;
}

bool same(const QList<Unit> &a, const QList<Unit> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Unit &x = a.at(i);
        const Unit &y = b.at(i);
        if (x.id != y.id || x.name != y.name || x.shortName != y.shortName || x.kind != y.kind ||
            x.parentId != y.parentId || x.validFrom != y.validFrom || x.validTo != y.validTo ||
            x.successorId != y.successorId || x.end != y.end)
            return false;
    }
    return true;
}

const QString kChoMoi = QStringLiteral("UBND huyện Chợ Mới");
const QString kChoMoiTown = QStringLiteral("UBND thị xã Chợ Mới");
const QString kStttt = QStringLiteral("Sở Thông tin và Truyền thông");
const QString kSkhcn = QStringLiteral("Sở Khoa học và Công nghệ");

} // namespace

TEST_CASE("units: a renamed unit keeps its old name in earlier years")
{
    ProgressFixture f;
    UnitRepository units(f.db());
    const qint64 choMoi = f.unit("ubnd-cm");
    auto change =
        units.rename(choMoi, kChoMoiTown, QStringLiteral("TX Chợ Mới"), QDate(2025, 7, 1));
    INFO(change.error().toStdString());
    REQUIRE(change.ok());
    REQUIRE(change->added.has_value());
    const qint64 town = change->added->id;

    const Unit old = units.byId(choMoi).value();
    CHECK(old.validTo == QDate(2025, 6, 30));
    CHECK(old.successorId == town);
    CHECK(old.end == UnitEnd::Renamed);
    const Unit renamed = units.byId(town).value();
    CHECK(renamed.validFrom == QDate(2025, 7, 1));
    CHECK(renamed.kind == UnitKind::District);

    // Task 5: the STTTT leads, the press and the districts coordinate.
    const QStringList y2024 = unitsOf(f, "5", 2024);
    CHECK(y2024.contains(kChoMoi));
    CHECK_FALSE(y2024.contains(kChoMoiTown));
    const QStringList y2025 = unitsOf(f, "5", 2025);
    CHECK(y2025.contains(kChoMoiTown));
    CHECK_FALSE(y2025.contains(kChoMoi));
    CHECK(y2025.size() == y2024.size());
    CHECK(unitsOf(f, "5", 2026) == y2025);

    // A role naming the old unit directly follows it to its new name.
    auto roles = YearPlanRepository(f.db()).task(f.task("2"), 2025);
    REQUIRE(roles.ok());
    TaskYearPlan plan;
    plan.ownRoles = true;
    TaskRole r;
    r.role = TaskRoleKind::Lead;
    r.unitId = choMoi;
    plan.roles = {r};
    REQUIRE(YearPlanRepository(f.db()).put(f.task("2"), 2025, plan).ok());
    REQUIRE(YearPlanRepository(f.db()).put(f.task("2"), 2024, plan).ok());
    CHECK(unitsOf(f, "2", 2025) == QStringList({kChoMoiTown}));
    CHECK(unitsOf(f, "2", 2024) == QStringList({kChoMoi}));
    CHECK(YearPlanRepository(f.db()).task(f.task("2"), 2025)->roles.at(0).name == kChoMoiTown);
}

TEST_CASE("units: a merged unit's part goes to the unit it merged into, without repeats")
{
    ProgressFixture f;
    UnitRepository units(f.db());
    auto change = units.mergeInto(f.unit("stttt"), f.unit("skhcn"), QDate(2025, 3, 1));
    INFO(change.error().toStdString());
    REQUIRE(change.ok());
    CHECK_FALSE(change->added.has_value());

    CHECK(unitsOf(f, "2", 2024) == QStringList({kStttt, QStringLiteral("Sở Tư pháp")}));
    CHECK(unitsOf(f, "2", 2025) == QStringList({kSkhcn, QStringLiteral("Sở Tư pháp")}));
    // Task 1: every department and district; the merged one is not counted twice.
    const QStringList y2024 = unitsOf(f, "1", 2024);
    const QStringList y2025 = unitsOf(f, "1", 2025);
    CHECK(y2024.contains(kStttt));
    CHECK_FALSE(y2025.contains(kStttt));
    CHECK(y2025.count(kSkhcn) == 1);
    CHECK(y2025.size() == y2024.size() - 1);
}

TEST_CASE("units: a dissolved unit takes no part from the year it ends")
{
    ProgressFixture f;
    UnitRepository units(f.db());
    const QString bdt = QStringLiteral("Ban Dân tộc tỉnh");
    REQUIRE(units.dissolve(f.unit("bdt"), QDate(2025, 3, 1)).ok());
    CHECK(unitsOf(f, "1", 2024).contains(bdt));
    CHECK_FALSE(unitsOf(f, "1", 2025).contains(bdt));
    // Dissolved from 1 January: it still takes part in the year before.
    REQUIRE(units.dissolve(f.unit("ttt"), QDate(2026, 1, 1)).ok());
    CHECK(unitsOf(f, "1", 2025).contains(QStringLiteral("Thanh tra tỉnh")));
    CHECK_FALSE(unitsOf(f, "1", 2026).contains(QStringLiteral("Thanh tra tỉnh")));
}

TEST_CASE("units: changes that make no sense are refused")
{
    ProgressFixture f;
    UnitRepository units(f.db());
    const qint64 stp = f.unit("stp");
    CHECK_FALSE(units.rename(stp, QStringLiteral("  "), {}, QDate(2025, 1, 1)).ok());
    CHECK_FALSE(units.mergeInto(stp, stp, QDate(2025, 1, 1)).ok());
    CHECK_FALSE(units.dissolve(stp, QDate()).ok());
    REQUIRE(units.dissolve(stp, QDate(2025, 1, 1)).ok());
    auto twice = units.dissolve(stp, QDate(2026, 1, 1));
    CHECK_FALSE(twice.ok());
    CHECK(twice.error().contains(QStringLiteral("already ended")));
    CHECK_FALSE(units.mergeInto(f.unit("snv"), stp, QDate(2025, 6, 1)).ok()); // gone by then
}

TEST_CASE("units: each change is undone and redone exactly")
{
    ProgressFixture f;
    UnitRepository units(f.db());
    const QList<Unit> original = sortedUnits(f);
    const qint64 groupsBefore = f.count(QStringLiteral("SELECT count(*) FROM unit_group_members"));

    SECTION("rename")
    {
        // An explicit group member: the renamed unit stays in the group.
        const qint64 lienQuan =
            f.count(QStringLiteral("SELECT id FROM unit_groups WHERE key = 'lien-quan'"));
        f.exec(QStringLiteral("INSERT INTO unit_group_members(group_id, unit_id) VALUES (?, ?)"),
               {lienQuan, f.unit("ubnd-cm")});
        const QList<Unit> before = sortedUnits(f);
        auto change = units.rename(f.unit("ubnd-cm"), kChoMoiTown, {}, QDate(2025, 7, 1));
        REQUIRE(change.ok());
        CHECK(change->addedGroups == QList<qint64>({lienQuan}));
        const QList<Unit> after = sortedUnits(f);
        auto undo = units.revert(change.value());
        INFO(undo.error().toStdString());
        REQUIRE(undo.ok());
        CHECK(same(sortedUnits(f), before));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM unit_group_members")) ==
              groupsBefore + 1);
        auto redo = units.revert(undo.value());
        REQUIRE(redo.ok());
        CHECK(same(sortedUnits(f), after));
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM unit_group_members WHERE unit_id = ?"),
                      {change->added->id}) == 1);
        REQUIRE(units.revert(redo.value()).ok());
        CHECK(same(sortedUnits(f), before));
    }
    SECTION("merge")
    {
        auto change = units.mergeInto(f.unit("stttt"), f.unit("skhcn"), QDate(2025, 3, 1));
        REQUIRE(change.ok());
        auto undo = units.revert(change.value());
        REQUIRE(undo.ok());
        CHECK(same(sortedUnits(f), original));
        REQUIRE(units.revert(undo.value()).ok());
        CHECK(units.byId(f.unit("stttt"))->end == UnitEnd::Merged);
    }
    SECTION("dissolve")
    {
        auto change = units.dissolve(f.unit("bdt"), QDate(2025, 3, 1));
        REQUIRE(change.ok());
        REQUIRE(units.revert(change.value()).ok());
        CHECK(same(sortedUnits(f), original));
        // An undo that no longer matches the database is refused.
        CHECK_FALSE(units.revert(change.value()).ok());
    }
}

TEST_CASE("units: a rename cannot be undone once the new unit has data")
{
    ProgressFixture f;
    UnitRepository units(f.db());
    auto change = units.rename(f.unit("ubnd-cm"), kChoMoiTown, {}, QDate(2025, 7, 1));
    REQUIRE(change.ok());
    Progress p;
    p.status = ProgressStatus::InProgress;
    REQUIRE(ProgressRepository(f.db()).put({f.task("5"), change->added->id, 2025}, p).ok());
    auto undo = units.revert(change.value());
    CHECK_FALSE(undo.ok());
    CHECK(units.byId(f.unit("ubnd-cm"))->end == UnitEnd::Renamed);
}

TEST_CASE("units: a report made before a rename counts for the renamed unit that year")
{
    ProgressFixture f;
    const qint64 choMoi = f.unit("ubnd-cm");
    Progress p;
    p.status = ProgressStatus::InProgress;
    p.result = QStringLiteral("Báo cáo 6 tháng");
    REQUIRE(ProgressRepository(f.db()).put({f.task("5"), choMoi, 2025}, p).ok());
    auto change = UnitRepository(f.db()).rename(choMoi, kChoMoiTown, {}, QDate(2025, 7, 1));
    REQUIRE(change.ok());
    auto lines = ProgressRepository(f.db(), Clock::fixed(QDate(2025, 8, 1))).lines(2025);
    REQUIRE(lines.ok());
    bool found = false;
    for (const ProgressLine &l : lines.value()) {
        CHECK(l.unitName != kChoMoi);
        if (l.taskNumber == QLatin1String("5") && l.unitId == change->added->id) {
            found = true;
            CHECK(l.unitName == kChoMoiTown);
            CHECK(l.status == TrackedStatus::InProgress);
            CHECK(l.progress->result == QStringLiteral("Báo cáo 6 tháng"));
        }
    }
    CHECK(found);
}
