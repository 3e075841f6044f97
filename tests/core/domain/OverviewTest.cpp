// The overview figures of a year, each checked against a direct SQL count
// of the same data.
#include <catch2/catch.hpp>

#include "ProgressFixture.h"
#include "TestSupport.h"
#include "db/MediaRepository.h"
#include "db/OverviewRepository.h"
#include "db/ProgressRepository.h"
#include "db/TrainingRepository.h"

#include <QHash>

using namespace ttcs;
using namespace ttcs::db;
using ttcs::test::ProgressFixture;

namespace {

void report(ProgressFixture &f, const char *task, qint64 unit, ProgressStatus status,
            QDate completed = {})
{
    Progress p;
    p.status = status;
    p.completedOn = completed;
    p.reportedOn = QDate(2024, 12, 20);
    auto r = ProgressRepository(f.db()).put({f.task(task), unit, 2024}, p);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
}

// Rows of 2024 on the task `groupId` or its sub-tasks, with an extra condition.
qint64 rows(ProgressFixture &f, qint64 groupId, const QString &where)
{
    return f.count(
        QStringLiteral("SELECT count(*) FROM progress p JOIN tasks t ON t.id = p.task_id "
                       "WHERE p.year = 2024 AND (t.id = ? OR t.parent_id = ?) AND ") +
            where,
        {groupId, groupId});
}

} // namespace

TEST_CASE("overview: the figures of a year equal direct counts")
{
    ProgressFixture f;
    // Three communes under Ba Bể, one of them with a spokesperson.
    const qint64 baBe = f.unit("ubnd-bb");
    const qint64 c1 = f.addUnit(QStringLiteral("UBND xã Nam Mẫu"), "commune", baBe);
    f.addUnit(QStringLiteral("UBND xã Khang Ninh"), "commune", baBe);
    f.addUnit(QStringLiteral("UBND thị trấn Chợ Rã"), "commune", baBe);
    const QString person = QStringLiteral(
        "INSERT INTO spokespersons(unit_id, name, serving_from, serving_to) VALUES (?, ?, ?, ?)");
    const QVariant open(QMetaType(QMetaType::QString));
    f.exec(person,
           {f.unit("stttt"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("2023-01-01"), open});
    f.exec(person, {f.unit("stp"), QStringLiteral("Trần Thị Bình"), QStringLiteral("2020-01-01"),
                    QStringLiteral("2024-06-30")});
    f.exec(person, {c1, QStringLiteral("Hoàng Văn Cường"), open, open});
    f.exec(person, {f.unit("bbk"), QStringLiteral("Lê Thị Dung"), open, open});

    const qint64 stttt = f.unit("stttt");
    const qint64 stp = f.unit("stp");
    report(f, "2", stttt, ProgressStatus::Done, QDate(2024, 11, 30));
    report(f, "2", stp, ProgressStatus::InProgress);
    report(f, "5", f.unit("ubnd-cm"), ProgressStatus::Done, QDate(2025, 1, 10));
    report(f, "5", stttt, ProgressStatus::NotStarted);
    report(f, "1", stp, ProgressStatus::InProgress);
    report(f, "1", stttt, ProgressStatus::Done);
    report(f, "3.1", stp, ProgressStatus::NotApplicable);
    report(f, "3.2", f.unit("snv"), ProgressStatus::InProgress);
    report(f, "7", stp, ProgressStatus::InProgress);
    report(f, "7", f.unit("ubnd-nr"), ProgressStatus::NotStarted);

    TrainingRepository training(f.db());
    for (int year : {2023, 2024}) {
        TrainingClass c;
        c.year = year;
        c.title = QStringLiteral("Lớp %1").arg(year);
        const qint64 id = training.addClass(c).value();
        for (int i = 0; i < 5 + year % 3; ++i) {
            Trainee t;
            t.classId = id;
            t.name = QStringLiteral("Học viên %1").arg(i);
            t.category = allTraineeCategories().at(i % 3);
            t.completed = i % 2 == 0;
            REQUIRE(training.addTrainee(t).ok());
        }
    }
    MediaRepository media(f.db());
    for (int i = 0; i < 30; ++i) {
        MediaItem m;
        m.date = QDate(2024, 1 + i % 12, 1 + i % 27);
        m.title = QStringLiteral("Tin %1").arg(i);
        m.sentiment = allSentiments().at(i % 3);
        REQUIRE(media.add(m).ok());
    }

    OverviewRepository repo(f.db(), Clock::fixed(QDate(2025, 1, 15)));
    auto o = repo.overview(2024);
    INFO(o.error().toStdString());
    REQUIRE(o.ok());
    CHECK(o->year == 2024);
    CHECK(o->asOf == QDate(2024, 12, 31));
    CHECK(repo.asOf(2025) == QDate(2025, 1, 15));
    CHECK(repo.asOf(2026) == QDate(2026, 1, 1));

    SECTION("task status by group")
    {
        const QList<ProgressLine> lines =
            ProgressRepository(f.db(), Clock::fixed(QDate(2025, 1, 15))).lines(2024).value();
        CHECK(o->taskGroups.size() ==
              f.count(QStringLiteral("SELECT count(*) FROM tasks WHERE parent_id IS NULL")));
        int sum = 0;
        for (const TaskGroupFigures &g : o->taskGroups) {
            sum += g.lines;
            const qint64 stored = rows(f, g.taskId, QStringLiteral("1 = 1"));
            CHECK(g.byStatus.value(TrackedStatus::NotReported) == g.lines - stored);
            CHECK(g.byStatus.value(TrackedStatus::Done) ==
                  rows(f, g.taskId, QStringLiteral("p.status = 'done'")));
            CHECK(g.byStatus.value(TrackedStatus::NotApplicable) ==
                  rows(f, g.taskId, QStringLiteral("p.status = 'not_applicable'")));
            // The year is over: annual tasks not done are overdue, continuous ones are not.
            CHECK(
                g.byStatus.value(TrackedStatus::Overdue) ==
                rows(f, g.taskId,
                     QStringLiteral(
                         "p.status IN ('not_started', 'in_progress') AND t.frequency = 'annual'")));
            CHECK(g.byStatus.value(TrackedStatus::InProgress) ==
                  rows(f, g.taskId,
                       QStringLiteral("p.status = 'in_progress' AND t.frequency <> 'annual'")));
            CHECK(g.byOutcome.value(Outcome::Late) ==
                  rows(f, g.taskId,
                       QStringLiteral("p.status = 'done' AND p.completed_on > '2024-12-31'")));
            int counted = g.withoutOutcome;
            for (int n : g.byOutcome)
                counted += n;
            CHECK(counted == g.lines);
        }
        CHECK(sum == lines.size());
        // Task 5: the STTTT overdue, Chợ Mới late.
        const TaskGroupFigures &t5 = o->taskGroups.at(4);
        CHECK(t5.number == QStringLiteral("5"));
        CHECK(t5.byStatus.value(TrackedStatus::Overdue) == 1);
        CHECK(t5.byOutcome.value(Outcome::Late) == 1);
    }
    SECTION("outcomes by task group and by unit, as the Progress page counts its lines")
    {
        // The overview reads only the statuses of the rows; the Progress
        // page reads them whole. Both must count the same.
        const QList<ProgressLine> lines =
            ProgressRepository(f.db(), Clock::fixed(QDate(2025, 1, 15))).lines(2024).value();
        QHash<QString, std::array<int, OverviewBarCount>> byGroup;
        QHash<QString, std::array<int, OverviewBarCount>> byUnit;
        int counted = 0;
        for (const ProgressLine &l : lines) {
            const auto bar = overviewBarOf(l);
            if (!bar)
                continue;
            ++counted;
            ++byGroup[l.taskNumber.section(QLatin1Char('.'), 0, 0)][std::size_t(*bar)];
            ++byUnit[l.unitName][std::size_t(*bar)];
        }
        CHECK(counted > 0);
        // Every group of the plan, in the order of the numbers.
        CHECK(o->outcomesByGroup.size() ==
              f.count(QStringLiteral("SELECT count(*) FROM tasks WHERE parent_id IS NULL")));
        int sum = 0;
        for (qsizetype i = 0; i < o->outcomesByGroup.size(); ++i) {
            const OutcomeTally &t = o->outcomesByGroup.at(i);
            INFO(t.key.toStdString());
            CHECK(t.counts == byGroup.value(t.key, {}));
            CHECK_FALSE(t.title.isEmpty());
            if (i > 0)
                CHECK(o->outcomesByGroup.at(i - 1).key.toInt() < t.key.toInt());
            sum += t.total();
        }
        CHECK(sum == counted);
        CHECK(o->outcomesByUnit.size() == byUnit.size());
        for (const OutcomeTally &t : o->outcomesByUnit) {
            INFO(t.key.toStdString());
            CHECK(t.counts == byUnit.value(t.key));
        }
        // Against the rows themselves: the year is over, so a row of an
        // annual task not done is overdue; a row done after 31 December is late.
        for (const TaskGroupFigures &g : o->taskGroups) {
            for (const OutcomeTally &t : o->outcomesByGroup) {
                if (t.key != g.number)
                    continue;
                CHECK(t.count(OverviewBar::Overdue) ==
                      rows(f, g.taskId,
                           QStringLiteral("p.status IN ('not_started', 'in_progress') "
                                          "AND t.frequency = 'annual'")));
                CHECK(t.count(OverviewBar::Late) ==
                      rows(f, g.taskId,
                           QStringLiteral("p.status = 'done' AND p.completed_on > '2024-12-31'")));
            }
        }
        CHECK(o->outcomesByGroup.at(4).key == QStringLiteral("5"));
        CHECK(o->outcomesByGroup.at(4).count(OverviewBar::Late) == 1);
        // Every line of a group without a row is "not reported".
        for (const TaskGroupFigures &g : o->taskGroups) {
            for (const OutcomeTally &t : o->outcomesByGroup) {
                if (t.key == g.number)
                    CHECK(t.count(OverviewBar::NotReported) ==
                          g.lines - rows(f, g.taskId, QStringLiteral("1 = 1")));
            }
        }
    }
    SECTION("units that have not reported")
    {
        const QList<ProgressLine> lines =
            ProgressRepository(f.db(), Clock::fixed(QDate(2025, 1, 15))).lines(2024).value();
        QHash<qint64, int> involved;
        for (const ProgressLine &l : lines)
            ++involved[l.unitId];
        CHECK_FALSE(o->notReported.isEmpty());
        for (const UnitReportGap &g : o->notReported) {
            const qint64 reported = f.count(
                QStringLiteral("SELECT count(*) FROM progress WHERE year = 2024 AND unit_id = ?"),
                {g.unitId});
            CHECK(g.involved == involved.value(g.unitId));
            CHECK(g.missing == g.involved - reported);
            CHECK(g.missing > 0);
        }
        // Every involved unit is listed unless it reported on all its lines.
        int complete = 0;
        for (auto it = involved.cbegin(); it != involved.cend(); ++it) {
            if (f.count(QStringLiteral(
                            "SELECT count(*) FROM progress WHERE year = 2024 AND unit_id = ?"),
                        {it.key()}) == it.value())
                ++complete;
        }
        CHECK(o->notReported.size() == involved.size() - complete);
    }
    SECTION("units without a spokesperson")
    {
        const qint64 expected = f.count(QStringLiteral(
            "SELECT count(*) FROM units u WHERE u.kind IN ('department', 'district', 'commune') "
            "AND NOT EXISTS (SELECT 1 FROM spokespersons s WHERE s.unit_id = u.id "
            "AND coalesce(s.serving_from, '0000') <= '2024-12-31' AND coalesce(s.serving_to, "
            "'9999') >= '2024-12-31')"));
        CHECK(o->withoutSpokesperson.size() == expected);
        QStringList names;
        for (const Unit &u : o->withoutSpokesperson)
            names << u.name;
        CHECK(names.contains(QStringLiteral("Sở Tư pháp"))); // served until June
        CHECK_FALSE(names.contains(QStringLiteral("Sở Thông tin và Truyền thông")));
        CHECK(names.contains(QStringLiteral("UBND xã Khang Ninh"))); // communes count
        CHECK_FALSE(names.contains(QStringLiteral("UBND xã Nam Mẫu")));
        CHECK_FALSE(names.contains(QStringLiteral("Công an tỉnh"))); // not asked for one
        CHECK(o->withoutSpokesperson.last().kind == UnitKind::Commune);
    }
    SECTION("trainees by category over the years")
    {
        REQUIRE(o->traineesByYear.size() == 2);
        CHECK(o->trainees.year == 2024);
        CHECK(o->trainees.trainees() ==
              f.count(QStringLiteral("SELECT count(*) FROM trainees t JOIN training_classes c "
                                     "ON c.id = t.class_id WHERE c.year = 2024")));
        CHECK(o->trainees.completed() ==
              f.count(QStringLiteral("SELECT count(*) FROM trainees t JOIN training_classes c "
                                     "ON c.id = t.class_id WHERE c.year = 2024 AND t.completed")));
        for (const TraineeTotals &t : o->traineesByYear) {
            for (TraineeCategory c : allTraineeCategories()) {
                CHECK(t.byCategory.value(c).trainees ==
                      f.count(QStringLiteral(
                                  "SELECT count(*) FROM trainees t JOIN training_classes c "
                                  "ON c.id = t.class_id WHERE c.year = ? AND t.category = ?"),
                              {t.year, traineeCategoryKey(c)}));
            }
        }
    }
    SECTION("media by sentiment per month")
    {
        REQUIRE(o->mediaByMonth.size() == 12);
        for (const MonthSentiment &m : o->mediaByMonth) {
            for (Sentiment s : allSentiments()) {
                const int value = s == Sentiment::Positive  ? m.positive
                                  : s == Sentiment::Neutral ? m.neutral
                                                            : m.negative;
                CHECK(value ==
                      f.count(
                          QStringLiteral(
                              "SELECT count(*) FROM media_items WHERE strftime('%Y-%m', date) = ? "
                              "AND sentiment = ?"),
                          {QStringLiteral("2024-%1").arg(m.month, 2, 10, QLatin1Char('0')),
                           sentimentKey(s)}));
            }
        }
    }
}
