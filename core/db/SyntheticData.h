// A large made-up database of the right shape, for benchmarks and load
// tests: many years, units, tasks, progress rows and people.
#pragma once

#include "domain/Result.h"

class QSqlDatabase;

namespace ttcs::db {

struct SyntheticSize
{
    int years = 10;
    int units = 2000;
    int tasks = 500;
    int progressRows = 200000;
    int spokespersons = 100000;
    int trainees = 20000;
    int mediaItems = 20000;
    int firstYear = 2017;
};

// Adds synthetic data to an empty schema (no default data). Call inside a
// transaction. Deterministic for a given size.
Status generateSyntheticData(QSqlDatabase &db, const SyntheticSize &size);

} // namespace ttcs::db
