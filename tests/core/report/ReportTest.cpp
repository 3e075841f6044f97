// Documents built from a fixed small database, compared with reviewed
// expected text. Set TTCS_UPDATE_EXPECTED=1 to rewrite the expected files
// after reviewing a change.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "db/Database.h"
#include "document/DocxWriter.h"
#include "document/PdfWriter.h"
#include "report/AnnualPlanBuilder.h"
#include "report/MinistryReportBuilder.h"
#include "report/SpokespersonListBuilder.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ttcs;

namespace {

std::unique_ptr<db::Database> seeded(const QTemporaryDir &dir)
{
    db::OpenOptions o;
    o.create = true;
    auto opened = db::Database::open(dir.filePath(QStringLiteral("report.sqlite")), o);
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

void addPeople(db::Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO spokespersons(unit_id, name, position, phone, "
                                  "email, serving_from, serving_to) VALUES "
                                  "((SELECT id FROM units WHERE name = 'Sở Tư pháp'), 'Hoàng Văn "
                                  "Bình', 'Phó Giám đốc', '0912345678', "
                                  "'binhhv@backan.gov.vn', '2023-01-01', NULL),"
                                  "((SELECT id FROM units WHERE name = 'Sở Nội vụ'), 'Nông Thị "
                                  "Ánh', 'Giám đốc', '0209387001', "
                                  "'anhnt@backan.gov.vn', '2022-05-01', NULL),"
                                  "((SELECT id FROM units WHERE name = 'UBND huyện Ba Bể'), 'Triệu "
                                  "Đức An', 'Chủ tịch UBND huyện', "
                                  "'0987654321', '', '2021-01-01', NULL),"
                                  "((SELECT id FROM units WHERE name = 'Báo Bắc Kạn'), 'Lý Thu "
                                  "Hằng', 'Tổng Biên tập', '', '', NULL, NULL),"
                                  "((SELECT id FROM units WHERE name = 'Sở Tư pháp'), 'Hà Văn Cũ', "
                                  "'Phó Giám đốc', '', '', '2019-01-01', "
                                  "'2023-06-30')")));
}

void compareWithExpected(const QStringList &lines, const QString &name)
{
    const QString path = QStringLiteral(TTCS_REPORT_EXPECTED "/") + name;
    const QString actual = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (qEnvironmentVariableIsSet("TTCS_UPDATE_EXPECTED")) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(actual.toUtf8());
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString expected = QString::fromUtf8(f.readAll());
    const QStringList want = expected.split(QLatin1Char('\n'));
    const QStringList got = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i) {
        INFO("line " << i + 1);
        REQUIRE(got.at(i) == want.at(i));
    }
    CHECK(got.size() == want.size());
}

} // namespace

TEST_CASE("the annual plan of the default data matches the reviewed text")
{
    QTemporaryDir dir;
    auto db = seeded(dir);
    auto data = report::loadAnnualPlanData(*db, 2024);
    REQUIRE(data.ok());
    report::DocumentOptions options;
    options.year = 2024;
    options.number = 5;
    options.date = QDate(2024, 1, 5);
    const document::Document doc = report::buildAnnualPlan(data.value(), options);
    const QStringList lines = doc.textLines();
    CHECK(lines.contains(QStringLiteral("Số: 05/KH-STTTT")));
    CHECK(lines.contains(QStringLiteral("Bắc Kạn, ngày 05 tháng 01 năm 2024")));
    CHECK(lines.contains(QStringLiteral("KẾ HOẠCH")));
    // Every task number of the plan appears, in plan order, in the body.
    qsizetype at = 0;
    for (const char *number : {"1. Công khai thông tin",
                               "2. Rà soát",
                               "3. Định hướng",
                               "3.1. Cung cấp",
                               "3.2. Chủ động",
                               "3.3. Theo dõi",
                               "4. Bố trí",
                               "5. Công tác bồi dưỡng",
                               "6. Đổi mới",
                               "6.1. Ứng dụng",
                               "6.2. Tăng cường",
                               "7. Triển khai",
                               "8. Công tác quản lý",
                               "8.1. Quản lý",
                               "8.2. Chủ động",
                               "8.3. Đôn đốc",
                               "8.4. Tăng cường",
                               "9. Xây dựng",
                               "9.1. Cung cấp",
                               "9.2. Phối hợp"}) {
        const QString prefix = QString::fromUtf8(number);
        qsizetype found = -1;
        for (qsizetype i = at; i < lines.size(); ++i) {
            if (lines.at(i).startsWith(prefix)) {
                found = i;
                break;
            }
        }
        INFO(prefix.toStdString());
        REQUIRE(found >= 0);
        at = found + 1;
    }
    CHECK(doc.sections.size() == 2);
    CHECK(doc.sections.at(1).orientation == document::Orientation::Landscape);
    compareWithExpected(lines, QStringLiteral("annual-plan-2024.txt"));
}

TEST_CASE("a draft plan leaves the number and the day blank")
{
    QTemporaryDir dir;
    auto db = seeded(dir);
    report::DocumentOptions options;
    options.year = 2025;
    const QStringList lines =
        report::buildAnnualPlan(report::loadAnnualPlanData(*db, 2025).value(), options).textLines();
    CHECK(lines.contains(QStringLiteral("Số:      /KH-STTTT")));
    CHECK(lines.contains(QStringLiteral("Bắc Kạn, ngày      tháng      năm 2025")));
}

TEST_CASE("the spokesperson list groups people by unit level as of a date")
{
    QTemporaryDir dir;
    auto db = seeded(dir);
    addPeople(*db);
    auto data = report::loadSpokespersonList(*db, QDate(2024, 12, 31));
    REQUIRE(data.ok());
    REQUIRE(data->groups.size() == 3);
    CHECK(data->groups.at(0).title.startsWith(QStringLiteral("I. CÁC SỞ")));
    // Units in Vietnamese order: Sở Nội vụ before Sở Tư pháp.
    CHECK(data->groups.at(0).people.at(0).name == QStringLiteral("Nông Thị Ánh"));
    CHECK(data->groups.at(0).people.size() == 2); // the one who left in 2023 is not listed
    CHECK(data->groups.at(1).people.at(0).name == QStringLiteral("Triệu Đức An"));

    // Mid-2023 the predecessor was still serving.
    auto earlier = report::loadSpokespersonList(*db, QDate(2023, 3, 1));
    REQUIRE(earlier.ok());
    CHECK(earlier->groups.at(0).people.size() == 3);

    const report::SpokespersonTable table = report::spokespersonTable(data.value());
    CHECK(table.header.size() == 6);
    CHECK(table.rows.size() == 4 + 3);
    CHECK(table.groupRows == QList<int>({0, 3, 5}));

    report::DocumentOptions options;
    options.year = 2024;
    options.date = QDate(2025, 1, 10);
    const document::Document doc = report::buildSpokespersonList(data.value(), options);
    compareWithExpected(doc.textLines(), QStringLiteral("spokespersons-2024.txt"));
}

TEST_CASE("both documents write as DOCX and PDF")
{
    QTemporaryDir dir;
    auto db = seeded(dir);
    addPeople(*db);
    report::DocumentOptions options;
    options.year = 2024;
    const document::Document plan =
        report::buildAnnualPlan(report::loadAnnualPlanData(*db, 2024).value(), options);
    const document::Document list = report::buildSpokespersonList(
        report::loadSpokespersonList(*db, QDate(2024, 12, 31)).value(), options);
    for (const auto *doc : {&plan, &list}) {
        const QString docx = dir.filePath(QStringLiteral("x.docx"));
        const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
        REQUIRE(document::DocxWriter().write(*doc, docx).ok());
        REQUIRE(document::PdfWriter().write(*doc, pdf).ok());
        CHECK(QFile(docx).size() > 5000);
        CHECK(QFile(pdf).size() > 5000);
    }
}

TEST_CASE("the report to the Ministry compiles what units reported")
{
    QTemporaryDir dir;
    auto db = seeded(dir);
    addPeople(*db);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO progress(task_id, unit_id, year, status, result, "
                                  "figures, completed_on) VALUES "
                                  "((SELECT id FROM tasks WHERE number = '2'), (SELECT id FROM "
                                  "units WHERE name = 'Sở Thông tin và Truyền thông'), "
                                  "2024, 'done', 'Đã rà soát 3 văn bản quy phạm pháp luật', "
                                  "'{\"articles\":12,\"press_conferences\":2}', "
                                  "'2024-10-01')")));
    REQUIRE(report::saveReportTexts(*db, 2024,
                                    {QStringLiteral("Một số đơn vị báo cáo chậm."),
                                     QStringLiteral("Tiếp tục triển khai."),
                                     QStringLiteral("Đề nghị Bộ tổ chức tập huấn.")})
                .ok());
    auto data = report::loadMinistryReportData(*db, 2024, QDate(2024, 12, 31));
    REQUIRE(data.ok());
    report::DocumentOptions options;
    options.year = 2024;
    options.number = 12;
    options.date = QDate(2025, 1, 8);
    const document::Document doc = report::buildMinistryReport(data.value(), options);
    const QStringList lines = doc.textLines();
    CHECK(lines.contains(QStringLiteral("BÁO CÁO")));
    CHECK(lines.contains(QStringLiteral("Số: 12/BC-STTTT")));
    CHECK(lines.contains(QStringLiteral("Kính gửi: Bộ Thông tin và Truyền thông")));
    CHECK(lines.contains(QStringLiteral("- Số liệu: 12 tin, bài đăng tải; 2 cuộc họp báo.")));
    CHECK(lines.contains(QStringLiteral(
        "+ Sở Thông tin và Truyền thông: Đã rà soát 3 văn bản quy phạm pháp luật.")));
    CHECK(lines.contains(QStringLiteral("Một số đơn vị báo cáo chậm.")));
    CHECK(lines.contains(QStringLiteral("Đề nghị Bộ tổ chức tập huấn.")));
    CHECK(lines.contains(QStringLiteral("Phụ lục I")));
    CHECK(lines.contains(QStringLiteral("Phụ lục II")));
    // The people serving at the cut-off are listed in the second appendix.
    CHECK(lines.contains(QStringLiteral("Nông Thị Ánh")));
    // Spokespersons by level: 2 departments covered, 1 district.
    REQUIRE(data->spokespersonLevels.size() == 3);
    CHECK(data->spokespersonLevels.at(0).unitsCovered == 2);
    CHECK(data->spokespersonLevels.at(1).unitsCovered == 1);
    CHECK(data->spokespersonLevels.at(1).units == 8);
    CHECK(doc.sections.size() == 3);

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString docx = dir.filePath(QStringLiteral("report.docx"));
    REQUIRE(document::PdfWriter().write(doc, pdf).ok());
    REQUIRE(document::DocxWriter().write(doc, docx).ok());
}
