// Units and unit groups.
#pragma once

#include "domain/Result.h"
#include "domain/Unit.h"

#include <QDate>
#include <QList>

#include <optional>

namespace ttcs::db {

class Database;

// A change in a unit's life (rename, merger, dissolution) with what it takes
// to go back: revert(change) puts the units back as they were and returns
// the change that redoes it, so an undo command keeps one of these.
struct UnitChange
{
    Unit before;                 // the unit that changed, as it was
    Unit after;                  // the same unit after the change
    std::optional<Unit> added;   // a unit that exists only after the change (a rename's new unit)
    std::optional<Unit> removed; // a unit that existed only before it (when reverting a rename)
    QList<qint64> addedGroups;   // explicit group memberships of `added`
    QList<qint64> removedGroups; // … of `removed`
};

class UnitRepository final
{
public:
    explicit UnitRepository(Database &db);

    // Every unit, whatever its dates, in no particular order.
    Result<QList<Unit>> all() const;
    // The units that exist at some time in `year`.
    Result<QList<Unit>> existingIn(int year) const;
    Result<Unit> byId(qint64 id) const;

    // Every group, with its explicit members.
    Result<QList<UnitGroup>> groups() const;
    // The units a group stands for in `year`: its kinds and explicit members.
    Result<QList<Unit>> expandGroup(qint64 groupId, int year) const;

    // Adds a unit; returns its id. Refused without a name. A unit given an
    // id keeps it (redoing an undone insert), 0 takes the next free one.
    Result<qint64> insert(const Unit &unit);
    // Corrects a unit as it always was: name, short name, kind and parent
    // (a change from a date is rename(), mergeInto() or dissolve()). Its
    // dates and end are kept. Returns the unit as it was: update(previous)
    // undoes it.
    Result<Unit> update(const Unit &unit);
    // Removes a unit that nothing refers to (undoing insert()); refused
    // when a task, progress, spokesperson or another unit names it.
    Status remove(qint64 unitId);

    // From `from` on the unit is called `newName`: a successor unit (same
    // kind, parent and explicit groups) starts that day and the old unit
    // ends the day before, so earlier years keep the old name.
    Result<UnitChange> rename(qint64 unitId, const QString &newName, const QString &newShortName,
                              const QDate &from);
    // From `from` on the unit is part of `intoId`; it ends the day before.
    Result<UnitChange> mergeInto(qint64 unitId, qint64 intoId, const QDate &from);
    // From `from` on the unit no longer exists.
    Result<UnitChange> dissolve(qint64 unitId, const QDate &from);
    // Undoes `change` (refused when the units changed since); returns the
    // change that redoes it.
    Result<UnitChange> revert(const UnitChange &change);

private:
    Database &m_db;
};

} // namespace ttcs::db
