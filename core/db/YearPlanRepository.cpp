#include "db/YearPlanRepository.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/YearRows.h"
#include "db/YearSnapshot.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QSet>

namespace ttcs::db {

namespace {

QString cleanLines(const QString &s)
{
    QStringList lines = s.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = text::clean(l);
    return lines.join(QLatin1Char('\n')).trimmed();
}

} // namespace

YearPlanRepository::YearPlanRepository(Database &db)
    : m_db(db)
{}

Result<int> YearPlanRepository::planYear(int year) const
{
    auto plan = planInForce(m_db.connection(), year);
    if (!plan)
        return Error{plan.error()};
    return plan->year;
}

Result<QList<int>> YearPlanRepository::startedYears() const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT year FROM plan_years ORDER BY year")))
        return Error{q.errorText()};
    QList<int> out;
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

Result<QList<TaskInYear>> YearPlanRepository::tasks(int year) const
{
    auto snap = YearSnapshot::load(m_db, year, false);
    if (!snap)
        return Error{snap.error()};
    return snap->tasks();
}

Result<TaskInYear> YearPlanRepository::task(qint64 taskId, int year) const
{
    auto all = tasks(year);
    if (!all)
        return Error{all.error()};
    for (const TaskInYear &t : all.value()) {
        if (t.task.id == taskId)
            return t;
    }
    return Error{
        QCoreApplication::translate("ttcs::Database", "Task %1 is not part of the plan in %2.")
            .arg(taskId)
            .arg(year)};
}

Result<QList<InvolvedUnit>> YearPlanRepository::involvedUnits(qint64 taskId, int year) const
{
    auto t = task(taskId, year);
    if (!t)
        return Error{t.error()};
    return t->units;
}

Result<std::optional<TaskYearPlan>> YearPlanRepository::stored(qint64 taskId, int year) const
{
    auto rows = readTaskYears(m_db.connection(), taskId, year);
    if (!rows)
        return Error{rows.error()};
    if (rows->isEmpty())
        return std::optional<TaskYearPlan>();
    return std::optional<TaskYearPlan>(rows->first());
}

Result<std::optional<TaskYearPlan>> YearPlanRepository::put(qint64 taskId, int year,
                                                            const std::optional<TaskYearPlan> &plan)
{
    std::optional<TaskYearPlan> previous;
    const Status st = m_db.transaction([&]() -> Status {
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT number FROM tasks WHERE id = ?"), {taskId}))
            return Error{q.errorText()};
        if (!q.next())
            return Error{
                QCoreApplication::translate("ttcs::Database", "No task with id %1.").arg(taskId)};
        const QString number = q.string(0);
        auto first = planInForce(m_db.connection(), year);
        if (!first)
            return Error{first.error()};
        if (year < first->year)
            return Error{QCoreApplication::translate("ttcs::Database",
                                                     "The plan starts in %1; %2 is before it.")
                             .arg(first->year)
                             .arg(year)};
        auto before = stored(taskId, year);
        if (!before)
            return Error{before.error()};
        previous = before.value();
        if (!plan) {
            if (Status d = deleteTaskYear(m_db.connection(), taskId, year); !d.ok())
                return d;
            return AuditLog(m_db).record(QStringLiteral("delete"), QStringLiteral("task_year"),
                                         taskId, QStringLiteral("%1 / %2").arg(number).arg(year));
        }
        TaskYearPlan p = *plan;
        p.taskId = taskId;
        p.year = year;
        p.target = cleanLines(p.target);
        p.expectedOutput = cleanLines(p.expectedOutput);
        if (!p.ownRoles)
            p.roles.clear();
        if (p.budget && *p.budget < 0)
            return Error{
                QCoreApplication::translate("ttcs::Database", "The budget cannot be negative.")};
        if (const QString problem = roleProblem(p.roles); !problem.isEmpty())
            return Error{problem};
        if (Status w = writeTaskYear(m_db.connection(), p); !w.ok())
            return w;
        return AuditLog(m_db).record(previous ? QStringLiteral("update") : QStringLiteral("insert"),
                                     QStringLiteral("task_year"), taskId,
                                     QStringLiteral("%1 / %2").arg(number).arg(year));
    });
    if (!st.ok())
        return Error{st.error()};
    return previous;
}

Result<YearStart> YearPlanRepository::startYear(int year)
{
    YearStart start;
    start.year = year;
    start.fromYear = year - 1;
    const Status st = m_db.transaction([&]() -> Status {
        auto plan = planInForce(m_db.connection(), year);
        if (!plan)
            return Error{plan.error()};
        if (year < plan->year)
            return Error{QCoreApplication::translate("ttcs::Database",
                                                     "The plan starts in %1; %2 is before it.")
                             .arg(plan->year)
                             .arg(year)};
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM plan_years WHERE year = ?"), {year}) ||
            !q.next())
            return Error{q.errorText()};
        if (q.value(0).toInt() > 0)
            return Error{QCoreApplication::translate("ttcs::Database",
                                                     "The year %1 has already been started.")
                             .arg(year)};
        if (!q.exec(
                QStringLiteral("INSERT INTO plan_years(year, plan_id, from_year) VALUES (?, ?, ?)"),
                {year, plan->id, year - 1}))
            return Error{q.errorText()};

        auto previous = readTaskYears(m_db.connection(), 0, year - 1);
        if (!previous)
            return Error{previous.error()};
        auto existing = readTaskYears(m_db.connection(), 0, year);
        if (!existing)
            return Error{existing.error()};
        QSet<qint64> taken;
        for (const TaskYearPlan &p : existing.value())
            taken.insert(p.taskId);
        for (TaskYearPlan p : previous.value()) {
            if (taken.contains(p.taskId))
                continue;
            p.year = year;
            if (p.deadline.isValid())
                p.deadline = p.deadline.addYears(1);
            if (Status w = writeTaskYear(m_db.connection(), p); !w.ok())
                return w;
            start.created << p;
        }
        return AuditLog(m_db).record(
            QStringLiteral("start_year"), QStringLiteral("plan_year"), year,
            QStringLiteral("from %1: %2 task years").arg(year - 1).arg(start.created.size()));
    });
    if (!st.ok())
        return Error{st.error()};
    return start;
}

Status YearPlanRepository::revertStart(const YearStart &start)
{
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("DELETE FROM plan_years WHERE year = ?"), {start.year}))
            return Error{q.errorText()};
        for (const TaskYearPlan &p : start.created) {
            if (Status d = deleteTaskYear(m_db.connection(), p.taskId, start.year); !d.ok())
                return d;
        }
        return AuditLog(m_db).record(QStringLiteral("undo"), QStringLiteral("plan_year"),
                                     start.year, QStringLiteral("start of %1").arg(start.year));
    });
}

} // namespace ttcs::db
