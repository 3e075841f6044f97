// Counts of everything in the database, for the overview and `ttcs-cli stats`.
#pragma once

#include "domain/Result.h"

#include <QMap>
#include <QString>

#include <optional>

namespace ttcs::db {

class Database;

struct Stats
{
    std::optional<int> year;
    qint64 units = 0;
    qint64 tasks = 0;
    qint64 spokespersons = 0;
    qint64 trainingClasses = 0;
    qint64 trainees = 0;
    qint64 mediaItems = 0;
    QMap<QString, qint64> progressByStatus; // every stored status key, 0 when none
};

class StatsRepository final
{
public:
    explicit StatsRepository(Database &db);

    // Counts for `year` (units existing that year, its classes, trainees,
    // media items and progress), or for all years.
    Result<Stats> stats(std::optional<int> year) const;

private:
    Database &m_db;
};

} // namespace ttcs::db
