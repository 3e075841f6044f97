#include <catch2/catch.hpp>

#include "SheetTestSupport.h"
#include "TestSupport.h"
#include "sheet/CsvReader.h"
#include "sheet/WorkbookReader.h"

#include <QStringEncoder>

using namespace ttcs::sheet;

namespace {

ttcs::Result<Workbook> csv(const QByteArray &bytes, const ReadLimits &limits = {})
{
    return readCsvData(bytes, QStringLiteral("/tmp/danh sách.csv"), limits);
}

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QStringEncoder encoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           bom ? QStringConverter::Flag::WriteBom
                               : QStringConverter::Flag::Default);
    return encoder(text);
}

} // namespace

TEST_CASE("RFC 4180 quotes: separators, line breaks and doubled quotes inside fields")
{
    const auto book = csv("STT,Họ và tên,\"Cơ quan, đơn vị\",Ghi chú\r\n"
                          "1,Nguyễn Văn An,\"Sở \"\"Tư pháp\"\"\",\"dòng 1\r\ndòng 2\"\r\n"
                          "2,\"Lê Thị Bình\",,\r\n"
                          "3,Trần Văn Cường,\"chưa đóng");
    REQUIRE(book.ok());
    CHECK(book->separator == QLatin1Char(','));
    CHECK(book->encoding == QStringLiteral("UTF-8"));
    const Sheet &s = book->sheets.front();
    CHECK(s.name() == QStringLiteral("danh sách"));
    CHECK(s.rowCount() == 4);
    CHECK(s.text(0, 2) == QStringLiteral("Cơ quan, đơn vị"));
    CHECK(s.text(1, 2) == QStringLiteral("Sở \"Tư pháp\""));
    CHECK(s.text(1, 3) == QStringLiteral("dòng 1\ndòng 2"));
    CHECK(s.text(2, 1) == QStringLiteral("Lê Thị Bình"));
    CHECK(s.cell(2, 2).isEmpty());
    CHECK(s.text(3, 2) == QStringLiteral("chưa đóng")); // an unclosed quote ends with the file
    CHECK(s.cell(1, 0).type == CellType::Text);         // CSV cells are text, as written
}

TEST_CASE("the separator is the one used consistently, not the one in the text")
{
    // Semicolons as Vietnamese-locale Excel writes, with commas inside names.
    auto book = csv("DANH SÁCH;;;\nSTT;Họ tên;Đơn vị;SĐT\n1;An;Sở Tư pháp, Sở Y tế;0912345678\n"
                    "2;Bình;UBND huyện, xã;0987654321\n");
    REQUIRE(book.ok());
    CHECK(book->separator == QLatin1Char(';'));
    CHECK(book->sheets[0].text(2, 2) == QStringLiteral("Sở Tư pháp, Sở Y tế"));

    book = csv("a\tb\tc\n1\t2,5\t3\n4\t5\t6,7\n");
    REQUIRE(book.ok());
    CHECK(book->separator == QLatin1Char('\t'));
    CHECK(book->sheets[0].text(1, 1) == QStringLiteral("2,5"));

    // Excel's hint line decides.
    book = csv("sep=;\r\na,b;c\r\n");
    REQUIRE(book.ok());
    CHECK(book->separator == QLatin1Char(';'));
    CHECK(book->sheets[0].text(0, 0) == QStringLiteral("a,b"));
    CHECK(book->sheets[0].rowCount() == 1);

    // One column: nothing to split.
    book = csv("Nguyễn Văn An\nLê Thị Bình");
    REQUIRE(book.ok());
    CHECK(book->sheets[0].columnCount() == 1);
    CHECK(book->sheets[0].text(1, 0) == QStringLiteral("Lê Thị Bình"));
}

TEST_CASE("encodings: UTF-16 with and without BOM, both byte orders, Windows-1258")
{
    const QString text = QStringLiteral("Họ tên\tSĐT\r\nNguyễn Văn An\t0912345678\r\n");
    for (const bool little : {true, false}) {
        for (const bool bom : {true, false}) {
            INFO("little endian " << little << ", BOM " << bom);
            const auto book = csv(utf16(text, little, bom));
            REQUIRE(book.ok());
            CHECK(book->encoding ==
                  (little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")));
            CHECK(book->separator == QLatin1Char('\t'));
            CHECK(book->sheets[0].text(1, 0) == QStringLiteral("Nguyễn Văn An"));
        }
    }
    // "Trần Văn Đức" in Windows-1258: â + grave, ư + acute as combining marks.
    const auto book = csv("Tr\xE2\xCCn V\xE3n \xD0\xFD\xEC"
                          "c,Ph\xF3 Gi\xE1m \xF0\xF4\xEC"
                          "c\r\n");
    REQUIRE(book.ok());
    CHECK(book->encoding == QStringLiteral("Windows-1258"));
    CHECK(book->sheets[0].text(0, 0) == QStringLiteral("Trần Văn Đức"));
    CHECK(book->sheets[0].text(0, 1) == QStringLiteral("Phó Giám đốc"));
    CHECK(book->sheets[0].text(0, 0) ==
          book->sheets[0].text(0, 0).normalized(QString::NormalizationForm_C));
}

TEST_CASE("CSV limits: cell length, rows and cells")
{
    ReadLimits limits;
    limits.maxCellChars = 10;
    auto book = csv("ngắn,\"một ô rất rất dài\"\n", limits);
    REQUIRE_FALSE(book.ok());
    CHECK(book.error().contains(QStringLiteral("danh sách.csv")));
    CHECK(book.error().contains(QStringLiteral("B1")));

    limits = {};
    limits.maxRows = 3;
    book = csv("1\n2\n3\n4\n5\n", limits);
    REQUIRE_FALSE(book.ok());
    CHECK(book.error().contains(QStringLiteral("rows")));

    limits = {};
    limits.maxCells = 5;
    book = csv("1,2,3\n4,5,6\n", limits);
    REQUIRE_FALSE(book.ok());
    CHECK(book.error().contains(QStringLiteral("cells")));
}
