// Importing spokesperson lists into the database: every row accounted for,
// the same people updated rather than duplicated, history kept, batches
// undone, refused rows written out for the unit.
#include <catch2/catch.hpp>

#include "ImportTestSupport.h"
#include "TestSupport.h"
#include "db/ImportBatchRepository.h"
#include "db/SpokespersonRepository.h"
#include "import/SpokespersonImporter.h"
#include "sheet/WorkbookReader.h"
#include "text/PhoneNumber.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace ttcs;
using namespace ttcs::import;

namespace {

const QDate kToday(2024, 3, 1);

QString fixture()
{
    return test::fixturePath(QStringLiteral("spokespersons_1000.xlsx"));
}

ImportPreview previewOf(SpokespersonImporter &importer, const QString &path,
                        const ImportOptions &options = {})
{
    auto p = importer.preview(path, options);
    INFO(p.error().toStdString());
    REQUIRE(p.ok());
    return std::move(p).value();
}

ImportOutcome commitOf(SpokespersonImporter &importer, const ImportPreview &preview)
{
    auto o = importer.commit(preview);
    INFO(o.error().toStdString());
    REQUIRE(o.ok());
    return o.value();
}

std::vector<db::SpokespersonRecord> records(test::TestDatabase &t)
{
    auto r = db::SpokespersonRepository(*t.db).notEndedBefore(QDate(1900, 1, 1));
    REQUIRE(r.ok());
    return r.value();
}

const db::SpokespersonRecord *recordOf(const std::vector<db::SpokespersonRecord> &all,
                                       const QString &name)
{
    for (const auto &r : all) {
        if (r.person.name == name)
            return &r;
    }
    return nullptr;
}

QStringList namesOf(const QList<Spokesperson> &people)
{
    QStringList names;
    for (const Spokesperson &s : people)
        names << s.name;
    names.sort();
    return names;
}

const QStringList kHeader = {QStringLiteral("STT"),        QStringLiteral("Họ và tên"),
                             QStringLiteral("Chức vụ"),    QStringLiteral("Đơn vị"),
                             QStringLiteral("Điện thoại"), QStringLiteral("Email")};

// A small list as .xlsx: the header, then the rows.
QString writeList(const QTemporaryDir &dir, const QString &name,
                  const std::vector<QStringList> &rows, const QStringList &header = kHeader)
{
    test::SheetSpec spec;
    spec.name = QStringLiteral("DS");
    spec.rows.push_back({QStringLiteral("DANH SÁCH NGƯỜI PHÁT NGÔN")});
    spec.rows.push_back(header);
    for (const QStringList &r : rows)
        spec.rows.push_back(r);
    const QString path = dir.filePath(name);
    REQUIRE(test::writeXlsx(path, spec));
    return path;
}

} // namespace

TEST_CASE("the fixture: 1,000 people imported, each row where the file has it")
{
    test::TestDatabase t;
    REQUIRE(t.db);
    SpokespersonImporter importer(*t.db, Clock::fixed(kToday));
    const ImportPreview p = previewOf(importer, fixture());
    CHECK(p.fileName == QStringLiteral("spokespersons_1000.xlsx"));
    CHECK(p.sheetName == QStringLiteral("Danh sách"));
    CHECK(p.mapping.headerRow == 3);
    CHECK(p.mapping.columnsOf(Field::Name) == QList<int>{1});
    CHECK(p.mapping.columnsOf(Field::Unit) == QList<int>{3});
    CHECK(p.titleLines.size() == 2);
    CHECK(p.headerCells.size() == 7);
    CHECK(p.sampleRows.size() == 30);
    CHECK(p.rows.size() == 1000);
    CHECK(p.rejected.empty());
    // 47 old mobile numbers, 10 malformed e-mails, 79 people of two
    // communes that are not units, 3 names twice in the same unit.
    CHECK(p.warningCount == 139);
    REQUIRE(p.unknownUnits.size() == 2);
    CHECK(p.unknownUnits.at(0).text == QStringLiteral("UBND xã Nam Mẫu (huyện Ba Bể)"));
    CHECK(p.unknownUnits.at(0).rows == 38);
    CHECK(p.unknownUnits.at(0).match.suggestions.front().name ==
          QStringLiteral("UBND huyện Ba Bể"));
    CHECK(p.unknownUnits.at(1).rows == 41);
    CHECK(p.toInsert == 1000);
    CHECK(p.toUpdate == 0);
    CHECK(p.listDate == kToday);
    // Nothing written by the preview.
    CHECK(t.everyone().isEmpty());

    const ImportOutcome o = commitOf(importer, p);
    CHECK(o.inserted == 1000);
    CHECK(o.updated == 0);
    CHECK(o.rejected == 0);
    CHECK(o.warnings == 139);
    CHECK(t.everyone().size() == 1000);

    const auto all = records(t);
    REQUIRE(all.size() == 1000);
    // Row 5, the first person.
    const auto *first = recordOf(all, QStringLiteral("Huỳnh Minh Phương"));
    REQUIRE(first);
    CHECK(first->sourceRow == 5);
    CHECK(first->sourceSheet == QStringLiteral("Danh sách"));
    CHECK(first->person.position == QStringLiteral("Giám đốc"));
    CHECK(first->person.unitId == 0);
    CHECK(first->unitText == QStringLiteral("UBND xã Nam Mẫu (huyện Ba Bể)"));
    CHECK(first->person.phone == QStringLiteral("0947714320"));
    CHECK(first->person.email == QStringLiteral("huynh.minh.phuong1@backan.gov.vn"));
    CHECK(first->person.batchId == o.batchId);
    CHECK(first->person.servingFrom == kToday);
    CHECK(first->person.servingTo.isNull());
    // Row 6: "0961.434.717", a unit of the list.
    const auto *second = recordOf(all, QStringLiteral("Huỳnh Quang Mai"));
    REQUIRE(second);
    CHECK(second->sourceRow == 6);
    CHECK(second->person.phone == QStringLiteral("0961434717"));
    CHECK(second->person.unitId == t.unitId(QStringLiteral("UBND huyện Bạch Thông")));
    // The last row, 1008.
    const auto *last = recordOf(all, QStringLiteral("Hoàng Thanh Hạnh"));
    REQUIRE(last);
    CHECK(last->sourceRow == 1008);
    // Every row number 5..1008 but the four blank rows, once.
    std::vector<int> rows;
    for (const auto &r : all)
        rows.push_back(r.sourceRow);
    std::sort(rows.begin(), rows.end());
    CHECK(std::adjacent_find(rows.begin(), rows.end()) == rows.end());
    CHECK(rows.front() == 5);
    CHECK(rows.back() == 1008);
    // Phones: old prefixes converted, +84 written with a 0, all digits.
    int converted = 0;
    int malformed = 0;
    for (const auto &r : all) {
        CHECK_FALSE(r.person.phone.startsWith(QStringLiteral("0168")));
        CHECK_FALSE(r.person.phone.startsWith(QLatin1Char('+')));
        converted += r.person.phone == QStringLiteral("0380940760") ? 1 : 0;
        malformed += r.person.email == QStringLiteral("khong-hop-le@") ? 1 : 0;
    }
    CHECK(converted == 1);
    CHECK(malformed == 10);

    // The batch: file name, SHA-256, sheet, counts.
    auto batch = db::ImportBatchRepository(*t.db).byId(o.batchId);
    REQUIRE(batch.ok());
    QFile file(fixture());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(batch->sha256 ==
          QString::fromLatin1(
              QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    CHECK(batch->fileName == QStringLiteral("spokespersons_1000.xlsx"));
    CHECK(batch->sheet == QStringLiteral("Danh sách"));
    CHECK(batch->kind == QStringLiteral("spokespersons"));
    CHECK(batch->listDate == kToday);
    CHECK(batch->summary.value(QStringLiteral("imported")).toInt() == 1000);
    CHECK_FALSE(batch->isUndone());
}

TEST_CASE("the same file again updates the same people, never duplicates them")
{
    test::TestDatabase t;
    SpokespersonImporter importer(*t.db, Clock::fixed(kToday));
    const ImportOutcome first = commitOf(importer, previewOf(importer, fixture()));
    const ImportPreview again = previewOf(importer, fixture());
    CHECK(again.earlierBatches == QList<qint64>{first.batchId});
    CHECK(again.toInsert == 0);
    CHECK(again.toUpdate == 1000);
    const ImportOutcome second = commitOf(importer, again);
    CHECK(second.inserted == 0);
    CHECK(second.updated == 1000);
    const QList<Spokesperson> people = t.everyone();
    CHECK(people.size() == 1000);
    for (const Spokesperson &s : people)
        CHECK(s.batchId == second.batchId);
    auto batches = db::ImportBatchRepository(*t.db).all();
    REQUIRE(batches.ok());
    CHECK(batches->size() == 2);
    CHECK(batches->front().id == second.batchId); // newest first
    // The summary listing leaves out what undo keeps.
    CHECK_FALSE(batches->front().summary.contains(QStringLiteral("undo")));
}

TEST_CASE("an update takes the new values and keeps what the new list leaves blank")
{
    QTemporaryDir dir;
    test::TestDatabase t;
    SpokespersonImporter importer(*t.db, Clock::fixed(kToday));
    commitOf(
        importer,
        previewOf(importer,
                  writeList(dir, QStringLiteral("a.xlsx"),
                            {{QStringLiteral("1"), QStringLiteral("Nguyễn Văn An"),
                              QStringLiteral("Phó Giám đốc"), QStringLiteral("Sở Tư pháp"),
                              QStringLiteral("0912345678"), QStringLiteral("an@stp.gov.vn")}})));
    // In capitals and with another phone the next time.
    const ImportPreview p =
        previewOf(importer, writeList(dir, QStringLiteral("b.xlsx"),
                                      {{QStringLiteral("1"), QStringLiteral("NGUYỄN VĂN AN"),
                                        QStringLiteral("Giám đốc"), QStringLiteral("SỞ TƯ PHÁP"),
                                        QStringLiteral("0987 654 321"), QString()}}));
    CHECK(p.toUpdate == 1);
    commitOf(importer, p);
    const QList<Spokesperson> people = t.everyone();
    REQUIRE(people.size() == 1);
    CHECK(people.front().name == QStringLiteral("NGUYỄN VĂN AN"));
    CHECK(people.front().position == QStringLiteral("Giám đốc"));
    CHECK(people.front().phone == QStringLiteral("0987654321"));
    CHECK(people.front().email == QStringLiteral("an@stp.gov.vn"));
    // The same name in another unit is another person.
    const ImportPreview other =
        previewOf(importer, writeList(dir, QStringLiteral("c.xlsx"),
                                      {{QStringLiteral("1"), QStringLiteral("Nguyễn Văn An"),
                                        QStringLiteral("Chánh Văn phòng"),
                                        QStringLiteral("Sở Y tế"), QString(), QString()}}));
    CHECK(other.toInsert == 1);
}

TEST_CASE("people missing from a unit's new list end the day before it, only when asked")
{
    QTemporaryDir dir;
    test::TestDatabase t;
    SpokespersonImporter importer(*t.db, Clock::fixed(kToday));
    const QString stp = QStringLiteral("Sở Tư pháp");
    const QString syt = QStringLiteral("Sở Y tế");
    ImportOptions january;
    january.listDate = QDate(2024, 1, 10);
    const ImportOutcome a = commitOf(
        importer, previewOf(importer,
                            writeList(dir, QStringLiteral("a.xlsx"),
                                      {{QStringLiteral("1"), QStringLiteral("Trần Văn Một"),
                                        QStringLiteral("Giám đốc"), stp},
                                       {QStringLiteral("2"), QStringLiteral("Trần Văn Hai"),
                                        QStringLiteral("Chuyên viên"), stp},
                                       {QStringLiteral("3"), QStringLiteral("Trần Văn Ba"),
                                        QStringLiteral("Chuyên viên"), stp},
                                       {QStringLiteral("4"), QStringLiteral("Lê Thị Y"),
                                        QStringLiteral("Giám đốc"), syt}}),
                            january));
    const QString newList = writeList(
        dir, QStringLiteral("b.xlsx"),
        {{QStringLiteral("1"), QStringLiteral("Trần Văn Một"), QStringLiteral("Phó Giám đốc"), stp},
         {QStringLiteral("2"), QStringLiteral("Trần Văn Bốn"), QStringLiteral("Chuyên viên"),
          stp}});

    // Without the option nobody ends.
    ImportOptions june;
    june.listDate = QDate(2024, 6, 1);
    const ImportPreview keep = previewOf(importer, newList, june);
    CHECK(keep.toClose == 0);

    june.closeMissing = true;
    const ImportPreview p = previewOf(importer, newList, june);
    CHECK(p.toInsert == 1);
    CHECK(p.toUpdate == 1);
    CHECK(p.toClose == 2);
    const ImportOutcome b = commitOf(importer, p);
    CHECK(b.closed == 2);
    CHECK(t.person(QStringLiteral("Trần Văn Hai")).servingTo == QDate(2024, 5, 31));
    CHECK(t.person(QStringLiteral("Trần Văn Bốn")).servingFrom == QDate(2024, 6, 1));
    // The list as of any date.
    CHECK(namesOf(t.servingOn(QDate(2024, 3, 1))) ==
          QStringList{QStringLiteral("Lê Thị Y"), QStringLiteral("Trần Văn Ba"),
                      QStringLiteral("Trần Văn Hai"), QStringLiteral("Trần Văn Một")});
    CHECK(namesOf(t.servingOn(QDate(2024, 7, 1))) == QStringList{QStringLiteral("Lê Thị Y"),
                                                                 QStringLiteral("Trần Văn Bốn"),
                                                                 QStringLiteral("Trần Văn Một")});
    CHECK(namesOf(t.servingOn(QDate(2023, 12, 31))).isEmpty());
    // Nothing was deleted: the history stays.
    CHECK(t.everyone().size() == 5);

    SECTION("undo takes the new list back, then the first one")
    {
        // The first batch cannot go while the second changed its people.
        const Status early = importer.undo(a.batchId);
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().contains(QString::number(b.batchId)));
        CHECK(t.everyone().size() == 5);

        REQUIRE(importer.undo(b.batchId).ok());
        CHECK(t.everyone().size() == 4);
        CHECK(t.person(QStringLiteral("Trần Văn Hai")).servingTo.isNull());
        CHECK(t.person(QStringLiteral("Trần Văn Một")).position == QStringLiteral("Giám đốc"));
        CHECK(t.person(QStringLiteral("Trần Văn Một")).batchId == a.batchId);
        CHECK(t.person(QStringLiteral("Trần Văn Bốn")).name.isEmpty());
        const Status twice = importer.undo(b.batchId);
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().contains(QStringLiteral("already undone")));
        auto batch = db::ImportBatchRepository(*t.db).byId(b.batchId);
        REQUIRE(batch.ok());
        CHECK(batch->isUndone());

        REQUIRE(importer.undo(a.batchId).ok());
        CHECK(t.everyone().isEmpty());
        CHECK_FALSE(importer.undo(999).ok());
    }
}

TEST_CASE("refused rows are kept with the batch and written out for the unit")
{
    QTemporaryDir dir;
    test::TestDatabase t;
    SpokespersonImporter importer(*t.db, Clock::fixed(kToday));
    const QString path = writeList(
        dir, QStringLiteral("rejects.xlsx"),
        {{QStringLiteral("1"), QStringLiteral("Phạm Thị Hằng"), QStringLiteral("Giám đốc"),
          QStringLiteral("Sở Tư pháp"), QStringLiteral("0912345678")},
         {QStringLiteral("2"), QString(), QStringLiteral("Phó Giám đốc"),
          QStringLiteral("Sở Tư pháp"), QStringLiteral("=cmd|' /C calc'!A0")},
         {QStringLiteral("3"), QString(), QString(), QStringLiteral("Sở Y tế"), QString(),
          QStringLiteral("x@syt.gov.vn")}});
    const ImportPreview p = previewOf(importer, path);
    REQUIRE(p.rejected.size() == 2);
    CHECK(p.rejected.at(0).row == 4);
    CHECK(p.rejected.at(1).row == 5);
    const QStringList lines = p.rowMessages();
    CHECK(lines.contains(QStringLiteral("Row 4: The row has no name.")));

    const ImportOutcome o = commitOf(importer, p);
    CHECK(o.inserted == 1);
    CHECK(o.rejected == 2);
    auto stored = db::ImportBatchRepository(*t.db).rejected(o.batchId);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    CHECK(stored->at(0).row == 4);
    CHECK(stored->at(0).sheet == QStringLiteral("DS"));
    CHECK(stored->at(0).cells.contains(QStringLiteral("Phó Giám đốc")));

    for (const char *name : {"trả lại.csv", "trả lại.xlsx"}) {
        INFO(name);
        const QString out = dir.filePath(QString::fromUtf8(name));
        REQUIRE(SpokespersonImporter::writeRejects(p, out).ok());
        auto book = sheet::readWorkbook(out);
        REQUIRE(book.ok());
        const sheet::Sheet &s = *book->firstSheet();
        // Title, (blank,) header, two rows.
        int header = 0;
        while (header < s.rowCount() && s.text(header, 1) != QStringLiteral("Họ và tên"))
            ++header;
        REQUIRE(header < s.rowCount());
        CHECK(s.text(header, 6) == QStringLiteral("Row"));
        CHECK(s.text(header, 7) == QStringLiteral("Reason"));
        CHECK(s.text(header + 1, 2) == QStringLiteral("Phó Giám đốc"));
        CHECK(s.text(header + 1, 6) == QStringLiteral("4"));
        CHECK(s.text(header + 1, 7) == QStringLiteral("The row has no name."));
        CHECK(s.text(header + 2, 5) == QStringLiteral("x@syt.gov.vn"));
        // The formula stays text: with an apostrophe in CSV, a string in XLSX.
        const QString formula = s.text(header + 1, 4);
        if (QString::fromUtf8(name).endsWith(QLatin1String(".csv")))
            CHECK(formula == QStringLiteral("'=cmd|' /C calc'!A0"));
        else
            CHECK(formula == QStringLiteral("=cmd|' /C calc'!A0"));
        // The corrected file can be imported again as it is.
        auto again = importer.preview(out);
        REQUIRE(again.ok());
        CHECK(again->rejected.size() == 2);
    }
    // Later, from what the database kept of the batch: the same table.
    const QString fromPreview = dir.filePath(QStringLiteral("preview.csv"));
    const QString fromBatch = dir.filePath(QStringLiteral("batch.csv"));
    REQUIRE(SpokespersonImporter::writeRejects(p, fromPreview).ok());
    REQUIRE(importer.writeRejects(o.batchId, fromBatch).ok());
    CHECK(test::readBytes(fromBatch) == test::readBytes(fromPreview));
    CHECK_FALSE(importer.writeRejects(o.batchId + 1, fromBatch).ok());
}

TEST_CASE("phone numbers are kept as checkPhoneNumber gives them, warned on when it says")
{
    QTemporaryDir dir;
    test::TestDatabase t;
    SpokespersonImporter importer(*t.db, Clock::fixed(kToday));
    const QStringList phones = {QStringLiteral("0912345678"),    QStringLiteral("0912 345 678"),
                                QStringLiteral("+84912345678"),  QStringLiteral("+842363822222"),
                                QStringLiteral("+840912345678"), QStringLiteral("+841686947534"),
                                QStringLiteral("+8491234567"),   QStringLiteral("01686947534"),
                                QStringLiteral("+1 202 555 0100")};
    std::vector<QStringList> rows;
    for (const QString &phone : phones)
        rows.push_back({QString(), QStringLiteral("Lò Văn %1").arg(rows.size() + 1),
                        QStringLiteral("Chánh Văn phòng"), QStringLiteral("Sở Tư pháp"), phone});
    const ImportPreview p = previewOf(importer, writeList(dir, QStringLiteral("phones.xlsx"), rows));
    REQUIRE(p.rows.size() == std::size_t(phones.size()));
    for (std::size_t i = 0; i < p.rows.size(); ++i) {
        const QString &phone = phones.at(qsizetype(i));
        INFO(phone.toStdString());
        const text::PhoneCheck expected = text::checkPhoneNumber(phone);
        CHECK(p.rows[i].phone == expected.normalised);
        const bool warned = std::any_of(
            p.rows[i].warnings.cbegin(), p.rows[i].warnings.cend(), [](const RowWarning &w) {
                return w.kind == WarningKind::PhoneInvalid || w.kind == WarningKind::PhoneConverted;
            });
        CHECK(warned == (!expected.ok || !expected.note.isEmpty()));
    }
}

TEST_CASE("a name twice in one unit is warned on, naming the first row that has it")
{
    QTemporaryDir dir;
    test::TestDatabase t;
    SpokespersonImporter importer(*t.db, Clock::fixed(kToday));
    const QString justice = QStringLiteral("Sở Tư pháp");
    const QString commune = QStringLiteral("UBND xã Không Có");
    const auto person = [](const QString &name, const QString &unit) {
        return QStringList{QString(), name, QStringLiteral("Chánh Văn phòng"), unit};
    };
    // Rows 3 to 9 of the sheet (a title row and the header above).
    const QString path = writeList(dir, QStringLiteral("twice.xlsx"),
                                   {person(QStringLiteral("Bế Văn Đông"), justice),
                                    person(QStringLiteral("Bế Văn Đông"), commune),
                                    person(QStringLiteral("Lò Thị Mai"), justice),
                                    person(QStringLiteral("BẾ VĂN ĐÔNG"), justice),
                                    person(QStringLiteral("Bế Văn Đông"), commune),
                                    person(QStringLiteral("Bế Văn Đông"), justice),
                                    person(QStringLiteral("Bế Văn Đồng"), justice)});
    const ImportPreview p = previewOf(importer, path);
    REQUIRE(p.rows.size() == 7);
    QStringList sameNameRows;
    for (const CheckedRow &row : p.rows) {
        for (const RowWarning &w : row.warnings) {
            if (w.kind == WarningKind::SameNameTwice)
                sameNameRows << QStringLiteral("%1: %2").arg(row.row).arg(w.message);
        }
    }
    const QString first = QStringLiteral("The same name is on row %1 for the same unit.");
    // Letter case does not make another person, a tone mark does; the
    // same text of a unit that matched none is the same unit.
    CHECK(sameNameRows == QStringList{QStringLiteral("6: ") + first.arg(3),
                                      QStringLiteral("7: ") + first.arg(4),
                                      QStringLiteral("8: ") + first.arg(3)});
}

TEST_CASE("a unit for every row, and the user's choice for a unit that matched none")
{
    QTemporaryDir dir;
    test::TestDatabase t;
    SpokespersonImporter importer(*t.db, Clock::fixed(kToday));
    const QStringList noUnit = {QStringLiteral("STT"), QStringLiteral("Họ và tên"),
                                QStringLiteral("Chức vụ")};
    const QString path = writeList(
        dir, QStringLiteral("one-unit.xlsx"),
        {{QStringLiteral("1"), QStringLiteral("Bế Văn Đông"), QStringLiteral("Giám đốc")},
         {QStringLiteral("2"), QStringLiteral("Bế Thị Tây"), QStringLiteral("Phó Giám đốc")}},
        noUnit);
    // Without a unit: kept, with a warning each.
    const ImportPreview bare = previewOf(importer, path);
    CHECK(bare.warningCount == 2);
    CHECK(bare.rows.front().warnings.front().kind == WarningKind::UnitUnknown);

    ImportOptions options;
    options.unitForAll = QStringLiteral("so tu phap");
    const ImportPreview p = previewOf(importer, path, options);
    CHECK(p.warningCount == 0);
    for (const CheckedRow &r : p.rows)
        CHECK(r.unitId == t.unitId(QStringLiteral("Sở Tư pháp")));

    options.unitForAll = QStringLiteral("Sở Tư Phápp");
    const auto unknown = importer.preview(path, options);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("Did you mean: Sở Tư pháp?")));

    // The fixture's commune, filed under the district by the user's choice.
    ImportOptions chosen;
    chosen.unitChoices.insert(QStringLiteral("UBND xã Nam Mẫu (huyện Ba Bể)"),
                              t.unitId(QStringLiteral("UBND huyện Ba Bể")));
    const ImportPreview f = previewOf(importer, fixture(), chosen);
    CHECK(f.unknownUnits.size() == 1);
    CHECK(f.warningCount == 139 - 38);
}

TEST_CASE("rows typed over by the user are checked like the file's and imported")
{
    QTemporaryDir dir;
    test::TestDatabase t;
    SpokespersonImporter importer(*t.db, Clock::fixed(kToday));
    const QString path = writeList(
        dir, QStringLiteral("to-fix.xlsx"),
        {{QStringLiteral("1"), QStringLiteral("Bế Văn Đông"), QStringLiteral("Giám đốc"),
          QStringLiteral("Sở Tư pháp"), QStringLiteral("0912345678"), QString()},
         {QStringLiteral("2"), QString(), QStringLiteral("Phó Giám đốc"),
          QStringLiteral("Sở Tư pháp"), QStringLiteral("0987654321"), QString()},
         {QStringLiteral("3"), QStringLiteral("Bế Thị Tây"), QStringLiteral("Chuyên viên"),
          QStringLiteral("Phòng XYZ"), QStringLiteral("12345"), QStringLiteral("tay@")}});
    const ImportPreview before = previewOf(importer, path);
    REQUIRE(before.rows.size() == 2);
    REQUIRE(before.rejected.size() == 1);
    const RejectedRow &refused = before.rejected.front();
    CHECK(refused.row == 4);
    // What the refused row holds besides the name, to be fixed.
    CHECK(refused.position == QStringLiteral("Phó Giám đốc"));
    CHECK(refused.phone == QStringLiteral("0987654321"));
    CHECK(before.warningCount == 3); // phone, e-mail, unit of row 5

    ImportOptions options;
    RowEdit named;
    named.name = QStringLiteral("  Bế   Văn Đông "); // the same name as row 3, same unit
    options.rowEdits.insert(4, named);
    RowEdit fixedPhone;
    fixedPhone.phone = QStringLiteral("+84 912 555 666");
    fixedPhone.email = QStringLiteral("not an address");
    fixedPhone.unitText = QStringLiteral("Sở Tư pháp");
    fixedPhone.unitId = t.unitId(QStringLiteral("Sở Tư pháp"));
    options.rowEdits.insert(5, fixedPhone);
    const ImportPreview after = previewOf(importer, path, options);
    CHECK(after.rejected.empty());
    REQUIRE(after.rows.size() == 3);
    const CheckedRow &four = after.rows.at(1);
    CHECK(four.row == 4);
    CHECK(four.edited);
    CHECK(four.name == QStringLiteral("Bế Văn Đông")); // tidied like a cell
    CHECK(four.position == QStringLiteral("Phó Giám đốc"));
    REQUIRE(four.warnings.size() == 1); // the same checks: the name is twice in the unit
    CHECK(four.warnings.front().kind == WarningKind::SameNameTwice);
    const CheckedRow &five = after.rows.at(2);
    CHECK(five.phone == QStringLiteral("0912555666"));
    CHECK(five.unitId == t.unitId(QStringLiteral("Sở Tư pháp")));
    REQUIRE(five.warnings.size() == 1);
    CHECK(five.warnings.front().kind == WarningKind::EmailMalformed);
    CHECK(after.unknownUnits.isEmpty());
    CHECK(after.toInsert == 3);

    const ImportOutcome outcome = commitOf(importer, after);
    CHECK(outcome.inserted == 3);
    CHECK(outcome.rejected == 0);
    const auto all = records(t);
    REQUIRE(all.size() == 3);
    int fourth = 0;
    for (const auto &r : all)
        fourth += r.sourceRow == 4 && r.person.name == QStringLiteral("Bế Văn Đông") &&
                  r.person.batchId == outcome.batchId;
    CHECK(fourth == 1);
}

TEST_CASE("a mapping given by the wizard is used; the sheet can be chosen")
{
    QTemporaryDir dir;
    test::TestDatabase t;
    SpokespersonImporter importer(*t.db, Clock::fixed(kToday));
    test::SheetSpec notes;
    notes.name = QStringLiteral("Ghi chú");
    notes.rows = {{QStringLiteral("Không phải danh sách")}};
    test::SheetSpec list;
    list.name = QStringLiteral("Người phát ngôn");
    list.rows = {{QStringLiteral("Số TT"), QStringLiteral("Tên"), QStringLiteral("Nơi công tác"),
                  QStringLiteral("ĐT")},
                 {QStringLiteral("1"), QStringLiteral("Vi Văn Hải"), QStringLiteral("Sở Nội vụ"),
                  QStringLiteral("0912345678")}};
    const QString path = dir.filePath(QStringLiteral("two-sheets.xlsx"));
    REQUIRE(test::writeXlsx(path, {notes, list}));
    const ImportPreview found = previewOf(importer, path);
    CHECK(found.sheetNames ==
          QStringList{QStringLiteral("Ghi chú"), QStringLiteral("Người phát ngôn")});
    CHECK(found.sheetName == QStringLiteral("Người phát ngôn"));
    CHECK(found.rows.front().unitName == QStringLiteral("Sở Nội vụ"));

    // The user sets the third column to "not imported".
    ColumnMapping m = found.mapping;
    m.set(2, Field::None);
    ImportOptions options;
    options.mapping = ColumnMapping::fromJson(m.toJson());
    const ImportPreview given = previewOf(importer, path, options);
    CHECK_FALSE(given.mappingDetected);
    CHECK(given.rows.front().unitText.isEmpty());

    ImportOptions wrongSheet;
    wrongSheet.sheetName = QStringLiteral("Ghi chú");
    const auto refused = importer.preview(path, wrongSheet);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("does not look like a list")));
    wrongSheet.sheetName = QStringLiteral("Sheet9");
    const auto missing = importer.preview(path, wrongSheet);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("Người phát ngôn")));
}

TEST_CASE("one import is one transaction: a failure leaves nothing behind")
{
    test::TestDatabase t;
    SpokespersonImporter importer(*t.db, Clock::fixed(kToday));
    ImportPreview p = previewOf(importer, fixture());
    // A name the table refuses fails the insert half-way.
    p.rows[700].name = QStringLiteral("   ");
    const auto failed = importer.commit(p);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("nothing was changed")));
    CHECK(t.everyone().isEmpty());
    auto batches = db::ImportBatchRepository(*t.db).all();
    REQUIRE(batches.ok());
    CHECK(batches->isEmpty());
}

TEST_CASE("a unit deleted after the preview refuses the import and changes nothing")
{
    test::TestDatabase t;
    SpokespersonImporter importer(*t.db, Clock::fixed(kToday));
    ImportPreview p = previewOf(importer, fixture());
    // Row 700's unit is gone, as if deleted in another window meanwhile.
    p.rows[700].unitId = 987654;
    const auto failed = importer.commit(p);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("nothing was changed")));
    CHECK(failed.error().contains(
        QStringLiteral("of row %1 is no longer in the list of units").arg(p.rows[700].row)));
    CHECK(t.everyone().isEmpty());
    auto batches = db::ImportBatchRepository(*t.db).all();
    REQUIRE(batches.ok());
    CHECK(batches->isEmpty());

    // The connection checks foreign keys again afterwards, and its page
    // cache is back to its size, whether the import failed or not.
    QSqlQuery q(t.db->connection());
    const auto setting = [&q](const char *name) {
        REQUIRE(q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)));
        REQUIRE(q.next());
        const qint64 value = q.value(0).toLongLong();
        q.finish();
        return value;
    };
    CHECK(setting("foreign_keys") == 1);
    CHECK(setting("cache_size") == -2000);
    const ImportOutcome done = commitOf(importer, previewOf(importer, fixture()));
    CHECK(done.inserted == 1000);
    CHECK(setting("foreign_keys") == 1);
    CHECK(setting("cache_size") == -2000);
}

TEST_CASE("a preview committed late is matched again against the database")
{
    test::TestDatabase t;
    SpokespersonImporter importer(*t.db, Clock::fixed(kToday));
    const ImportPreview early = previewOf(importer, fixture());
    commitOf(importer, previewOf(importer, fixture()));
    const ImportOutcome late = commitOf(importer, early);
    CHECK(late.inserted == 0);
    CHECK(late.updated == 1000);
    CHECK(t.everyone().size() == 1000);
}
