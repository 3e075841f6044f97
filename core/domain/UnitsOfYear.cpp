#include "domain/UnitsOfYear.h"

#include <QSet>

#include <algorithm>

namespace ttcs {

UnitsOfYear::UnitsOfYear(const QList<Unit> &units, const QList<UnitGroup> &groups, int year)
    : m_year(year)
    , m_yearEnd(year, 12, 31)
{
    m_units.reserve(units.size());
    for (const Unit &u : units)
        m_units.insert(u.id, u);
    for (const UnitGroup &g : groups)
        m_groups.insert(g.id, g);
}

const Unit &UnitsOfYear::unit(qint64 id) const
{
    static const Unit none;
    const auto it = m_units.constFind(id);
    return it == m_units.cend() ? none : *it;
}

qint64 UnitsOfYear::resolve(qint64 unitId) const
{
    // Successor chains are short; the bound guards against a cycle in bad data.
    for (int step = 0; step < 32; ++step) {
        const auto it = m_units.constFind(unitId);
        if (it == m_units.cend())
            return 0;
        const Unit &u = *it;
        if (u.validFrom.isValid() && u.validFrom > m_yearEnd)
            return 0; // not yet there
        if (!u.validTo.isValid() || u.validTo >= m_yearEnd)
            return u.id;
        if (u.successorId == 0)
            return 0; // dissolved
        unitId = u.successorId;
    }
    return 0;
}

QList<qint64> UnitsOfYear::expandGroup(qint64 groupId) const
{
    const auto g = m_groups.constFind(groupId);
    if (g == m_groups.cend())
        return {};
    QList<qint64> out;
    QSet<qint64> seen;
    auto add = [&](qint64 id) {
        const qint64 r = resolve(id);
        if (r != 0 && !seen.contains(r)) {
            seen.insert(r);
            out << r;
        }
    };
    for (qint64 id : g->memberIds) {
        if (unit(id).existsIn(m_year))
            add(id);
    }
    if (!g->kinds.isEmpty()) {
        // In id order, so that the result does not depend on hashing.
        QList<qint64> ids = m_units.keys();
        std::sort(ids.begin(), ids.end());
        for (qint64 id : ids) {
            const Unit &u = m_units.value(id);
            if (g->kinds.contains(u.kind) && u.existsIn(m_year))
                add(id);
        }
    }
    return out;
}

QList<qint64> UnitsOfYear::existingAtYearEnd() const
{
    QList<qint64> out;
    for (const Unit &u : m_units) {
        if (resolve(u.id) == u.id)
            out << u.id;
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace ttcs
