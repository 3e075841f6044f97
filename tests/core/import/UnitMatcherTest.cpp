// Finding the unit a list means, and never a wrong one silently.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "import/UnitMatcher.h"

using namespace ttcs;
using namespace ttcs::import;

namespace {

Unit unit(qint64 id, const char *name, const char *shortName = "",
          UnitKind kind = UnitKind::Department)
{
    Unit u;
    u.id = id;
    u.name = QString::fromUtf8(name);
    u.shortName = QString::fromUtf8(shortName);
    u.kind = kind;
    return u;
}

QList<Unit> units()
{
    return {
        unit(1, "Sở Tư pháp", "STP"),
        unit(2, "Sở Thông tin và Truyền thông", "STTTT"),
        unit(3, "UBND thành phố Bắc Kạn", "TP Bắc Kạn", UnitKind::District),
        unit(4, "UBND huyện Ba Bể", "Ba Bể", UnitKind::District),
        unit(5, "UBND huyện Pác Nặm", "Pác Nặm", UnitKind::District),
        unit(6, "Văn phòng UBND tỉnh", "VP UBND"),
        unit(7, "Công an tỉnh", "CA", UnitKind::Police),
        unit(8, "Sở Lao động - Thương binh và Xã hội", "SLĐTB&XH"),
        unit(9, "Tạp chí Văn nghệ Ba Bể", "TC VN Ba Bể", UnitKind::Press),
        unit(10, "Sở Văn hóa, Thể thao và Du lịch", "SVHTT&DL"),
    };
}

} // namespace

TEST_CASE("the same name matches exactly")
{
    const UnitMatcher m(units());
    const UnitMatch r = m.match(QStringLiteral("Sở Tư pháp"));
    CHECK(r.kind == UnitMatch::Kind::Exact);
    CHECK(r.unitId == 1);
    CHECK(r.unitName == QStringLiteral("Sở Tư pháp"));
    CHECK(m.match(QStringLiteral("  Sở  Tư pháp ")).kind == UnitMatch::Kind::Exact);
    CHECK_FALSE(m.match(QString()).matched());
}

TEST_CASE("the same name written differently matches")
{
    const UnitMatcher m(units());
    const std::vector<std::pair<QString, qint64>> cases = {
        {QStringLiteral("SỞ TƯ PHÁP"), 1},
        {QStringLiteral("So Tu Phap"), 1},
        {QStringLiteral("1. Sở Tư pháp"), 1},
        {QStringLiteral("Sở Tư pháp tỉnh Bắc Kạn"), 1},
        {QStringLiteral("Sở Tư pháp tỉnh"), 1},
        {QStringLiteral("Ủy ban nhân dân thành phố Bắc Kạn"), 3},
        {QStringLiteral("Uỷ ban nhân dân TP Bắc Kạn"), 3},
        {QStringLiteral("UBND TP. Bắc Kạn"), 3},
        {QStringLiteral("UBND Thành phố Bắc Kạn"), 3},
        {QStringLiteral("Ủy ban nhân dân huyện Ba Bể"), 4},
        {QStringLiteral("Văn phòng Ủy ban nhân dân tỉnh Bắc Kạn"), 6},
        {QStringLiteral("Sở Lao động Thương binh & Xã hội"), 8},
        {QStringLiteral("Sở Văn hoá, Thể thao và Du lịch"), 10}, // old-style "hoá"
        {QStringLiteral("STP"), 1},                              // the short name
        {QStringLiteral("Pác Nặm"), 5},
    };
    for (const auto &[text, id] : cases) {
        INFO(text.toStdString());
        const UnitMatch r = m.match(text);
        CHECK(r.kind == UnitMatch::Kind::Normalised);
        CHECK(r.unitId == id);
    }
}

TEST_CASE("close names are only suggested, never taken")
{
    const UnitMatcher m(units());
    // A commune of Ba Bể is not the district of Ba Bể.
    const UnitMatch commune = m.match(QStringLiteral("UBND xã Nam Mẫu (huyện Ba Bể)"));
    CHECK_FALSE(commune.matched());
    CHECK(commune.kind == UnitMatch::Kind::None);
    REQUIRE_FALSE(commune.suggestions.isEmpty());
    CHECK(commune.suggestions.front().unitId == 4);
    // A ward of the city is not the city.
    const UnitMatch ward = m.match(QStringLiteral("UBND phường Đức Xuân (TP Bắc Kạn)"));
    CHECK_FALSE(ward.matched());
    REQUIRE_FALSE(ward.suggestions.isEmpty());
    CHECK(ward.suggestions.front().unitId == 3);
    // A slip of the keyboard.
    const UnitMatch typo = m.match(QStringLiteral("Sở Thông tin và Truyền thôngg"));
    CHECK_FALSE(typo.matched());
    REQUIRE_FALSE(typo.suggestions.isEmpty());
    CHECK(typo.suggestions.front().unitId == 2);
    // Nothing alike: no suggestion at all.
    const UnitMatch none = m.match(QStringLiteral("Ngân hàng Chính sách xã hội"));
    CHECK_FALSE(none.matched());
    CHECK(none.suggestions.isEmpty());
    // At most three, best first.
    const UnitMatch ubnd = m.match(QStringLiteral("UBND huyện"));
    CHECK_FALSE(ubnd.matched());
    CHECK(ubnd.suggestions.size() <= 3);
    for (int i = 1; i < ubnd.suggestions.size(); ++i)
        CHECK(ubnd.suggestions.at(i - 1).score >= ubnd.suggestions.at(i).score);
}

TEST_CASE("two units of the same name: the one existing on the list's date, else none")
{
    QList<Unit> list = units();
    Unit old = unit(20, "Sở Khoa học và Công nghệ");
    old.validTo = QDate(2025, 2, 28);
    Unit merged = unit(21, "Sở Khoa học và Công nghệ");
    merged.validFrom = QDate(2025, 3, 1);
    list << old << merged;
    CHECK(UnitMatcher(list, QDate(2024, 6, 1))
              .match(QStringLiteral("Sở Khoa học và Công nghệ"))
              .unitId == 20);
    CHECK(UnitMatcher(list, QDate(2025, 6, 1))
              .match(QStringLiteral("Sở Khoa học và Công nghệ"))
              .unitId == 21);
    // Two that both exist: ambiguous, both suggested, none chosen.
    list << unit(22, "Sở Khoa học và Công nghệ");
    const UnitMatch both =
        UnitMatcher(list, QDate(2025, 6, 1)).match(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"));
    CHECK(both.kind == UnitMatch::Kind::Ambiguous);
    CHECK_FALSE(both.matched());
    CHECK(both.suggestions.size() == 2);
}

TEST_CASE("the normalised key")
{
    CHECK(UnitMatcher::normalisedKey(QStringLiteral("II. UBND CÁC HUYỆN, THÀNH PHỐ")) ==
          QStringLiteral("uy ban nhan dan cac huyen thanh pho"));
    CHECK(UnitMatcher::normalisedKey(QStringLiteral("Sở TN&MT")) == QStringLiteral("so tn va mt"));
    CHECK(UnitMatcher::normalisedKey(QStringLiteral("Công an tỉnh")) == QStringLiteral("cong an"));
}
