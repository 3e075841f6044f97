// Editing the plan's tasks: numbers follow the tree, and every edit can be
// undone and redone exactly.
#include <catch2/catch.hpp>

#include "ProgressFixture.h"
#include "TestSupport.h"
#include "db/ProgressRepository.h"
#include "db/TaskEditRepository.h"
#include "db/TaskRepository.h"
#include "db/YearPlanRepository.h"

#include <QHash>

using namespace ttcs;
using namespace ttcs::db;
using ttcs::test::ProgressFixture;

namespace {

// Everything about the plan's tasks that an edit could touch, as text.
QStringList snapshot(ProgressFixture &f)
{
    QStringList out;
    const QList<Task> tasks = TaskRepository(f.db()).all().value();
    for (const Task &t : tasks) {
        QString line = QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                           .arg(t.id)
                           .arg(t.parentId)
                           .arg(t.number, t.title, t.content, t.timeFrame)
                           .arg(t.sortOrder);
        for (const TaskRole &r : t.roles)
            line += QStringLiteral("|%1:%2:%3").arg(roleKey(r.role)).arg(r.unitId).arg(r.groupId);
        out << line;
    }
    QSqlQuery q(f.db().connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT task_id, year, planned, deadline, target, budget, own_roles FROM task_years "
        "ORDER BY task_id, year")));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 7; ++i)
            cells << q.value(i).toString();
        out << QStringLiteral("year|") + cells.join(QLatin1Char('|'));
    }
    REQUIRE(q.exec(QStringLiteral(
        "SELECT task_id, year, role, unit_id, group_id, sort_order FROM task_year_roles "
        "ORDER BY task_id, year, sort_order")));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 6; ++i)
            cells << q.value(i).toString();
        out << QStringLiteral("yrole|") + cells.join(QLatin1Char('|'));
    }
    REQUIRE(q.exec(
        QStringLiteral("SELECT id, task_id, unit_id, year, status, result, figures, completed_on, "
                       "reported_on FROM progress ORDER BY id")));
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 9; ++i)
            cells << q.value(i).toString();
        out << QStringLiteral("progress|") + cells.join(QLatin1Char('|'));
    }
    return out;
}

// Every task's number is its parent's number and its place among its siblings.
void checkNumbering(ProgressFixture &f)
{
    const QList<Task> tasks = TaskRepository(f.db()).all().value();
    QHash<qint64, QString> number;
    QHash<qint64, int> children;
    int order = 0;
    for (const Task &t : tasks) {
        CHECK(t.sortOrder == ++order);
        const QString prefix =
            t.parentId == 0 ? QString() : number.value(t.parentId) + QLatin1Char('.');
        CHECK(t.number == prefix + QString::number(++children[t.parentId]));
        number.insert(t.id, t.number);
    }
}

QString numberOf(ProgressFixture &f, qint64 id)
{
    return f.scalar(QStringLiteral("SELECT number FROM tasks WHERE id = ?"), {id}).toString();
}

} // namespace

TEST_CASE("tasks: the default plan is numbered from its tree")
{
    ProgressFixture f;
    checkNumbering(f);
}

TEST_CASE("tasks: adding a sub-task renumbers its siblings, and undo and redo are exact")
{
    ProgressFixture f;
    TaskEditRepository repo(f.db());
    const QStringList before = snapshot(f);
    const qint64 t32 = f.task("3.2");
    const qint64 t33 = f.task("3.3");

    NewTask spec;
    spec.parentId = f.task("3");
    spec.position = 1;
    spec.fields.title = QStringLiteral("  Họp báo định kỳ  ");
    spec.fields.frequency = Frequency::Annual;
    TaskRole lead;
    lead.unitId = f.unit("stttt");
    spec.roles = {lead};
    auto change = repo.add(spec);
    INFO(change.error().toStdString());
    REQUIRE(change.ok());
    const qint64 id = change->taskId;
    CHECK(numberOf(f, id) == QStringLiteral("3.2"));
    CHECK(numberOf(f, t32) == QStringLiteral("3.3"));
    CHECK(numberOf(f, t33) == QStringLiteral("3.4"));
    CHECK(f.scalar(QStringLiteral("SELECT title FROM tasks WHERE id = ?"), {id}).toString() ==
          QStringLiteral("Họp báo định kỳ"));
    checkNumbering(f);
    const QStringList after = snapshot(f);

    auto undo = repo.revert(change.value());
    INFO(undo.error().toStdString());
    REQUIRE(undo.ok());
    CHECK(snapshot(f) == before);
    auto redo = repo.revert(undo.value());
    REQUIRE(redo.ok());
    CHECK(snapshot(f) == after); // the same id again
    REQUIRE(repo.revert(redo.value()).ok());
    CHECK(snapshot(f) == before);
}

TEST_CASE("tasks: removing a task takes its sub-tasks, years and progress, and undo puts them back")
{
    ProgressFixture f;
    TaskEditRepository repo(f.db());
    const qint64 t3 = f.task("3");
    const qint64 t31 = f.task("3.1");
    const qint64 t4 = f.task("4");
    const qint64 t92 = f.task("9.2");
    Progress p;
    p.status = ProgressStatus::Done;
    p.result = QStringLiteral("Cung cấp 120 tin");
    p.figures = {{QStringLiteral("articles"), 120}};
    p.completedOn = QDate(2024, 11, 1);
    REQUIRE(ProgressRepository(f.db()).put({t31, f.unit("stttt"), 2024}, p).ok());
    TaskYearPlan plan;
    plan.deadline = QDate(2024, 9, 30);
    plan.ownRoles = true;
    TaskRole r;
    r.unitId = f.unit("stp");
    plan.roles = {r};
    REQUIRE(YearPlanRepository(f.db()).put(f.task("3.2"), 2024, plan).ok());
    const QStringList before = snapshot(f);

    auto change = repo.remove(t3);
    REQUIRE(change.ok());
    CHECK(change->removed.size() == 4);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tasks")) == 16);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM progress")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM task_year_roles")) == 0);
    // Task 4 is now task 3, its neighbours follow.
    CHECK(numberOf(f, t4) == QStringLiteral("3"));
    CHECK(numberOf(f, t92) == QStringLiteral("8.2"));
    checkNumbering(f);
    const QStringList after = snapshot(f);

    auto undo = repo.revert(change.value());
    INFO(undo.error().toStdString());
    REQUIRE(undo.ok());
    CHECK(snapshot(f) == before);
    auto redo = repo.revert(undo.value());
    REQUIRE(redo.ok());
    CHECK(snapshot(f) == after);
    REQUIRE(repo.revert(redo.value()).ok());
    CHECK(snapshot(f) == before);
}

TEST_CASE("tasks: moving a task renumbers both places, and undo is exact")
{
    ProgressFixture f;
    TaskEditRepository repo(f.db());
    const QStringList before = snapshot(f);
    const qint64 t82 = f.task("8.2");
    const qint64 t83 = f.task("8.3");
    const qint64 t33 = f.task("3.3");
    auto change = repo.move(t82, f.task("3"), 0);
    REQUIRE(change.ok());
    CHECK(numberOf(f, t82) == QStringLiteral("3.1"));
    CHECK(numberOf(f, t33) == QStringLiteral("3.4"));
    CHECK(numberOf(f, t83) == QStringLiteral("8.2"));
    checkNumbering(f);

    // To the top level, last.
    auto top = repo.move(t83, 0, -1);
    REQUIRE(top.ok());
    CHECK(numberOf(f, t83) == QStringLiteral("10"));
    checkNumbering(f);

    REQUIRE(repo.revert(top.value()).ok());
    REQUIRE(repo.revert(change.value()).ok());
    CHECK(snapshot(f) == before);
}

TEST_CASE("tasks: moves that would break the tree are refused")
{
    ProgressFixture f;
    TaskEditRepository repo(f.db());
    const QStringList before = snapshot(f);
    CHECK_FALSE(repo.move(f.task("3"), f.task("3.1"), 0).ok());
    CHECK_FALSE(repo.move(f.task("3"), f.task("3"), 0).ok());
    Progress p;
    p.status = ProgressStatus::InProgress;
    REQUIRE(ProgressRepository(f.db()).put({f.task("2"), f.unit("stttt"), 2024}, p).ok());
    const QStringList withProgress = snapshot(f);
    auto under = repo.move(f.task("8.1"), f.task("2"), 0);
    CHECK_FALSE(under.ok());
    CHECK(under.error().contains(QStringLiteral("Progress has been reported")));
    NewTask spec;
    spec.parentId = f.task("2");
    spec.fields.title = QStringLiteral("Nhiệm vụ con");
    CHECK_FALSE(repo.add(spec).ok());
    NewTask untitled;
    untitled.fields.title = QStringLiteral("   ");
    CHECK_FALSE(repo.add(untitled).ok());
    CHECK(snapshot(f) == withProgress);
    CHECK(before.size() + 1 == withProgress.size());
}

TEST_CASE("tasks: renumbering mends numbers, and undo brings the old ones back")
{
    ProgressFixture f;
    TaskEditRepository repo(f.db());
    f.exec(QStringLiteral("UPDATE tasks SET number = '9.7' WHERE number = '9.2'"));
    f.exec(QStringLiteral("UPDATE tasks SET number = '2bis' WHERE number = '2'"));
    const QStringList before = snapshot(f);
    const qint64 plan = f.count(QStringLiteral("SELECT id FROM plans"));
    auto change = repo.renumber(plan);
    REQUIRE(change.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tasks WHERE number IN ('9.2', '2')")) == 2);
    checkNumbering(f);
    REQUIRE(repo.revert(change.value()).ok());
    CHECK(snapshot(f) == before);
}

TEST_CASE("tasks: an undo is refused once the tasks have moved on")
{
    ProgressFixture f;
    TaskEditRepository repo(f.db());
    auto move = repo.move(f.task("8.2"), f.task("3"), 0);
    REQUIRE(move.ok());
    REQUIRE(repo.move(f.task("9.1"), 0, 0).ok());
    auto undo = repo.revert(move.value());
    CHECK_FALSE(undo.ok());
    CHECK(undo.error().contains(QStringLiteral("changed since")));
}

TEST_CASE("tasks: editing fields and roles returns the previous values")
{
    ProgressFixture f;
    TaskEditRepository repo(f.db());
    const qint64 t2 = f.task("2");
    const QStringList before = snapshot(f);

    TaskFields fields = TaskFields::of(TaskRepository(f.db()).all().value().at(1));
    const TaskFields original = fields;
    fields.title = QStringLiteral("Rà soát chính sách");
    fields.frequency = Frequency::Regular;
    auto previous = repo.update(t2, fields);
    REQUIRE(previous.ok());
    CHECK(previous.value() == original);
    CHECK(repo.record(t2)->task.frequency == Frequency::Regular);
    REQUIRE(repo.update(t2, previous.value()).ok());
    CHECK(snapshot(f) == before);

    TaskRole lead;
    lead.role = TaskRoleKind::Lead;
    lead.groupId = f.count(QStringLiteral("SELECT id FROM unit_groups WHERE key = 'huyen'"));
    auto roles = repo.setRoles(t2, {lead});
    REQUIRE(roles.ok());
    CHECK(roles->size() == 3);
    CHECK(YearPlanRepository(f.db()).task(t2, 2024)->units.size() == 8);
    REQUIRE(repo.setRoles(t2, roles.value()).ok());
    CHECK(snapshot(f) == before);

    TaskRole both;
    both.unitId = 1;
    both.groupId = 1;
    CHECK_FALSE(repo.setRoles(t2, {both}).ok());
    CHECK(snapshot(f) == before);
}
