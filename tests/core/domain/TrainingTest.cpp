// Training classes and trainees: edits with their undo data, and totals by
// category per year and over the years, checked against plain SQL counts.
#include <catch2/catch.hpp>

#include "ProgressFixture.h"
#include "TestSupport.h"
#include "db/TrainingRepository.h"

using namespace ttcs;
using namespace ttcs::db;
using ttcs::test::ProgressFixture;

namespace {

TrainingClass makeClass(int year, const char *title)
{
    TrainingClass c;
    c.year = year;
    c.title = QString::fromUtf8(title);
    c.startDate = QDate(year, 9, 12);
    c.endDate = QDate(year, 9, 14);
    c.place = QStringLiteral("Hội trường Sở TT&TT");
    c.plannedSize = 120;
    return c;
}

Trainee makeTrainee(qint64 classId, const QString &name, TraineeCategory category, bool completed)
{
    Trainee t;
    t.classId = classId;
    t.name = name;
    t.category = category;
    t.completed = completed;
    return t;
}

} // namespace

TEST_CASE("training: classes and trainees with totals by category")
{
    ProgressFixture f;
    TrainingRepository repo(f.db());
    auto c2023 =
        repo.addClass(makeClass(2023, "Lớp bồi dưỡng kỹ năng truyền thông chính sách năm 2023"));
    auto c2024 =
        repo.addClass(makeClass(2024, "Lớp bồi dưỡng kỹ năng truyền thông chính sách năm 2024"));
    auto c2024b = repo.addClass(makeClass(2024, "Lớp tập huấn cấp huyện"));
    REQUIRE(c2023.ok());
    REQUIRE(c2024.ok());
    REQUIRE(c2024b.ok());

    const QList<TraineeCategory> cats = allTraineeCategories();
    int n = 0;
    for (qint64 klass : {c2023.value(), c2024.value(), c2024b.value()}) {
        for (int i = 0; i < 17; ++i, ++n) {
            Trainee t =
                makeTrainee(klass, QStringLiteral("Nguyễn Văn %1").arg(QChar(u'A' + i % 26)),
                            cats.at((n * 5) % cats.size()), n % 4 != 0);
            if (i % 3 == 0)
                t.unitId = f.unit("bbk");
            else
                t.unitText = QStringLiteral("Trung tâm VH-TT-TT huyện Na Rì");
            REQUIRE(repo.addTrainee(t).ok());
        }
    }

    auto totals = repo.totals(2024);
    REQUIRE(totals.ok());
    CHECK(totals->year == 2024);
    CHECK(totals->byCategory.size() == cats.size());
    for (TraineeCategory c : cats) {
        const qint64 sqlTrainees = f.count(
            QStringLiteral(
                "SELECT count(*) FROM trainees t JOIN training_classes c ON c.id = t.class_id "
                "WHERE c.year = 2024 AND t.category = ?"),
            {traineeCategoryKey(c)});
        const qint64 sqlCompleted = f.count(
            QStringLiteral(
                "SELECT count(*) FROM trainees t JOIN training_classes c ON c.id = t.class_id "
                "WHERE c.year = 2024 AND t.category = ? AND t.completed = 1"),
            {traineeCategoryKey(c)});
        CHECK(totals->byCategory.value(c).trainees == sqlTrainees);
        CHECK(totals->byCategory.value(c).completed == sqlCompleted);
    }
    CHECK(totals->trainees() == 34);

    auto byYear = repo.totalsByYear();
    REQUIRE(byYear.ok());
    REQUIRE(byYear->size() == 2);
    CHECK(byYear->at(0).year == 2023);
    CHECK(byYear->at(0).trainees() == 17);
    CHECK(byYear->at(1).trainees() == 34);
    auto all = repo.totalsAllYears();
    REQUIRE(all.ok());
    CHECK(all->trainees() == f.count(QStringLiteral("SELECT count(*) FROM trainees")));
    CHECK(all->completed() ==
          f.count(QStringLiteral("SELECT count(*) FROM trainees WHERE completed = 1")));
    CHECK(repo.totals(2030)->trainees() == 0);

    auto classes = repo.classes(2024);
    REQUIRE(classes.ok());
    CHECK(classes->size() == 2);
    CHECK(repo.classes()->size() == 3);
    auto people = repo.trainees(c2024.value());
    REQUIRE(people.ok());
    CHECK(people->size() == 17);
    // Given name first: "Nguyễn Văn A" before "Nguyễn Văn B".
    CHECK(people->first().name == QStringLiteral("Nguyễn Văn A"));
    CHECK(people->first().unitText == QStringLiteral("Báo Bắc Kạn"));
}

TEST_CASE("training: undo data restores classes and trainees exactly")
{
    ProgressFixture f;
    TrainingRepository repo(f.db());
    const qint64 klass = repo.addClass(makeClass(2024, "Lớp 2024")).value();
    const qint64 a = repo.addTrainee(makeTrainee(klass, QStringLiteral("Hà Thị Lan"),
                                                 TraineeCategory::Reporter, true))
                         .value();
    REQUIRE(repo.addTrainee(makeTrainee(klass, QStringLiteral("Nông Văn Bình"),
                                        TraineeCategory::Editor, false))
                .ok());
    const TrainingClass storedClass = repo.trainingClass(klass).value();
    const QList<Trainee> storedPeople = repo.trainees(klass).value();

    // Edit a trainee, then undo.
    Trainee changed = storedPeople.at(1);
    REQUIRE(changed.id == a);
    changed.category = TraineeCategory::PortalEditor;
    changed.completed = false;
    auto previous = repo.updateTrainee(changed);
    REQUIRE(previous.ok());
    CHECK(previous.value() == storedPeople.at(1));
    REQUIRE(repo.updateTrainee(previous.value()).ok());
    CHECK(repo.trainees(klass).value() == storedPeople);

    // Remove a trainee, then undo.
    auto removed = repo.removeTrainee(a);
    REQUIRE(removed.ok());
    CHECK(repo.trainees(klass)->size() == 1);
    REQUIRE(repo.restoreTrainee(removed.value()).ok());
    CHECK(repo.trainees(klass).value() == storedPeople);

    // Edit the class, then undo.
    TrainingClass c = storedClass;
    c.place = QStringLiteral("Trường Chính trị tỉnh");
    c.plannedSize.reset();
    auto before = repo.updateClass(c);
    REQUIRE(before.ok());
    CHECK(before.value() == storedClass);
    CHECK_FALSE(repo.trainingClass(klass)->plannedSize.has_value());
    REQUIRE(repo.updateClass(before.value()).ok());
    CHECK(repo.trainingClass(klass).value() == storedClass);

    // Remove the class with its trainees, then undo.
    auto record = repo.removeClass(klass);
    REQUIRE(record.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM trainees")) == 0);
    REQUIRE(repo.restoreClass(record.value()).ok());
    CHECK(repo.trainingClass(klass).value() == storedClass);
    CHECK(repo.trainees(klass).value() == storedPeople);

    // Refused.
    TrainingClass bad = makeClass(2024, "Lớp sai");
    bad.endDate = QDate(2024, 1, 1);
    CHECK_FALSE(repo.addClass(bad).ok());
    CHECK_FALSE(
        repo.addTrainee(makeTrainee(klass, QStringLiteral(" "), TraineeCategory::Other, false))
            .ok());
}
