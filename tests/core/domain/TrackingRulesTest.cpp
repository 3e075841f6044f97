// The rules alone, without a database: deadlines, computed statuses and
// outcomes for a given day, and which unit stands for a role in a year.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "domain/ProgressTracking.h"
#include "domain/TaskYear.h"
#include "domain/UnitsOfYear.h"

using namespace ttcs;

namespace {

Progress row(ProgressStatus status, QDate completed = {}, QDate reported = {})
{
    Progress p;
    p.status = status;
    p.completedOn = completed;
    p.reportedOn = reported;
    return p;
}

const QDate kDeadline(2024, 12, 31);

} // namespace

TEST_CASE("rules: the deadline of a year")
{
    CHECK(effectiveDeadline(Frequency::Annual, {}, 2024) == QDate(2024, 12, 31));
    CHECK(effectiveDeadline(Frequency::Annual, QDate(2024, 6, 30), 2024) == QDate(2024, 6, 30));
    CHECK_FALSE(effectiveDeadline(Frequency::Regular, {}, 2024).isValid());
    CHECK(effectiveDeadline(Frequency::Regular, QDate(2024, 9, 1), 2024) == QDate(2024, 9, 1));
    CHECK_FALSE(effectiveDeadline(Frequency::OnRequest, {}, 2024).isValid());
    CHECK_FALSE(effectiveDeadline(std::nullopt, {}, 2024).isValid());
}

TEST_CASE("rules: a unit that has not reported")
{
    const TrackedState before =
        trackProgress(nullptr, Frequency::Annual, kDeadline, QDate(2024, 6, 1));
    CHECK(before.status == TrackedStatus::NotReported);
    CHECK(before.outcome == Outcome::InProgress);
    const TrackedState onTheDay = trackProgress(nullptr, Frequency::Annual, kDeadline, kDeadline);
    CHECK(onTheDay.outcome == Outcome::InProgress);
    const TrackedState after =
        trackProgress(nullptr, Frequency::Annual, kDeadline, QDate(2025, 1, 1));
    CHECK(after.status == TrackedStatus::NotReported);
    CHECK(after.outcome == Outcome::Overdue);
    const TrackedState continuous =
        trackProgress(nullptr, Frequency::Regular, {}, QDate(2030, 1, 1));
    CHECK(continuous.status == TrackedStatus::NotReported);
    CHECK_FALSE(continuous.outcome.has_value());
}

TEST_CASE("rules: not done before and after the deadline")
{
    for (ProgressStatus s : {ProgressStatus::NotStarted, ProgressStatus::InProgress}) {
        const Progress p = row(s);
        const TrackedState before =
            trackProgress(&p, Frequency::Annual, kDeadline, QDate(2024, 12, 31));
        CHECK(before.status == (s == ProgressStatus::NotStarted ? TrackedStatus::NotStarted
                                                                : TrackedStatus::InProgress));
        CHECK(before.outcome == Outcome::InProgress);
        const TrackedState after =
            trackProgress(&p, Frequency::Annual, kDeadline, QDate(2025, 1, 1));
        CHECK(after.status == TrackedStatus::Overdue);
        CHECK(after.outcome == Outcome::Overdue);
    }
}

TEST_CASE("rules: done on time or late")
{
    const Progress onTime = row(ProgressStatus::Done, kDeadline);
    CHECK(trackProgress(&onTime, Frequency::Annual, kDeadline, QDate(2025, 3, 1)).outcome ==
          Outcome::OnTime);
    CHECK(trackProgress(&onTime, Frequency::Annual, kDeadline, QDate(2025, 3, 1)).status ==
          TrackedStatus::Done);
    const Progress late = row(ProgressStatus::Done, QDate(2025, 1, 10));
    CHECK(trackProgress(&late, Frequency::Annual, kDeadline, QDate(2025, 3, 1)).outcome ==
          Outcome::Late);
    // Without a completion date the date reported counts.
    const Progress reportedLate = row(ProgressStatus::Done, {}, QDate(2025, 1, 15));
    CHECK(trackProgress(&reportedLate, Frequency::Annual, kDeadline, QDate(2025, 3, 1)).outcome ==
          Outcome::Late);
    const Progress undated = row(ProgressStatus::Done);
    CHECK(trackProgress(&undated, Frequency::Annual, kDeadline, QDate(2025, 3, 1)).outcome ==
          Outcome::OnTime);
    // A task done on request, without a deadline, is done on time.
    CHECK(trackProgress(&late, Frequency::OnRequest, {}, QDate(2025, 3, 1)).outcome ==
          Outcome::OnTime);
    const Progress pending = row(ProgressStatus::InProgress);
    CHECK(trackProgress(&pending, Frequency::OnRequest, {}, QDate(2030, 1, 1)).outcome ==
          Outcome::InProgress);
}

TEST_CASE("rules: continuous tasks without a deadline have no outcome")
{
    const Progress done = row(ProgressStatus::Done, QDate(2024, 5, 1));
    const TrackedState d = trackProgress(&done, Frequency::Regular, {}, QDate(2025, 1, 1));
    CHECK(d.status == TrackedStatus::Done);
    CHECK_FALSE(d.outcome.has_value());
    const Progress going = row(ProgressStatus::InProgress);
    const TrackedState g = trackProgress(&going, Frequency::Regular, {}, QDate(2030, 1, 1));
    CHECK(g.status == TrackedStatus::InProgress);
    CHECK_FALSE(g.outcome.has_value());
    // …unless the year gives them one.
    CHECK(
        trackProgress(&going, Frequency::Regular, QDate(2024, 9, 30), QDate(2024, 10, 1)).outcome ==
        Outcome::Overdue);
}

TEST_CASE("rules: not applicable has no outcome")
{
    const Progress na = row(ProgressStatus::NotApplicable);
    const TrackedState s = trackProgress(&na, Frequency::Annual, kDeadline, QDate(2025, 6, 1));
    CHECK(s.status == TrackedStatus::NotApplicable);
    CHECK_FALSE(s.outcome.has_value());
}

TEST_CASE("rules: status and outcome keys")
{
    QStringList keys;
    for (TrackedStatus s : allTrackedStatuses()) {
        keys << trackedStatusKey(s);
        CHECK(trackedStatusFromKey(trackedStatusKey(s)) == s);
        CHECK_FALSE(trackedStatusLabel(s).isEmpty());
    }
    CHECK(keys == QStringList({QStringLiteral("not_started"), QStringLiteral("in_progress"),
                               QStringLiteral("done"), QStringLiteral("not_applicable"),
                               QStringLiteral("overdue"), QStringLiteral("not_reported")}));
    for (Outcome o : allOutcomes())
        CHECK(outcomeFromKey(outcomeKey(o)) == o);
    CHECK(outcomeKey(Outcome::OnTime) == QStringLiteral("on_time"));
    const QMap<QString, qint64> figures{{QStringLiteral("articles"), 12},
                                        {QStringLiteral("people_trained"), 40}};
    CHECK(progressFiguresFromJson(progressFiguresToJson(figures)) == figures);
}

TEST_CASE("rules: the units of a year after a rename, a merger and a dissolution")
{
    auto unit = [](qint64 id, const char *name, UnitKind kind) {
        Unit u;
        u.id = id;
        u.name = QString::fromUtf8(name);
        u.kind = kind;
        return u;
    };
    Unit a = unit(1, "Sở A", UnitKind::Department);
    Unit b = unit(2, "Sở A mới", UnitKind::Department); // A renamed from 1 July 2025
    a.validTo = QDate(2025, 6, 30);
    a.successorId = 2;
    a.end = UnitEnd::Renamed;
    b.validFrom = QDate(2025, 7, 1);
    Unit c = unit(3, "Sở C", UnitKind::Department); // merged into D from 1 March 2025
    c.validTo = QDate(2025, 2, 28);
    c.successorId = 4;
    c.end = UnitEnd::Merged;
    const Unit d = unit(4, "Sở D", UnitKind::Department);
    Unit e = unit(5, "Sở E", UnitKind::Department); // dissolved from 1 October 2025
    e.validTo = QDate(2025, 9, 30);
    e.end = UnitEnd::Dissolved;
    Unit f = unit(6, "Sở F", UnitKind::Department); // dissolved from 1 January 2026
    f.validTo = QDate(2025, 12, 31);
    f.end = UnitEnd::Dissolved;
    const Unit district = unit(7, "UBND huyện G", UnitKind::District);
    const QList<Unit> units{a, b, c, d, e, f, district};
    UnitGroup departments;
    departments.id = 10;
    departments.kinds = {UnitKind::Department};
    UnitGroup named;
    named.id = 11;
    named.memberIds = {1, 7};

    const UnitsOfYear y2024(units, {departments, named}, 2024);
    CHECK(y2024.resolve(1) == 1);
    CHECK(y2024.resolve(2) == 0); // not there yet
    CHECK(y2024.resolve(3) == 3);
    CHECK(y2024.expandGroup(10) == QList<qint64>({1, 3, 4, 5, 6}));
    CHECK(y2024.expandGroup(11) == QList<qint64>({1, 7}));

    const UnitsOfYear y2025(units, {departments, named}, 2025);
    CHECK(y2025.resolve(1) == 2);
    CHECK(y2025.resolve(3) == 4);
    CHECK(y2025.resolve(5) == 0);
    CHECK(y2025.resolve(6) == 6); // still there on 31 December
    CHECK(y2025.expandGroup(10) == QList<qint64>({2, 4, 6}));
    CHECK(y2025.expandGroup(11) == QList<qint64>({2, 7}));

    const UnitsOfYear y2026(units, {departments, named}, 2026);
    CHECK(y2026.resolve(1) == 2);
    CHECK(y2026.expandGroup(10) == QList<qint64>({2, 4}));
    CHECK(y2026.existingAtYearEnd() == QList<qint64>({2, 4, 7}));
}
