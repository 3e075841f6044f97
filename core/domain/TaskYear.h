// A task of the standing plan as planned for one year: its deadline,
// target, expected output and budget, whether it is planned that year at
// all, and the year's own lead/coordinating/implementing units when they
// differ from the standing plan's. A year without a stored row follows the
// standing plan: planned, no deadline of its own, the standing roles.
#pragma once

#include "domain/Task.h"
#include "domain/Unit.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ttcs {

struct TaskYearPlan
{
    qint64 taskId = 0;
    int year = 0;
    bool planned = true;          // false: the task is not carried out that year
    QDate deadline;               // null: see effectiveDeadline()
    QString target;               // chỉ tiêu
    QString expectedOutput;       // sản phẩm dự kiến
    std::optional<qint64> budget; // kinh phí, in đồng
    bool ownRoles = false;        // true: `roles` replace the standing plan's roles that year
    QList<TaskRole> roles;        // the year's roles (names filled in when read)

    bool operator==(const TaskYearPlan &o) const;
    bool operator!=(const TaskYearPlan &o) const { return !(*this == o); }
};

// A unit taking part in a task in a year, with the roles it has in it.
struct InvolvedUnit
{
    qint64 unitId = 0;
    QString name; // as of that year
    UnitKind kind = UnitKind::Other;
    QList<TaskRoleKind> roles;
};

// A task of the plan as it stands in one year.
struct TaskInYear
{
    Task task;           // the standing task, with the standing roles
    bool isLeaf = true;  // no sub-tasks: units report on it
    TaskYearPlan plan;   // the year's stored plan, or the defaults
    bool stored = false; // the year has a row of its own
    QDate deadline;      // effectiveDeadline()
    QList<TaskRole>
        roles; // the roles that year (its own or the standing ones), names as of the year
    QList<InvolvedUnit>
        units; // leaf tasks planned that year: the units taking part, in Vietnamese order
};

// Same role, unit and group (the display name is not compared).
bool sameRoles(const QList<TaskRole> &a, const QList<TaskRole> &b);

// The deadline that counts in `year`: the year's own deadline, else 31
// December for an annual task; none (a null date) for continuous tasks,
// tasks done on request and groups.
QDate effectiveDeadline(std::optional<Frequency> frequency, const QDate &yearDeadline, int year);

} // namespace ttcs
