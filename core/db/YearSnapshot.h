// One year of the plan read in a few queries: the tasks of the plan in
// force with the year's deadlines and roles, the units taking part (after
// renames, mergers and dissolutions), and the progress rows; and from them
// the lines the office follows. Shared by the repositories of db/.
#pragma once

#include "domain/ProgressTracking.h"
#include "domain/Result.h"
#include "domain/TaskYear.h"
#include "domain/UnitsOfYear.h"

#include <QHash>
#include <QList>

#include <optional>

namespace ttcs::db {

class Database;

class YearSnapshot final
{
public:
    enum class ProgressRows
    {
        None,       // lines() as if nothing had been reported
        Whole,      // every column
        StatusOnly, // what the tracked status needs: no result, no figures
    };
    static Result<YearSnapshot> load(Database &db, int year, ProgressRows rows);
    // `withProgress` false leaves the progress rows out (and lines() empty
    // of reports).
    static Result<YearSnapshot> load(Database &db, int year, bool withProgress = true)
    {
        return load(db, year, withProgress ? ProgressRows::Whole : ProgressRows::None);
    }

    int year() const { return m_year; }
    qint64 planId() const { return m_planId; }
    // 0 when the year is before the plan's first year (then tasks() is empty).
    int planYear() const { return m_planYear; }
    // Every task of the plan in plan order, as planned that year.
    const QList<TaskInYear> &tasks() const { return m_tasks; }
    const UnitsOfYear &units() const { return *m_units; }
    const QList<Progress> &progress() const { return m_progress; }

    // One line per involved unit of each leaf task planned that year, in
    // plan order then Vietnamese unit order, computed for `today`.
    QList<ProgressLine> lines(const QDate &today) const;

private:
    YearSnapshot() = default;
    int m_year = 0;
    qint64 m_planId = 0;
    int m_planYear = 0;
    QList<TaskInYear> m_tasks;
    std::optional<UnitsOfYear> m_units;
    QList<Progress> m_progress;
};

} // namespace ttcs::db
