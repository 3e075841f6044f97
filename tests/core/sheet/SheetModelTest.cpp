#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "sheet/Sheet.h"
#include "sheet/Workbook.h"

using namespace ttcs::sheet;

TEST_CASE("cell references and ranges")
{
    CHECK(columnName(0) == QStringLiteral("A"));
    CHECK(columnName(25) == QStringLiteral("Z"));
    CHECK(columnName(26) == QStringLiteral("AA"));
    CHECK(columnName(16383) == QStringLiteral("XFD"));
    CHECK(cellName(4, 1) == QStringLiteral("B5"));

    const auto range = CellRange::fromReference(u"B2:$D$5");
    REQUIRE(range);
    CHECK(range->firstRow == 1);
    CHECK(range->firstColumn == 1);
    CHECK(range->lastRow == 4);
    CHECK(range->lastColumn == 3);
    CHECK(range->reference() == QStringLiteral("B2:D5"));
    CHECK(range->contains(3, 2));
    CHECK_FALSE(range->contains(0, 2));
    CHECK(CellRange::fromReference(u"C3")->reference() == QStringLiteral("C3"));
    CHECK(CellRange::fromReference(u"D5:B2")->reference() == QStringLiteral("B2:D5"));
    for (const char16_t *bad : {u"", u"A", u"12", u"A0", u"A1:", u"XFE1", u"A1048577", u"A1:B2:C3"})
        CHECK_FALSE(CellRange::fromReference(bad));
}

TEST_CASE("a sheet answers for cells outside it and grows when built")
{
    Sheet sheet(QStringLiteral("Danh sách"));
    CHECK(sheet.rowCount() == 0);
    CHECK(sheet.cell(5, 5).isEmpty());
    CHECK(sheet.text(-1, 0).isEmpty());
    sheet.setText(2, 3, QStringLiteral("Sở Tư pháp"));
    sheet.setNumber(0, 0, 1, QStringLiteral("1"));
    CHECK(sheet.rowCount() == 3);
    CHECK(sheet.columnCount() == 4);
    CHECK(sheet.isRowEmpty(1));
    CHECK(sheet.cell(2, 3).type == CellType::Text);
    CHECK(sheet.cell(0, 0).type == CellType::Number);
    sheet.ensureRows(10);
    CHECK(sheet.rowCount() == 10);
    sheet.setText(2, 3, QString());
    sheet.trimEmptyEnd();
    CHECK(sheet.rowCount() == 1);
    CHECK(sheet.columnCount() == 1);
}

TEST_CASE("merged ranges fill down, across or both when asked")
{
    Sheet base;
    base.setText(0, 0, QStringLiteral("Sở Tư pháp"));
    base.setText(3, 3, QStringLiteral("x"));
    base.addMergedRange({0, 0, 2, 1}); // A1:B3

    Sheet down = base;
    down.fillMergedRanges(MergeFill::Down);
    CHECK(down.text(2, 0) == QStringLiteral("Sở Tư pháp"));
    CHECK(down.text(0, 1).isEmpty());

    Sheet across = base;
    across.fillMergedRanges(MergeFill::Across);
    CHECK(across.text(0, 1) == QStringLiteral("Sở Tư pháp"));
    CHECK(across.text(1, 0).isEmpty());

    Sheet both = base;
    both.fillMergedRanges();
    CHECK(both.text(2, 1) == QStringLiteral("Sở Tư pháp"));
    CHECK(both.text(3, 3) == QStringLiteral("x"));

    // A range reaching past the sheet fills only what the sheet has.
    Sheet wide = base;
    wide.addMergedRange({3, 3, 1'000'000, 16'000});
    wide.fillMergedRanges();
    CHECK(wide.rowCount() == 4);
    CHECK(wide.columnCount() == 4);
}

TEST_CASE("date serials: days since 1899-12-30 with the time as a fraction")
{
    CHECK(serialFromDateTime(QDateTime(QDate(2023, 9, 1), QTime(0, 0))) == 45170);
    CHECK(serialFromDateTime(QDateTime(QDate(2023, 9, 1), QTime(18, 0))) == 45170.75);
    CHECK(dateTimeFromSerial(45170.5) == QDateTime(QDate(2023, 9, 1), QTime(12, 0)));
    CHECK(dateTimeFromSerial(45170.999999999) == QDateTime(QDate(2023, 9, 2), QTime(0, 0)));
    Cell c;
    c.type = CellType::Date;
    c.number = 45170;
    CHECK(c.dateTime().date() == QDate(2023, 9, 1));
    c.type = CellType::Number;
    CHECK_FALSE(c.dateTime().isValid());
}

TEST_CASE("a workbook finds its sheets")
{
    Workbook book;
    CHECK(book.firstSheet() == nullptr);
    book.sheets.emplace_back(QStringLiteral("Ẩn"));
    book.sheets.back().setHidden(true);
    book.sheets.back().setText(0, 0, QStringLiteral("x"));
    book.sheets.emplace_back(QStringLiteral("Trống"));
    book.sheets.emplace_back(QStringLiteral("Danh sách"));
    book.sheets.back().setText(0, 0, QStringLiteral("y"));
    CHECK(book.firstSheet() == &book.sheets[2]);
    CHECK(book.sheet(QStringLiteral("Trống")) == &book.sheets[1]);
    CHECK(book.sheet(QStringLiteral("Khác")) == nullptr);
}
