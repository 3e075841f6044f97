#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "sheet/NumberFormat.h"

using namespace ttcs::sheet;

namespace {

QString shown(const char16_t *code, double value)
{
    return NumberFormat::parse(code).format(value);
}

} // namespace

TEST_CASE("General shows whole numbers without decimals and up to 15 digits")
{
    CHECK(NumberFormat::general(1) == QStringLiteral("1"));
    CHECK(NumberFormat::general(912345678) == QStringLiteral("912345678"));
    CHECK(NumberFormat::general(-0.0) == QStringLiteral("0"));
    CHECK(NumberFormat::general(3.5) == QStringLiteral("3.5"));
    CHECK(NumberFormat::general(0.1 + 0.2) == QStringLiteral("0.3"));
    CHECK(NumberFormat::general(123456789012345.0) == QStringLiteral("123456789012345"));
    CHECK(NumberFormat::general(1e20) == QStringLiteral("1E+20"));
    CHECK(NumberFormat::general(0.00001) == QStringLiteral("1E-05"));
}

TEST_CASE("number formats lists use")
{
    CHECK(shown(u"0", 3.6) == QStringLiteral("4"));
    CHECK(shown(u"0.00", 3.14159) == QStringLiteral("3.14"));
    CHECK(shown(u"#,##0", 1234567.4) == QStringLiteral("1,234,567"));
    CHECK(shown(u"#,##0.00", -1234.5) == QStringLiteral("-1,234.50"));
    CHECK(shown(u"0%", 0.256) == QStringLiteral("26%"));
    CHECK(shown(u"0.0#", 2.5) == QStringLiteral("2.5"));
    CHECK(shown(u"0.0#", 2.567) == QStringLiteral("2.57"));
    CHECK(shown(u"#,##0 \"đ\"", 150000) == QStringLiteral("150,000 đ"));
    CHECK(shown(u"#,##0;(#,##0)", -42) == QStringLiteral("(42)"));
    CHECK(shown(u"0;-0;\"không\"", 0) == QStringLiteral("không"));
    CHECK(shown(u"[Red]0.0", 1) == QStringLiteral("1.0"));
    CHECK(shown(u"General", 2.5) == QStringLiteral("2.5"));
    CHECK(shown(u"@", 7) == QStringLiteral("7"));
    CHECK(shown(u"0.00E+00", 12345) == QStringLiteral("12345"));
    // Phone numbers kept with their 0 by the format.
    CHECK(shown(u"0000000000", 912345678) == QStringLiteral("0912345678"));
    CHECK(shown(u"0###########", 912345678) == QStringLiteral("0912345678"));
    CHECK(shown(u"0###\\.###\\.###", 912345678) == QStringLiteral("0912.345.678"));
    CHECK(shown(u"000", 12345) == QStringLiteral("12345"));
}

TEST_CASE("date formats are told from number formats")
{
    for (const int id : {14, 15, 16, 17, 22}) {
        INFO(id);
        CHECK(NumberFormat::builtin(id).isDateOrTime());
    }
    for (const int id : {18, 19, 20, 21, 45, 46, 47})
        CHECK(NumberFormat::builtin(id).kind() == NumberFormat::Kind::Time);
    for (const int id : {0, 1, 2, 3, 4, 9, 10, 11, 49})
        CHECK_FALSE(NumberFormat::builtin(id).isDateOrTime());
    for (const char16_t *code : {u"dd/mm/yyyy", u"d-mmm-yy", u"[$-42A]dd/mm/yyyy;@", u"mmmm yyyy",
                                 u"\"Ngày \"d\" tháng \"m\" năm \"yyyy", u"yyyy-mm-dd hh:mm"})
        CHECK(NumberFormat::parse(code).isDateOrTime());
    for (const char16_t *code :
         {u"0", u"#,##0", u"\"dd/mm\"0", u"0\\d", u"[Red]0.00", u"@", u"\"yyyy\""})
        CHECK_FALSE(NumberFormat::parse(code).isDateOrTime());
    CHECK(NumberFormat::parse(u"hh:mm").kind() == NumberFormat::Kind::Time);
    CHECK(NumberFormat::parse(u"[h]:mm:ss").kind() == NumberFormat::Kind::Time);
    CHECK(NumberFormat::parse(u"mm:ss").kind() == NumberFormat::Kind::Time);
    CHECK(NumberFormat::parse(u"dd/mm/yyyy hh:mm").kind() == NumberFormat::Kind::DateTime);
}

TEST_CASE("dates and times are shown the Vietnamese way")
{
    CHECK(NumberFormat::builtin(14).formatDate(45170) == QStringLiteral("01/09/2023"));
    CHECK(NumberFormat::parse(u"mmm-yy").formatDate(45170) == QStringLiteral("01/09/2023"));
    CHECK(NumberFormat::builtin(20).formatDate(0.75) == QStringLiteral("18:00"));
    CHECK(NumberFormat::builtin(21).formatDate(0.5 + 1.0 / 86400) == QStringLiteral("12:00:01"));
    CHECK(NumberFormat::builtin(22).formatDate(45170.5) == QStringLiteral("01/09/2023 12:00"));
    CHECK(NumberFormat::builtin(14).formatDate(-1).isEmpty());
    CHECK(NumberFormat::builtin(14).formatDate(1e9).isEmpty());
    CHECK(normaliseSerial(43708, true) == 45170);
    CHECK(normaliseSerial(45170, false) == 45170);
    CHECK(normaliseSerial(59, false) == 60);
}
