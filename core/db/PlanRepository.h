// The standing plan with its sections and each unit's responsibilities.
#pragma once

#include "domain/Plan.h"
#include "domain/Result.h"

namespace ttcs::db {

class Database;

class PlanRepository final
{
public:
    explicit PlanRepository(Database &db);

    // The plan in force in `year`: the latest plan whose year is not after it.
    Result<Plan> forYear(int year) const;

private:
    Database &m_db;
};

} // namespace ttcs::db
