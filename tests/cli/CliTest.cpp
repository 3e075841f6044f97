// ttcs-cli run as a process, the way scripts use it.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Db = CliDb;

} // namespace

TEST_CASE("cli: --version and --help succeed")
{
    const Run v = cli({QStringLiteral("--version")});
    CHECK(v.exitCode == 0);
    CHECK(v.out.startsWith("ttcs-cli "));
    const Run h = cli({QStringLiteral("--help")});
    CHECK(h.exitCode == 0);
    CHECK(h.out.contains("units list"));
}

TEST_CASE("cli: usage errors exit 1 with a message")
{
    Db db;
    const Run none = cli({QStringLiteral("--db"), db.path});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("no command")));
    CHECK(cli({QStringLiteral("--db"), db.path, QStringLiteral("frobnicate")}).exitCode == 1);
    CHECK(cli({QStringLiteral("--db"), db.path, QStringLiteral("units")}).exitCode == 1);
    CHECK(cli({QStringLiteral("--db"), db.path, QStringLiteral("units"), QStringLiteral("list"),
               QStringLiteral("--bogus")})
              .exitCode
          == 1);
    const Run badYear = cli({QStringLiteral("--db"), db.path, QStringLiteral("stats"), QStringLiteral("--year"),
                             QStringLiteral("twenty")});
    CHECK(badYear.exitCode == 1);
    CHECK(badYear.err.contains(QStringLiteral("--year")));
    CHECK(cli({QStringLiteral("--db")}).exitCode == 1);
}

TEST_CASE("cli: init creates the database once and never overwrites it")
{
    Db db;
    const Run again = cli({QStringLiteral("--db"), db.path, QStringLiteral("init")});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already exists")));
}

TEST_CASE("cli: a missing or foreign database file is refused with exit 2")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nope.sqlite"));
    const Run r = cli({QStringLiteral("--db"), missing, QStringLiteral("stats"), QStringLiteral("--json")});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(r.err.isEmpty());
    CHECK_FALSE(QFile::exists(missing));

    const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database\n");
    f.close();
    const Run bad = cli({QStringLiteral("--db"), text, QStringLiteral("units"), QStringLiteral("list"),
                         QStringLiteral("--json")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("not a TTCS database")));
}

TEST_CASE("cli: units list --json gives id, name, kind and parent")
{
    Db db;
    const Run r = cli({QStringLiteral("--db"), db.path, QStringLiteral("units"), QStringLiteral("list"),
                       QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray units = json(r).array();
    CHECK(units.size() == 35);
    bool foundPortal = false;
    for (const QJsonValue &v : units) {
        const QJsonObject o = v.toObject();
        CHECK(o.keys() == QStringList({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"),
                                       QStringLiteral("parent")}));
        CHECK(o.value(QStringLiteral("id")).toInteger() > 0);
        if (o.value(QStringLiteral("name")).toString() == QStringLiteral("Cổng Thông tin điện tử tỉnh")) {
            foundPortal = true;
            CHECK(o.value(QStringLiteral("parent")).toString() == QStringLiteral("Văn phòng UBND tỉnh"));
        }
        if (o.value(QStringLiteral("name")).toString() == QStringLiteral("Sở Tư pháp")) {
            CHECK(o.value(QStringLiteral("kind")).toString() == QStringLiteral("department"));
            CHECK(o.value(QStringLiteral("parent")).isNull());
        }
    }
    CHECK(foundPortal);
}

TEST_CASE("cli: tasks list --json holds the whole plan in order")
{
    Db db;
    const Run r = cli({QStringLiteral("--db"), db.path, QStringLiteral("tasks"), QStringLiteral("list"),
                       QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray tasks = json(r).array();
    REQUIRE(tasks.size() == 20);
    const QJsonObject first = tasks.at(0).toObject();
    CHECK(first.value(QStringLiteral("number")).toString() == QStringLiteral("1"));
    CHECK(first.value(QStringLiteral("frequency")).toString() == QStringLiteral("regular"));
    CHECK(first.value(QStringLiteral("parent")).isNull());
    const QJsonObject t32 = tasks.at(4).toObject();
    CHECK(t32.value(QStringLiteral("number")).toString() == QStringLiteral("3.2"));
    CHECK(t32.value(QStringLiteral("parent")).toString() == QStringLiteral("3"));
    CHECK(t32.value(QStringLiteral("lead")).toArray().size() == 2);
    CHECK(t32.value(QStringLiteral("coordinating")).toArray().at(0).toString()
          == QStringLiteral("Các cơ quan báo chí"));
    const QJsonObject last = tasks.at(19).toObject();
    CHECK(last.value(QStringLiteral("number")).toString() == QStringLiteral("9.2"));
    CHECK(last.value(QStringLiteral("frequency")).toString() == QStringLiteral("on_request"));
    for (const QJsonValue &v : tasks) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"number", "title", "frequency", "lead", "coordinating", "implementing", "parent"})
            CHECK(o.contains(QLatin1String(key)));
        CHECK(o.value(QStringLiteral("lead")).isArray());
    }
}

TEST_CASE("cli: stats --year --json counts the year")
{
    Db db;
    const Run r = cli({QStringLiteral("--db"), db.path, QStringLiteral("stats"), QStringLiteral("--year"),
                       QStringLiteral("2024"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = json(r).object();
    CHECK(o.value(QStringLiteral("year")).toInt() == 2024);
    CHECK(o.value(QStringLiteral("units")).toInt() == 35);
    CHECK(o.value(QStringLiteral("tasks")).toInt() == 20);
    for (const char *key : {"spokespersons", "training_classes", "trainees", "media_items"})
        CHECK(o.value(QLatin1String(key)).toInt() == 0);
    const QJsonObject progress = o.value(QStringLiteral("progress")).toObject();
    CHECK(progress.keys()
          == QStringList({QStringLiteral("done"), QStringLiteral("in_progress"), QStringLiteral("not_applicable"),
                          QStringLiteral("not_started")}));
}

TEST_CASE("cli: the spokesperson list exports as CSV and XLSX with formulas kept as text")
{
    Db db;
    const QString csv = db.dir.filePath(QStringLiteral("list.csv"));
    const QString xlsx = db.dir.filePath(QStringLiteral("list.xlsx"));
    const Run r1 = cli({QStringLiteral("--db"), db.path, QStringLiteral("export"), QStringLiteral("spokespersons"),
                        QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--format"),
                        QStringLiteral("csv"), QStringLiteral("--out"), csv});
    INFO(r1.err.toStdString());
    REQUIRE(r1.exitCode == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("Họ và tên")));
    const Run r2 = cli({QStringLiteral("--db"), db.path, QStringLiteral("export"), QStringLiteral("spokespersons"),
                        QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--format"),
                        QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
    REQUIRE(r2.exitCode == 0);
    CHECK(QFile(xlsx).size() > 1000);
    // The plan has no spreadsheet form.
    const Run r3 = cli({QStringLiteral("--db"), db.path, QStringLiteral("export"), QStringLiteral("plan"),
                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
    CHECK(r3.exitCode == 1);
}
