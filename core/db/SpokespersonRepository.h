// Spokespersons of the units, with the dates they serve.
#pragma once

#include "domain/Result.h"
#include "domain/Spokesperson.h"

#include <QDate>
#include <QList>

namespace ttcs::db {

class Database;

class SpokespersonRepository final
{
public:
    explicit SpokespersonRepository(Database &db);

    // The people serving on `date` (all of them when `date` is null).
    Result<QList<Spokesperson>> servingOn(const QDate &date) const;

private:
    Database &m_db;
};

} // namespace ttcs::db
