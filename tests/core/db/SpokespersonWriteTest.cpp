// The bulk writes of spokesperson rows: every field of every row lands as
// given, whatever its text, in statements of many rows and in the last,
// shorter one; and a row the schema refuses leaves nothing behind.
#include <catch2/catch.hpp>

#include "DbTestSupport.h"
#include "db/Database.h"
#include "db/ImportBatchRepository.h"
#include "db/NativeStatement.h"
#include "db/SpokespersonRepository.h"
#include "db/UnitRepository.h"

#include <QTemporaryDir>

using namespace ttcs;
using namespace ttcs::db;

namespace {

std::unique_ptr<Database> demo(const QTemporaryDir &dir)
{
    return test::newDatabase(dir.filePath(QStringLiteral("people.sqlite")));
}

SpokespersonRecord personNumber(int i, qint64 unitId, qint64 batchId)
{
    SpokespersonRecord r;
    r.person.unitId = i % 3 == 0 ? 0 : unitId;
    r.unitText = i % 3 == 0 ? QStringLiteral("Phòng \"Văn hóa\" và Thông tin\\%1").arg(i)
                            : QStringLiteral("Sở Tư pháp");
    r.person.name = QStringLiteral("Nguyễn Thị Ánh %1").arg(i);
    r.person.position = i % 5 == 0 ? QString() : QStringLiteral("Phó Chánh Văn phòng");
    r.person.phone = i % 4 == 0 ? QString() : QStringLiteral("0912 345 %1").arg(i, 3, 10,
                                                                                 QLatin1Char('0'));
    r.person.email = QStringLiteral("anh%1@backan.gov.vn").arg(i);
    r.person.decision = i % 7 == 0 ? QStringLiteral("Quyết định số 12/QĐ-UBND\tngày 05/01") : QString();
    r.notes = i % 11 == 0 ? QStringLiteral("Ghi chú\nhai dòng 😀") : QString();
    r.person.servingFrom = i % 2 == 0 ? QDate(2024, 1, 1 + i % 28) : QDate();
    r.person.servingTo = i % 9 == 0 ? QDate(2025, 6, 30) : QDate();
    r.person.batchId = i % 2 == 0 ? batchId : 0;
    r.sourceSheet = i % 2 == 0 ? QStringLiteral("Danh sách") : QString();
    r.sourceRow = i % 6 == 0 ? 0 : i + 4;
    return r;
}

} // namespace

TEST_CASE("spokespersons: bulk writes go through SQLite's interface where the build has it")
{
#if defined(Q_OS_LINUX)
    // Debian's Qt uses the system SQLite: the fast path must be taken, or
    // the import benchmark measures the slow one.
    QTemporaryDir dir;
    auto db = demo(dir);
    CHECK(NativeStatement::isAvailable(db->connection()));
#endif
}

// Runs the test through Qt's writes too, as builds without SQLite's
// interface make them.
struct WritePath
{
    explicit WritePath(bool qtOnly)
    {
        if (qtOnly)
            qputenv("TTCS_SQLITE_QT_ONLY", "1");
    }
    ~WritePath() { qunsetenv("TTCS_SQLITE_QT_ONLY"); }
};

TEST_CASE("spokespersons: every field of many rows lands as given")
{
    const bool qtOnly = GENERATE(false, true);
    INFO((qtOnly ? "through Qt" : "through SQLite's interface where available"));
    const WritePath path(qtOnly);
    QTemporaryDir dir;
    auto db = demo(dir);
    const qint64 unitId = UnitRepository(*db).all()->first().id;
    ImportBatch batch;
    batch.kind = QStringLiteral("spokespersons");
    batch.fileName = QStringLiteral("ds.xlsx");
    batch.sha256 = QStringLiteral("00");
    batch.importedAt = QDateTime::currentDateTimeUtc();
    const auto batchId = ImportBatchRepository(*db).create(batch);
    REQUIRE(batchId.ok());

    // More than one statement's worth, and a shorter last one; and more
    // than one block of rows converted to UTF-8 ahead of the statements.
    const int count = GENERATE(1, 64, 150, 4200);
    // As an import writes them: one batch, sheet and start date for all.
    const bool asImported = GENERATE(false, true);
    INFO(count << " rows" << (asImported ? ", as imported" : ""));
    std::vector<SpokespersonRecord> records;
    for (int i = 0; i < count; ++i) {
        records.push_back(personNumber(i, unitId, batchId.value()));
        if (asImported) {
            records.back().person.batchId = batchId.value();
            records.back().sourceSheet = QStringLiteral("Danh sách");
            records.back().person.servingFrom = QDate(2024, 3, 1);
            records.back().person.servingTo = QDate();
        }
    }
    SpokespersonRepository people(*db);
    std::vector<qint64> ids;
    REQUIRE(db->transaction([&]() -> Status {
                  auto inserted = people.insertRecords(records);
                  if (!inserted)
                      return Error{inserted.error()};
                  ids = inserted.value();
                  return {};
              }).ok());
    REQUIRE(ids.size() == records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        INFO("row " << i);
        const auto stored = people.record(ids[i]);
        REQUIRE(stored.ok());
        const SpokespersonRecord &want = records[i];
        CHECK(stored->person.unitId == want.person.unitId);
        CHECK(stored->unitText == want.unitText);
        CHECK(stored->person.name == want.person.name);
        CHECK(stored->person.position == want.person.position);
        CHECK(stored->person.phone == want.person.phone);
        CHECK(stored->person.email == want.person.email);
        CHECK(stored->person.decision == want.person.decision);
        CHECK(stored->notes == want.notes);
        CHECK(stored->person.servingFrom == want.person.servingFrom);
        CHECK(stored->person.servingTo == want.person.servingTo);
        CHECK(stored->person.batchId == want.person.batchId);
        CHECK(stored->sourceSheet == want.sourceSheet);
        CHECK(stored->sourceRow == want.sourceRow);
    }
}

TEST_CASE("spokespersons: a row the schema refuses fails the write and leaves nothing")
{
    const WritePath path(GENERATE(false, true));
    QTemporaryDir dir;
    auto db = demo(dir);
    const qint64 unitId = UnitRepository(*db).all()->first().id;
    // The refused row in the first statement, or in a later block while
    // the next one is being converted.
    const int count = GENERATE(100, 5000);
    const int refused = count - 30;
    INFO(count << " rows, row " << refused << " refused");
    std::vector<SpokespersonRecord> records;
    for (int i = 0; i < count; ++i)
        records.push_back(personNumber(i, unitId, 0));
    SECTION("a blank name") { records[std::size_t(refused)].person.name = QStringLiteral("   "); }
    SECTION("a unit that does not exist") { records[std::size_t(refused)].person.unitId = 999999; }
    SpokespersonRepository people(*db);
    const qint64 before = people.servingOn({})->size();
    const Status st = db->transaction([&]() -> Status {
        auto inserted = people.insertRecords(records);
        if (!inserted)
            return Error{inserted.error()};
        return {};
    });
    CHECK_FALSE(st.ok());
    CHECK_FALSE(st.error().isEmpty());
    CHECK(people.servingOn({})->size() == before);
}
