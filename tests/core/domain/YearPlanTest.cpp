// The plan year by year: what a year without its own rows looks like, a
// year's own deadline, units and exclusions, and starting a year from the
// previous one.
#include <catch2/catch.hpp>

#include "ProgressFixture.h"
#include "TestSupport.h"
#include "db/ProgressRepository.h"
#include "db/YearPlanRepository.h"

using namespace ttcs;
using namespace ttcs::db;
using ttcs::test::ProgressFixture;

namespace {

const TaskInYear &find(const QList<TaskInYear> &tasks, qint64 id)
{
    for (const TaskInYear &t : tasks) {
        if (t.task.id == id)
            return t;
    }
    FAIL("task not found");
    return tasks.first();
}

QStringList names(const QList<InvolvedUnit> &units)
{
    QStringList out;
    for (const InvolvedUnit &u : units)
        out << u.name;
    return out;
}

TaskRole groupRole(TaskRoleKind kind, qint64 groupId)
{
    TaskRole r;
    r.role = kind;
    r.groupId = groupId;
    return r;
}

TaskRole unitRole(TaskRoleKind kind, qint64 unitId)
{
    TaskRole r;
    r.role = kind;
    r.unitId = unitId;
    return r;
}

} // namespace

TEST_CASE("year plan: a year without rows of its own follows the standing plan")
{
    ProgressFixture f;
    YearPlanRepository repo(f.db());
    auto tasks = repo.tasks(2024);
    REQUIRE(tasks.ok());
    REQUIRE(tasks->size() == 20);
    CHECK(tasks->at(0).task.number == QStringLiteral("1"));
    CHECK(tasks->at(19).task.number == QStringLiteral("9.2"));

    const TaskInYear &t2 = find(tasks.value(), f.task("2"));
    CHECK_FALSE(t2.stored);
    CHECK(t2.plan.planned);
    CHECK(t2.deadline == QDate(2024, 12, 31)); // annual
    CHECK(names(t2.units) == QStringList({QStringLiteral("Sở Thông tin và Truyền thông"),
                                          QStringLiteral("Sở Tư pháp")}));
    CHECK(t2.units.at(0).roles == QList<TaskRoleKind>({TaskRoleKind::Lead}));
    CHECK(t2.units.at(1).roles == QList<TaskRoleKind>({TaskRoleKind::Coordinate}));

    const TaskInYear &t1 = find(tasks.value(), f.task("1"));
    CHECK_FALSE(t1.deadline.isValid()); // continuous
    // The departments and the districts, each once.
    CHECK(t1.units.size() ==
          f.count(QStringLiteral(
              "SELECT count(*) FROM units WHERE kind IN ('department', 'district')")));

    const TaskInYear &group = find(tasks.value(), f.task("3"));
    CHECK_FALSE(group.isLeaf);
    CHECK(group.units.isEmpty());

    // 3.1 names the STTTT as lead and the departments as coordinators: it is
    // one unit with both roles.
    const TaskInYear &t31 = find(tasks.value(), f.task("3.1"));
    int stttt = 0;
    for (const InvolvedUnit &u : t31.units) {
        if (u.unitId == f.unit("stttt")) {
            ++stttt;
            CHECK(u.roles == QList<TaskRoleKind>({TaskRoleKind::Lead, TaskRoleKind::Coordinate}));
        }
    }
    CHECK(stttt == 1);
}

TEST_CASE("year plan: nothing applies before the plan's first year")
{
    ProgressFixture f;
    YearPlanRepository repo(f.db());
    auto tasks = repo.tasks(2022);
    REQUIRE(tasks.ok());
    CHECK(tasks->isEmpty());
    CHECK(repo.planYear(2030).value() == 2023);
    TaskYearPlan p;
    CHECK_FALSE(repo.put(f.task("2"), 2022, p).ok());
}

TEST_CASE("year plan: a year's own deadline, target, budget and units, and undoing them")
{
    ProgressFixture f;
    YearPlanRepository repo(f.db());
    const qint64 task2 = f.task("2");
    const qint64 sbn = f.count(QStringLiteral("SELECT id FROM unit_groups WHERE key = 'sbn'"));
    const qint64 auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));

    TaskYearPlan plan;
    plan.deadline = QDate(2024, 6, 30);
    plan.target = QStringLiteral("  100% sở, ngành  ");
    plan.expectedOutput = QStringLiteral("Báo cáo rà soát");
    plan.budget = 50000000;
    plan.ownRoles = true;
    plan.roles = {unitRole(TaskRoleKind::Lead, f.unit("stp")),
                  groupRole(TaskRoleKind::Implement, sbn)};
    auto previous = repo.put(task2, 2024, plan);
    REQUIRE(previous.ok());
    CHECK_FALSE(previous->has_value());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore + 1);

    auto stored = repo.stored(task2, 2024);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->target == QStringLiteral("100% sở, ngành"));
    CHECK((*stored)->budget == 50000000);
    CHECK(sameRoles((*stored)->roles, plan.roles));
    CHECK((*stored)->roles.at(0).name == QStringLiteral("Sở Tư pháp"));

    auto t = repo.task(task2, 2024);
    REQUIRE(t.ok());
    CHECK(t->stored);
    CHECK(t->deadline == QDate(2024, 6, 30));
    // The year's own units: every department, the STP leading.
    CHECK(t->units.size() ==
          f.count(QStringLiteral("SELECT count(*) FROM units WHERE kind = 'department'")));
    // Other years keep the standing plan.
    CHECK_FALSE(repo.task(task2, 2025)->stored);
    CHECK(repo.task(task2, 2025)->units.size() == 2);

    // Editing again returns what was there; putting it back restores it.
    TaskYearPlan changed = stored->value();
    changed.deadline = QDate(2024, 9, 30);
    changed.ownRoles = false;
    auto second = repo.put(task2, 2024, changed);
    REQUIRE(second.ok());
    CHECK(second->value() == stored->value());
    REQUIRE(repo.put(task2, 2024, second.value()).ok());
    CHECK(repo.stored(task2, 2024).value() == stored->value());
    // Undoing the first edit removes the row.
    REQUIRE(repo.put(task2, 2024, previous.value()).ok());
    CHECK_FALSE(repo.stored(task2, 2024)->has_value());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM task_year_roles")) == 0);
}

TEST_CASE("year plan: a task left out of a year has no units that year")
{
    ProgressFixture f;
    YearPlanRepository repo(f.db());
    TaskYearPlan plan;
    plan.planned = false;
    REQUIRE(repo.put(f.task("5"), 2024, plan).ok());
    const TaskInYear t = repo.task(f.task("5"), 2024).value();
    CHECK_FALSE(t.plan.planned);
    CHECK(t.units.isEmpty());
    auto lines = ProgressRepository(f.db(), Clock::fixed(QDate(2024, 6, 1))).lines(2024);
    REQUIRE(lines.ok());
    for (const ProgressLine &l : lines.value())
        CHECK(l.taskNumber != QStringLiteral("5"));
    CHECK_FALSE(repo.task(f.task("5"), 2025)->units.isEmpty());
}

TEST_CASE("year plan: a new year starts from the previous one in one step")
{
    ProgressFixture f;
    YearPlanRepository repo(f.db());
    const qint64 task2 = f.task("2");
    const qint64 task5 = f.task("5");
    const qint64 task7 = f.task("7");
    const qint64 huyen = f.count(QStringLiteral("SELECT id FROM unit_groups WHERE key = 'huyen'"));

    TaskYearPlan p2;
    p2.deadline = QDate(2024, 2, 29);
    p2.target = QStringLiteral("Rà soát 100% văn bản");
    p2.budget = 20000000;
    p2.ownRoles = true;
    p2.roles = {unitRole(TaskRoleKind::Lead, f.unit("stttt")),
                groupRole(TaskRoleKind::Coordinate, huyen)};
    REQUIRE(repo.put(task2, 2024, p2).ok());
    TaskYearPlan p5;
    p5.planned = false;
    REQUIRE(repo.put(task5, 2024, p5).ok());
    // A row the new year already has is kept.
    TaskYearPlan p7;
    p7.deadline = QDate(2025, 5, 15);
    REQUIRE(repo.put(task7, 2024, TaskYearPlan()).ok());
    REQUIRE(repo.put(task7, 2025, p7).ok());
    // Progress of the old year does not come along.
    Progress progress;
    progress.status = ProgressStatus::InProgress;
    REQUIRE(ProgressRepository(f.db()).put({task2, f.unit("stttt"), 2024}, progress).ok());

    auto start = repo.startYear(2025);
    INFO(start.error().toStdString());
    REQUIRE(start.ok());
    CHECK(start->year == 2025);
    CHECK(start->fromYear == 2024);
    CHECK(start->created.size() == 2);
    CHECK(repo.startedYears().value() == QList<int>({2025}));

    const TaskYearPlan c2 = repo.stored(task2, 2025).value().value();
    CHECK(c2.deadline == QDate(2025, 2, 28)); // a year on; no 29 February in 2025
    CHECK(c2.target == p2.target);
    CHECK(c2.budget == p2.budget);
    CHECK(c2.ownRoles);
    CHECK(sameRoles(c2.roles, p2.roles));
    CHECK_FALSE(repo.stored(task5, 2025).value()->planned);
    CHECK(repo.stored(task7, 2025).value()->deadline == QDate(2025, 5, 15));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM progress WHERE year = 2025")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM task_year_roles WHERE year = 2025")) == 2);
    // 2024 is as it was.
    CHECK(repo.stored(task2, 2024).value().value() == repo.stored(task2, 2024).value().value());
    CHECK(repo.stored(task2, 2024).value()->deadline == QDate(2024, 2, 29));

    // Once only.
    auto again = repo.startYear(2025);
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already")));

    // Taken back, then started again.
    REQUIRE(repo.revertStart(start.value()).ok());
    CHECK_FALSE(repo.stored(task2, 2025)->has_value());
    CHECK_FALSE(repo.stored(task5, 2025)->has_value());
    CHECK(repo.stored(task7, 2025).value()->deadline == QDate(2025, 5, 15));
    CHECK(repo.startedYears()->isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM task_year_roles WHERE year = 2025")) == 0);
    REQUIRE(repo.startYear(2025).ok());
    CHECK(repo.stored(task2, 2025).value()->deadline == QDate(2025, 2, 28));
}

TEST_CASE("year plan: a year before the plan cannot be started")
{
    ProgressFixture f;
    YearPlanRepository repo(f.db());
    CHECK_FALSE(repo.startYear(2022).ok());
    // The plan's own year starts with nothing to copy.
    auto first = repo.startYear(2023);
    REQUIRE(first.ok());
    CHECK(first->created.isEmpty());
}
