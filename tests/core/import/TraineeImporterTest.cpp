// Importing the trainees of a class: the header found by its words with
// or without diacritics, rows without a name refused with the reason,
// unknown units and categories kept with a warning, the whole file in one
// batch, and the same people never added twice.
#include <catch2/catch.hpp>

#include "ImportTestSupport.h"
#include "TestSupport.h"
#include "db/ImportBatchRepository.h"
#include "db/TrainingRepository.h"
#include "import/TraineeImporter.h"
#include "sheet/TableWriter.h"

#include <QTemporaryDir>

using namespace ttcs;
using namespace ttcs::import;

namespace {

qint64 addClass(db::Database &db, int year)
{
    TrainingClass c;
    c.year = year;
    c.title = QStringLiteral("Bồi dưỡng kỹ năng phát ngôn");
    auto id = db::TrainingRepository(db).addClass(c);
    REQUIRE(id.ok());
    return id.value();
}

TraineePreview previewOf(TraineeImporter &importer, const QString &path, qint64 classId)
{
    auto p = importer.preview(path, classId);
    INFO(p.error().toStdString());
    REQUIRE(p.ok());
    return std::move(p).value();
}

} // namespace

TEST_CASE("trainee categories and completion marks are read the ways lists write them")
{
    CHECK(TraineeImporter::categoryOf(QStringLiteral("Phóng viên")) == TraineeCategory::Reporter);
    CHECK(TraineeImporter::categoryOf(QStringLiteral("PV")) == TraineeCategory::Reporter);
    CHECK(TraineeImporter::categoryOf(QStringLiteral("Biên tập viên")) == TraineeCategory::Editor);
    CHECK(TraineeImporter::categoryOf(QStringLiteral("bien tap vien cong thong tin dien tu")) ==
          TraineeCategory::PortalEditor);
    CHECK(TraineeImporter::categoryOf(QStringLiteral("Cộng tác viên")) ==
          TraineeCategory::Collaborator);
    CHECK(TraineeImporter::categoryOf(QStringLiteral("Công chức Phòng Văn hóa - Thông tin")) ==
          TraineeCategory::CultureOfficial);
    CHECK(TraineeImporter::categoryOf(QStringLiteral("Viên chức Trung tâm VH-TT-TT huyện")) ==
          TraineeCategory::DistrictCentre);
    CHECK(TraineeImporter::categoryOf(QStringLiteral("portal_editor")) ==
          TraineeCategory::PortalEditor);
    CHECK(TraineeImporter::categoryOf(QStringLiteral("Khác")) == TraineeCategory::Other);
    CHECK_FALSE(TraineeImporter::categoryOf(QStringLiteral("Thủ quỹ")).has_value());

    CHECK(TraineeImporter::completedOf(QStringLiteral("x")) == true);
    CHECK(TraineeImporter::completedOf(QStringLiteral("Đạt")) == true);
    CHECK(TraineeImporter::completedOf(QStringLiteral("Có")) == true);
    CHECK(TraineeImporter::completedOf(QString()) == false);
    CHECK(TraineeImporter::completedOf(QStringLiteral("Chưa")) == false);
    CHECK_FALSE(TraineeImporter::completedOf(QStringLiteral("nửa buổi")).has_value());
}

TEST_CASE("a trainee list is imported into its class in one batch, with reasons and warnings")
{
    test::TestDatabase t;
    const qint64 classId = addClass(*t.db, 2024);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hoc-vien.xlsx"));

    // A title block, a header without diacritics, the column numbers, a
    // row without a name, an unknown unit and an unknown category.
    sheet::Table table;
    table.title = QStringLiteral("DANH SÁCH HỌC VIÊN LỚP BỒI DƯỠNG");
    table.header = {QStringLiteral("STT"), QStringLiteral("Ho va ten"),
                    QStringLiteral("Don vi cong tac"), QStringLiteral("Doi tuong"),
                    QStringLiteral("Hoan thanh")};
    table.addRow({QStringLiteral("(1)"), QStringLiteral("(2)"), QStringLiteral("(3)"),
                  QStringLiteral("(4)"), QStringLiteral("(5)")});
    table.addRow({QStringLiteral("1"), QStringLiteral("Nguyễn Văn An"),
                  QStringLiteral("Sở Tư pháp"), QStringLiteral("Phóng viên"), QStringLiteral("x")});
    table.addRow({QStringLiteral("2"), QStringLiteral("Trần Thị Bình"),
                  QStringLiteral("Báo Bắc Kạn"), QStringLiteral("Biên tập viên"), QString()});
    table.addRow({QStringLiteral("3"), QString(), QStringLiteral("Sở Tư pháp"),
                  QStringLiteral("Phóng viên"), QStringLiteral("x")});
    table.addRow({QStringLiteral("4"), QStringLiteral("Lê Văn Cường"),
                  QStringLiteral("Hợp tác xã Ánh Dương"), QStringLiteral("Thủ quỹ"),
                  QStringLiteral("Đạt")});
    table.addRow({QStringLiteral("5"), QStringLiteral("Nguyễn Văn An"),
                  QStringLiteral("Sở Tư pháp"), QStringLiteral("Phóng viên"), QStringLiteral("x")});
    REQUIRE(sheet::writeTable(table, path).ok());

    TraineeImporter importer(*t.db);
    const TraineePreview p = previewOf(importer, path, classId);
    CHECK(p.columns.headerRow == 2); // the title, an empty row, the header
    CHECK(p.columns.name == 1);
    CHECK(p.columns.unit == 2);
    CHECK(p.columns.category == 3);
    CHECK(p.columns.completed == 4);
    REQUIRE(p.rows.size() == 4);
    REQUIRE(p.rejected.size() == 1);
    CHECK(p.rejected[0].row == 7);
    CHECK_FALSE(p.rejected[0].reason.isEmpty());
    CHECK(p.rows[0].unitId == t.unitId(QStringLiteral("Sở Tư pháp")));
    CHECK(p.rows[0].category == TraineeCategory::Reporter);
    CHECK(p.rows[0].completed);
    CHECK(p.rows[1].category == TraineeCategory::Editor);
    CHECK_FALSE(p.rows[1].completed);
    CHECK(p.rows[2].unitId == 0);
    CHECK(p.rows[2].unitText == QStringLiteral("Hợp tác xã Ánh Dương"));
    CHECK(p.rows[2].category == TraineeCategory::Other);
    CHECK(p.rows[2].warnings.size() == 2); // the unit and the category
    CHECK(p.rows[3].alreadyInClass);       // row 5 repeats row 1
    CHECK(p.toInsert() == 3);
    CHECK(p.rowMessages().size() == 4);

    auto outcome = importer.commit(p, classId);
    INFO(outcome.error().toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome->inserted == 3);
    CHECK(outcome->skipped == 1);
    CHECK(outcome->rejected == 1);
    auto trainees = db::TrainingRepository(*t.db).trainees(classId);
    REQUIRE(trainees.ok());
    REQUIRE(trainees->size() == 3);
    for (const Trainee &tr : trainees.value())
        CHECK(tr.batchId == outcome->batchId);
    auto rejected = db::ImportBatchRepository(*t.db).rejected(outcome->batchId);
    REQUIRE(rejected.ok());
    CHECK(rejected->size() == 1);
    auto totals = db::TrainingRepository(*t.db).totals(2024);
    REQUIRE(totals.ok());
    CHECK(totals->byCategory.value(TraineeCategory::Reporter).trainees == 1);
    CHECK(totals->byCategory.value(TraineeCategory::Reporter).completed == 1);
    CHECK(totals->byCategory.value(TraineeCategory::Editor).trainees == 1);
    CHECK(totals->byCategory.value(TraineeCategory::Other).trainees == 1);

    // The same file again adds nobody.
    const TraineePreview again = previewOf(importer, path, classId);
    CHECK(again.toInsert() == 0);
    auto second = importer.commit(again, classId);
    REQUIRE(second.ok());
    CHECK(second->inserted == 0);
    CHECK(db::TrainingRepository(*t.db).trainees(classId)->size() == 3);
}

TEST_CASE("a sheet without a trainee header is refused and nothing is written")
{
    test::TestDatabase t;
    const qint64 classId = addClass(*t.db, 2024);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("khac.csv"));
    sheet::Table table;
    table.header = {QStringLiteral("Ngày"), QStringLiteral("Nội dung")};
    table.addRow({QStringLiteral("01/02/2024"), QStringLiteral("Họp giao ban")});
    REQUIRE(sheet::writeTable(table, path).ok());
    TraineeImporter importer(*t.db);
    auto p = importer.preview(path, classId);
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().contains(QStringLiteral("khac.csv")));
    CHECK(db::TrainingRepository(*t.db).trainees(classId)->isEmpty());

    // A class that does not exist is refused too.
    table.header = {QStringLiteral("Họ và tên"), QStringLiteral("Đơn vị")};
    REQUIRE(sheet::writeTable(table, path).ok());
    CHECK_FALSE(importer.preview(path, classId + 100).ok());
}
