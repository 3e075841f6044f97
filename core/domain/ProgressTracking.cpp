#include "domain/ProgressTracking.h"

namespace ttcs {

TrackedState trackProgress(const Progress *stored, std::optional<Frequency> frequency,
                           const QDate &deadline, const QDate &today)
{
    const bool hasDeadline = deadline.isValid();
    const bool passed = hasDeadline && today > deadline;
    // Continuous work without a deadline of its own has no timeliness.
    const bool timeless = !hasDeadline && frequency == Frequency::Regular;

    TrackedState s;
    if (!stored) {
        s.status = TrackedStatus::NotReported;
        if (passed)
            s.outcome = Outcome::Overdue;
        else if (!timeless)
            s.outcome = Outcome::InProgress;
        return s;
    }
    switch (stored->status) {
    case ProgressStatus::NotApplicable:
        s.status = TrackedStatus::NotApplicable;
        return s;
    case ProgressStatus::Done: {
        s.status = TrackedStatus::Done;
        if (timeless)
            return s;
        const QDate doneOn =
            stored->completedOn.isValid() ? stored->completedOn : stored->reportedOn;
        s.outcome =
            hasDeadline && doneOn.isValid() && doneOn > deadline ? Outcome::Late : Outcome::OnTime;
        return s;
    }
    case ProgressStatus::NotStarted:
    case ProgressStatus::InProgress:
        if (passed) {
            s.status = TrackedStatus::Overdue;
            s.outcome = Outcome::Overdue;
            return s;
        }
        s.status = stored->status == ProgressStatus::NotStarted ? TrackedStatus::NotStarted
                                                                : TrackedStatus::InProgress;
        if (!timeless)
            s.outcome = Outcome::InProgress;
        return s;
    }
    return s;
}

} // namespace ttcs
