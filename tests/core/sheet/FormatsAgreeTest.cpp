// The same list saved by a unit in every format it may send must read to
// the same cells.
#include <catch2/catch.hpp>

#include "SheetTestSupport.h"
#include "TestSupport.h"
#include "sheet/WorkbookReader.h"

using namespace ttcs::sheet;

TEST_CASE("the spokesperson list reads to the same cells in every format")
{
    const auto reference =
        readWorkbook(ttcs::test::fixturePath(QStringLiteral("spokespersons_1000.xlsx")));
    REQUIRE(reference.ok());
    const auto expected = ttcs::test::texts(reference->sheets.front());
    REQUIRE(expected.size() == 1008);

    const struct
    {
        const char *file;
        WorkbookFormat format;
        const char *encoding;
        char separator;
    } variants[] = {
        {"sheet/spokespersons_1000.xls", WorkbookFormat::Xls, "", 0},
        {"sheet/spokespersons_1000.ods", WorkbookFormat::Ods, "", 0},
        {"sheet/spokespersons_1000_utf8.csv", WorkbookFormat::Csv, "UTF-8", ','},
        {"sheet/spokespersons_1000_utf8bom.csv", WorkbookFormat::Csv, "UTF-8", ','},
        {"sheet/spokespersons_1000_semicolon.csv", WorkbookFormat::Csv, "UTF-8", ';'},
        {"sheet/spokespersons_1000_utf16.txt", WorkbookFormat::Csv, "UTF-16LE", '\t'},
        {"sheet/spokespersons_1000_cp1258.csv", WorkbookFormat::Csv, "Windows-1258", ','},
    };
    for (const auto &v : variants) {
        INFO(v.file);
        const auto book = readWorkbook(ttcs::test::fixturePath(QString::fromLatin1(v.file)));
        REQUIRE(book.ok());
        CHECK(book->format == v.format);
        if (v.format == WorkbookFormat::Csv) {
            CHECK(book->encoding == QLatin1String(v.encoding));
            CHECK(book->separator == QLatin1Char(v.separator));
        }
        REQUIRE(!book->sheets.empty());
        const Sheet &sheet = book->sheets.front();
        if (v.format != WorkbookFormat::Csv)
            CHECK(sheet.name() == QStringLiteral("Danh sách"));
        const auto actual = ttcs::test::texts(sheet);
        REQUIRE(actual.size() == expected.size());
        int differences = 0;
        for (std::size_t r = 0; r < expected.size(); ++r) {
            if (actual[r] != expected[r] && differences++ < 3) {
                for (std::size_t c = 0; c < expected[r].size() && c < actual[r].size(); ++c) {
                    INFO("row " << r << " column " << c);
                    CHECK(actual[r][c] == expected[r][c]);
                }
            }
        }
        CHECK(differences == 0);
        // Text that was Unicode stays NFC whatever the encoding was.
        CHECK(sheet.text(4, 1) == QStringLiteral("Huỳnh Minh Phương"));
        CHECK(sheet.text(4, 1) == sheet.text(4, 1).normalized(QString::NormalizationForm_C));
    }
}

TEST_CASE("the ODS fixture keeps its merged title rows")
{
    const auto book =
        readWorkbook(ttcs::test::fixturePath(QStringLiteral("sheet/spokespersons_1000.ods")));
    REQUIRE(book.ok());
    const Sheet &s = book->sheets.front();
    REQUIRE(s.mergedRanges().size() == 2);
    CHECK(s.mergedRanges()[0] == *CellRange::fromReference(u"A1:G1"));
    CHECK(s.cell(4, 0).type == CellType::Number);
    CHECK(s.cell(4, 0).number == 1);
}
