#include "db/OverviewRepository.h"

#include "db/Database.h"
#include "db/MediaRepository.h"
#include "db/SqlQuery.h"
#include "db/TrainingRepository.h"
#include "db/UnitRepository.h"
#include "db/YearSnapshot.h"
#include "text/VietnameseText.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ttcs::db {

namespace {

TaskGroupFigures emptyGroup(const Task &t)
{
    TaskGroupFigures g;
    g.taskId = t.id;
    g.number = t.number;
    g.title = t.title;
    for (TrackedStatus s : allTrackedStatuses())
        g.byStatus.insert(s, 0);
    for (Outcome o : allOutcomes())
        g.byOutcome.insert(o, 0);
    return g;
}

QList<TaskGroupFigures> groupsOf(const YearSnapshot &snap, const QList<ProgressLine> &lines)
{
    QList<TaskGroupFigures> out;
    QHash<qint64, qint64> parentOf;
    QHash<qint64, qsizetype> groupIndex;
    for (const TaskInYear &t : snap.tasks()) {
        parentOf.insert(t.task.id, t.task.parentId);
        if (t.task.parentId == 0) {
            groupIndex.insert(t.task.id, out.size());
            out << emptyGroup(t.task);
        }
    }
    for (const ProgressLine &l : lines) {
        qint64 top = l.taskId;
        for (int guard = 0; guard < 64 && parentOf.value(top) != 0; ++guard)
            top = parentOf.value(top);
        const auto it = groupIndex.constFind(top);
        if (it == groupIndex.cend())
            continue;
        TaskGroupFigures &g = out[*it];
        ++g.lines;
        ++g.byStatus[l.status];
        if (l.outcome)
            ++g.byOutcome[*l.outcome];
        else
            ++g.withoutOutcome;
    }
    return out;
}

// Sorts `items` in the Vietnamese order of their names, `before` deciding
// between equal names; each name's key is made once, not per comparison.
template <typename T, typename NameOf, typename Before>
void sortInNameOrder(QList<T> &items, NameOf nameOf, Before before)
{
    QList<std::pair<QByteArray, T>> keyed;
    keyed.reserve(items.size());
    for (T &item : items)
        keyed.append({text::collationKey(nameOf(item)), std::move(item)});
    std::sort(keyed.begin(), keyed.end(), [&before](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : before(a.second, b.second);
    });
    items.clear();
    for (auto &k : keyed)
        items.append(std::move(k.second));
}

QList<UnitReportGap> gapsOf(const QList<ProgressLine> &lines)
{
    QHash<qint64, UnitReportGap> byUnit;
    for (const ProgressLine &l : lines) {
        UnitReportGap &g = byUnit[l.unitId];
        g.unitId = l.unitId;
        g.name = l.unitName;
        g.kind = l.unitKind;
        ++g.involved;
        if (l.status == TrackedStatus::NotReported)
            ++g.missing;
    }
    QList<UnitReportGap> out;
    for (const UnitReportGap &g : std::as_const(byUnit)) {
        if (g.missing > 0)
            out << g;
    }
    sortInNameOrder(
        out, [](const UnitReportGap &g) { return g.name; },
        [](const UnitReportGap &a, const UnitReportGap &b) { return a.unitId < b.unitId; });
    return out;
}

QString groupOfNumber(const QString &taskNumber)
{
    return taskNumber.section(QLatin1Char('.'), 0, 0);
}

// Task groups: every top-level task of the plan, then any other first part
// of a number that lines carry; in the order of their numbers.
QList<OutcomeTally> outcomesByGroup(const YearSnapshot &snap, const QList<ProgressLine> &lines)
{
    QList<OutcomeTally> out;
    QHash<QString, qsizetype> index;
    auto tallyOf = [&](const QString &key) -> OutcomeTally & {
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, out.size());
            out << OutcomeTally{key, {}, {}};
        }
        return out[*it];
    };
    for (const TaskInYear &t : snap.tasks()) {
        if (t.task.parentId == 0)
            tallyOf(t.task.number).title = t.task.title;
    }
    for (const ProgressLine &l : lines) {
        if (const auto bar = overviewBarOf(l))
            ++tallyOf(groupOfNumber(l.taskNumber)).counts[std::size_t(*bar)];
    }
    std::sort(out.begin(), out.end(), [](const OutcomeTally &a, const OutcomeTally &b) {
        const int na = a.key.toInt();
        const int nb = b.key.toInt();
        return na != nb ? na < nb : a.key < b.key;
    });
    return out;
}

// Units by name as the lines carry it (the name of the year), those with
// counted lines only.
QList<OutcomeTally> outcomesByUnit(const QList<ProgressLine> &lines)
{
    QList<OutcomeTally> out;
    QHash<QString, qsizetype> index;
    for (const ProgressLine &l : lines) {
        const auto bar = overviewBarOf(l);
        if (!bar)
            continue;
        auto it = index.constFind(l.unitName);
        if (it == index.cend()) {
            it = index.insert(l.unitName, out.size());
            out << OutcomeTally{l.unitName, {}, {}};
        }
        ++out[*it].counts[std::size_t(*bar)];
    }
    sortInNameOrder(
        out, [](const OutcomeTally &t) { return t.key; },
        [](const OutcomeTally &a, const OutcomeTally &b) { return a.key < b.key; });
    return out;
}

TraineeTotals traineesOf(const QList<TraineeTotals> &byYear, int year)
{
    for (const TraineeTotals &t : byYear) {
        if (t.year == year)
            return t;
    }
    TraineeTotals none;
    none.year = year;
    for (TraineeCategory c : allTraineeCategories())
        none.byCategory.insert(c, {});
    return none;
}

} // namespace

std::optional<OverviewBar> overviewBarOf(const ProgressLine &line)
{
    if (line.status == TrackedStatus::NotReported)
        return OverviewBar::NotReported;
    if (!line.outcome)
        return std::nullopt;
    switch (*line.outcome) {
    case Outcome::OnTime:
        return OverviewBar::OnTime;
    case Outcome::Late:
        return OverviewBar::Late;
    case Outcome::InProgress:
        return OverviewBar::InProgress;
    case Outcome::Overdue:
        return OverviewBar::Overdue;
    }
    return std::nullopt;
}

QString overviewBarKey(OverviewBar bar)
{
    switch (bar) {
    case OverviewBar::OnTime:
        return outcomeKey(Outcome::OnTime);
    case OverviewBar::Late:
        return outcomeKey(Outcome::Late);
    case OverviewBar::InProgress:
        return outcomeKey(Outcome::InProgress);
    case OverviewBar::Overdue:
        return outcomeKey(Outcome::Overdue);
    case OverviewBar::NotReported:
        return trackedStatusKey(TrackedStatus::NotReported);
    }
    return {};
}

QList<OverviewBar> allOverviewBars()
{
    return {OverviewBar::OnTime, OverviewBar::Late, OverviewBar::InProgress, OverviewBar::Overdue,
            OverviewBar::NotReported};
}

int OutcomeTally::total() const
{
    int sum = 0;
    for (int n : counts)
        sum += n;
    return sum;
}

OverviewRepository::OverviewRepository(Database &db, Clock clock)
    : m_db(db)
    , m_clock(clock)
{}

QDate OverviewRepository::asOf(int year) const
{
    const QDate today = m_clock.today();
    if (today.year() == year)
        return today;
    return today.year() > year ? QDate(year, 12, 31) : QDate(year, 1, 1);
}

Result<QList<TaskGroupFigures>> OverviewRepository::taskStatusByGroup(int year) const
{
    auto snap = YearSnapshot::load(m_db, year, YearSnapshot::ProgressRows::StatusOnly);
    if (!snap)
        return Error{snap.error()};
    return groupsOf(snap.value(), snap->lines(m_clock.today()));
}

Result<QList<UnitReportGap>> OverviewRepository::unitsNotReported(int year) const
{
    auto snap = YearSnapshot::load(m_db, year, YearSnapshot::ProgressRows::StatusOnly);
    if (!snap)
        return Error{snap.error()};
    return gapsOf(snap->lines(m_clock.today()));
}

Result<QList<Unit>> OverviewRepository::unitsWithoutSpokesperson(int year) const
{
    const QString day = asOf(year).toString(Qt::ISODate);
    SqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral(
                "SELECT u.id FROM units u WHERE u.kind IN ('department', 'district', 'commune') "
                "AND (u.valid_from IS NULL OR u.valid_from <= ?) "
                "AND (u.valid_to IS NULL OR u.valid_to >= ?) "
                "AND NOT EXISTS (SELECT 1 FROM spokespersons s WHERE s.unit_id = u.id "
                "  AND (s.serving_from IS NULL OR s.serving_from <= ?) "
                "  AND (s.serving_to IS NULL OR s.serving_to >= ?))"),
            {day, day, day, day}))
        return Error{q.errorText()};
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.id(0));
    auto units = UnitRepository(m_db).all();
    if (!units)
        return Error{units.error()};
    QList<Unit> out;
    for (const Unit &u : units.value()) {
        if (ids.contains(u.id))
            out << u;
    }
    std::sort(out.begin(), out.end(), [](const Unit &a, const Unit &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        const QByteArray ka = text::collationKey(a.name);
        const QByteArray kb = text::collationKey(b.name);
        return ka != kb ? ka < kb : a.id < b.id;
    });
    return out;
}

Result<YearOverview> OverviewRepository::overview(int year) const
{
    YearOverview o;
    o.year = year;
    o.asOf = asOf(year);
    // One read of the year for every chart; the statuses need neither the
    // results nor the figures of the rows.
    auto snap = YearSnapshot::load(m_db, year, YearSnapshot::ProgressRows::StatusOnly);
    if (!snap)
        return Error{snap.error()};
    const QList<ProgressLine> lines = snap->lines(m_clock.today());
    o.taskGroups = groupsOf(snap.value(), lines);
    o.outcomesByGroup = outcomesByGroup(snap.value(), lines);
    o.outcomesByUnit = outcomesByUnit(lines);
    o.notReported = gapsOf(lines);
    auto without = unitsWithoutSpokesperson(year);
    if (!without)
        return Error{without.error()};
    o.withoutSpokesperson = without.value();
    auto trainees = TrainingRepository(m_db).totalsByYear();
    if (!trainees)
        return Error{trainees.error()};
    o.traineesByYear = trainees.value();
    o.trainees = traineesOf(o.traineesByYear, year);
    auto media = MediaRepository(m_db).countsByMonth(year);
    if (!media)
        return Error{media.error()};
    o.mediaByMonth = media.value();
    return o;
}

} // namespace ttcs::db
