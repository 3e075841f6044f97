// Media monitoring: edits with undo data, search without diacritics or case,
// counts by sentiment per month, and a CSV import as one batch.
#include <catch2/catch.hpp>

#include "ProgressFixture.h"
#include "TestSupport.h"
#include "db/MediaImporter.h"
#include "db/MediaRepository.h"
#include "db/UnitRepository.h"

#include <QCryptographicHash>

using namespace ttcs;
using namespace ttcs::db;
using ttcs::test::ProgressFixture;

namespace {

MediaItem item(QDate date, const QString &title, Sentiment sentiment)
{
    MediaItem m;
    m.date = date;
    m.title = title;
    m.sentiment = sentiment;
    m.outlet = QStringLiteral("Báo Nhân Dân");
    m.platform = QStringLiteral("Báo điện tử");
    return m;
}

QStringList titles(const QList<MediaItem> &items)
{
    QStringList out;
    for (const MediaItem &m : items)
        out << m.title;
    return out;
}

} // namespace

TEST_CASE("media: counts by sentiment per month equal the stored items")
{
    ProgressFixture f;
    MediaRepository repo(f.db());
    const QList<Sentiment> sentiments = allSentiments();
    for (int i = 0; i < 90; ++i) {
        const QDate d(2024 + (i % 7 == 0 ? 1 : 0), 1 + (i * 5) % 12, 1 + i % 28);
        REQUIRE(
            repo.add(item(d, QStringLiteral("Tin số %1").arg(i), sentiments.at((i * 7) % 3))).ok());
    }
    auto months = repo.countsByMonth(2024);
    REQUIRE(months.ok());
    REQUIRE(months->size() == 12);
    int total = 0;
    for (const MonthSentiment &m : months.value()) {
        CHECK(m.year == 2024);
        const QString month = QStringLiteral("%1").arg(m.month, 2, 10, QLatin1Char('0'));
        auto sql = [&](const char *sentiment) {
            return f.count(
                QStringLiteral(
                    "SELECT count(*) FROM media_items WHERE strftime('%Y', date) = '2024' "
                    "AND strftime('%m', date) = ? AND sentiment = ?"),
                {month, QLatin1String(sentiment)});
        };
        CHECK(m.positive == sql("positive"));
        CHECK(m.neutral == sql("neutral"));
        CHECK(m.negative == sql("negative"));
        total += m.total();
    }
    CHECK(total ==
          f.count(QStringLiteral("SELECT count(*) FROM media_items WHERE date LIKE '2024-%'")));
    CHECK(total > 0);
}

TEST_CASE("media: search ignores diacritics and case")
{
    ProgressFixture f;
    MediaRepository repo(f.db());
    MediaItem fake = item(QDate(2024, 3, 2), QStringLiteral("Tin giả về dịch bệnh tại Bắc Kạn"),
                          Sentiment::Negative);
    fake.falseInformation = true;
    fake.actionTaken = QStringLiteral("Phối hợp Công an tỉnh xử lý, gỡ bỏ");
    fake.unitId = f.unit("syt");
    REQUIRE(repo.add(fake).ok());
    REQUIRE(repo.add(item(QDate(2024, 4, 5), QStringLiteral("Đường điện về bản vùng cao"),
                          Sentiment::Positive))
                .ok());
    REQUIRE(repo.add(item(QDate(2024, 5, 6), QStringLiteral("Giảm 50% phí dịch vụ"),
                          Sentiment::Neutral))
                .ok());

    CHECK(titles(repo.search(MediaQuery::matching(QStringLiteral("BAC KAN"))).value()) ==
          QStringList({QStringLiteral("Tin giả về dịch bệnh tại Bắc Kạn")}));
    CHECK(repo.search(MediaQuery::matching(QStringLiteral("duong dien")))->size() == 1);
    CHECK(repo.search(MediaQuery::matching(QStringLiteral("ĐƯỜNG Điện")))->size() == 1);
    CHECK(repo.search(MediaQuery::matching(QStringLiteral("cong an")))->size() ==
          1); // the action taken
    CHECK(repo.search(MediaQuery::matching(QStringLiteral("so y te")))->size() ==
          1); // the related unit
    CHECK(repo.search(MediaQuery::matching(QStringLiteral("50%")))->size() == 1);
    CHECK(repo.search(MediaQuery::matching(QStringLiteral("%")))->size() == 1);
    CHECK(repo.search(MediaQuery::matching(QStringLiteral("khong co")))->isEmpty());
    // Newest first, all of them with no text.
    CHECK(titles(repo.search().value()).first() == QStringLiteral("Giảm 50% phí dịch vụ"));

    MediaQuery q;
    q.sentiment = Sentiment::Negative;
    CHECK(repo.search(q)->size() == 1);
    q = {};
    q.from = QDate(2024, 4, 1);
    q.to = QDate(2024, 4, 30);
    CHECK(titles(repo.search(q).value()) ==
          QStringList({QStringLiteral("Đường điện về bản vùng cao")}));
    q = {};
    q.falseInformationOnly = true;
    CHECK(repo.search(q)->first().unitName == QStringLiteral("Sở Y tế"));
}

TEST_CASE("media: undo data restores items exactly")
{
    ProgressFixture f;
    MediaRepository repo(f.db());
    const qint64 id =
        repo.add(item(QDate(2024, 3, 2), QStringLiteral("Bài viết"), Sentiment::Positive)).value();
    const MediaItem stored = repo.item(id).value();
    MediaItem edited = stored;
    edited.sentiment = Sentiment::Negative;
    edited.link = QStringLiteral("https://example.vn/bai-viet");
    auto previous = repo.update(edited);
    REQUIRE(previous.ok());
    CHECK(previous.value() == stored);
    REQUIRE(repo.update(previous.value()).ok());
    CHECK(repo.item(id).value() == stored);
    auto removed = repo.remove(id);
    REQUIRE(removed.ok());
    CHECK_FALSE(repo.item(id).ok());
    REQUIRE(repo.restore(removed.value()).ok());
    CHECK(repo.item(id).value() == stored);
    CHECK_FALSE(repo.add(item(QDate(), QStringLiteral("Không ngày"), Sentiment::Neutral)).ok());
}

TEST_CASE("media: a CSV file is imported as one batch, row problems reported")
{
    ProgressFixture f;
    const QByteArray csv =
        "\xEF\xBB\xBF"
        "DANH SÁCH TIN BÀI THEO DÕI THÁNG 3/2024;;;;;;\r\n"
        ";;;;;;\r\n"
        "STT;Ngày đăng;Báo/Trang;Tiêu đề;Sắc thái;Đơn vị liên quan;Tin giả\r\n"
        "1;02/03/2024;Báo Bắc Kạn;\"Bắc Kạn; đẩy mạnh chuyển đổi số\";Tích cực;Sở Thông tin và "
        "Truyền thông;\r\n"
        "2;2024-03-05;Facebook;\"Tin đồn \"\"thất thiệt\"\"\nvề dịch bệnh\";Tiêu cực;SYT;x\r\n"
        "3;31/02/2024;Zalo;Ngày không có;Trung lập;;\r\n"
        "4;06/03/2024;YouTube;Video du lịch Ba Bể;rất hay;;\r\n"
        "5;07/03/2024;TikTok;Clip về Ba Bể;;Sở Không Có;\r\n"
        ";;;;;;\r\n";
    const QList<QStringList> rows = MediaImporter::parseCsv(csv);
    REQUIRE(rows.size() == 9);
    CHECK(rows.at(3).at(3) == QStringLiteral("Bắc Kạn; đẩy mạnh chuyển đổi số"));
    CHECK(rows.at(4).at(3) == QStringLiteral("Tin đồn \"thất thiệt\"\nvề dịch bệnh"));

    MediaImportBatch batch = MediaImporter(UnitRepository(f.db()).all().value()).read(rows);
    batch.fileName = QStringLiteral("theo-doi-thang-3.csv");
    batch.sha256 = QCryptographicHash::hash(csv, QCryptographicHash::Sha256);
    REQUIRE(batch.items.size() == 3);
    CHECK(batch.itemRows == QList<int>({4, 5, 8}));
    CHECK(batch.items.at(0).unitId == f.unit("stttt"));
    CHECK(batch.items.at(0).sentiment == Sentiment::Positive);
    CHECK(batch.items.at(1).unitId == f.unit("syt")); // by short name
    CHECK(batch.items.at(1).falseInformation);
    CHECK(batch.items.at(1).title == QStringLiteral("Tin đồn \"thất thiệt\" về dịch bệnh"));
    CHECK(batch.items.at(2).sentiment == Sentiment::Neutral); // none given
    CHECK(batch.items.at(2).unitId == 0);
    REQUIRE(batch.rejected.size() == 2);
    CHECK(batch.rejected.at(0).row == 6);
    CHECK(batch.rejected.at(1).row == 7);
    CHECK(batch.warnings.size() == 2);

    MediaRepository repo(f.db());
    auto result = repo.import(batch);
    REQUIRE(result.ok());
    CHECK(result->imported == 3);
    CHECK(result->rejected == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM media_items WHERE batch_id = ?"),
                  {result->batchId}) == 3);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM rejected_rows WHERE batch_id = ?"),
                  {result->batchId}) == 2);
    CHECK(repo.search(MediaQuery::matching(QStringLiteral("chuyen doi so")))->size() == 1);

    auto again = repo.import(batch);
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already imported")));

    auto undone = repo.undoImport(result->batchId);
    REQUIRE(undone.ok());
    CHECK(undone.value() == 3);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM media_items")) == 0);
    // Once taken back, the file may come in again.
    CHECK(repo.import(batch).ok());
}

TEST_CASE("media: a sheet without a recognisable header is rejected whole")
{
    const MediaImportBatch batch = MediaImporter({}).read(
        {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QStringLiteral("2")}});
    CHECK(batch.items.isEmpty());
    REQUIRE(batch.rejected.size() == 1);
    CHECK(batch.rejected.first().reason.contains(QStringLiteral("header")));
}
