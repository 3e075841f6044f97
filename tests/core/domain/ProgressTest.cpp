// Progress through the year: the lines the office follows with their
// computed statuses and outcomes on a given day, and writes that return
// what an undo needs.
#include <catch2/catch.hpp>

#include "ProgressFixture.h"
#include "TestSupport.h"
#include "db/ProgressRepository.h"
#include "db/YearPlanRepository.h"
#include "text/VietnameseText.h"

using namespace ttcs;
using namespace ttcs::db;
using ttcs::test::ProgressFixture;

namespace {

const ProgressLine &line(const QList<ProgressLine> &lines, const char *task, qint64 unitId)
{
    for (const ProgressLine &l : lines) {
        if (l.taskNumber == QLatin1String(task) && l.unitId == unitId)
            return l;
    }
    FAIL("no line for task " << task << " and unit " << unitId);
    return lines.first();
}

Progress progress(ProgressStatus status, const QString &result = {}, QDate completed = {})
{
    Progress p;
    p.status = status;
    p.result = result;
    p.completedOn = completed;
    return p;
}

QList<ProgressLine> linesOn(ProgressFixture &f, int year, QDate today)
{
    auto lines = ProgressRepository(f.db(), Clock::fixed(today)).lines(year);
    INFO(lines.error().toStdString());
    REQUIRE(lines.ok());
    return lines.value();
}

} // namespace

TEST_CASE("progress: one line per involved unit of each leaf task, in plan then Vietnamese order")
{
    ProgressFixture f;
    const QList<ProgressLine> lines = linesOn(f, 2024, QDate(2024, 6, 1));
    auto tasks = YearPlanRepository(f.db()).tasks(2024);
    REQUIRE(tasks.ok());
    qsizetype expected = 0;
    QStringList leafOrder;
    for (const TaskInYear &t : tasks.value()) {
        expected += t.units.size();
        if (t.isLeaf)
            leafOrder << t.task.number;
    }
    CHECK(lines.size() == expected);
    QStringList seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ProgressLine &l = lines.at(i);
        CHECK(l.status == TrackedStatus::NotReported);
        CHECK(l.year == 2024);
        for (const char *group : {"3", "6", "8", "9"})
            CHECK(l.taskNumber != QLatin1String(group));
        if (seen.isEmpty() || seen.last() != l.taskNumber)
            seen << l.taskNumber;
        if (i > 0 && lines.at(i - 1).taskNumber == l.taskNumber)
            CHECK(text::collationKey(lines.at(i - 1).unitName) <= text::collationKey(l.unitName));
    }
    CHECK(seen == leafOrder);
}

TEST_CASE("progress: statuses and outcomes before and after the deadline")
{
    ProgressFixture f;
    ProgressRepository repo(f.db());
    const qint64 task2 = f.task("2");
    const qint64 stttt = f.unit("stttt");
    const qint64 stp = f.unit("stp");
    REQUIRE(repo.put({task2, stttt, 2024},
                     progress(ProgressStatus::Done, QStringLiteral("Đã rà soát 12 văn bản"),
                              QDate(2024, 11, 30)))
                .ok());
    REQUIRE(repo.put({task2, stp, 2024}, progress(ProgressStatus::InProgress)).ok());
    const qint64 task5 = f.task("5");
    const qint64 choMoi = f.unit("ubnd-cm");
    const qint64 baBe = f.unit("ubnd-bb");
    REQUIRE(repo.put({task5, choMoi, 2024}, progress(ProgressStatus::Done, {}, QDate(2025, 1, 10)))
                .ok());
    const qint64 task1 = f.task("1");
    REQUIRE(repo.put({task1, stp, 2024}, progress(ProgressStatus::InProgress)).ok());
    const qint64 task31 = f.task("3.1");
    REQUIRE(repo.put({task31, stp, 2024}, progress(ProgressStatus::NotApplicable)).ok());

    SECTION("in the middle of the year")
    {
        const QList<ProgressLine> lines = linesOn(f, 2024, QDate(2024, 6, 1));
        const ProgressLine &lead = line(lines, "2", stttt);
        CHECK(lead.status == TrackedStatus::Done);
        CHECK(lead.outcome == Outcome::OnTime);
        CHECK(lead.progress->result == QStringLiteral("Đã rà soát 12 văn bản"));
        CHECK(lead.deadline == QDate(2024, 12, 31));
        CHECK(lead.roles == QList<TaskRoleKind>({TaskRoleKind::Lead}));
        const ProgressLine &coord = line(lines, "2", stp);
        CHECK(coord.status == TrackedStatus::InProgress);
        CHECK(coord.outcome == Outcome::InProgress);
        const ProgressLine &silent = line(lines, "5", baBe);
        CHECK(silent.status == TrackedStatus::NotReported);
        CHECK(silent.outcome == Outcome::InProgress);
        CHECK_FALSE(silent.progress.has_value());
        // Continuous work without a deadline has no outcome.
        const ProgressLine &continuous = line(lines, "1", stp);
        CHECK(continuous.status == TrackedStatus::InProgress);
        CHECK_FALSE(continuous.outcome.has_value());
        CHECK_FALSE(line(lines, "1", stttt).outcome.has_value());
        const ProgressLine &na = line(lines, "3.1", stp);
        CHECK(na.status == TrackedStatus::NotApplicable);
        CHECK_FALSE(na.outcome.has_value());
    }
    SECTION("on the deadline")
    {
        const QList<ProgressLine> lines = linesOn(f, 2024, QDate(2024, 12, 31));
        CHECK(line(lines, "2", stp).status == TrackedStatus::InProgress);
        CHECK(line(lines, "5", baBe).outcome == Outcome::InProgress);
    }
    SECTION("after the deadline")
    {
        const QList<ProgressLine> lines = linesOn(f, 2024, QDate(2025, 1, 2));
        CHECK(line(lines, "2", stttt).outcome == Outcome::OnTime);
        CHECK(line(lines, "2", stp).status == TrackedStatus::Overdue);
        CHECK(line(lines, "2", stp).outcome == Outcome::Overdue);
        CHECK(line(lines, "5", baBe).status == TrackedStatus::NotReported);
        CHECK(line(lines, "5", baBe).outcome == Outcome::Overdue);
        CHECK(line(lines, "5", choMoi).status == TrackedStatus::Done);
        CHECK(line(lines, "5", choMoi).outcome == Outcome::Late);
        CHECK(line(lines, "1", stp).status == TrackedStatus::InProgress);
        CHECK_FALSE(line(lines, "1", stp).outcome.has_value());
    }
    SECTION("a year's own deadline counts")
    {
        TaskYearPlan plan;
        plan.deadline = QDate(2024, 3, 31);
        REQUIRE(YearPlanRepository(f.db()).put(task2, 2024, plan).ok());
        const QList<ProgressLine> lines = linesOn(f, 2024, QDate(2024, 6, 1));
        CHECK(line(lines, "2", stp).status == TrackedStatus::Overdue);
        CHECK(line(lines, "2", stttt).outcome == Outcome::Late);
    }
}

TEST_CASE("progress: put returns the previous row and putting it back restores it exactly")
{
    ProgressFixture f;
    ProgressRepository repo(f.db());
    const ProgressKey key{f.task("2"), f.unit("stttt"), 2024};
    const qint64 audit = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));

    Progress first = progress(ProgressStatus::InProgress, QStringLiteral("Đang rà soát"));
    first.figures = {{QStringLiteral("articles"), 5}};
    first.reportedOn = QDate(2024, 4, 2);
    auto none = repo.put(key, first);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    const Progress stored = repo.get(key).value().value();
    CHECK(stored.id > 0);
    CHECK(stored.figures.value(QStringLiteral("articles")) == 5);
    CHECK(stored.updatedAt.isValid());

    Progress second = stored;
    second.status = ProgressStatus::Done;
    second.completedOn = QDate(2024, 10, 1);
    second.figures.insert(QStringLiteral("press_conferences"), 2);
    auto previous = repo.put(key, second);
    REQUIRE(previous.ok());
    CHECK(previous->value() == stored);
    CHECK(repo.get(key).value()->id == stored.id); // an edit keeps the row

    // Undo the edit, then the insertion.
    REQUIRE(repo.put(key, previous.value()).ok());
    CHECK(repo.get(key).value().value() == stored);
    REQUIRE(repo.put(key, none.value()).ok());
    CHECK_FALSE(repo.get(key).value().has_value());
    // Redo both.
    REQUIRE(repo.put(key, stored).ok());
    CHECK(repo.get(key).value().value() == stored);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == audit + 5);
}

TEST_CASE("progress: refusals leave nothing written")
{
    ProgressFixture f;
    ProgressRepository repo(f.db());
    const qint64 stttt = f.unit("stttt");
    auto group = repo.put({f.task("3"), stttt, 2024}, progress(ProgressStatus::Done));
    CHECK_FALSE(group.ok());
    CHECK(group.error().contains(QStringLiteral("sub-tasks")));
    CHECK_FALSE(repo.put({f.task("2"), stttt, 2024},
                         progress(ProgressStatus::InProgress, {}, QDate(2024, 5, 1)))
                    .ok());
    Progress negative = progress(ProgressStatus::Done);
    negative.figures.insert(QStringLiteral("articles"), -1);
    CHECK_FALSE(repo.put({f.task("2"), stttt, 2024}, negative).ok());
    CHECK_FALSE(repo.put({f.task("2"), 999999, 2024}, progress(ProgressStatus::Done)).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM progress")) == 0);
}

TEST_CASE("progress: a batch is written whole or not at all, and can be taken back")
{
    ProgressFixture f;
    ProgressRepository repo(f.db());
    const qint64 task2 = f.task("2");
    const qint64 stttt = f.unit("stttt");
    const qint64 stp = f.unit("stp");
    REQUIRE(repo.put({task2, stp, 2024}, progress(ProgressStatus::NotStarted)).ok());
    const Progress before = repo.get({task2, stp, 2024}).value().value();
    f.exec(QStringLiteral(
        "INSERT INTO import_batches(kind, file_name, sha256) VALUES ('progress', 'a.xlsx', 'x')"));
    const qint64 batch = f.count(QStringLiteral("SELECT max(id) FROM import_batches"));

    Progress a = progress(ProgressStatus::Done, QStringLiteral("Xong"), QDate(2024, 9, 9));
    a.taskId = task2;
    a.unitId = stttt;
    a.year = 2024;
    Progress b = progress(ProgressStatus::InProgress);
    b.taskId = task2;
    b.unitId = stp;
    b.year = 2024;
    Progress bad = b;
    bad.taskId = f.task("3");

    CHECK_FALSE(repo.write({a, b, bad}, batch).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM progress")) == 1);
    CHECK(repo.get({task2, stp, 2024}).value().value() == before);

    auto changes = repo.write({a, b}, batch);
    REQUIRE(changes.ok());
    REQUIRE(changes->size() == 2);
    CHECK_FALSE(changes->at(0).before.has_value());
    CHECK(changes->at(1).before.value() == before);
    CHECK(changes->at(1).after->batchId == batch);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM progress WHERE batch_id = ?"), {batch}) ==
          2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")) == 2);

    REQUIRE(repo.revert(changes.value()).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM progress")) == 1);
    CHECK(repo.get({task2, stp, 2024}).value().value() == before);
}
