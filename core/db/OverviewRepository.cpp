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
    std::sort(out.begin(), out.end(), [](const UnitReportGap &a, const UnitReportGap &b) {
        const QByteArray ka = text::collationKey(a.name);
        const QByteArray kb = text::collationKey(b.name);
        return ka != kb ? ka < kb : a.unitId < b.unitId;
    });
    return out;
}

} // namespace

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
    auto snap = YearSnapshot::load(m_db, year);
    if (!snap)
        return Error{snap.error()};
    return groupsOf(snap.value(), snap->lines(m_clock.today()));
}

Result<QList<UnitReportGap>> OverviewRepository::unitsNotReported(int year) const
{
    auto snap = YearSnapshot::load(m_db, year);
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
    auto snap = YearSnapshot::load(m_db, year);
    if (!snap)
        return Error{snap.error()};
    const QList<ProgressLine> lines = snap->lines(m_clock.today());
    o.taskGroups = groupsOf(snap.value(), lines);
    o.notReported = gapsOf(lines);
    auto without = unitsWithoutSpokesperson(year);
    if (!without)
        return Error{without.error()};
    o.withoutSpokesperson = without.value();
    auto trainees = TrainingRepository(m_db).totalsByYear();
    if (!trainees)
        return Error{trainees.error()};
    o.traineesByYear = trainees.value();
    auto media = MediaRepository(m_db).countsByMonth(year);
    if (!media)
        return Error{media.error()};
    o.mediaByMonth = media.value();
    return o;
}

} // namespace ttcs::db
