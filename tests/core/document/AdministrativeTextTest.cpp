#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "document/AdministrativeText.h"

using namespace ttcs::document;

TEST_CASE("numbers below 10 get a leading zero")
{
    CHECK(paddedNumber(5) == QStringLiteral("05"));
    CHECK(paddedNumber(0) == QStringLiteral("00"));
    CHECK(paddedNumber(10) == QStringLiteral("10"));
    CHECK(paddedNumber(215) == QStringLiteral("215"));
}

TEST_CASE("the number line, and a draft's blank number")
{
    CHECK(numberLine(5, QStringLiteral("KH-UBND")) == QStringLiteral("Số: 05/KH-UBND"));
    CHECK(numberLine(123, QStringLiteral("BC-STTTT")) == QStringLiteral("Số: 123/BC-STTTT"));
    CHECK(numberLine(0, QStringLiteral("KH-UBND")) == QStringLiteral("Số:      /KH-UBND"));
}

TEST_CASE("date: days below 10 and months 1 and 2 get a leading zero")
{
    CHECK(dateText(QDate(2024, 1, 5)) == QStringLiteral("ngày 05 tháng 01 năm 2024"));
    CHECK(dateText(QDate(2024, 2, 29)) == QStringLiteral("ngày 29 tháng 02 năm 2024"));
    CHECK(dateText(QDate(2023, 3, 1)) == QStringLiteral("ngày 01 tháng 3 năm 2023"));
    CHECK(dateText(QDate(2023, 12, 9)) == QStringLiteral("ngày 09 tháng 12 năm 2023"));
    CHECK(dateText(QDate(2023, 7, 21)) == QStringLiteral("ngày 21 tháng 7 năm 2023"));
}

TEST_CASE("the place-and-date line, and a draft's blanks")
{
    CHECK(dateLine(QStringLiteral("Bắc Kạn"), QDate(2024, 1, 5)) ==
          QStringLiteral("Bắc Kạn, ngày 05 tháng 01 năm 2024"));
    CHECK(dateLine(QStringLiteral("Bắc Kạn"), QDate(), 2024) ==
          QStringLiteral("Bắc Kạn, ngày      tháng      năm 2024"));
    CHECK(dateLine(QString(), QDate(2024, 11, 20)) == QStringLiteral("ngày 20 tháng 11 năm 2024"));
}
