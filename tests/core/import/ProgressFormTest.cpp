// Progress forms: exported per unit, filled in (here by rewriting the
// workbook the way a unit's spreadsheet program would), read back and
// imported with conflicts kept apart.
#include <catch2/catch.hpp>

#include "ImportTestSupport.h"
#include "db/AuditLog.h"
#include "db/ImportBatchRepository.h"
#include "db/ProgressRepository.h"
#include "import/ProgressForm.h"
#include "import/ProgressFormImporter.h"
#include "sheet/TableWriter.h"
#include "sheet/WorkbookReader.h"

#include <QFile>

#include <algorithm>

using namespace ttcs;
using namespace ttcs::import;

namespace {

const Clock kClock = Clock::fixed(QDate(2024, 10, 1));

// The sheet of a form as read back, as rows of text from the header on.
struct FormSheet
{
    QStringList header;
    QList<QStringList> rows;

    int column(const QString &header) const { return int(this->header.indexOf(header)); }
    QStringList &rowOfTask(const QString &number)
    {
        for (QStringList &r : rows) {
            if (r.value(formcolumn::Task).startsWith(number + QStringLiteral(". ")))
                return r;
        }
        FAIL("no row for task " << number.toStdString());
        return rows.first();
    }
};

FormSheet readForm(const QString &path)
{
    auto wb = sheet::readWorkbook(path);
    INFO((wb ? QString() : wb.error()).toStdString());
    REQUIRE(wb);
    const sheet::Sheet &s = *wb->firstSheet();
    FormSheet f;
    int header = -1;
    for (int r = 0; r < s.rowCount() && header < 0; ++r) {
        if (s.text(r, formcolumn::Status) == QStringLiteral("Tình trạng"))
            header = r;
    }
    REQUIRE(header >= 0);
    for (int c = 0; c < s.columnCount(); ++c)
        f.header << s.text(header, c);
    for (int r = header + 1; r < s.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < s.columnCount(); ++c)
            cells << s.text(r, c);
        f.rows << cells;
    }
    return f;
}

// Writes the filled-in form with the project's writer, as another program
// would save it: a title line, the header, the rows.
void writeForm(const FormSheet &f, const QString &path)
{
    sheet::Table t;
    t.title = QStringLiteral("Phiếu đã điền");
    t.header = f.header;
    for (const QStringList &r : f.rows)
        t.addRow(r);
    REQUIRE(sheet::writeXlsx(t, path).ok());
}

struct Fixture
{
    test::TestDatabase tdb;
    db::Database &db = *tdb.db;
    qint64 stp = tdb.unitId(QStringLiteral("Sở Tư pháp"));
    QString form = tdb.dir.filePath(QStringLiteral("form.xlsx"));

    Fixture()
    {
        REQUIRE(stp > 0);
        const Status st = exportProgressForm(db, 2024, stp, form);
        INFO(st.error().toStdString());
        REQUIRE(st.ok());
    }
    QList<ProgressLine> linesOfStp() const
    {
        auto lines = db::ProgressRepository(db, kClock).lines(2024);
        REQUIRE(lines);
        QList<ProgressLine> out;
        for (const ProgressLine &l : lines.value()) {
            if (l.unitId == stp)
                out << l;
        }
        return out;
    }
    ProgressFormFile read(const QString &path, const ProgressFormOptions &o = {})
    {
        auto f = ProgressFormImporter(db, kClock).read(path, o);
        INFO((f ? QString() : f.error()).toStdString());
        REQUIRE(f);
        return f.value();
    }
    ProgressImportOutcome commit(const QList<ProgressFormFile> &files)
    {
        auto o = ProgressFormImporter(db, kClock).commit(files);
        INFO((o ? QString() : o.error()).toStdString());
        REQUIRE(o);
        return o.value();
    }
    std::optional<Progress> stored(const ProgressLine &l) const
    {
        auto p = db::ProgressRepository(db, kClock).get({l.taskId, stp, 2024});
        REQUIRE(p);
        return p.value();
    }
};

} // namespace

TEST_CASE("progress form: keys carry a check value")
{
    const QString key = progressFormKeyText({2024, 12, 5});
    ProgressFormKey parsed;
    CHECK(parseProgressFormKey(key, &parsed) == KeyCheck::Valid);
    CHECK(parsed == ProgressFormKey{2024, 12, 5});
    CHECK(parseProgressFormKey(QStringLiteral("  ") + key.toLower() + QStringLiteral(" "), nullptr) ==
          KeyCheck::Valid);
    QString altered = key;
    altered.replace(QStringLiteral(":12:"), QStringLiteral(":13:"));
    CHECK(parseProgressFormKey(altered, nullptr) == KeyCheck::Altered);
    CHECK(parseProgressFormKey(QStringLiteral("12"), nullptr) == KeyCheck::NotAKey);
    CHECK(progressStatusFromFormText(QStringLiteral("Hoàn thành")) == ProgressStatus::Done);
    CHECK(progressStatusFromFormText(QStringLiteral("khong phat sinh")) ==
          ProgressStatus::NotApplicable);
    CHECK(progressStatusFromFormText(QStringLiteral("in_progress")) == ProgressStatus::InProgress);
    CHECK_FALSE(progressStatusFromFormText(QStringLiteral("xong")));
    CHECK(progressFormFileName(2024, QStringLiteral("Sở Tư pháp")) ==
          QStringLiteral("Phieu-tien-do-2024-So-Tu-phap.xlsx"));
}

TEST_CASE("progress form: exported with the unit's tasks, read back with the project's reader")
{
    Fixture fx;
    const QList<ProgressLine> lines = fx.linesOfStp();
    REQUIRE(lines.size() >= 2);
    auto wb = sheet::readWorkbook(fx.form);
    REQUIRE(wb);
    const sheet::Sheet &s = *wb->firstSheet();
    CHECK(s.text(0, 0).contains(QStringLiteral("NĂM 2024")));
    CHECK(s.text(1, 0) == QStringLiteral("Đơn vị: Sở Tư pháp"));

    const FormSheet f = readForm(fx.form);
    CHECK(f.header == progressFormHeader());
    REQUIRE(f.rows.size() == lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList &r = f.rows.at(i);
        CHECK(r.value(formcolumn::Task).startsWith(lines.at(i).taskNumber + QStringLiteral(". ")));
        CHECK_FALSE(r.value(formcolumn::Role).isEmpty());
        CHECK(r.value(formcolumn::Status).isEmpty()); // nothing reported yet
        ProgressFormKey key;
        REQUIRE(parseProgressFormKey(r.value(formcolumn::key()), &key) == KeyCheck::Valid);
        CHECK(key == ProgressFormKey{2024, lines.at(i).taskId, fx.stp});
    }
    // The drop-down, the hidden key column and the number formats are in
    // the sheet's XML.
    QFile file(fx.form);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray zip = file.readAll();
    CHECK(zip.startsWith("PK"));

    // A unit with no task that year has no form.
    const QString none = fx.tdb.dir.filePath(QStringLiteral("none.xlsx"));
    CHECK_FALSE(exportProgressForm(fx.db, 2024, 999999, none).ok());
    CHECK_FALSE(QFile::exists(none));
}

TEST_CASE("progress form: filled in, re-sorted and imported; the same file again changes nothing")
{
    Fixture fx;
    const QList<ProgressLine> lines = fx.linesOfStp();
    FormSheet f = readForm(fx.form);
    const int articles = f.column(progressFormHeader().at(formcolumn::FirstFigure));
    REQUIRE(articles > 0);
    QStringList &first = f.rowOfTask(lines.at(0).taskNumber);
    first[formcolumn::Status] = QStringLiteral("Hoàn thành");
    first[formcolumn::Result] = QStringLiteral("Đã đăng 12 tin bài");
    first[articles] = QStringLiteral("12");
    first[formcolumn::completedOn()] = QStringLiteral("15/03/2024");
    QStringList &second = f.rowOfTask(lines.at(1).taskNumber);
    second[formcolumn::Status] = QStringLiteral("đang thực hiện");
    // The unit sorts its rows the other way round.
    std::reverse(f.rows.begin(), f.rows.end());
    const QString filled = fx.tdb.dir.filePath(QStringLiteral("filled.xlsx"));
    writeForm(f, filled);

    ProgressFormFile file = fx.read(filled);
    CHECK(file.year == 2024);
    CHECK(file.unitId == fx.stp);
    CHECK(file.added.size() == 2);
    CHECK(file.conflicts.isEmpty());
    CHECK(file.rejected.isEmpty());
    CHECK(file.blank == lines.size() - 2);
    // Nothing written by reading.
    CHECK_FALSE(fx.stored(lines.at(0)));
    // The same rows in two files: the second file's are refused.
    const QString copy = fx.tdb.dir.filePath(QStringLiteral("copy.xlsx"));
    REQUIRE(QFile::copy(filled, copy));
    auto both = ProgressFormImporter(fx.db, kClock).readAll({filled, copy});
    REQUIRE(both);
    CHECK(both->at(0).added.size() == 2);
    CHECK(both->at(1).added.isEmpty());
    CHECK(both->at(1).rejected.size() == 2);

    const ProgressImportOutcome o = fx.commit({file});
    CHECK(o.imported == 2);
    REQUIRE(o.batchIds.size() == 1);
    const auto p = fx.stored(lines.at(0));
    REQUIRE(p);
    CHECK(p->status == ProgressStatus::Done);
    CHECK(p->result == QStringLiteral("Đã đăng 12 tin bài"));
    CHECK(p->figures.value(QStringLiteral("articles")) == 12);
    CHECK(p->completedOn == QDate(2024, 3, 15));
    CHECK(p->reportedOn == QDate(2024, 10, 1));
    CHECK(p->batchId == o.batchIds.first());
    CHECK(fx.stored(lines.at(1))->status == ProgressStatus::InProgress);
    auto audit = db::AuditLog(fx.db).recent(10);
    REQUIRE(audit);
    CHECK(std::count_if(audit->cbegin(), audit->cend(), [](const db::AuditEntry &e) {
              return e.action == QLatin1String("import");
          }) >= 3);

    // The same file again: nothing new, nothing in conflict.
    const ProgressFormFile again = fx.read(filled);
    CHECK(again.added.isEmpty());
    CHECK(again.conflicts.isEmpty());
    CHECK(again.unchanged == 2);
    CHECK(fx.commit({again}).batchIds.isEmpty());

    // A form exported now holds what is on record.
    const QString next = fx.tdb.dir.filePath(QStringLiteral("next.xlsx"));
    REQUIRE(exportProgressForm(fx.db, 2024, fx.stp, next).ok());
    FormSheet exported = readForm(next);
    CHECK(exported.rowOfTask(lines.at(0).taskNumber)[formcolumn::Status] ==
          QStringLiteral("hoàn thành"));
    CHECK(exported.rowOfTask(lines.at(0).taskNumber)[articles] == QStringLiteral("12"));
    CHECK(exported.rowOfTask(lines.at(0).taskNumber)[formcolumn::completedOn()] ==
          QStringLiteral("15/03/2024"));
    CHECK(fx.read(next).unchanged == 2);

    // Undo puts the rows back as they were.
    REQUIRE(ProgressFormImporter(fx.db, kClock).undo(o.batchIds.first()).ok());
    CHECK_FALSE(fx.stored(lines.at(0)));
    CHECK_FALSE(fx.stored(lines.at(1)));
    CHECK_FALSE(ProgressFormImporter(fx.db, kClock).undo(o.batchIds.first()).ok());
}

TEST_CASE("progress form: a change to what is on record is a conflict, applied only when chosen")
{
    Fixture fx;
    const QList<ProgressLine> lines = fx.linesOfStp();
    Progress typed;
    typed.status = ProgressStatus::InProgress;
    typed.result = QStringLiteral("Đang soạn thảo");
    REQUIRE(db::ProgressRepository(fx.db, kClock).put({lines.at(0).taskId, fx.stp, 2024}, typed));

    FormSheet f = readForm(fx.form);
    f.rowOfTask(lines.at(0).taskNumber)[formcolumn::Status] = QStringLiteral("hoàn thành");
    f.rowOfTask(lines.at(0).taskNumber)[formcolumn::Result] = QStringLiteral("Đã ban hành");
    const QString filled = fx.tdb.dir.filePath(QStringLiteral("filled.xlsx"));
    writeForm(f, filled);

    ProgressFormFile file = fx.read(filled);
    REQUIRE(file.conflicts.size() == 1);
    const ProgressFormRow &c = file.conflicts.first();
    REQUIRE(c.before);
    CHECK(c.before->result == QStringLiteral("Đang soạn thảo"));
    CHECK(c.after.result == QStringLiteral("Đã ban hành"));
    CHECK(c.after.status == ProgressStatus::Done);

    // Not chosen: left as it was.
    ProgressImportOutcome o = fx.commit({file});
    CHECK(o.kept == 1);
    CHECK(o.updated == 0);
    CHECK(fx.stored(lines.at(0))->result == QStringLiteral("Đang soạn thảo"));

    // Chosen: the form's value.
    file.conflicts.first().takeNew = true;
    o = fx.commit({file});
    CHECK(o.updated == 1);
    CHECK(fx.stored(lines.at(0))->result == QStringLiteral("Đã ban hành"));
    REQUIRE(o.batchIds.size() == 1);

    // A later hand edit blocks the undo of the import that it follows.
    typed.result = QStringLiteral("Sửa tay");
    REQUIRE(db::ProgressRepository(fx.db, kClock).put({lines.at(0).taskId, fx.stp, 2024}, typed));
    CHECK_FALSE(ProgressFormImporter(fx.db, kClock).undo(o.batchIds.first()).ok());
    CHECK(fx.stored(lines.at(0))->result == QStringLiteral("Sửa tay"));
}

TEST_CASE("progress form: bad rows are refused with their reason, bad files with a message")
{
    Fixture fx;
    const QList<ProgressLine> lines = fx.linesOfStp();
    REQUIRE(lines.size() >= 4);
    FormSheet f = readForm(fx.form);
    const int people = f.column(progressFormHeader().at(formcolumn::FirstFigure + 2));
    f.rowOfTask(lines.at(0).taskNumber)[formcolumn::Status] = QStringLiteral("xong rồi");
    QStringList &altered = f.rowOfTask(lines.at(1).taskNumber);
    altered[formcolumn::Status] = QStringLiteral("hoàn thành");
    altered[formcolumn::key()].replace(QStringLiteral(":2024:"), QStringLiteral(":2023:"));
    QStringList &figures = f.rowOfTask(lines.at(2).taskNumber);
    figures[formcolumn::Status] = QStringLiteral("hoàn thành");
    figures[people] = QStringLiteral("nhiều");
    QStringList &noStatus = f.rowOfTask(lines.at(3).taskNumber);
    noStatus[formcolumn::Result] = QStringLiteral("Có kết quả nhưng không chọn tình trạng");
    QStringList added(f.header.size());
    added[formcolumn::Task] = QStringLiteral("Nhiệm vụ đơn vị tự thêm");
    added[formcolumn::Status] = QStringLiteral("hoàn thành");
    f.rows << added;
    const QString filled = fx.tdb.dir.filePath(QStringLiteral("bad-rows.xlsx"));
    writeForm(f, filled);

    const ProgressFormFile file = fx.read(filled);
    CHECK(file.added.isEmpty());
    REQUIRE(file.rejected.size() == 4);
    QStringList reasons;
    for (const db::RejectedRowRecord &r : file.rejected)
        reasons << r.reason;
    const QString all = reasons.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("\"xong rồi\" is not one of")));
    CHECK(all.contains(QStringLiteral("was changed")));
    CHECK(all.contains(QStringLiteral("\"nhiều\"")));
    CHECK(all.contains(QStringLiteral("no status was chosen")));
    REQUIRE(file.warnings.size() == 1);
    CHECK(file.warnings.first().contains(QStringLiteral("no key")));

    // Files that are not forms, or not readable, or of another year.
    const QString garbage = fx.tdb.dir.filePath(QStringLiteral("garbage.xlsx"));
    REQUIRE(test::writeBytes(garbage, QByteArrayLiteral("PK\x03\x04 not really a zip")));
    ProgressFormImporter importer(fx.db, kClock);
    CHECK_FALSE(importer.read(garbage));
    CHECK_FALSE(importer.read(fx.tdb.dir.filePath(QStringLiteral("missing.xlsx"))));
    const QString plain = fx.tdb.dir.filePath(QStringLiteral("plain.xlsx"));
    sheet::Table t;
    t.header = {QStringLiteral("Tình trạng"), QStringLiteral("Kết quả")};
    t.addRow({QStringLiteral("hoàn thành"), QStringLiteral("x")});
    REQUIRE(sheet::writeXlsx(t, plain).ok());
    const auto notForm = importer.read(plain);
    REQUIRE_FALSE(notForm);
    CHECK(notForm.error().contains(QStringLiteral("not a progress form")));
    ProgressFormOptions other;
    other.year = 2025;
    const auto wrongYear = importer.read(fx.form, other);
    REQUIRE_FALSE(wrongYear);
    CHECK(wrongYear.error().contains(QStringLiteral("form for 2024, not for 2025")));
    // Several files with one bad: an error, nothing read.
    CHECK_FALSE(importer.readAll({fx.form, garbage}));
}
