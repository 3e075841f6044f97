#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "text/EmailAddress.h"
#include "text/PhoneNumber.h"

using namespace ttcs::text;

TEST_CASE("formatting is removed and +84 becomes 0")
{
    const struct
    {
        const char *raw;
        const char *expected;
    } cases[] = {
        {"0912345678", "0912345678"},
        {"0912 345 678", "0912345678"},
        {"0912.345.678", "0912345678"},
        {"0912-345-678", "0912345678"},
        {"(0209) 3870 123", "02093870123"},
        {"+84912345678", "0912345678"},
        {"+84 912 345 678", "0912345678"},
        {"84912345678", "0912345678"},
        {"+84 (0) 912 345 678", "0912345678"},
        {"0084 912 345 678", "0912345678"},
        {"+84 209 3870 123", "02093870123"},
        {"  0358 123 456 ", "0358123456"},
        {"DĐ: 0986.123.456", "0986123456"},
        {"'0979123456", "0979123456"},
        {"1900 1234", "19001234"},
    };
    for (const auto &c : cases) {
        INFO(c.raw);
        const PhoneCheck r = checkPhoneNumber(QString::fromUtf8(c.raw));
        CHECK(r.ok);
        CHECK(r.normalised == QString::fromUtf8(c.expected));
        CHECK(r.note.isEmpty());
    }
}

TEST_CASE("mobiles and landlines that are accepted")
{
    for (const char *raw : {"0321234567", "0561234567", "0701234567", "0812345678", "0987654321",
                            "02093870123", "02438251234", "0281387012"}) {
        INFO(raw);
        CHECK(checkPhoneNumber(QString::fromLatin1(raw)).ok);
    }
}

TEST_CASE("old 11-digit mobiles are converted and the change noted")
{
    const struct
    {
        const char *raw;
        const char *expected;
    } cases[] = {
        {"01680940760", "0380940760"}, {"0162 123 4567", "0321234567"},
        {"01201234567", "0701234567"}, {"01211234567", "0791234567"},
        {"01221234567", "0771234567"}, {"01261234567", "0761234567"},
        {"01281234567", "0781234567"}, {"01231234567", "0831234567"},
        {"01241234567", "0841234567"}, {"01251234567", "0851234567"},
        {"01271234567", "0811234567"}, {"01291234567", "0821234567"},
        {"01861234567", "0561234567"}, {"01881234567", "0581234567"},
        {"01991234567", "0591234567"}, {"+841691234567", "0391234567"},
    };
    for (const auto &c : cases) {
        INFO(c.raw);
        const PhoneCheck r = checkPhoneNumber(QString::fromLatin1(c.raw));
        CHECK(r.ok);
        CHECK(r.normalised == QString::fromLatin1(c.expected));
        CHECK(r.note.contains(QString::fromLatin1(c.expected)));
    }
    // An 11-digit 01 number with an unknown prefix is doubted.
    CHECK_FALSE(checkPhoneNumber(QStringLiteral("01301234567")).ok);
}

TEST_CASE("a number cell that lost its leading 0 gets it back, with a note")
{
    PhoneCheck r = checkPhoneNumber(QStringLiteral("912345678"));
    CHECK(r.ok);
    CHECK(r.normalised == QStringLiteral("0912345678"));
    CHECK_FALSE(r.note.isEmpty());

    r = checkPhoneNumber(QStringLiteral("2093870123"));
    CHECK(r.ok);
    CHECK(r.normalised == QStringLiteral("02093870123"));

    // An old mobile that also lost its 0: both fixed.
    r = checkPhoneNumber(QStringLiteral("1680940760"));
    CHECK(r.ok);
    CHECK(r.normalised == QStringLiteral("0380940760"));
}

TEST_CASE("several numbers in one cell are all kept")
{
    PhoneCheck r = checkPhoneNumber(QStringLiteral("0209.3870.123 / 0912.345.678"));
    CHECK(r.ok);
    CHECK(r.normalised == QStringLiteral("02093870123; 0912345678"));
    r = checkPhoneNumber(QStringLiteral("0912345678; 01680940760"));
    CHECK(r.ok);
    CHECK(r.normalised == QStringLiteral("0912345678; 0380940760"));
    CHECK_FALSE(r.note.isEmpty());
    r = checkPhoneNumber(QStringLiteral("0912345678 - 0987654321"));
    CHECK(r.normalised == QStringLiteral("0912345678; 0987654321"));
    r = checkPhoneNumber(QStringLiteral("0912345678, 0987654321"));
    CHECK(r.normalised == QStringLiteral("0912345678; 0987654321"));
    // Dashes with spaces that were only formatting.
    r = checkPhoneNumber(QStringLiteral("0912 - 345 - 678"));
    CHECK(r.ok);
    CHECK(r.normalised == QStringLiteral("0912345678"));
}

TEST_CASE("anything else is a warning that keeps the text")
{
    for (const char *raw : {"12345", "091234567890", "không có", "0412345678", "+1 202 555 0100",
                            "0912345678 (nhà riêng)", "0112345678"}) {
        INFO(raw);
        const PhoneCheck r = checkPhoneNumber(QString::fromUtf8(raw));
        CHECK_FALSE(r.ok);
        CHECK_FALSE(r.note.isEmpty());
        CHECK(r.normalised == QString::fromUtf8(raw).trimmed());
    }
    const PhoneCheck empty = checkPhoneNumber(QStringLiteral("  "));
    CHECK(empty.ok);
    CHECK(empty.normalised.isEmpty());
}

TEST_CASE("e-mail addresses are trimmed and their domain lower-cased")
{
    EmailCheck r = checkEmailAddress(QStringLiteral("  Nguyen.Van.An@BACKAN.GOV.VN \u00A0"));
    CHECK(r.ok);
    CHECK(r.normalised == QStringLiteral("Nguyen.Van.An@backan.gov.vn"));
    r = checkEmailAddress(QStringLiteral("mailto:an@gmail.com"));
    CHECK(r.ok);
    CHECK(r.normalised == QStringLiteral("an@gmail.com"));
    r = checkEmailAddress(QStringLiteral("<an@gmail.com>"));
    CHECK(r.normalised == QStringLiteral("an@gmail.com"));
    r = checkEmailAddress(QStringLiteral("an@gmail.com."));
    CHECK(r.ok);
    CHECK(r.normalised == QStringLiteral("an@gmail.com"));
    r = checkEmailAddress(QStringLiteral("an@gmail.com; binh@backan.gov.vn"));
    CHECK(r.ok);
    CHECK(r.normalised == QStringLiteral("an@gmail.com; binh@backan.gov.vn"));
    CHECK(checkEmailAddress(QString()).ok);
}

TEST_CASE("malformed e-mail addresses are warned about")
{
    for (const char *raw : {"khong-hop-le@", "an.gmail.com", "an@@gmail.com", "an@gmail",
                            "nguyễn@gmail.com", "an @gmail.com", ".an@gmail.com", "an..b@gmail.com",
                            "an@-gmail.com", "an@gmail.c0m", "@gmail.com"}) {
        INFO(raw);
        const EmailCheck r = checkEmailAddress(QString::fromUtf8(raw));
        CHECK_FALSE(r.ok);
        CHECK_FALSE(r.note.isEmpty());
    }
}
