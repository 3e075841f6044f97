#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "db/Database.h"
#include "db/PlanRepository.h"
#include "db/SettingsRepository.h"
#include "db/StatsRepository.h"
#include "db/TaskRepository.h"
#include "db/UnitRepository.h"

#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ttcs;
using namespace ttcs::db;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Fixture()
    {
        OpenOptions o;
        o.create = true;
        auto opened = Database::open(dir.filePath(QStringLiteral("seed.sqlite")), o);
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
};

QStringList s(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << QString::fromUtf8(i);
    return out;
}

} // namespace

TEST_CASE("the default data holds the plan's 20 task nodes in plan order")
{
    Fixture f;
    auto tasks = TaskRepository(*f.db).all();
    REQUIRE(tasks.ok());
    QStringList numbers;
    for (const Task &t : tasks.value())
        numbers << t.number;
    CHECK(numbers == s({"1", "2", "3", "3.1", "3.2", "3.3", "4", "5", "6", "6.1", "6.2", "7", "8", "8.1", "8.2",
                        "8.3", "8.4", "9", "9.1", "9.2"}));

    QHash<qint64, int> children;
    for (const Task &t : tasks.value())
        children[t.parentId] += 1;
    int leaves = 0;
    for (const Task &t : tasks.value()) {
        if (!children.contains(t.id))
            ++leaves;
    }
    CHECK(leaves == 16);
}

TEST_CASE("each task has its units and frequency exactly as the plan says")
{
    Fixture f;
    auto tasks = TaskRepository(*f.db).all();
    REQUIRE(tasks.ok());
    QHash<QString, Task> byNumber;
    for (const Task &t : tasks.value())
        byNumber.insert(t.number, t);

    const Task &t1 = byNumber.value(QStringLiteral("1"));
    CHECK(t1.title == QStringLiteral("Công khai thông tin"));
    CHECK(t1.frequency == Frequency::Regular);
    CHECK(t1.roleNames(TaskRoleKind::Lead) == s({"Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"}));

    const Task &t2 = byNumber.value(QStringLiteral("2"));
    CHECK(t2.frequency == Frequency::Annual);
    CHECK(t2.roleNames(TaskRoleKind::Lead) == s({"Sở Thông tin và Truyền thông"}));
    CHECK(t2.roleNames(TaskRoleKind::Coordinate) == s({"Sở Tư pháp", "Các đơn vị liên quan"}));

    const Task &t31 = byNumber.value(QStringLiteral("3.1"));
    CHECK(t31.parentId == byNumber.value(QStringLiteral("3")).id);
    CHECK(t31.roleNames(TaskRoleKind::Coordinate)
          == s({"Ban Tuyên giáo Tỉnh ủy", "Hội Nhà báo tỉnh", "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố",
                "Các cơ quan báo chí"}));

    CHECK(byNumber.value(QStringLiteral("4")).roleNames(TaskRoleKind::Lead) == s({"Sở Nội vụ"}));
    CHECK(byNumber.value(QStringLiteral("5")).timeFrame == QStringLiteral("Hằng năm (dự kiến tổ chức 01 lớp/năm)."));
    CHECK(byNumber.value(QStringLiteral("6.2")).roleNames(TaskRoleKind::Implement)
          == s({"Báo Bắc Kạn", "Đài Phát thanh và Truyền hình Bắc Kạn", "Tạp chí Văn nghệ Ba Bể",
                "Cổng Thông tin điện tử tỉnh"}));
    CHECK(byNumber.value(QStringLiteral("6.2")).roleNames(TaskRoleKind::Lead).isEmpty());
    CHECK(byNumber.value(QStringLiteral("7")).roleNames(TaskRoleKind::Lead) == s({"Sở Tư pháp"}));
    CHECK(byNumber.value(QStringLiteral("8.2")).roleNames(TaskRoleKind::Coordinate)
          == s({"Công an tỉnh", "Các đơn vị liên quan"}));
    CHECK(byNumber.value(QStringLiteral("8.4")).roleNames(TaskRoleKind::Implement)
          == s({"Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"}));
    CHECK(byNumber.value(QStringLiteral("9.1")).roleNames(TaskRoleKind::Implement) == s({"Sở Thông tin và Truyền thông"}));
    CHECK(byNumber.value(QStringLiteral("9.2")).frequency == Frequency::OnRequest);
    CHECK(byNumber.value(QStringLiteral("9.2")).timeFrame
          == QStringLiteral("Khi được Bộ Thông tin và Truyền thông yêu cầu."));

    // Groups of sub-tasks have no time frame of their own.
    for (const char *group : {"3", "6", "8", "9"})
        CHECK_FALSE(byNumber.value(QString::fromLatin1(group)).frequency.has_value());

    // Every leaf has a frequency and at least one unit.
    int regular = 0, annual = 0, onRequest = 0;
    for (const Task &t : tasks.value()) {
        if (!t.frequency)
            continue;
        CHECK_FALSE(t.roles.isEmpty());
        regular += *t.frequency == Frequency::Regular;
        annual += *t.frequency == Frequency::Annual;
        onRequest += *t.frequency == Frequency::OnRequest;
    }
    CHECK(regular == 9);
    CHECK(annual == 6);
    CHECK(onRequest == 1);
}

TEST_CASE("the default data names every unit of the plan and the 8 districts")
{
    Fixture f;
    auto units = UnitRepository(*f.db).all();
    REQUIRE(units.ok());
    QHash<QString, Unit> byName;
    for (const Unit &u : units.value())
        byName.insert(u.name, u);
    for (const char *name : {"Sở Thông tin và Truyền thông", "Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính",
                             "Văn phòng UBND tỉnh", "Công an tỉnh", "Ban Tuyên giáo Tỉnh ủy", "Hội Nhà báo tỉnh",
                             "Báo Bắc Kạn", "Đài Phát thanh và Truyền hình Bắc Kạn", "Tạp chí Văn nghệ Ba Bể",
                             "Cổng Thông tin điện tử tỉnh"})
        CHECK(byName.contains(QString::fromUtf8(name)));
    CHECK(byName.value(QStringLiteral("Công an tỉnh")).kind == UnitKind::Police);
    CHECK(byName.value(QStringLiteral("Ban Tuyên giáo Tỉnh ủy")).kind == UnitKind::Party);
    CHECK(byName.value(QStringLiteral("Báo Bắc Kạn")).kind == UnitKind::Press);

    QStringList districts;
    for (const Unit &u : units.value()) {
        if (u.kind == UnitKind::District)
            districts << u.name;
    }
    districts.sort();
    CHECK(districts
          == s({"UBND huyện Ba Bể", "UBND huyện Bạch Thông", "UBND huyện Chợ Mới", "UBND huyện Chợ Đồn",
                "UBND huyện Na Rì", "UBND huyện Ngân Sơn", "UBND huyện Pác Nặm", "UBND thành phố Bắc Kạn"}));
}

TEST_CASE("a group expands to the units that exist in the year")
{
    Fixture f;
    UnitRepository repo(*f.db);
    auto groups = repo.groups();
    REQUIRE(groups.ok());
    qint64 districts = 0;
    for (const UnitGroup &g : groups.value()) {
        if (g.key == QStringLiteral("huyen"))
            districts = g.id;
    }
    REQUIRE(districts > 0);
    auto in2023 = repo.expandGroup(districts, 2023);
    REQUIRE(in2023.ok());
    CHECK(in2023->size() == 8);

    // A district dissolved at the end of 2024 is gone from 2025 on.
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE units SET valid_to = '2024-12-31' WHERE name = 'UBND huyện Pác Nặm'")));
    CHECK(repo.expandGroup(districts, 2024)->size() == 8);
    CHECK(repo.expandGroup(districts, 2025)->size() == 7);
}

TEST_CASE("the plan keeps its text, sections and signature")
{
    Fixture f;
    auto plan = PlanRepository(*f.db).forYear(2024);
    REQUIRE(plan.ok());
    CHECK(plan->title == QStringLiteral("Tăng cường truyền thông chính sách trên địa bàn tỉnh Bắc Kạn"));
    CHECK(plan->symbol == QStringLiteral("KH-UBND"));
    CHECK(plan->year == 2023);
    CHECK(plan->legalBases.size() == 2);
    CHECK(plan->signerName == QStringLiteral("Phạm Duy Hưng"));
    QStringList headings;
    for (const PlanSection &sec : plan->sections)
        headings << sec.heading;
    CHECK(headings.contains(QStringLiteral("I. MỤC ĐÍCH, YÊU CẦU")));
    CHECK(headings.contains(QStringLiteral("III. KINH PHÍ")));
    CHECK(plan->responsibilities.size() == 9);
}

TEST_CASE("the organisation profile is stored as settings and can be changed")
{
    Fixture f;
    SettingsRepository repo(*f.db);
    auto profile = repo.profile();
    REQUIRE(profile.ok());
    CHECK(profile->province == QStringLiteral("Bắc Kạn"));
    CHECK(profile->issuingBody == QStringLiteral("SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG"));
    CHECK(profile->issuingBodyName == QStringLiteral("Sở Thông tin và Truyền thông"));
    OrgProfile changed = profile.value();
    changed.province = QStringLiteral("Thái Nguyên");
    changed.reportRecipient = QStringLiteral("Bộ Văn hóa, Thể thao và Du lịch");
    REQUIRE(repo.saveProfile(changed).ok());
    CHECK(repo.profile()->province == QStringLiteral("Thái Nguyên"));
    CHECK(repo.profile()->reportRecipient == QStringLiteral("Bộ Văn hóa, Thể thao và Du lịch"));
}

TEST_CASE("stats count what the database holds for a year")
{
    Fixture f;
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO progress(task_id, unit_id, year, status) "
                                  "SELECT t.id, u.id, 2024, 'done' FROM tasks t, units u "
                                  "WHERE t.number = '1' AND u.kind = 'district'")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO progress(task_id, unit_id, year, status) "
                                  "SELECT t.id, u.id, 2025, 'in_progress' FROM tasks t, units u "
                                  "WHERE t.number = '2' AND u.kind = 'department'")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO training_classes(year, title) VALUES (2024, 'Lớp bồi dưỡng 2024')")));
    auto stats = StatsRepository(*f.db).stats(2024);
    REQUIRE(stats.ok());
    CHECK(stats->units == 35);
    CHECK(stats->tasks == 20);
    CHECK(stats->trainingClasses == 1);
    CHECK(stats->progressByStatus.value(QStringLiteral("done")) == 8);
    CHECK(stats->progressByStatus.value(QStringLiteral("in_progress")) == 0);
    CHECK(StatsRepository(*f.db).stats(2025)->progressByStatus.value(QStringLiteral("in_progress")) == 18);
}
