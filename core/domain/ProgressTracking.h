// The computed side of progress: from what a unit reported (or did not),
// the task's deadline and today's date, the status the office sees and the
// outcome as the Government Office's task-tracking system counts it.
//
// Status: the stored one, except
//   not_reported  the unit has no progress row (whatever the deadline);
//   overdue       not started or in progress, and the deadline has passed
//                 (the deadline day itself is still in time).
// Outcome:
//   on_time       done by the deadline (the completion date, else the date
//                 reported; a task marked done without either date counts
//                 as on time), or done on a task that has no deadline;
//   late          done after the deadline;
//   in_progress   not done, deadline not passed or no deadline;
//   overdue       not done (or not reported) and the deadline has passed;
//   none          not applicable, and every continuous ("thường xuyên")
//                 task without a deadline of its own that year: continuous
//                 work has no point at which it is late.
#pragma once

#include "domain/Progress.h"
#include "domain/Task.h"
#include "domain/Unit.h"

#include <QDate>

#include <optional>

namespace ttcs {

struct TrackedState
{
    TrackedStatus status = TrackedStatus::NotReported;
    std::optional<Outcome> outcome;
};

// One involved unit on one leaf task in one year, as the office follows it.
struct ProgressLine
{
    qint64 taskId = 0;
    QString taskNumber;
    QString taskTitle;
    std::optional<Frequency> frequency;
    qint64 unitId = 0;
    QString unitName; // as of the year
    UnitKind unitKind = UnitKind::Other;
    QList<TaskRoleKind> roles;
    int year = 0;
    QDate deadline; // null: none
    std::optional<Progress>
        progress; // the unit's row (or, failing that, one its predecessor made that year)
    TrackedStatus status = TrackedStatus::NotReported;
    std::optional<Outcome> outcome;
};

// `stored` null: nothing reported. `deadline` null: no deadline.
TrackedState trackProgress(const Progress *stored, std::optional<Frequency> frequency,
                           const QDate &deadline, const QDate &today);

} // namespace ttcs
