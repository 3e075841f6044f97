#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "text/VietnameseText.h"

#include <QStringList>
#include <algorithm>

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
