// Units and unit groups.
#pragma once

#include "domain/Result.h"
#include "domain/Unit.h"

#include <QList>

namespace ttcs::db {

class Database;

class UnitRepository final
{
public:
    explicit UnitRepository(Database &db);

    // Every unit, whatever its dates, in no particular order.
    Result<QList<Unit>> all() const;
    // The units that exist at some time in `year`.
    Result<QList<Unit>> existingIn(int year) const;
    Result<Unit> byId(qint64 id) const;

    Result<QList<UnitGroup>> groups() const;
    // The units a group stands for in `year`: its kinds and explicit members.
    Result<QList<Unit>> expandGroup(qint64 groupId, int year) const;

    // Adds a unit; returns its id.
    Result<qint64> insert(const Unit &unit);

private:
    Database &m_db;
};

} // namespace ttcs::db
