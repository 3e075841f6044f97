// Files that are not lists are refused with a clear message and nothing
// changes; damaged copies of the fixture never crash the importer.
#include <catch2/catch.hpp>

#include "ImportTestSupport.h"
#include "TestSupport.h"
#include "db/ImportBatchRepository.h"
#include "import/SpokespersonImporter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace ttcs;
using namespace ttcs::import;

namespace {

int batchCount(test::TestDatabase &t)
{
    auto batches = db::ImportBatchRepository(*t.db).all();
    REQUIRE(batches.ok());
    return int(batches->size());
}

// Imports `bytes` saved as `fileName`; the import must be refused with a
// message naming the file, and the database must not change.
QString refused(test::TestDatabase &t, const QString &fileName, const QByteArray &bytes)
{
    const QString path = t.dir.filePath(fileName);
    REQUIRE(test::writeBytes(path, bytes));
    const int people = int(t.everyone().size());
    const int batches = batchCount(t);
    SpokespersonImporter importer(*t.db);
    const auto preview = importer.preview(path);
    REQUIRE_FALSE(preview.ok());
    INFO(preview.error().toStdString());
    CHECK(preview.error().contains(fileName));
    CHECK_FALSE(preview.error().contains(t.dir.path())); // the name, not the path
    CHECK(int(t.everyone().size()) == people);
    CHECK(batchCount(t) == batches);
    return preview.error();
}

} // namespace

TEST_CASE("files that cannot be read are refused and nothing changes")
{
    test::TestDatabase t;
    SpokespersonImporter importer(*t.db);
    // Something in the database already, which must stay as it is.
    REQUIRE(
        importer
            .commit(importer.preview(test::fixturePath(QStringLiteral("spokespersons_1000.xlsx")))
                        .value())
            .ok());
    const QByteArray good =
        test::readBytes(test::fixturePath(QStringLiteral("spokespersons_1000.xlsx")));

    CHECK(refused(t, QStringLiteral("rỗng.xlsx"), {}).contains(QStringLiteral("empty")));
    refused(t, QStringLiteral("cắt cụt.xlsx"), good.left(good.size() / 2));
    QByteArray noise(64 * 1024, '\0');
    QRandomGenerator random(7);
    for (char &c : noise)
        c = char(random.bounded(256));
    noise[0] = '\x01'; // not a zip, not OLE2
    refused(t, QStringLiteral("nhiễu.xls"), noise);
    CHECK(refused(t, QStringLiteral("trang web.xls"),
                  "<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>Họ và tên</td>"
                  "</tr></table></body></html>")
              .contains(QStringLiteral("web page"), Qt::CaseInsensitive));
    // Read, but nothing in it looks like a list of people.
    CHECK(refused(t, QStringLiteral("báo cáo.csv"), "Nội dung,Kết quả\r\nTập huấn,Đã xong\r\n")
              .contains(QStringLiteral("looks like a list")));
    const auto missing = importer.preview(t.dir.filePath(QStringLiteral("không có.xlsx")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("không có.xlsx")));
    CHECK(t.everyone().size() == 1000);
    CHECK(batchCount(t) == 1);
}

TEST_CASE("damaged copies of the fixture: an import or a clean refusal, never a crash")
{
    test::TestDatabase t;
    SpokespersonImporter importer(*t.db);
    const QByteArray good =
        test::readBytes(test::fixturePath(QStringLiteral("spokespersons_1000.xlsx")));
    const QByteArray csv =
        test::readBytes(test::fixturePath(QStringLiteral("sheet/spokespersons_1000_utf8.csv")));
    REQUIRE_FALSE(good.isEmpty());
    QRandomGenerator random(20240301);
    QElapsedTimer timer;
    timer.start();
    int imported = 0;
    int refusedCount = 0;
    int committed = 0;
    for (int i = 0; timer.elapsed() < 5000; ++i) {
        const bool useCsv = !csv.isEmpty() && i % 3 == 2;
        QByteArray bytes = useCsv ? csv : good;
        // A few bytes changed, a range dropped or the end cut off.
        switch (random.bounded(3)) {
        case 0:
            for (int n = int(random.bounded(1, 16)); n > 0; --n)
                bytes[qsizetype(random.bounded(int(bytes.size())))] = char(random.bounded(256));
            break;
        case 1: {
            const qsizetype at = random.bounded(int(bytes.size()));
            bytes.remove(at, random.bounded(1, 4096));
            break;
        }
        default:
            bytes.truncate(random.bounded(int(bytes.size())));
        }
        const QString path =
            t.dir.filePath(useCsv ? QStringLiteral("fuzz.csv") : QStringLiteral("fuzz.xlsx"));
        REQUIRE(test::writeBytes(path, bytes));
        const auto preview = importer.preview(path);
        if (!preview.ok()) {
            CHECK_FALSE(preview.error().isEmpty());
            ++refusedCount;
            continue;
        }
        ++imported;
        // Every row is kept or refused, none lost.
        CHECK(preview->rows.size() + preview->rejected.size() <= 1100);
        if (committed < 5 && random.bounded(10) == 0) {
            const auto outcome = importer.commit(preview.value());
            CHECK(outcome.ok());
            ++committed;
        }
    }
    INFO("imported " << imported << ", refused " << refusedCount);
    CHECK(imported + refusedCount > 10);
}
