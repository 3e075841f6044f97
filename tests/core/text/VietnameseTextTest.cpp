#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "text/VietnameseText.h"

#include <QStringList>
#include <algorithm>
#include <iterator>
#include <random>

using namespace ttcs::text;

TEST_CASE("clean folds white space and normalises to NFC")
{
    const QString decomposed = QStringLiteral("Nguye\u0302\u0303n  Va\u0306n\u00A0An ");
    CHECK(clean(decomposed) == QStringLiteral("Nguyễn Văn An"));
    CHECK(clean(decomposed) == clean(decomposed).normalized(QString::NormalizationForm_C));
}

TEST_CASE("fold drops case and diacritics, đ becomes d")
{
    CHECK(fold(QStringLiteral("ĐÀO Thị Hằng")) == QStringLiteral("dao thi hang"));
    CHECK(containsFolded(QStringLiteral("Sở Thông tin và Truyền thông"), QStringLiteral("THONG TIN")));
    CHECK_FALSE(containsFolded(QStringLiteral("Sở Tư pháp"), QStringLiteral("nội vụ")));
}

TEST_CASE("collation follows Vietnamese letter order")
{
    QStringList words = {QStringLiteral("đào"), QStringLiteral("dung"), QStringLiteral("ăn"),
                         QStringLiteral("anh"), QStringLiteral("ân"), QStringLiteral("bình"),
                         QStringLiteral("ơn"), QStringLiteral("ông"), QStringLiteral("ong")};
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) {
        return collationKey(a) < collationKey(b);
    });
    const QStringList expected = {QStringLiteral("anh"), QStringLiteral("ăn"), QStringLiteral("ân"),
                                  QStringLiteral("bình"), QStringLiteral("dung"), QStringLiteral("đào"),
                                  QStringLiteral("ong"), QStringLiteral("ông"), QStringLiteral("ơn")};
    CHECK(words == expected);
}

TEST_CASE("tones order after letters: ngang, huyền, hỏi, ngã, sắc, nặng")
{
    const QStringList tones = {QStringLiteral("ma"), QStringLiteral("mà"), QStringLiteral("mả"),
                               QStringLiteral("mã"), QStringLiteral("má"), QStringLiteral("mạ")};
    for (int i = 1; i < tones.size(); ++i)
        CHECK(collationKey(tones.at(i - 1)) < collationKey(tones.at(i)));
    // Letters decide before tones do.
    CHECK(collationKey(QStringLiteral("mạ")) < collationKey(QStringLiteral("mai")));
}

TEST_CASE("people sort by given name, then family name")
{
    const QString an = QStringLiteral("Trần Văn An");
    const QString binh = QStringLiteral("Âu Thị Bình");
    const QString anOther = QStringLiteral("Nguyễn An");
    CHECK(personNameKey(an) < personNameKey(binh));
    CHECK(personNameKey(anOther) < personNameKey(an));
}

TEST_CASE("lower is toLower, for Vietnamese and for what it hands on")
{
    CHECK(lower(QStringLiteral("NGUYỄN Thị ÁNH")) == QStringLiteral("nguyễn thị ánh"));
    CHECK(lower(QStringLiteral("Đặng Ư Ơ")) == QStringLiteral("đặng ư ơ"));
    // Cases where a letter's small form is not one letter of its own, or
    // depends on more than the letter: the same as QString's.
    for (const QString &s : {QStringLiteral("İSTANBUL"), QStringLiteral("ΟΔΟΣ"),
                             QStringLiteral("ǅ Ⱥ ẞ"), QString::fromUcs4(U"\U0001D400 A")})
        CHECK(lower(s) == s.toLower());

    const char16_t pool[] = {u'A',   u'z',   u' ',   u'1',   0x00C0, 0x00D0, 0x00DD, 0x00FF,
                             0x0102, 0x0110, 0x0130, 0x0131, 0x0178, 0x01A0, 0x01AF, 0x01C5,
                             0x023A, 0x024F, 0x0250, 0x0300, 0x0345, 0x03A3, 0x0410, 0x1E00,
                             0x1E9E, 0x1EA0, 0x1EC6, 0x1EF8, 0x1EFF, 0x1F08, 0x2C65, 0xD835,
                             0xDC00, 0xFF21};
    std::mt19937 random(7);
    int differ = 0;
    for (int i = 0; i < 200'000; ++i) {
        QString s;
        for (int n = int(random() % 8); n > 0; --n)
            s += QChar(pool[random() % std::size(pool)]);
        if (lower(s) != s.toLower() && ++differ <= 3) {
            INFO(s.toStdString());
            CHECK(lower(s) == s.toLower());
        }
    }
    CHECK(differ == 0);
}

