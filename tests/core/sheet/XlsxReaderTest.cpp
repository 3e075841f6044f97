#include <catch2/catch.hpp>

#include "SheetTestSupport.h"
#include "TestSupport.h"
#include "sheet/WorkbookReader.h"
#include "sheet/XlsxReader.h"
#include "text/LegacyEncoding.h"

#include <QTemporaryDir>

using namespace ttcs::sheet;
using ttcs::test::XlsxSheet;
using ttcs::test::XlsxSpec;

namespace {

ttcs::Result<Workbook> readXlsxBytes(const QByteArray &bytes, const ReadLimits &limits = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.xlsx"));
    REQUIRE(ttcs::test::writeFile(path, bytes));
    return readXlsx(path, limits);
}

} // namespace

TEST_CASE("the spokesperson fixture reads with its title block, header and 1,000 people")
{
    const auto book =
        readWorkbook(ttcs::test::fixturePath(QStringLiteral("spokespersons_1000.xlsx")));
    REQUIRE(book.ok());
    CHECK(book->format == WorkbookFormat::Xlsx);
    REQUIRE(book->sheets.size() == 1);
    const Sheet &sheet = book->sheets.front();
    CHECK(sheet.name() == QStringLiteral("Danh sách"));
    CHECK(sheet.rowCount() == 1008);
    CHECK(sheet.columnCount() == 7);

    CHECK(sheet.text(0, 0) ==
          QStringLiteral("DANH SÁCH NGƯỜI PHÁT NGÔN VÀ CUNG CẤP THÔNG TIN CHO BÁO CHÍ"));
    CHECK(sheet.text(1, 0) == QStringLiteral("(Kèm theo Công văn số      /STTTT-TTBCXB)"));
    CHECK(sheet.isRowEmpty(2));
    CHECK(sheet.text(3, 1) == QStringLiteral("Họ và tên"));
    CHECK(sheet.text(3, 4) == QStringLiteral("Số điện thoại"));
    REQUIRE(sheet.mergedRanges().size() == 2);
    CHECK(sheet.mergedRanges()[0] == *CellRange::fromReference(u"A1:G1"));
    CHECK(sheet.mergedRanges()[1] == *CellRange::fromReference(u"A2:G2"));

    // Row 5: the first person. STT is a number shown without ".0".
    CHECK(sheet.cell(4, 0).type == CellType::Number);
    CHECK(sheet.cell(4, 0).number == 1);
    CHECK(sheet.text(4, 0) == QStringLiteral("1"));
    CHECK(sheet.text(4, 1) == QStringLiteral("Huỳnh Minh Phương"));
    CHECK(sheet.text(4, 2) == QStringLiteral("Giám đốc"));
    CHECK(sheet.text(4, 3) == QStringLiteral("UBND xã Nam Mẫu (huyện Ba Bể)"));
    CHECK(sheet.text(4, 4) == QStringLiteral("0947714320"));
    CHECK(sheet.text(4, 5) == QStringLiteral("huynh.minh.phuong1@backan.gov.vn"));
    CHECK(sheet.cell(4, 6).isEmpty());
    CHECK(sheet.text(5, 4) == QStringLiteral("0961.434.717"));
    CHECK(sheet.text(16, 4) == QStringLiteral("01680940760"));
    CHECK(sheet.cell(4, 1).font == QStringLiteral("Calibri"));
    CHECK(sheet.text(1007, 0) == QStringLiteral("1000"));
    CHECK(sheet.text(1007, 1) == QStringLiteral("Hoàng Thanh Hạnh"));

    // Four blank rows split the list; 1,000 people in all.
    int people = 0;
    int blank = 0;
    for (int r = 4; r < sheet.rowCount(); ++r) {
        people += sheet.cell(r, 0).type == CellType::Number;
        blank += sheet.isRowEmpty(r);
    }
    CHECK(people == 1000);
    CHECK(blank == 4);
}

TEST_CASE("shared strings: rich text runs joined, phonetic runs left out, escapes decoded")
{
    XlsxSpec spec;
    spec.sharedStrings =
        "<si><t>Sở Tư pháp</t></si>"
        "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Nguyễn </t></r><r><t>Văn An</t></r></si>"
        "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh></si>"
        "<si><t>dòng 1_x000D_\ndòng 2 &amp; &lt;3&gt; &#x1EA0;</t></si>"
        "<si><t></t></si>"
        "<si><r><rPr><rFont val=\".VnTime\"/></rPr><t>NguyÔn V¨n An</t></r></si>";
    spec.sheets.push_back(
        {QStringLiteral("S"),
         "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
         "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c>"
         "<c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"s\"><v>5</v></c>"
         "<c r=\"G1\" t=\"s\"><v>99</v></c></row>",
         {}});
    const auto book = readXlsxBytes(ttcs::test::makeXlsx(spec));
    REQUIRE(book.ok());
    const Sheet &s = book->sheets.front();
    CHECK(s.text(0, 0) == QStringLiteral("Sở Tư pháp"));
    CHECK(s.text(0, 1) == QStringLiteral("Nguyễn Văn An"));
    CHECK(s.text(0, 2) == QStringLiteral("漢字"));
    CHECK(s.text(0, 3) == QStringLiteral("dòng 1\r\ndòng 2 & <3> Ạ"));
    CHECK(s.cell(0, 4).isEmpty());
    CHECK(s.cell(0, 4).type == CellType::Empty);
    // The run's font tells the legacy encoding.
    CHECK(s.cell(0, 5).font == QStringLiteral(".VnTime"));
    CHECK(ttcs::text::convertLegacyText(s.text(0, 5), s.cell(0, 5).font).text ==
          QStringLiteral("Nguyễn Văn An"));
    // An index past the table shows nothing.
    CHECK(s.cell(0, 6).isEmpty());
    CHECK(s.columnCount() == 6);
}

TEST_CASE("a shared string used by many cells, on several sheets, is in each of them")
{
    XlsxSpec spec;
    spec.sharedStrings = "<si><t>Chánh Văn phòng</t></si>"
                         "<si><t>Lò Văn Tú</t></si>"
                         "<si><r><rPr><rFont val=\".VnTime\"/></rPr><t>V¨n phßng</t></r></si>";
    // The same cell written twice: the second one counts.
    spec.sheets.push_back({QStringLiteral("A"),
                           "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                           "<c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
                           "<c r=\"C1\" t=\"s\"><v>0</v></c></row>"
                           "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c>"
                           "<c r=\"B2\" t=\"s\"><v>2</v></c></row>",
                           {}});
    spec.sheets.push_back({QStringLiteral("B"),
                           "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                           "<c r=\"B1\" t=\"s\"><v>2</v></c><c r=\"C1\" t=\"s\"><v>7</v></c>"
                           "</row>",
                           {}});
    const auto book = readXlsxBytes(ttcs::test::makeXlsx(spec));
    REQUIRE(book.ok());
    REQUIRE(book->sheets.size() == 2);
    const Sheet &a = book->sheets.at(0);
    const Sheet &b = book->sheets.at(1);
    const QString office = QStringLiteral("Chánh Văn phòng");
    CHECK(a.text(0, 0) == office);
    CHECK(a.text(0, 1) == QStringLiteral("Lò Văn Tú"));
    CHECK(a.text(0, 2) == office);
    CHECK(a.text(1, 0) == office);
    CHECK(b.text(0, 0) == office);
    for (const Cell *legacy : {&a.cell(1, 1), &b.cell(0, 1)}) {
        CHECK(legacy->text == QStringLiteral("V¨n phßng"));
        CHECK(legacy->font == QStringLiteral(".VnTime"));
    }
    CHECK(b.cell(0, 2).isEmpty()); // past the table
}

TEST_CASE("numbers, dates, booleans and errors show as the user sees them")
{
    XlsxSpec spec;
    spec.numFmts =
        "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"0000000000\"/>"
        "<numFmt numFmtId=\"166\" formatCode=\"&quot;Ngày &quot;d&quot; tháng &quot;m\"/>"
        "<numFmt numFmtId=\"167\" formatCode=\"0.0&quot; đ&quot;\"/>"
        "<numFmt numFmtId=\"168\" formatCode=\"[$-42A]h:mm;@\"/>";
    spec.cellXfs = "<xf numFmtId=\"0\" fontId=\"0\"/>"   // 0 General
                   "<xf numFmtId=\"14\" fontId=\"0\"/>"  // 1 built-in date
                   "<xf numFmtId=\"164\" fontId=\"0\"/>" // 2 custom date
                   "<xf numFmtId=\"165\" fontId=\"0\"/>" // 3 zero-padded phone
                   "<xf numFmtId=\"3\" fontId=\"0\"/>"   // 4 #,##0
                   "<xf numFmtId=\"10\" fontId=\"0\"/>"  // 5 0.00%
                   "<xf numFmtId=\"166\" fontId=\"0\"/>" // 6 quoted text with d and m
                   "<xf numFmtId=\"167\" fontId=\"1\"/>" // 7 0.0" đ", VNI font
                   "<xf numFmtId=\"168\" fontId=\"0\"/>" // 8 time
                   "<xf numFmtId=\"22\" fontId=\"0\"/>"; // 9 date and time
    spec.fonts =
        "<font><name val=\"Times New Roman\"/></font><font><name val=\"VNI-Times\"/></font>";
    spec.sheets.push_back(
        {QStringLiteral("Số liệu"),
         "<row r=\"1\">"
         "<c r=\"A1\"><v>912345678</v></c>"         // phone typed as a number
         "<c r=\"B1\" s=\"3\"><v>912345678</v></c>" // ... with a 0000000000 format
         "<c r=\"C1\"><v>3.5</v></c>"
         "<c r=\"D1\"><v>0.30000000000000004</v></c>"
         "<c r=\"E1\" s=\"4\"><v>1234567</v></c>"
         "<c r=\"F1\" s=\"5\"><v>0.256</v></c>"
         "<c r=\"G1\"><v>-42</v></c>"
         "<c r=\"H1\"><v>1E-3</v></c>"
         "</row><row r=\"2\">"
         "<c r=\"A2\" s=\"1\"><v>45170</v></c>" // 1 September 2023
         "<c r=\"B2\" s=\"2\"><v>45170</v></c>"
         "<c r=\"C2\" s=\"6\"><v>45170</v></c>"
         "<c r=\"D2\" s=\"8\"><v>0.5</v></c>"
         "<c r=\"E2\" s=\"9\"><v>45170.75</v></c>"
         "<c r=\"F2\" s=\"7\"><v>12.345</v></c>"
         "<c r=\"G2\" s=\"1\"><v>-5</v></c>" // not a date
         "</row><row r=\"3\">"
         "<c r=\"A3\" t=\"b\"><v>1</v></c><c r=\"B3\" t=\"b\"><v>0</v></c>"
         "<c r=\"C3\" t=\"e\"><v>#N/A</v></c>"
         "<c r=\"D3\" t=\"str\"><f>A1&amp;\"x\"</f><v>912345678x</v></c>"
         "<c r=\"E3\"><f>1+1</f></c>" // formula without a value
         "<c r=\"F3\" t=\"d\" s=\"2\"><v>2023-09-01T00:00:00</v></c>"
         "</row>",
         {}});
    const auto book = readXlsxBytes(ttcs::test::makeXlsx(spec));
    REQUIRE(book.ok());
    const Sheet &s = book->sheets.front();
    CHECK(s.text(0, 0) == QStringLiteral("912345678"));
    CHECK(s.cell(0, 0).number == 912345678);
    CHECK(s.text(0, 1) == QStringLiteral("0912345678"));
    CHECK(s.text(0, 2) == QStringLiteral("3.5"));
    CHECK(s.text(0, 3) == QStringLiteral("0.3"));
    CHECK(s.text(0, 4) == QStringLiteral("1,234,567"));
    CHECK(s.text(0, 5) == QStringLiteral("25.60%"));
    CHECK(s.text(0, 6) == QStringLiteral("-42"));
    CHECK(s.text(0, 7) == QStringLiteral("0.001"));
    CHECK(s.cell(0, 0).font == QStringLiteral("Times New Roman"));

    CHECK(s.cell(1, 0).type == CellType::Date);
    CHECK(s.text(1, 0) == QStringLiteral("01/09/2023"));
    CHECK(s.cell(1, 0).dateTime() == QDateTime(QDate(2023, 9, 1), QTime(0, 0)));
    CHECK(s.text(1, 1) == QStringLiteral("01/09/2023"));
    CHECK(s.cell(1, 2).type == CellType::Date);
    CHECK(s.cell(1, 3).type == CellType::Date);
    CHECK(s.text(1, 3) == QStringLiteral("12:00"));
    CHECK(s.text(1, 4) == QStringLiteral("01/09/2023 18:00"));
    CHECK(s.text(1, 5) == QStringLiteral("12.3 đ"));
    CHECK(s.cell(1, 5).font == QStringLiteral("VNI-Times"));
    CHECK(s.cell(1, 6).type == CellType::Number);
    CHECK(s.text(1, 6) == QStringLiteral("-5"));

    CHECK(s.cell(2, 0).type == CellType::Bool);
    CHECK(s.text(2, 0) == QStringLiteral("TRUE"));
    CHECK(s.text(2, 1) == QStringLiteral("FALSE"));
    CHECK(s.text(2, 2) == QStringLiteral("#N/A"));
    CHECK(s.text(2, 3) == QStringLiteral("912345678x"));
    CHECK(s.cell(2, 4).isEmpty());
    CHECK(s.cell(2, 5).type == CellType::Date);
    CHECK(s.text(2, 5) == QStringLiteral("01/09/2023"));
}

TEST_CASE("the 1904 date system and Excel's 29 February 1900")
{
    XlsxSpec spec;
    spec.date1904 = true;
    spec.cellXfs = "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>";
    spec.sheets.push_back(
        {QStringLiteral("S"), "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43708</v></c></row>", {}});
    auto book = readXlsxBytes(ttcs::test::makeXlsx(spec));
    REQUIRE(book.ok());
    CHECK(book->sheets.front().text(0, 0) == QStringLiteral("01/09/2023"));

    spec.date1904 = false;
    spec.sheets.front().sheetData =
        "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>59</v></c>"
        "<c r=\"B1\" s=\"1\"><v>61</v></c><c r=\"C1\" s=\"1\"><v>1</v></c></row>";
    book = readXlsxBytes(ttcs::test::makeXlsx(spec));
    REQUIRE(book.ok());
    CHECK(book->sheets.front().text(0, 0) == QStringLiteral("28/02/1900"));
    CHECK(book->sheets.front().text(0, 1) == QStringLiteral("01/03/1900"));
    CHECK(book->sheets.front().text(0, 2) == QStringLiteral("01/01/1900"));
}

TEST_CASE("several sheets, hidden ones, inline strings, merged cells and cells without references")
{
    XlsxSpec spec;
    spec.fonts = "<font><name val=\"Calibri\"/></font><font><b/><name val=\".VnTimeH\"/></font>";
    spec.cellXfs = "<xf numFmtId=\"0\" fontId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\"/>";
    spec.sheets.push_back(
        {QStringLiteral("Tổng hợp"),
         "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\" s=\"1\"><is><t>danh s¸ch</t></is></c></row>"
         "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>I. CÁC SỞ</t></is></c></row>"
         "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><r><t>Sở </t></r><r><t>Tư "
         "pháp</t></r></is></c>"
         "<c t=\"inlineStr\"><is><t>B4</t></is></c><c><v>7</v></c></row>"
         "<row><c t=\"inlineStr\"><is><t>A5</t></is></c></row>",
         "<mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/><mergeCell "
         "ref=\"A3:A4\"/></mergeCells>"});
    spec.sheets.push_back(
        {QStringLiteral("Ẩn"), "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", {}, true});
    spec.sheets.push_back({QStringLiteral("Trống"), {}, {}});
    const auto book = readXlsxBytes(ttcs::test::makeXlsx(spec));
    REQUIRE(book.ok());
    REQUIRE(book->sheets.size() == 3);
    CHECK(book->sheets[1].isHidden());
    CHECK(book->sheets[1].name() == QStringLiteral("Ẩn"));
    CHECK(book->sheets[2].rowCount() == 0);
    CHECK(book->sheet(QStringLiteral("Trống")) == &book->sheets[2]);
    CHECK(book->firstSheet() == &book->sheets[0]);

    Sheet s = book->sheets[0];
    CHECK(s.cell(0, 0).font == QStringLiteral(".VnTimeH"));
    CHECK(ttcs::text::convertLegacyText(s.text(0, 0), s.cell(0, 0).font).text ==
          QStringLiteral("DANH SÁCH"));
    CHECK(s.text(3, 0) == QStringLiteral("Sở Tư pháp"));
    CHECK(s.text(3, 1) == QStringLiteral("B4"));
    CHECK(s.text(3, 2) == QStringLiteral("7"));
    CHECK(s.text(4, 0) == QStringLiteral("A5"));
    REQUIRE(s.mergedRanges().size() == 2);
    CHECK(s.mergedRangeAt(0, 2) == &s.mergedRanges()[0]);
    CHECK(s.mergedRangeAt(1, 0) == nullptr);

    // Filling merged ranges is asked for, not done by the reader.
    CHECK(s.text(3, 0) == QStringLiteral("Sở Tư pháp"));
    Sheet down = s;
    down.fillMergedRanges(MergeFill::Down);
    CHECK(down.text(3, 0) == QStringLiteral("I. CÁC SỞ")); // A4 under the A3:A4 range
    CHECK(down.text(0, 1).isEmpty());
    Sheet across = s;
    across.fillMergedRanges(MergeFill::Across);
    CHECK(across.text(0, 2) == QStringLiteral("danh s¸ch"));
    CHECK(across.text(3, 0) == QStringLiteral("Sở Tư pháp"));
}

TEST_CASE("cell styles from cellXfs, not from the differential formats")
{
    XlsxSpec spec;
    spec.fonts = "<font><name val=\"Arial\"/></font><font><name val=\".VnArial\"/></font>";
    spec.cellXfs = "<xf numFmtId=\"0\" fontId=\"1\"/>";
    spec.sheets.push_back(
        {QStringLiteral("S"),
         "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Hµ Néi</t></is></c></row>",
         {}});
    const auto book = readXlsxBytes(ttcs::test::makeXlsx(spec));
    REQUIRE(book.ok());
    const Cell &c = book->sheets[0].cell(0, 0);
    CHECK(c.font == QStringLiteral(".VnArial"));
    CHECK(ttcs::text::convertLegacyText(c.text, c.font).text == QStringLiteral("Hà Nội"));
}

TEST_CASE("namespace prefixes, a UTF-16 part and CDATA are read like plain parts")
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QString sheetXml =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<x:worksheet xmlns:x=\"%1\"><x:sheetData>"
            "<x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t><![CDATA[a <b> & "
            "c]]></x:t></x:is></x:c>"
            "<x:c r=\"C2\"><x:v>12</x:v></x:c></x:row></x:sheetData></x:worksheet>")
            .arg(QString::fromLatin1(main));
    QByteArray utf16("\xFF\xFE", 2);
    utf16.append(reinterpret_cast<const char *>(sheetXml.utf16()), sheetXml.size() * 2);
    const QByteArray bytes = ttcs::test::makeZip(
        {{"[Content_Types].xml",
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
         {"_rels/.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"r\" Type=\"" +
              rel + "/officeDocument\" Target=\"/xl/workbook.xml\"/></Relationships>"},
         {"xl/workbook.xml", "<x:workbook xmlns:x=\"" + main + "\" xmlns:r=\"" + rel +
                                 "\"><x:sheets><x:sheet name=\"A &amp; B\" sheetId=\"1\" "
                                 "r:id=\"rId1\"/></x:sheets></x:workbook>"},
         {"xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"" +
              rel + "/worksheet\" Target=\"worksheets/../worksheets/s.xml\"/></Relationships>"},
         {"xl/worksheets/s.xml", utf16}});
    const auto book = readXlsxBytes(bytes);
    REQUIRE(book.ok());
    const Sheet &s = book->sheets.front();
    CHECK(s.name() == QStringLiteral("A & B"));
    CHECK(s.text(1, 1) == QStringLiteral("a <b> & c"));
    CHECK(s.text(1, 2) == QStringLiteral("12"));
}
