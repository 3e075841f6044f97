// The figures of a year for the overview page and its charts, as plain
// structs: progress by task group and by unit, the units that have not
// reported, the units without a spokesperson, trainees by category over the
// years and media items by sentiment per month. overview() reads the year
// once, in a few queries, so the page can show all its charts from one call.
#pragma once

#include "domain/Clock.h"
#include "domain/MediaItem.h"
#include "domain/Progress.h"
#include "domain/ProgressTracking.h"
#include "domain/Result.h"
#include "domain/Training.h"
#include "domain/Unit.h"

#include <QList>
#include <QMap>

#include <array>
#include <optional>

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

// How the overview counts a line, in the order of its bars: "not reported"
// whatever the outcome, else the line's outcome. A line with neither (not
// applicable, continuous work without a deadline) is not counted.
enum class OverviewBar
{
    OnTime,
    Late,
    InProgress,
    Overdue,
    NotReported
};
inline constexpr int OverviewBarCount = 5;
std::optional<OverviewBar> overviewBarOf(const ProgressLine &line);
// The outcome or status key the Progress page filters a bar's lines by.
QString overviewBarKey(OverviewBar bar);
QList<OverviewBar> allOverviewBars();

// The counted lines of one task group (the first part of the task number,
// as the Progress page groups them) or of one unit, by bar.
struct OutcomeTally
{
    QString key;   // the group's number, or the unit's name
    QString title; // the group's top-level task; empty for a unit
    std::array<int, OverviewBarCount> counts{};

    int count(OverviewBar bar) const { return counts.at(std::size_t(bar)); }
    int total() const;
    // Lines that need the office's attention: overdue or not reported.
    int needingAttention() const
    {
        return count(OverviewBar::Overdue) + count(OverviewBar::NotReported);
    }
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
    QList<OutcomeTally> outcomesByGroup; // every group of the plan, by number
    QList<OutcomeTally> outcomesByUnit;  // units with counted lines, Vietnamese name order
    QList<UnitReportGap> notReported;    // Vietnamese name order
    QList<Unit> withoutSpokesperson;     // by kind, then Vietnamese name order
    QList<TraineeTotals> traineesByYear; // every year with a class
    TraineeTotals trainees;              // of the year (every category, maybe 0)
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
