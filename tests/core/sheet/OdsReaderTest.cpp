#include <catch2/catch.hpp>

#include "SheetTestSupport.h"
#include "TestSupport.h"
#include "sheet/OdsReader.h"
#include "sheet/WorkbookReader.h"
#include "text/LegacyEncoding.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace ttcs::sheet;

namespace {

ttcs::Result<Workbook> readOdsBytes(const QByteArray &bytes, const ReadLimits &limits = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.ods"));
    REQUIRE(ttcs::test::writeFile(path, bytes));
    return readWorkbook(path, limits);
}

const QByteArray kStyles = "<style:style style:name=\"ce1\" style:family=\"table-cell\">"
                           "<style:text-properties style:font-name=\".VnTime\"/></style:style>"
                           "<style:style style:name=\"ce2\" style:family=\"table-cell\">"
                           "<style:text-properties fo:font-family=\"'VNI-Times'\"/></style:style>"
                           "<style:style style:name=\"ta2\" style:family=\"table\">"
                           "<style:table-properties table:display=\"false\"/></style:style>";
const QByteArray kFonts =
    "<style:font-face style:name=\".VnTime\" svg:font-family=\"&apos;.VnTime&apos;\"/>";

} // namespace

TEST_CASE("ODS cells: value types, text runs, spaces and repeated columns")
{
    const QByteArray tables =
        "<table:table table:name=\"Danh sách\">"
        "<table:table-column table:number-columns-repeated=\"3\"/>"
        "<table:table-row>"
        "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\">"
        "<text:p>Sở <text:span>Tư</text:span><text:s text:c=\"2\"/>pháp</text:p><text:p>dòng "
        "2</text:p>"
        "</table:table-cell>"
        "<table:table-cell office:value-type=\"float\" "
        "office:value=\"912345678\"><text:p>912345678</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"float\" office:value=\"0.25\"/>"
        "<table:table-cell office:value-type=\"percentage\" "
        "office:value=\"0.25\"><text:p>25%</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"date\" "
        "office:date-value=\"2023-09-01\"><text:p>01/09/23</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"date\" office:date-value=\"2023-09-01T18:30:00\"/>"
        "<table:table-cell office:value-type=\"time\" "
        "office:time-value=\"PT08H30M00S\"><text:p>08:30</text:p></table:table-cell>"
        "<table:table-cell office:value-type=\"boolean\" "
        "office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>"
        "<table:table-cell><office:annotation><text:p>a "
        "comment</text:p></office:annotation><text:p>with note</text:p></table:table-cell>"
        "</table:table-row>"
        "<table:table-row>"
        "<table:table-cell table:number-columns-repeated=\"2\"/>"
        "<table:table-cell table:number-columns-repeated=\"3\" "
        "office:value-type=\"string\"><text:p>x</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated=\"16000\"/>"
        "</table:table-row>"
        "</table:table>";
    const auto book = readOdsBytes(ttcs::test::makeOds(tables));
    REQUIRE(book.ok());
    CHECK(book->format == WorkbookFormat::Ods);
    const Sheet &s = book->sheets.front();
    CHECK(s.name() == QStringLiteral("Danh sách"));
    CHECK(s.text(0, 0) == QStringLiteral("Sở Tư  pháp\ndòng 2"));
    CHECK(s.cell(0, 1).type == CellType::Number);
    CHECK(s.text(0, 1) == QStringLiteral("912345678"));
    CHECK(s.text(0, 2) == QStringLiteral("0.25")); // no paragraph: the value, as General
    CHECK(s.text(0, 3) == QStringLiteral("25%"));
    CHECK(s.cell(0, 3).number == 0.25);
    CHECK(s.cell(0, 4).type == CellType::Date);
    CHECK(s.cell(0, 4).dateTime() == QDateTime(QDate(2023, 9, 1), QTime(0, 0)));
    CHECK(s.text(0, 4) == QStringLiteral("01/09/23"));
    CHECK(s.text(0, 5) == QStringLiteral("01/09/2023"));
    CHECK(s.cell(0, 5).dateTime() == QDateTime(QDate(2023, 9, 1), QTime(18, 30)));
    CHECK(s.cell(0, 6).type == CellType::Date);
    CHECK(s.cell(0, 6).number == Approx(8.5 / 24));
    CHECK(s.cell(0, 7).type == CellType::Bool);
    CHECK(s.text(0, 8) == QStringLiteral("with note"));
    CHECK(s.cell(1, 1).isEmpty());
    CHECK(s.text(1, 2) == QStringLiteral("x"));
    CHECK(s.text(1, 4) == QStringLiteral("x"));
    CHECK(s.columnCount() == 9);
    CHECK(s.rowCount() == 2);
}

TEST_CASE("a sheet with a million repeated empty rows and columns costs nothing")
{
    const QByteArray tables =
        "<table:table table:name=\"S\">"
        "<table:table-column table:number-columns-repeated=\"16384\"/>"
        "<table:table-row><table:table-cell "
        "office:value-type=\"string\"><text:p>a</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated=\"16383\"/></table:table-row>"
        "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell "
        "table:number-columns-repeated=\"16384\"/></table:table-row>"
        "<table:table-row><table:table-cell table:number-columns-repeated=\"2\"/>"
        "<table:table-cell "
        "office:value-type=\"string\"><text:p>b</text:p></table:table-cell></table:table-row>"
        "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell "
        "table:number-columns-repeated=\"16384\"/></table:table-row>"
        "</table:table>";
    QElapsedTimer timer;
    timer.start();
    const auto book = readOdsBytes(ttcs::test::makeOds(tables));
    REQUIRE(book.ok());
    CHECK(timer.elapsed() < 2000);
    const Sheet &s = book->sheets.front();
    CHECK(s.rowCount() == 5);
    CHECK(s.columnCount() == 3);
    CHECK(s.text(0, 0) == QStringLiteral("a"));
    CHECK(s.text(4, 2) == QStringLiteral("b"));
}

TEST_CASE("repeated rows with content are all there, within the limits")
{
    const QByteArray tables =
        "<table:table table:name=\"S\">"
        "<table:table-row table:number-rows-repeated=\"4\">"
        "<table:table-cell table:number-columns-repeated=\"2\" "
        "office:value-type=\"string\"><text:p>Phó Giám đốc</text:p></table:table-cell>"
        "</table:table-row></table:table>";
    auto book = readOdsBytes(ttcs::test::makeOds(tables));
    REQUIRE(book.ok());
    const Sheet &s = book->sheets.front();
    CHECK(s.rowCount() == 4);
    CHECK(s.text(3, 1) == QStringLiteral("Phó Giám đốc"));

    const QByteArray huge =
        "<table:table table:name=\"S\"><table:table-row table:number-rows-repeated=\"1000000\">"
        "<table:table-cell table:number-columns-repeated=\"100\" "
        "office:value-type=\"string\"><text:p>x</text:p></table:table-cell>"
        "</table:table-row></table:table>";
    book = readOdsBytes(ttcs::test::makeOds(huge));
    REQUIRE_FALSE(book.ok());
    CHECK(book.error().contains(QStringLiteral("book.ods")));
    CHECK(book.error().contains(QStringLiteral("cells")));
}

TEST_CASE("ODS merged cells, covered cells, several tables, hidden tables and fonts")
{
    const QByteArray tables =
        "<table:table table:name=\"Một\">"
        "<table:table-column table:default-cell-style-name=\"ce2\"/>"
        "<table:table-column table:number-columns-repeated=\"2\"/>"
        "<table:table-row>"
        "<table:table-cell table:number-columns-spanned=\"3\" table:number-rows-spanned=\"1\" "
        "table:style-name=\"ce1\" office:value-type=\"string\"><text:p>NguyÔn V¨n "
        "An</text:p></table:table-cell>"
        "<table:covered-table-cell "
        "table:number-columns-repeated=\"2\"><text:p>hidden</text:p></table:covered-table-cell>"
        "</table:table-row>"
        "<table:table-row>"
        "<table:table-cell office:value-type=\"string\"><text:p>Nguyeãn Vaên "
        "An</text:p></table:table-cell>"
        "<table:table-cell table:number-rows-spanned=\"2\" "
        "office:value-type=\"string\"><text:p>Sở</text:p></table:table-cell>"
        "</table:table-row>"
        "<table:table-row><table:table-cell/><table:covered-table-cell/></table:table-row>"
        "</table:table>"
        "<table:table table:name=\"Hai\" table:style-name=\"ta2\"><table:table-row>"
        "<table:table-cell office:value-type=\"float\" "
        "office:value=\"2\"><text:p>2</text:p></table:table-cell>"
        "</table:table-row></table:table>";
    const auto book = readOdsBytes(ttcs::test::makeOds(tables, kStyles, kFonts));
    REQUIRE(book.ok());
    REQUIRE(book->sheets.size() == 2);
    const Sheet &s = book->sheets[0];
    CHECK_FALSE(s.isHidden());
    CHECK(book->sheets[1].isHidden());
    CHECK(book->sheets[1].text(0, 0) == QStringLiteral("2"));

    CHECK(s.cell(0, 0).font == QStringLiteral(".VnTime"));
    CHECK(ttcs::text::convertLegacyText(s.text(0, 0), s.cell(0, 0).font).text ==
          QStringLiteral("Nguyễn Văn An"));
    CHECK(s.cell(0, 1).isEmpty()); // covered: what the user sees is the merged cell
    CHECK(s.cell(1, 0).font == QStringLiteral("VNI-Times")); // the column's default style
    CHECK(ttcs::text::convertLegacyText(s.text(1, 0), s.cell(1, 0).font).text ==
          QStringLiteral("Nguyễn Văn An"));
    REQUIRE(s.mergedRanges().size() == 2);
    CHECK(s.mergedRanges()[0] == *CellRange::fromReference(u"A1:C1"));
    CHECK(s.mergedRanges()[1] == *CellRange::fromReference(u"B2:B3"));
}
