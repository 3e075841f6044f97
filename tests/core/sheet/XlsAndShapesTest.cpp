// A small hand-made list (title block, merged title and section rows, a
// unit merged down two rows, a phone typed as a number, dates, a second
// sheet) saved by LibreOffice as .xls, .xlsx and .ods.
#include <catch2/catch.hpp>

#include "SheetTestSupport.h"
#include "TestSupport.h"
#include "sheet/WorkbookReader.h"
#include "sheet/XlsReader.h"

#include <QFile>
#include <QTemporaryDir>

using namespace ttcs::sheet;

TEST_CASE("the hand-made list reads alike from .xls, .xlsx and .ods")
{
    for (const char *name : {"sheet/shapes.xls", "sheet/shapes.xlsx", "sheet/shapes.ods"}) {
        INFO(name);
        const auto book = readWorkbook(ttcs::test::fixturePath(QString::fromLatin1(name)));
        REQUIRE(book.ok());
        REQUIRE(book->sheets.size() == 2);
        const Sheet &s = book->sheets[0];
        CHECK(s.name() == QStringLiteral("Danh sách"));
        CHECK(book->sheets[1].name() == QStringLiteral("Ghi chú"));
        CHECK(book->sheets[1].text(0, 0) == QStringLiteral("Gửi trước ngày 30/6"));
        CHECK(s.rowCount() == 7);
        CHECK(s.columnCount() == 5);
        CHECK(s.text(0, 0) == QStringLiteral("UBND TỈNH BẮC KẠN"));
        CHECK(s.text(1, 0) == QStringLiteral("DANH SÁCH NGƯỜI PHÁT NGÔN NĂM 2023"));
        CHECK(s.isRowEmpty(2));
        CHECK(s.text(3, 3) == QStringLiteral("SĐT"));
        CHECK(s.text(4, 0) == QStringLiteral("I. CÁC SỞ, BAN, NGÀNH"));
        CHECK(s.text(5, 1) == QStringLiteral("Sở Tư pháp"));
        CHECK(s.cell(6, 1).isEmpty());
        CHECK(s.cell(5, 3).type == CellType::Number);
        CHECK(s.text(5, 3) == QStringLiteral("912345678"));
        CHECK(s.text(6, 3) == QStringLiteral("0209.3870.123"));
        CHECK(s.cell(5, 4).type == CellType::Date);
        CHECK(s.cell(5, 4).dateTime().date() == QDate(2023, 3, 15));
        CHECK(s.text(5, 4) == QStringLiteral("15/03/2023"));
        CHECK(s.cell(6, 4).dateTime().date() == QDate(2023, 12, 1));

        // Title, subtitle, the section row and the unit merged down two rows.
        REQUIRE(s.mergedRanges().size() == 4);
        CHECK(s.mergedRangeAt(0, 4) != nullptr);
        CHECK(s.mergedRangeAt(4, 3) != nullptr);
        CHECK(s.mergedRangeAt(6, 1) != nullptr);
        if (book->format != WorkbookFormat::Ods)
            CHECK_FALSE(s.cell(5, 2).font.isEmpty()); // LibreOffice names the default font
        Sheet filled = s;
        filled.fillMergedRanges(MergeFill::Down);
        CHECK(filled.text(6, 1) == QStringLiteral("Sở Tư pháp"));
        CHECK(filled.text(0, 1).isEmpty());
    }
}

TEST_CASE("an .xls opens whatever its file name")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("Danh sách người phát ngôn (bản cũ).dat"));
    REQUIRE(QFile::copy(ttcs::test::fixturePath(QStringLiteral("sheet/shapes.xls")), copy));
    CHECK(detectFileKind(copy) == FileKind::Xls);
    const auto book = readWorkbook(copy);
    REQUIRE(book.ok());
    CHECK(book->format == WorkbookFormat::Xls);
    CHECK(book->sheets[0].text(5, 2) == QStringLiteral("Nông Văn Sơn"));
}
