// Which unit stands for a role in a given year, after renames, mergers and
// dissolutions. A unit takes part in year N when it exists on 31 December
// of N; a unit that ended before that hands its part to its successor (the
// renamed unit, or the one it merged into), and a unit dissolved before
// that takes no part. So a renamed unit keeps its old name in the years
// before the change and the new one from the year of the change on.
#pragma once

#include "domain/Unit.h"

#include <QHash>
#include <QList>

namespace ttcs {

class UnitsOfYear final
{
public:
    // `groups` with their memberIds filled in.
    UnitsOfYear(const QList<Unit> &units, const QList<UnitGroup> &groups, int year);

    int year() const { return m_year; }

    // The unit that stands for `unitId` in the year, or 0 when none does.
    qint64 resolve(qint64 unitId) const;
    // The units a group stands for in the year: its explicit members and
    // units of its kinds that exist at some time in the year (as
    // UnitRepository::expandGroup), each resolved, without repeats.
    QList<qint64> expandGroup(qint64 groupId) const;

    // The unit with that id (a default Unit when unknown).
    const Unit &unit(qint64 id) const;
    // The units that exist on 31 December of the year.
    QList<qint64> existingAtYearEnd() const;

private:
    QHash<qint64, Unit> m_units;
    QHash<qint64, UnitGroup> m_groups;
    int m_year = 0;
    QDate m_yearEnd;
};

} // namespace ttcs
