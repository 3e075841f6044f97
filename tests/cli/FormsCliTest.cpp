// ttcs-cli forms export, import progress and export reminder, run as a
// process the way scripts use them; the forms are filled in by rewriting
// the workbook with the project's reader and writer.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "ImportTestSupport.h"
#include "TestSupport.h"
#include "import/ProgressForm.h"
#include "sheet/TableWriter.h"
#include "sheet/WorkbookReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

using namespace ttcs;

namespace {

const QString kStp = QStringLiteral("Sở Tư pháp");

struct Db : CliDb
{
    QJsonObject line(const QString &task, const QString &unit) const
    {
        const Run r =
            run({QStringLiteral("progress"), QStringLiteral("list"), QStringLiteral("--year"),
                 QStringLiteral("2024"), QStringLiteral("--as-of"), QStringLiteral("2024-10-01"),
                 QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        for (const QJsonValue &v : json(r).array()) {
            if (v[QStringLiteral("task")].toString() == task &&
                v[QStringLiteral("unit")].toString() == unit)
                return v.toObject();
        }
        FAIL("no line " << task.toStdString());
        return {};
    }
};

// A form filled in by its unit (tests/core/import/ImportTestSupport).
QStringList fill(const QString &form, const QString &out, int count, const QString &status,
                 const QString &result)
{
    QStringList numbers;
    REQUIRE(test::fillProgressForm(form, out, count, status, result, &numbers));
    return numbers;
}

QJsonObject importJson(const Db &db, QStringList args)
{
    args.prepend(QStringLiteral("progress"));
    args.prepend(QStringLiteral("import"));
    args << QStringLiteral("--json");
    const Run r = db.run(args);
    INFO(r.err.toStdString() << r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    return json(r).object();
}

} // namespace

TEST_CASE("cli forms: export one unit's form, or every unit's into a folder")
{
    Db db;
    const QString form = db.file("stp.xlsx");
    Run r = db.run({QStringLiteral("forms"), QStringLiteral("export"), QStringLiteral("--year"),
                    QStringLiteral("2024"), QStringLiteral("--unit"), kStp, QStringLiteral("--out"),
                    form});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(QFile::exists(form));
    auto wb = sheet::readWorkbook(form);
    REQUIRE(wb);
    CHECK(wb->firstSheet()->text(1, 0) == QStringLiteral("Đơn vị: Sở Tư pháp"));

    QDir(db.dir.path()).mkdir(QStringLiteral("all"));
    r = db.run({QStringLiteral("forms"), QStringLiteral("export"), QStringLiteral("--year"),
                QStringLiteral("2024"), QStringLiteral("--all"), QStringLiteral("--out-dir"),
                db.file("all"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray files = json(r).array();
    CHECK(files.size() > 5);
    for (const QJsonValue &v : files)
        CHECK(QFile::exists(v[QStringLiteral("file")].toString()));

    // All or none: when one form cannot be put in place (a folder holds its
    // name), the forms already in the folder stay as they were.
    const QString last = files.last()[QStringLiteral("file")].toString();
    REQUIRE(QFile::remove(last));
    REQUIRE(QDir().mkpath(last + QStringLiteral("/inside")));
    QFile first(files.first()[QStringLiteral("file")].toString());
    REQUIRE(first.open(QIODevice::ReadWrite | QIODevice::Truncate));
    first.write("kept as it was");
    first.close();
    const QStringList before =
        QDir(db.file("all")).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    r = db.run({QStringLiteral("forms"), QStringLiteral("export"), QStringLiteral("--year"),
                QStringLiteral("2024"), QStringLiteral("--all"), QStringLiteral("--out-dir"),
                db.file("all")});
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(QDir(db.file("all")).entryList(QDir::AllEntries | QDir::Hidden |
                                         QDir::NoDotAndDotDot) == before);
    REQUIRE(first.open(QIODevice::ReadOnly));
    CHECK(first.readAll() == QByteArrayLiteral("kept as it was"));

    // Usage errors exit 1, refusals 2.
    CHECK(db.run({QStringLiteral("forms"), QStringLiteral("export"), QStringLiteral("--year"),
                  QStringLiteral("2024"), QStringLiteral("--unit"), kStp, QStringLiteral("--out"),
                  db.file("x.pdf")})
              .exitCode == 1);
    CHECK(db.run({QStringLiteral("forms"), QStringLiteral("export"), QStringLiteral("--unit"), kStp,
                  QStringLiteral("--out"), db.file("x.xlsx")})
              .exitCode == 1);
    CHECK(db.run({QStringLiteral("forms"), QStringLiteral("export"), QStringLiteral("--year"),
                  QStringLiteral("2024"), QStringLiteral("--unit"), QStringLiteral("Không có"),
                  QStringLiteral("--out"), db.file("x.xlsx")})
              .exitCode == 2);
    CHECK_FALSE(QFile::exists(db.file("x.xlsx")));
}

TEST_CASE("cli import progress: JSON summary, conflicts kept unless --take-new, undo")
{
    Db db;
    const QString form = db.file("stp.xlsx");
    REQUIRE(db.run({QStringLiteral("forms"), QStringLiteral("export"), QStringLiteral("--year"),
                    QStringLiteral("2024"), QStringLiteral("--unit"), kStp, QStringLiteral("--out"),
                    form})
                .exitCode == 0);
    const QString filled = db.file("filled.xlsx");
    const QStringList tasks =
        fill(form, filled, 2, QStringLiteral("hoàn thành"), QStringLiteral("Đã thực hiện"));
    REQUIRE(tasks.size() == 2);

    // A dry run writes nothing.
    QJsonObject o = importJson(db, {filled, QStringLiteral("--dry-run")});
    CHECK(o[QStringLiteral("imported")].toInt() == 2);
    CHECK(o[QStringLiteral("batch")].isNull());
    CHECK(db.line(tasks.at(0), kStp)[QStringLiteral("status")].toString() ==
          QStringLiteral("not_reported"));

    o = importJson(db, {filled});
    for (const char *key :
         {"imported", "updated", "closed", "rejected", "warnings", "batch", "messages"})
        CHECK(o.contains(QLatin1String(key)));
    CHECK(o[QStringLiteral("imported")].toInt() == 2);
    CHECK(o[QStringLiteral("rejected")].toInt() == 0);
    const qint64 batch = o[QStringLiteral("batch")].toInteger();
    CHECK(batch > 0);
    const QJsonObject line = db.line(tasks.at(0), kStp);
    CHECK(line[QStringLiteral("status")].toString() == QStringLiteral("done"));
    CHECK(line[QStringLiteral("result")].toString() == QStringLiteral("Đã thực hiện"));

    // The unit sends a second version: the changed rows are conflicts.
    const QString second = db.file("second.xlsx");
    fill(form, second, 1, QStringLiteral("đang thực hiện"), QStringLiteral("Chưa xong"));
    o = importJson(db, {second});
    CHECK(o[QStringLiteral("imported")].toInt() == 0);
    CHECK(o[QStringLiteral("updated")].toInt() == 0);
    CHECK(o[QStringLiteral("conflicts")].toInt() == 1);
    CHECK(o[QStringLiteral("batch")].isNull());
    CHECK(db.line(tasks.at(0), kStp)[QStringLiteral("status")].toString() ==
          QStringLiteral("done"));
    o = importJson(db, {second, QStringLiteral("--take-new")});
    CHECK(o[QStringLiteral("updated")].toInt() == 1);
    const qint64 secondBatch = o[QStringLiteral("batch")].toInteger();
    CHECK(db.line(tasks.at(0), kStp)[QStringLiteral("status")].toString() ==
          QStringLiteral("in_progress"));

    // Undo: the later batch first.
    CHECK(db.run({QStringLiteral("import"), QStringLiteral("undo"), QString::number(batch)})
              .exitCode == 2);
    CHECK(db.run({QStringLiteral("import"), QStringLiteral("undo"), QString::number(secondBatch)})
              .exitCode == 0);
    CHECK(db.line(tasks.at(0), kStp)[QStringLiteral("status")].toString() ==
          QStringLiteral("done"));
    CHECK(db.run({QStringLiteral("import"), QStringLiteral("undo"), QString::number(batch)})
              .exitCode == 0);
    CHECK(db.line(tasks.at(0), kStp)[QStringLiteral("status")].toString() ==
          QStringLiteral("not_reported"));

    // Bad input: usage exits 1, an unreadable file exits 2 with the message.
    CHECK(db.run({QStringLiteral("import"), QStringLiteral("progress")}).exitCode == 1);
    CHECK(db.run({QStringLiteral("import"), QStringLiteral("progress"), filled,
                  QStringLiteral("--take-new"), QStringLiteral("--keep-old")})
              .exitCode == 1);
    const QString junk = db.file("junk.xlsx");
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04garbage");
    }
    const Run bad = db.run({QStringLiteral("import"), QStringLiteral("progress"), filled, junk,
                            QStringLiteral("--json")});
    CHECK(bad.exitCode == 2);
    const QJsonObject refused = json(bad).object();
    CHECK(refused[QStringLiteral("imported")].toInt() == 0);
    CHECK(refused[QStringLiteral("messages")].toArray().size() == 1);
    CHECK(db.line(tasks.at(0), kStp)[QStringLiteral("status")].toString() ==
          QStringLiteral("not_reported"));
    // A form of another year.
    CHECK(db.run({QStringLiteral("import"), QStringLiteral("progress"), filled,
                  QStringLiteral("--year"), QStringLiteral("2025")})
              .exitCode == 2);
}

TEST_CASE("cli import progress: a form saved by LibreOffice, as .xlsx and then as .ods")
{
    // tests/fixtures/forms (scripts/make-progress-form-fixtures.py): the
    // form of Sở Tư pháp for 2024, four rows filled, saved by LibreOffice.
    Db db;
    const QString base = QStringLiteral("forms/progress-form-2024-so-tu-phap-libreoffice.");
    QJsonObject o = importJson(db, {test::fixturePath(base + QStringLiteral("xlsx"))});
    INFO("if the rows are refused as unknown, run scripts/make-progress-form-fixtures.py again");
    CHECK(o[QStringLiteral("imported")].toInt() == 4);
    CHECK(o[QStringLiteral("rejected")].toInt() == 0);
    CHECK(o[QStringLiteral("conflicts")].toInt() == 0);
    CHECK(o[QStringLiteral("batch")].toInteger() > 0);

    const Run r =
        db.run({QStringLiteral("progress"), QStringLiteral("list"), QStringLiteral("--year"),
                QStringLiteral("2024"), QStringLiteral("--unit"), kStp, QStringLiteral("--as-of"),
                QStringLiteral("2024-10-01"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    QMap<QString, QString> statuses;
    for (const QJsonValue &v : json(r).array())
        statuses.insert(v[QStringLiteral("task")].toString(),
                        v[QStringLiteral("status")].toString());
    CHECK(statuses.value(QStringLiteral("1")) == QStringLiteral("done"));
    CHECK(statuses.value(QStringLiteral("3.1")) == QStringLiteral("in_progress"));
    CHECK(statuses.value(QStringLiteral("3.2")) == QStringLiteral("not_applicable"));
    CHECK(statuses.value(QStringLiteral("4")) == QStringLiteral("done"));
    CHECK(statuses.size() == 8);
    CHECK(statuses.values().count(QStringLiteral("not_reported")) == 4);

    // The same answers as .ods: nothing new, nothing in conflict, no batch.
    o = importJson(db, {test::fixturePath(base + QStringLiteral("ods"))});
    CHECK(o[QStringLiteral("imported")].toInt() == 0);
    CHECK(o[QStringLiteral("updated")].toInt() == 0);
    CHECK(o[QStringLiteral("conflicts")].toInt() == 0);
    CHECK(o[QStringLiteral("unchanged")].toInt() == 4);
    CHECK(o[QStringLiteral("batch")].isNull());
}

TEST_CASE("cli export reminder: a letter to the units that have not reported")
{
    Db db;
    for (const char *format : {"docx", "pdf"}) {
        const QString out = db.dir.filePath(QStringLiteral("reminder.") + QLatin1String(format));
        const Run r =
            db.run({QStringLiteral("export"), QStringLiteral("reminder"), QStringLiteral("--year"),
                    QStringLiteral("2024"), QStringLiteral("--format"), QLatin1String(format),
                    QStringLiteral("--out"), out, QStringLiteral("--as-of"),
                    QStringLiteral("2024-11-20")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(QFileInfo(out).size() > 1000);
    }
}
