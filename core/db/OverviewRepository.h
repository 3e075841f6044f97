// The figures of a year for the overview page and its charts, as plain
// structs: progress by task group, the units that have not reported, the
// units without a spokesperson, trainees by category over the years and
// media items by sentiment per month.
#pragma once

#include "domain/Clock.h"
#include "domain/MediaItem.h"
#include "domain/Progress.h"
#include "domain/Result.h"
#include "domain/Training.h"
#include "domain/Unit.h"

#include <QList>
#include <QMap>

namespace ttcs::db {

class Database;

// The lines (task, unit) of one top-level task of the plan and its
// sub-tasks, by status and by outcome. Every status and outcome is present.
struct TaskGroupFigures
{
    qint64 taskId = 0;
    QString number;
    QString title;
    int lines = 0;
    QMap<TrackedStatus, int> byStatus;
    QMap<Outcome, int> byOutcome;
    int withoutOutcome = 0; // not applicable, or continuous without a deadline
};

// A unit with lines of the year on which it has not reported.
struct UnitReportGap
{
    qint64 unitId = 0;
    QString name;
    UnitKind kind = UnitKind::Other;
    int missing = 0;  // lines not reported
    int involved = 0; // lines in all
};

struct YearOverview
{
    int year = 0;
    QDate asOf;
    QList<TaskGroupFigures> taskGroups;  // plan order
    QList<UnitReportGap> notReported;    // Vietnamese name order
    QList<Unit> withoutSpokesperson;     // by kind, then Vietnamese name order
    QList<TraineeTotals> traineesByYear; // every year with a class
    QList<MonthSentiment> mediaByMonth;  // January to December of the year
};

class OverviewRepository final
{
public:
    explicit OverviewRepository(Database &db, Clock clock = Clock::system());

    // The date the year is looked at: today while the year runs, 31
    // December of a past year, 1 January of a future one.
    QDate asOf(int year) const;

    Result<YearOverview> overview(int year) const;
    Result<QList<TaskGroupFigures>> taskStatusByGroup(int year) const;
    Result<QList<UnitReportGap>> unitsNotReported(int year) const;
    // Departments, districts and communes that exist on asOf(year) and
    // have nobody serving as spokesperson that day (Nghị định 09/2017 asks
    // each state administrative body for one; press, party, police and
    // central bodies are not counted).
    Result<QList<Unit>> unitsWithoutSpokesperson(int year) const;

private:
    Database &m_db;
    Clock m_clock;
};

} // namespace ttcs::db
