#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "text/LegacyEncoding.h"

#include <QStringList>

using namespace ttcs::text;

namespace {

// Names and words as they appear in the province's lists.
const QStringList &realText()
{
    static const QStringList texts = {
        QStringLiteral("Nguyễn Văn An"),
        QStringLiteral("Trần Thị Bích Hạnh"),
        QStringLiteral("Hoàng Thị Thu Hương"),
        QStringLiteral("Lục Văn Thắng"),
        QStringLiteral("Nông Thị Huyền Trang"),
        QStringLiteral("Triệu Đức Long"),
        QStringLiteral("Đặng Quang Minh"),
        QStringLiteral("Hà Thị Liễu"),
        QStringLiteral("Ma Văn Trường"),
        QStringLiteral("Lý Thị Nguyệt"),
        QStringLiteral("Phùng Thế Khuyến"),
        QStringLiteral("Dương Ngọc Quỳnh"),
        QStringLiteral("Bế Thị Xuân"),
        QStringLiteral("Hứa Văn Thuỷ"),
        QStringLiteral("Đỗ Thị Yến"),
        QStringLiteral("Sở Thông tin và Truyền thông"),
        QStringLiteral("Uỷ ban nhân dân tỉnh Bắc Kạn"),
        QStringLiteral("Phó Giám đốc"),
        QStringLiteral("Chánh Văn phòng"),
        QStringLiteral("Trưởng phòng Văn hoá - Thông tin"),
        QStringLiteral("Sở Nông nghiệp và Phát triển nông thôn"),
        QStringLiteral("Sở Kế hoạch và Đầu tư"),
        QStringLiteral("Huyện Chợ Đồn"),
        QStringLiteral("Huyện Pác Nặm"),
        QStringLiteral("Thị trấn Nà Phặc"),
        QStringLiteral("Xã Cốc Đán, huyện Ngân Sơn"),
        QStringLiteral("Bộ Thông tin và Truyền thông"),
        QStringLiteral("Người phát ngôn"),
        QStringLiteral("Hội đồng nhân dân"),
        QStringLiteral("Ngày 15 tháng 8 năm 2023"),
        QStringLiteral("Chuyên viên phụ trách khuyến nông"),
        QStringLiteral("Ban Tuyên giáo Tỉnh uỷ"),
        QStringLiteral("Kế hoạch số 125/KH-UBND"),
        QStringLiteral("Quyết định về việc kiện toàn"),
        QStringLiteral("Nghiêm Xuân Khoa"),
        QStringLiteral("Vi Thị Ngoãn"),
        QStringLiteral("Hầu Văn Quyết"),
        QStringLiteral("Đinh Thị Luyến"),
        QStringLiteral("Tạ Văn Nghĩa"),
        QStringLiteral("Lường Thị Ưng"),
    };
    return texts;
}

} // namespace

TEST_CASE("TCVN3 text as Excel shows it decodes to Unicode")
{
    CHECK(decodeTcvn3(QStringLiteral("NguyÔn V¨n An")) == QStringLiteral("Nguyễn Văn An"));
    CHECK(decodeTcvn3(QStringLiteral("Hµ Néi")) == QStringLiteral("Hà Nội"));
    CHECK(decodeTcvn3(QStringLiteral("ViÖt Nam")) == QStringLiteral("Việt Nam"));
    CHECK(decodeTcvn3(QStringLiteral("Së Th«ng tin vµ TruyÒn th«ng")) ==
          QStringLiteral("Sở Thông tin và Truyền thông"));
    CHECK(decodeTcvn3(QStringLiteral("§¾k L¾k")) == QStringLiteral("Đắk Lắk"));
    CHECK(decodeTcvn3(QStringLiteral("B¾c K¹n")) == QStringLiteral("Bắc Kạn"));
    CHECK(decodeTcvn3(QStringLiteral("Ng­êi ph¸t ng«n")) == QStringLiteral("Người phát ngôn"));
    CHECK(decodeTcvn3(QStringLiteral("Chñ tÞch UBND")) == QStringLiteral("Chủ tịch UBND"));
    CHECK(decodeTcvn3(QStringLiteral("Ninh B×nh")) == QStringLiteral("Ninh Bình"));
    // The capitals TCVN3 has: Ă Â Ê Ô Ơ Ư Đ.
    CHECK(decodeTcvn3(QStringLiteral("¡¢£¤¥¦§")) == QStringLiteral("ĂÂÊÔƠƯĐ"));
    // The result is NFC.
    const QString decoded = decodeTcvn3(QStringLiteral("TruyÒn"));
    CHECK(decoded == decoded.normalized(QString::NormalizationForm_C));
}

TEST_CASE("VNI text decodes to Unicode")
{
    CHECK(decodeVni(QStringLiteral("Nguyeãn Vaên An")) == QStringLiteral("Nguyễn Văn An"));
    CHECK(decodeVni(QStringLiteral("Haø Noäi")) == QStringLiteral("Hà Nội"));
    CHECK(decodeVni(QStringLiteral("Vieät Nam")) == QStringLiteral("Việt Nam"));
    CHECK(decodeVni(QStringLiteral("Xin chaøo caùc baïn")) == QStringLiteral("Xin chào các bạn"));
    CHECK(decodeVni(QStringLiteral("Ñöùc Phöông")) == QStringLiteral("Đức Phương"));
    CHECK(decodeVni(QStringLiteral("Baéc Kaïn")) == QStringLiteral("Bắc Kạn"));
    CHECK(decodeVni(QStringLiteral("Thò Mai")) == QStringLiteral("Thị Mai"));
    CHECK(decodeVni(QStringLiteral("Ngöôøi phaùt ngoân")) == QStringLiteral("Người phát ngôn"));
    CHECK(decodeVni(QStringLiteral("NGUYEÃN VAÊN AN")) == QStringLiteral("NGUYỄN VĂN AN"));
    CHECK(decodeVni(QStringLiteral("Tænh uûy")) == QStringLiteral("Tỉnh ủy"));
}

TEST_CASE("legacy encoders and decoders round-trip real names")
{
    for (const QString &text : realText()) {
        INFO(text.toStdString());
        CHECK(decodeVni(encodeVni(text)) == text);
        // TCVN3 has no capitals with tone marks: compare in small letters
        // where the text has them.
        const QString tcvn3 = encodeTcvn3(text);
        CHECK(decodeTcvn3(tcvn3).toLower() == text.toLower());
    }
    CHECK(encodeTcvn3(QStringLiteral("Nguyễn Văn An")) == QStringLiteral("NguyÔn V¨n An"));
    CHECK(encodeVni(QStringLiteral("Nguyễn Văn An")) == QStringLiteral("Nguyeãn Vaên An"));
}

TEST_CASE("legacy text is recognised without a font")
{
    for (const QString &text : realText()) {
        INFO(text.toStdString());
        // Real Unicode is never taken for legacy text.
        CHECK(detectLegacyEncoding(text) == LegacyEncoding::None);
        CHECK(convertLegacyText(text).text == text);
    }
    int tcvn3Found = 0;
    int vniFound = 0;
    for (const QString &text : realText()) {
        const QString asTcvn3 = encodeTcvn3(text);
        const QString asVni = encodeVni(text);
        INFO(asTcvn3.toStdString() + " / " + asVni.toStdString());
        // Every decision made must be the right one ...
        const LegacyEncoding t = detectLegacyEncoding(asTcvn3);
        CHECK((t == LegacyEncoding::Tcvn3 || t == LegacyEncoding::None));
        const LegacyEncoding v = detectLegacyEncoding(asVni);
        CHECK((v == LegacyEncoding::Vni || v == LegacyEncoding::None));
        tcvn3Found += t == LegacyEncoding::Tcvn3;
        vniFound += v == LegacyEncoding::Vni;
    }
    // ... and nearly every legacy text is recognised.
    CHECK(tcvn3Found >= realText().size() - 2);
    CHECK(vniFound >= realText().size() - 4);

    const LegacyConversion c = convertLegacyText(QStringLiteral("NguyÔn V¨n An"));
    CHECK(c.encoding == LegacyEncoding::Tcvn3);
    CHECK(c.text == QStringLiteral("Nguyễn Văn An"));
    const LegacyConversion v = convertLegacyText(QStringLiteral("Nguyeãn Vaên An"));
    CHECK(v.encoding == LegacyEncoding::Vni);
    CHECK(v.text == QStringLiteral("Nguyễn Văn An"));
}

TEST_CASE("text that is not legacy stays as it is")
{
    const QStringList keep = {
        QStringLiteral("Cà Mau"), // Unicode that happens to fit Latin-1
        QStringLiteral("Hoà Bình"),
        QStringLiteral("Tô Hoài"),
        QStringLiteral("Müller GmbH"), // a foreign name
        QStringLiteral("Café Việt"),
        QStringLiteral("© 2023 Sở TT&TT"),
        QStringLiteral("0912 345 678"),
        QStringLiteral("nguyen.van.an@backan.gov.vn"),
        QStringLiteral("STT"),
        QStringLiteral("Naïve résumé"),
        QStringLiteral("Zürich – Genève"),
        QStringLiteral(""),
    };
    for (const QString &text : keep) {
        INFO(text.toStdString());
        CHECK(detectLegacyEncoding(text) == LegacyEncoding::None);
        CHECK(convertLegacyText(text).text == text);
    }
}

TEST_CASE("the font decides when there is one")
{
    CHECK(legacyEncodingOfFont(QStringLiteral(".VnTime")) == LegacyEncoding::Tcvn3);
    CHECK(legacyEncodingOfFont(QStringLiteral(".VnArial Narrow")) == LegacyEncoding::Tcvn3);
    CHECK(legacyEncodingOfFont(QStringLiteral("VNI-Times")) == LegacyEncoding::Vni);
    CHECK(legacyEncodingOfFont(QStringLiteral("Times New Roman")) == LegacyEncoding::None);
    CHECK(isCapitalsOnlyFont(QStringLiteral(".VnTimeH")));
    CHECK(isCapitalsOnlyFont(QStringLiteral(".VnArialH")));
    CHECK_FALSE(isCapitalsOnlyFont(QStringLiteral(".VnTime")));

    // A single short word is too little to guess from, the font tells.
    CHECK(detectLegacyEncoding(QStringLiteral("Hµ")) == LegacyEncoding::Tcvn3);
    CHECK(convertLegacyText(QStringLiteral("Bé"), QStringLiteral(".VnTime")).text ==
          QStringLiteral("Bộ"));
    CHECK(convertLegacyText(QStringLiteral("Thò"), QStringLiteral("VNI-Times")).text ==
          QStringLiteral("Thị"));
    // The capitals-only fonts show the same bytes as capitals.
    CHECK(convertLegacyText(QStringLiteral("danh s¸ch ng­êi ph¸t ng«n"), QStringLiteral(".VnTimeH"))
              .text == QStringLiteral("DANH SÁCH NGƯỜI PHÁT NGÔN"));
    // Text typed in Unicode under a legacy font is left alone.
    CHECK(convertLegacyText(QStringLiteral("Nguyễn Văn An"), QStringLiteral(".VnTime")).encoding ==
          LegacyEncoding::None);
}

TEST_CASE("Windows-1258 bytes decode to NFC, tone marks composed")
{
    // "Nguyễn Văn An": ê (0xEA) followed by the combining tilde (0xDE).
    CHECK(decodeWindows1258(QByteArrayView("Nguy\xEA\xDEn V\xE3n An")) ==
          QStringLiteral("Nguyễn Văn An"));
    // "Đức": Đ 0xD0, ư 0xFD, acute 0xEC.
    CHECK(decodeWindows1258(QByteArrayView("\xD0\xFD\xEC"
                                           "c")) == QStringLiteral("Đức"));
    // All five combining tones, on a.
    CHECK(decodeWindows1258(QByteArrayView("a\xCC a\xEC a\xD2 a\xDE a\xF2")) ==
          QStringLiteral("à á ả ã ạ"));
    // Precomposed Latin-1 letters and the dong sign.
    CHECK(decodeWindows1258(QByteArrayView("B\xF9i 1000\xFE")) == QStringLiteral("Bùi 1000₫"));
    const QString s =
        decodeWindows1258(QByteArrayView("Th\xF4ng tin v\xE0 Truy\xEA\xCCn th\xF4ng"));
    CHECK(s == QStringLiteral("Thông tin và Truyền thông"));
    CHECK(s == s.normalized(QString::NormalizationForm_C));
}
