// Training classes and their trainees, with totals by category for the
// annual report and the charts. Every edit runs in a transaction with an
// audit entry; removals return what they took away and restore*() puts it
// back with the same ids, updates return the previous value.
#pragma once

#include "domain/Result.h"
#include "domain/Training.h"

#include <QList>

#include <optional>

namespace ttcs::db {

class Database;

class TrainingRepository final
{
public:
    explicit TrainingRepository(Database &db);

    // The classes of a year (every class without one), by start date.
    Result<QList<TrainingClass>> classes(std::optional<int> year = std::nullopt) const;
    Result<TrainingClass> trainingClass(qint64 id) const;
    Result<qint64> addClass(const TrainingClass &c);
    Result<TrainingClass> updateClass(const TrainingClass &c); // returns the previous value
    Result<TrainingClassRecord> removeClass(qint64 id);        // with its trainees
    Status restoreClass(const TrainingClassRecord &record);

    // A class's trainees in Vietnamese name order (given name first).
    Result<QList<Trainee>> trainees(qint64 classId) const;
    Result<qint64> addTrainee(const Trainee &t);
    Result<Trainee> updateTrainee(const Trainee &t); // returns the previous value
    Result<Trainee> removeTrainee(qint64 id);
    Status restoreTrainee(const Trainee &t);

    // Trainees by category in a year (trainees of that year's classes).
    Result<TraineeTotals> totals(int year) const;
    // Over every year: one entry per year that has a class, in order.
    Result<QList<TraineeTotals>> totalsByYear() const;
    // Every year together (year 0).
    Result<TraineeTotals> totalsAllYears() const;

private:
    Database &m_db;
};

} // namespace ttcs::db
