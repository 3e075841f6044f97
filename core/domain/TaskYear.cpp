#include "domain/TaskYear.h"

namespace ttcs {

bool sameRoles(const QList<TaskRole> &a, const QList<TaskRole> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).role != b.at(i).role || a.at(i).unitId != b.at(i).unitId ||
            a.at(i).groupId != b.at(i).groupId)
            return false;
    }
    return true;
}

bool TaskYearPlan::operator==(const TaskYearPlan &o) const
{
    return taskId == o.taskId && year == o.year && planned == o.planned && deadline == o.deadline &&
           target == o.target && expectedOutput == o.expectedOutput && budget == o.budget &&
           ownRoles == o.ownRoles && sameRoles(roles, o.roles);
}

QDate effectiveDeadline(std::optional<Frequency> frequency, const QDate &yearDeadline, int year)
{
    if (yearDeadline.isValid())
        return yearDeadline;
    if (frequency == Frequency::Annual)
        return QDate(year, 12, 31);
    return {};
}

} // namespace ttcs
