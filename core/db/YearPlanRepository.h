// The plan year by year. The standing plan's tasks apply to every year from
// the plan's year on; a year may give a task its own deadline, target,
// expected output, budget and units, or leave it out. Starting a year
// copies the previous year's choices in one step.
#pragma once

#include "domain/Result.h"
#include "domain/TaskYear.h"

#include <QList>

#include <optional>

namespace ttcs::db {

class Database;

// What starting a year created, so that it can be taken back.
struct YearStart
{
    int year = 0;
    int fromYear = 0;
    QList<TaskYearPlan> created; // the task years copied from the previous year
};

class YearPlanRepository final
{
public:
    explicit YearPlanRepository(Database &db);

    // The first year of the plan in force in `year` (the standing plan's year).
    Result<int> planYear(int year) const;
    // The years that were started (see startYear), in order.
    Result<QList<int>> startedYears() const;

    // Every task of the plan in force in `year`, in plan order, as planned
    // that year; empty before the plan's first year.
    Result<QList<TaskInYear>> tasks(int year) const;
    Result<TaskInYear> task(qint64 taskId, int year) const;
    // The units taking part in a task in a year (leaf tasks planned that
    // year), in Vietnamese name order.
    Result<QList<InvolvedUnit>> involvedUnits(qint64 taskId, int year) const;

    // The row stored for the task and year, if any.
    Result<std::optional<TaskYearPlan>> stored(qint64 taskId, int year) const;
    // Stores `plan` as the task's plan for the year; nothing removes the
    // year's row, so that the year follows the standing plan again. Returns
    // the previous row: put(taskId, year, previous) undoes the edit.
    Result<std::optional<TaskYearPlan>> put(qint64 taskId, int year,
                                            const std::optional<TaskYearPlan> &plan);

    // Starts year N from year N-1 in one step: each task year stored for
    // N-1 is copied to N with its deadline moved on one year, with its own
    // units; progress starts empty. Tasks that already have a row for N
    // keep it. Refused when N was started already or is before the plan.
    Result<YearStart> startYear(int year);
    // Takes back what startYear created (redo: startYear again).
    Status revertStart(const YearStart &start);

private:
    Database &m_db;
};

} // namespace ttcs::db
