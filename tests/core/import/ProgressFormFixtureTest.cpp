// A progress form filled in and re-saved by LibreOffice, as .xlsx and .ods
// (tests/fixtures/forms, made by scripts/make-progress-form-fixtures.py from
// the demo data), imported into a freshly built demo database: exactly the
// rows the unit filled land, with their status, result, figures and
// completion date; the same file again changes nothing, and a value typed in
// the meantime is a conflict.
#include <catch2/catch.hpp>

#include "ImportTestSupport.h"
#include "TestSupport.h"
#include "db/ProgressRepository.h"
#include "import/ProgressForm.h"
#include "import/ProgressFormImporter.h"
#include "sheet/WorkbookReader.h"

#include <QHash>
#include <QMap>

#include <optional>

using namespace ttcs;
using namespace ttcs::import;

namespace {

const Clock kClock = Clock::fixed(QDate(2024, 10, 1));
const QString kUnit = QStringLiteral("Sở Tư pháp");
const char *const kRerun =
    "The demo data no longer matches the progress forms in tests/fixtures/forms (their keys "
    "hold the demo data's task and unit ids). Run scripts/make-progress-form-fixtures.py "
    "again (it needs LibreOffice) and commit the files it writes.";

// What scripts/make-progress-form-fixtures.py fills in, by task number.
struct Filled
{
    ProgressStatus status;
    QString result;
    QMap<QString, qint64> figures;
    QDate completedOn;
};

QHash<QString, Filled> filledByUnit()
{
    return {
        {QStringLiteral("1"),
         {ProgressStatus::Done,
          QStringLiteral("Đã đăng 12 tin bài về dự thảo nghị quyết"),
          {{QStringLiteral("articles"), 12}},
          QDate(2024, 3, 15)}},
        {QStringLiteral("3.1"),
         {ProgressStatus::InProgress,
          QStringLiteral("Phối hợp cung cấp thông tin cho báo chí"),
          {{QStringLiteral("press_conferences"), 2}},
          QDate()}},
        {QStringLiteral("4"),
         {ProgressStatus::Done,
          QStringLiteral("Tập huấn cho cán bộ pháp chế"),
          {{QStringLiteral("people_trained"), 45}},
          QDate(2024, 6, 28)}},
        {QStringLiteral("3.2"), {ProgressStatus::NotApplicable, QString(), {}, QDate()}},
    };
}

// The task number ("3.1") and the key of each task row of the fixture, in
// the order of the file.
QList<QPair<QString, QString>> keysOf(const QString &path)
{
    auto wb = sheet::readWorkbook(path);
    INFO((wb ? QString() : wb.error()).toStdString());
    REQUIRE(wb);
    const sheet::Sheet &s = *wb->firstSheet();
    QList<QPair<QString, QString>> out;
    for (int r = 0; r < s.rowCount(); ++r) {
        const QString key = s.text(r, formcolumn::key());
        if (!key.startsWith(QLatin1String("TTCS:")))
            continue;
        const QString task = s.text(r, formcolumn::Task);
        out.append({task.left(task.indexOf(QLatin1Char(' '))).chopped(1), key});
    }
    return out;
}

} // namespace

TEST_CASE("progress form re-saved by LibreOffice: exactly the filled rows land, once")
{
    const QString fileName =
        GENERATE(as<QString>{}, QStringLiteral("progress-form-2024-so-tu-phap-libreoffice.xlsx"),
                 QStringLiteral("progress-form-2024-so-tu-phap-libreoffice.ods"));
    INFO(fileName.toStdString());
    const QString path = test::fixturePath(QStringLiteral("forms/") + fileName);

    test::TestDatabase tdb;
    REQUIRE(tdb.db);
    db::Database &db = *tdb.db;
    const qint64 unit = tdb.unitId(kUnit);
    REQUIRE(unit > 0);
    auto yearLines = db::ProgressRepository(db, kClock).lines(2024);
    REQUIRE(yearLines);
    QList<ProgressLine> lines;
    for (const ProgressLine &l : yearLines.value()) {
        if (l.unitId == unit)
            lines << l;
    }

    // The fixture's keys are those of the demo data: the same tasks, each
    // row keyed to its own task and unit. LibreOffice kept the re-sorted
    // order (the last task first).
    const QList<QPair<QString, QString>> keys = keysOf(path);
    {
        QStringList mismatches;
        if (keys.size() != lines.size())
            mismatches << QStringLiteral("the form has %1 task rows, the demo data %2 tasks for %3")
                              .arg(keys.size())
                              .arg(lines.size())
                              .arg(kUnit);
        for (const ProgressLine &l : lines) {
            const auto row = std::find_if(keys.cbegin(), keys.cend(),
                                          [&](const auto &k) { return k.first == l.taskNumber; });
            const QString expected = progressFormKeyText({2024, l.taskId, unit});
            if (row == keys.cend())
                mismatches << QStringLiteral("no row for task %1").arg(l.taskNumber);
            else if (row->second != expected)
                mismatches << QStringLiteral("task %1 is keyed %2, the demo data gives %3")
                                  .arg(l.taskNumber, row->second, expected);
        }
        if (!mismatches.isEmpty())
            FAIL(kRerun << "\n" << mismatches.join(QLatin1Char('\n')).toStdString());
    }
    REQUIRE(keys.size() > 2);
    CHECK(keys.first().first == lines.last().taskNumber);
    CHECK(keys.at(1).first == lines.first().taskNumber);

    const QHash<QString, Filled> filled = filledByUnit();
    ProgressFormImporter importer(db, kClock);
    auto read = importer.read(path);
    INFO((read ? QString() : read.error()).toStdString());
    REQUIRE(read);
    CHECK(read->year == 2024);
    CHECK(read->unitId == unit);
    CHECK(read->rejected.isEmpty());
    CHECK(read->warnings.isEmpty());
    CHECK(read->conflicts.isEmpty());
    CHECK(read->added.size() == filled.size());
    CHECK(read->blank == lines.size() - filled.size());

    auto committed = importer.commit({read.value()});
    INFO((committed ? QString() : committed.error()).toStdString());
    REQUIRE(committed);
    CHECK(committed->imported == filled.size());
    CHECK(committed->rejected == 0);
    REQUIRE(committed->batchIds.size() == 1);

    // Exactly the filled rows are on record, with what the unit wrote.
    for (const ProgressLine &l : lines) {
        INFO("task " << l.taskNumber.toStdString());
        auto stored = db::ProgressRepository(db, kClock).get({l.taskId, unit, 2024});
        REQUIRE(stored);
        const auto it = filled.constFind(l.taskNumber);
        if (it == filled.cend()) {
            CHECK_FALSE(stored.value().has_value());
            continue;
        }
        REQUIRE(stored.value().has_value());
        const Progress &p = *stored.value();
        CHECK(p.status == it->status);
        CHECK(p.result == it->result);
        CHECK(p.figures == it->figures);
        CHECK(p.completedOn == it->completedOn);
        CHECK(p.reportedOn == kClock.today());
        CHECK(p.batchId == committed->batchIds.first());
    }

    // The same file again: nothing new and nothing in conflict.
    auto again = importer.read(path);
    REQUIRE(again);
    CHECK(again->added.isEmpty());
    CHECK(again->conflicts.isEmpty());
    CHECK(again->unchanged == filled.size());
    auto second = importer.commit({again.value()});
    REQUIRE(second);
    CHECK(second->batchIds.isEmpty());
    CHECK(second->imported == 0);
    CHECK(second->updated == 0);

    // A value typed in the meantime: the file's row is a conflict, kept as
    // on record unless chosen.
    const auto typedLine = std::find_if(lines.cbegin(), lines.cend(), [](const ProgressLine &l) {
        return l.taskNumber == QLatin1String("3.1");
    });
    REQUIRE(typedLine != lines.cend());
    Progress typed =
        *db::ProgressRepository(db, kClock).get({typedLine->taskId, unit, 2024}).value();
    typed.status = ProgressStatus::Done;
    typed.result = QStringLiteral("Đã xong, nhập tay");
    typed.completedOn = QDate(2024, 9, 30);
    REQUIRE(db::ProgressRepository(db, kClock).put({typedLine->taskId, unit, 2024}, typed));
    auto third = importer.read(path);
    REQUIRE(third);
    CHECK(third->added.isEmpty());
    REQUIRE(third->conflicts.size() == 1);
    CHECK(third->conflicts.first().after.result == filled.value(QStringLiteral("3.1")).result);
    CHECK(third->conflicts.first().before->result == typed.result);
    CHECK(third->unchanged == filled.size() - 1);
    auto kept = importer.commit({third.value()});
    REQUIRE(kept);
    CHECK(kept->kept == 1);
    CHECK(db::ProgressRepository(db, kClock).get({typedLine->taskId, unit, 2024}).value()->result ==
          typed.result);
}
