// Reading and writing the rows of task_years, task_year_roles and progress,
// shared by the repositories that follow the plan through the year. Call
// the writers inside a transaction. Internal to db/.
#pragma once

#include "domain/Progress.h"
#include "domain/Result.h"
#include "domain/TaskYear.h"

#include <QList>
#include <QSqlDatabase>

namespace ttcs::db {

// The plan in force in `year` (the latest plan not after it, else the
// earliest): its id and first year. Error when there is no plan.
struct PlanInForce
{
    qint64 id = 0;
    int year = 0;
};
Result<PlanInForce> planInForce(const QSqlDatabase &db, int year);

// Stored task-year rows with their own roles: of one year (taskId 0) or
// of one task in every year (year 0), or one row (both given).
Result<QList<TaskYearPlan>> readTaskYears(const QSqlDatabase &db, qint64 taskId, int year);
// Replaces the row of (plan.taskId, plan.year) and its roles.
Status writeTaskYear(const QSqlDatabase &db, const TaskYearPlan &plan);
Status deleteTaskYear(const QSqlDatabase &db, qint64 taskId, int year);

// Progress rows: of one year (taskId 0), of one task in every year (year 0).
Result<QList<Progress>> readProgress(const QSqlDatabase &db, qint64 taskId, int year);
// The progress rows of one year with only what their tracked status needs
// (ids, status and dates; no result or figures), for the counts of the
// overview.
Result<QList<Progress>> readProgressStatuses(const QSqlDatabase &db, int year);
// The row of one (task, unit, year), if any.
Result<std::optional<Progress>> readProgressRow(const QSqlDatabase &db, qint64 taskId,
                                                qint64 unitId, int year);
// Inserts the row, with its id when it has one; returns the id.
Result<qint64> insertProgress(const QSqlDatabase &db, const Progress &p);

// Roles of a standing task, in order.
Result<QList<TaskRole>> readTaskRoles(const QSqlDatabase &db, qint64 taskId);
Status writeTaskRoles(const QSqlDatabase &db, qint64 taskId, const QList<TaskRole> &roles);

// Why the roles cannot be stored (each names a unit or a group), or nothing.
QString roleProblem(const QList<TaskRole> &roles);

} // namespace ttcs::db
