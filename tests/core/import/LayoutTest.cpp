// The shapes units' spreadsheets come in: found the way a person reading
// them would.
#include <catch2/catch.hpp>

#include "ImportTestSupport.h"
#include "TestSupport.h"
#include "import/LayoutDetector.h"
#include "import/RowChecker.h"
#include "sheet/WorkbookReader.h"
#include "text/LegacyEncoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace ttcs;
using namespace ttcs::import;

namespace {

sheet::Sheet sheetOf(const std::vector<QStringList> &rows)
{
    sheet::Sheet s(QStringLiteral("S"));
    for (int r = 0; r < int(rows.size()); ++r) {
        for (int c = 0; c < rows[std::size_t(r)].size(); ++c) {
            if (!rows[std::size_t(r)].at(c).isEmpty())
                s.setText(r, c, rows[std::size_t(r)].at(c));
        }
    }
    s.ensureRows(int(rows.size()));
    return s;
}

struct Checked
{
    Layout layout;
    CheckedSheet rows;
};

Checked check(sheet::Sheet s, const QString &unitForAll = {})
{
    s.fillMergedRanges(sheet::MergeFill::Both);
    const auto layout = LayoutDetector::detect(s);
    REQUIRE(layout.has_value());
    return {*layout, RowChecker(layout->mapping, unitForAll).check(s)};
}

sheet::Workbook read(const QString &path)
{
    auto book = sheet::readWorkbook(path);
    INFO(book.error().toStdString());
    REQUIRE(book.ok());
    return std::move(book).value();
}

QStringList names(const CheckedSheet &c)
{
    QStringList out;
    for (const CheckedRow &r : c.rows)
        out << r.name;
    return out;
}

} // namespace

TEST_CASE("header words: any case, with or without diacritics, in any order")
{
    const std::vector<std::pair<QString, Field>> words = {
        {QStringLiteral("Họ và tên"), Field::Name},
        {QStringLiteral("HỌ VÀ TÊN"), Field::Name},
        {QStringLiteral("Họ tên"), Field::Name},
        {QStringLiteral("Ho va ten"), Field::Name},
        {QStringLiteral("HỌ TÊN NGƯỜI PHÁT NGÔN"), Field::Name},
        {QStringLiteral("Chức vụ"), Field::Position},
        {QStringLiteral("CHỨC DANH"), Field::Position},
        {QStringLiteral("Cơ quan"), Field::Unit},
        {QStringLiteral("Đơn vị"), Field::Unit},
        {QStringLiteral("Cơ quan, đơn vị"), Field::Unit},
        {QStringLiteral("Tên cơ quan"), Field::Unit},
        {QStringLiteral("Điện thoại"), Field::Phone},
        {QStringLiteral("SĐT"), Field::Phone},
        {QStringLiteral("Số điện thoại"), Field::Phone},
        {QStringLiteral("Di động"), Field::Phone},
        {QStringLiteral("Điện thoại cơ quan"), Field::Phone},
        {QStringLiteral("Email"), Field::Email},
        {QStringLiteral("E-mail"), Field::Email},
        {QStringLiteral("Thư điện tử"), Field::Email},
        {QStringLiteral("STT"), Field::Ordinal},
        {QStringLiteral("TT"), Field::Ordinal},
        {QStringLiteral("Ghi chú"), Field::Note},
        {QStringLiteral("Ghi chú (số điện thoại khác)"), Field::Note},
        {QStringLiteral("Chức vụ, đơn vị công tác"), Field::Position},
        {QStringLiteral("Quyết định phân công"), Field::Decision},
        {QStringLiteral("DANH SÁCH NGƯỜI PHÁT NGÔN VÀ CUNG CẤP THÔNG TIN CHO BÁO CHÍ"),
         Field::None},
        {QStringLiteral("Năm 2024"), Field::None},
    };
    for (const auto &[text, field] : words) {
        INFO(text.toStdString());
        CHECK(fieldOfHeader(text) == field);
    }

    // The same list with its columns in another order reads the same.
    const QStringList header = {QStringLiteral("SĐT"), QStringLiteral("HỌ TÊN"),
                                QStringLiteral("Thư điện tử"), QStringLiteral("Đơn vị"),
                                QStringLiteral("Chức danh")};
    const Checked c = check(sheetOf({header,
                                     {QStringLiteral("0912345678"), QStringLiteral("Lê Thị Hoa"),
                                      QStringLiteral("hoa@backan.gov.vn"),
                                      QStringLiteral("Sở Tư pháp"), QStringLiteral("Giám đốc")}}));
    REQUIRE(c.rows.rows.size() == 1);
    const CheckedRow &r = c.rows.rows.front();
    CHECK(r.name == QStringLiteral("Lê Thị Hoa"));
    CHECK(r.position == QStringLiteral("Giám đốc"));
    CHECK(r.unitText == QStringLiteral("Sở Tư pháp"));
    CHECK(r.phone == QStringLiteral("0912345678"));
    CHECK(r.email == QStringLiteral("hoa@backan.gov.vn"));
    CHECK(r.row == 2);
}

TEST_CASE("a title block, blank rows, a column-number row and a repeated header")
{
    const QStringList header = {QStringLiteral("TT"), QStringLiteral("Họ và tên"),
                                QStringLiteral("Chức vụ"), QStringLiteral("Điện thoại")};
    const Checked c = check(sheetOf({
        {QStringLiteral("UBND TỈNH BẮC KẠN")},
        {QStringLiteral("SỞ TƯ PHÁP")},
        {},
        {QStringLiteral("DANH SÁCH NGƯỜI PHÁT NGÔN")},
        {QStringLiteral("(Kèm theo Công văn số 12/STP-VP ngày 10/3/2024)")},
        {},
        header,
        {QStringLiteral("(1)"), QStringLiteral("(2)"), QStringLiteral("(3)"),
         QStringLiteral("(4)")},
        {QStringLiteral("1"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("Giám đốc"),
         QStringLiteral("0912 345 678")},
        {},
        {},
        header,
        {QStringLiteral("2"), QStringLiteral("  Trần   Thị Bình "), QStringLiteral("Phó Giám đốc"),
         QStringLiteral("0209.3870.123")},
        {QStringLiteral("3")},
        {},
        {QString(), QString(), QStringLiteral("Bắc Kạn, ngày 10 tháng 3 năm 2024")},
    }));
    CHECK(c.layout.mapping.headerRow == 6);
    CHECK(c.layout.titleLines.size() == 4);
    CHECK(c.layout.titleLines.at(0) == QStringLiteral("UBND TỈNH BẮC KẠN"));
    CHECK(names(c.rows) ==
          QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình")});
    CHECK(c.rows.rows.at(1).phone == QStringLiteral("02093870123"));
    CHECK(c.rows.rows.at(1).row == 13);
    CHECK(c.rows.rejected.empty());
    // The column numbers, the repeated header, the lone "3" and the date
    // under the list were skipped.
    CHECK(c.rows.ignoredRows == 4);
}

TEST_CASE("units given as section rows above their people")
{
    const QStringList header = {QStringLiteral("STT"), QStringLiteral("Họ và tên"),
                                QStringLiteral("Chức vụ"), QStringLiteral("Số điện thoại"),
                                QStringLiteral("Email")};
    sheet::Sheet s = sheetOf({
        header,
        {QStringLiteral("I"), QStringLiteral("SỞ, BAN, NGÀNH")},
        {QStringLiteral("1. Sở Tư pháp")},
        {QStringLiteral("1"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("Giám đốc")},
        {QStringLiteral("2"), QStringLiteral("Lê Văn Bảo"), QStringLiteral("Phó Giám đốc")},
        {QStringLiteral("2"), QStringLiteral("Sở Y tế")}, // numbered in the STT column
        {QStringLiteral("1"), QStringLiteral("Hồ Thị Cúc"), QStringLiteral("Chánh Văn phòng")},
        {QStringLiteral("II. UBND CÁC HUYỆN, THÀNH PHỐ")},
        {QStringLiteral("1"), QStringLiteral("Hà Văn Dũng"), QStringLiteral("Chủ tịch")},
        {QString(), QStringLiteral("a) UBND huyện Ba Bể")},
        {QStringLiteral("1"), QStringLiteral("Ma Thị Én"), QStringLiteral("Phó Chủ tịch")},
        {QString(), QStringLiteral("UBND HUYỆN PÁC NẶM")},
        {QStringLiteral("1"), QStringLiteral("Đàm Văn Giang"), QString(),
         QStringLiteral("0168 123 4567")},
    });
    // "1. Sở Tư pháp" and "II. …" are merged across the table, as units
    // make them.
    s.addMergedRange({2, 0, 2, 4});
    s.addMergedRange({7, 0, 7, 4});
    const Checked c = check(s);
    CHECK_FALSE(c.layout.mapping.has(Field::Unit));
    for (const CheckedRow &r : c.rows.rows)
        UNSCOPED_INFO(r.row << " " << r.name.toStdString() << " / " << r.unitText.toStdString());
    REQUIRE(c.rows.rows.size() == 6);
    const auto unitOf = [&](int i) {
        return c.rows.rows.at(std::size_t(i)).unitText;
    };
    CHECK(unitOf(0) == QStringLiteral("Sở Tư pháp"));
    CHECK(unitOf(1) == QStringLiteral("Sở Tư pháp"));
    CHECK(unitOf(2) == QStringLiteral("Sở Y tế"));
    CHECK(unitOf(3) == QStringLiteral("UBND CÁC HUYỆN, THÀNH PHỐ"));
    CHECK(unitOf(4) == QStringLiteral("UBND huyện Ba Bể"));
    CHECK(unitOf(5) == QStringLiteral("UBND HUYỆN PÁC NẶM"));
    CHECK(c.rows.rows.at(0).unitFromSection);
    CHECK(c.rows.sections.size() == 6);
    // The old 11-digit number was changed, with a warning.
    REQUIRE(c.rows.rows.at(5).warnings.size() == 1);
    CHECK(c.rows.rows.at(5).warnings.front().kind == WarningKind::PhoneConverted);
    CHECK(c.rows.rows.at(5).phone == QStringLiteral("0381234567"));

    // --unit gives every row its unit, whatever the sections say.
    const Checked all = check(s, QStringLiteral("Sở Tư pháp"));
    for (const CheckedRow &r : all.rows.rows)
        CHECK(r.unitText == QStringLiteral("Sở Tư pháp"));
}

TEST_CASE("merged unit cells, a two-row header and a row without a name")
{
    sheet::Sheet s = sheetOf({
        {QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Cơ quan"),
         QStringLiteral("Thông tin liên hệ")},
        {QString(), QString(), QString(), QStringLiteral("Điện thoại"), QStringLiteral("Email")},
        {QStringLiteral("1"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("Sở Công Thương"),
         QStringLiteral("912345678"), QStringLiteral("An@BacKan.gov.vn")},
        {QStringLiteral("2"), QStringLiteral("Lục Thị Bình"), QString(), QStringLiteral("không có"),
         QStringLiteral("binh@")},
        {QStringLiteral("3"), QString(), QString(), QStringLiteral("0987654321")},
        {QStringLiteral("4"), QStringLiteral("Triệu Văn Cường"), QStringLiteral("Sở Xây dựng")},
    });
    s.addMergedRange({0, 0, 1, 0});
    s.addMergedRange({0, 1, 1, 1});
    s.addMergedRange({0, 2, 1, 2});
    s.addMergedRange({0, 3, 0, 4});
    s.addMergedRange({2, 2, 4, 2}); // one unit for three rows
    s.setNumber(2, 3, 912345678, QStringLiteral("912345678"));
    const Checked c = check(s);
    CHECK(c.layout.mapping.headerRowCount == 2);
    CHECK(c.layout.mapping.firstDataRow == 2);
    CHECK(c.layout.mapping.columnsOf(Field::Phone) == QList<int>{3});
    CHECK(c.layout.mapping.columnsOf(Field::Email) == QList<int>{4});
    REQUIRE(c.rows.rows.size() == 3);
    CHECK(c.rows.rows.at(1).unitText == QStringLiteral("Sở Công Thương"));
    CHECK(c.rows.rows.at(2).unitText == QStringLiteral("Sở Xây dựng"));
    // A lost leading 0 is put back without a warning.
    CHECK(c.rows.rows.at(0).phone == QStringLiteral("0912345678"));
    CHECK(c.rows.rows.at(0).email == QStringLiteral("An@backan.gov.vn"));
    CHECK(c.rows.rows.at(0).warnings.isEmpty());
    // Not a phone, not an e-mail: kept as written, with warnings.
    const CheckedRow &binh = c.rows.rows.at(1);
    CHECK(binh.phone == QStringLiteral("không có"));
    REQUIRE(binh.warnings.size() == 2);
    CHECK(binh.warnings.at(0).kind == WarningKind::PhoneInvalid);
    CHECK(binh.warnings.at(1).kind == WarningKind::EmailMalformed);
    // Row 5 has a phone but no name: refused, with its cells.
    REQUIRE(c.rows.rejected.size() == 1);
    CHECK(c.rows.rejected.front().row == 5);
    CHECK(c.rows.rejected.front().reason.contains(QStringLiteral("no name")));
    CHECK(c.rows.rejected.front().cells.contains(QStringLiteral("0987654321")));
}

TEST_CASE("TCVN3 text under .VnTime fonts and VNI text are converted, per cell")
{
    QTemporaryDir dir;
    test::SheetSpec spec;
    spec.name = QStringLiteral("DS");
    spec.rows = {
        {text::encodeTcvn3(QStringLiteral("DANH SÁCH NGƯỜI PHÁT NGÔN"))},
        {text::encodeTcvn3(QStringLiteral("STT")), text::encodeTcvn3(QStringLiteral("Họ và tên")),
         text::encodeTcvn3(QStringLiteral("Chức vụ")), text::encodeTcvn3(QStringLiteral("Đơn vị"))},
        {QStringLiteral("1"), text::encodeTcvn3(QStringLiteral("Nguyễn Văn An")),
         text::encodeTcvn3(QStringLiteral("Phó Giám đốc")),
         text::encodeTcvn3(QStringLiteral("Sở Tư pháp"))},
        // Unicode typed into the same file, in a Unicode font.
        {QStringLiteral("2"), QStringLiteral("Hoàng Thị Bích"), QStringLiteral("Chuyên viên"),
         QStringLiteral("Sở Tư pháp")},
        // VNI without a font: told by its characters.
        {QStringLiteral("3"), text::encodeVni(QStringLiteral("Đặng Quốc Tuấn")),
         text::encodeVni(QStringLiteral("Trưởng phòng")), QStringLiteral("Sở Y tế")},
    };
    for (int c = 0; c < 4; ++c) {
        spec.fonts.insert({0, c}, QStringLiteral(".VnTimeH"));
        spec.fonts.insert({1, c}, QStringLiteral(".VnTime"));
        spec.fonts.insert({2, c}, QStringLiteral(".VnTime"));
    }
    spec.fonts.insert({4, 1}, QStringLiteral("Arial"));
    const QString path = dir.filePath(QStringLiteral("tcvn3.xlsx"));
    REQUIRE(test::writeXlsx(path, spec));
    sheet::Workbook book = read(path);
    REQUIRE(book.sheets.front().cell(2, 1).font == QStringLiteral(".VnTime"));
    const Checked c = check(book.sheets.front());
    CHECK(c.layout.mapping.headerRow == 1);
    REQUIRE(c.rows.rows.size() == 3);
    CHECK(c.rows.rows.at(0).name == QStringLiteral("Nguyễn Văn An"));
    CHECK(c.rows.rows.at(0).position == QStringLiteral("Phó Giám đốc"));
    CHECK(c.rows.rows.at(0).unitText == QStringLiteral("Sở Tư pháp"));
    CHECK(c.rows.rows.at(1).name == QStringLiteral("Hoàng Thị Bích"));
    CHECK(c.rows.rows.at(2).name == QStringLiteral("Đặng Quốc Tuấn"));
    CHECK(c.rows.rows.at(2).position == QStringLiteral("Trưởng phòng"));
    CHECK(c.rows.tcvn3Cells == 3);
    CHECK(c.rows.vniCells == 2);
    for (const CheckedRow &r : c.rows.rows)
        CHECK(r.name == r.name.normalized(QString::NormalizationForm_C));
}

TEST_CASE("CSV as units save it: UTF-8 with or without BOM, semicolons, UTF-16 tabs, Windows-1258")
{
    QTemporaryDir dir;
    const QString header = QStringLiteral("STT;Họ và tên;Chức vụ;Cơ quan, đơn vị;SĐT");
    const QString row1 =
        QStringLiteral("1;Nguyễn Thị Lan;Phó Chánh Văn phòng;Sở Y tế;0912.345.678");
    const QString row2 = QStringLiteral("2;\"Phạm Văn Đức\";\"Trưởng phòng; kiêm nhiệm\";Sở Y tế;");
    const QString text = header + QStringLiteral("\r\n") + row1 + QStringLiteral("\r\n") + row2 +
                         QStringLiteral("\r\n");
    QString tabs = text;
    tabs.replace(QLatin1Char(';'), QLatin1Char('\t'));
    tabs.replace(QStringLiteral("\t kiêm"), QStringLiteral("; kiêm"));
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const std::vector<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("utf8.csv"), text.toUtf8()},
        {QStringLiteral("bom.csv"), QByteArray("\xEF\xBB\xBF") + text.toUtf8()},
        {QStringLiteral("unicode.txt"), QByteArray(utf16(tabs))},
    };
    for (const auto &[name, bytes] : files) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        REQUIRE(test::writeBytes(path, bytes));
        sheet::Workbook book = read(path);
        const Checked c = check(book.sheets.front());
        REQUIRE(c.rows.rows.size() == 2);
        CHECK(c.rows.rows.at(0).name == QStringLiteral("Nguyễn Thị Lan"));
        CHECK(c.rows.rows.at(0).phone == QStringLiteral("0912345678"));
        CHECK(c.rows.rows.at(1).position == QStringLiteral("Trưởng phòng; kiêm nhiệm"));
        CHECK(c.rows.rows.at(1).unitText == QStringLiteral("Sở Y tế"));
    }
    // Windows-1258: the fixture of the sheet readers.
    sheet::Workbook old =
        read(test::fixturePath(QStringLiteral("sheet/spokespersons_1000_cp1258.csv")));
    const Checked c = check(old.sheets.front());
    CHECK(c.rows.rows.size() == 1000);
    CHECK(c.rows.rows.front().name == QStringLiteral("Huỳnh Minh Phương"));
}

TEST_CASE("a column mapping is saved, found again on a file of the same shape, and checked")
{
    const QStringList header = {QStringLiteral("Số TT"), QStringLiteral("Tên"),
                                QStringLiteral("Nơi làm việc"), QStringLiteral("ĐT")};
    // "Nơi làm việc" names no field the detector knows; the user maps it.
    sheet::Sheet first = sheetOf({{QStringLiteral("Danh sách")},
                                  header,
                                  {QStringLiteral("1"), QStringLiteral("Vi Văn Hải"),
                                   QStringLiteral("Sở Nội vụ"), QStringLiteral("0912345678")}});
    auto found = LayoutDetector::detect(first);
    REQUIRE(found.has_value());
    CHECK(found->mapping.fieldOf(2) == Field::None);
    ColumnMapping mapping = found->mapping;
    mapping.set(2, Field::Unit);
    const QJsonObject json = mapping.toJson();
    const auto back =
        ColumnMapping::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    REQUIRE(back.has_value());
    CHECK(*back == mapping);
    CHECK(back->memoryKey() == mapping.memoryKey());
    CHECK(mapping.memoryKey().size() == 40);

    // The next file of the same shape has a taller title block.
    sheet::Sheet second = sheetOf({{QStringLiteral("UBND TỈNH")},
                                   {QStringLiteral("Sở Nội vụ")},
                                   {QStringLiteral("Danh sách")},
                                   header,
                                   {QStringLiteral("1"), QStringLiteral("Nông Thị Lý"),
                                    QStringLiteral("Sở Nội vụ"), QStringLiteral("0987654321")}});
    const Layout placed = LayoutDetector::place(second, *back);
    CHECK(placed.mapping.headerRow == 3);
    CHECK(placed.mapping.firstDataRow == 4);
    CHECK(placed.mapping.memoryKey() == mapping.memoryKey());
    const CheckedSheet rows = RowChecker(placed.mapping).check(second);
    REQUIRE(rows.rows.size() == 1);
    CHECK(rows.rows.front().unitText == QStringLiteral("Sở Nội vụ"));

    // Another shape has another key.
    const auto other =
        LayoutDetector::detect(sheetOf({{QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ")}}));
    REQUIRE(other.has_value());
    CHECK(other->mapping.memoryKey() != mapping.memoryKey());

    // JSON that is not a mapping is refused.
    CHECK_FALSE(ColumnMapping::fromJson({}).has_value());
    CHECK_FALSE(ColumnMapping::fromJson(QJsonObject{{QStringLiteral("version"), 1},
                                                    {QStringLiteral("columns"),
                                                     QJsonArray{QStringLiteral("nonsense")}}})
                    .has_value());
}

TEST_CASE("a sheet that is not a list has no layout")
{
    CHECK_FALSE(
        LayoutDetector::detect(sheetOf({{QStringLiteral("Báo cáo")},
                                        {QStringLiteral("Nội dung"), QStringLiteral("Kết quả")},
                                        {QStringLiteral("1"), QStringLiteral("2")}}))
            .has_value());
    CHECK_FALSE(LayoutDetector::detect(sheet::Sheet()).has_value());
    // A name column alone is not enough.
    CHECK_FALSE(LayoutDetector::detect(sheetOf({{QStringLiteral("Họ và tên")}})).has_value());
}
