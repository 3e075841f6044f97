// ttcs-cli import and spokespersons, run as a process the way scripts use
// them.
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

struct Db : CliDb
{
    QJsonArray list(const QStringList &extra = {}) const
    {
        const Run r = run(QStringList{QStringLiteral("spokespersons"), QStringLiteral("list"),
                                      QStringLiteral("--json")} +
                          extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return json(r).array();
    }
};

QString fixture()
{
    return ttcs::test::fixturePath(QStringLiteral("spokespersons_1000.xlsx"));
}

} // namespace

TEST_CASE("cli import: the fixture, then the list as of today")
{
    Db db;
    const Run r = db.run({QStringLiteral("import"), QStringLiteral("spokespersons"), fixture(),
                          QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = json(r).object();
    CHECK(o.value(QStringLiteral("imported")).toInt() == 1000);
    CHECK(o.value(QStringLiteral("updated")).toInt() == 0);
    CHECK(o.value(QStringLiteral("rejected")).toInt() == 0);
    CHECK(o.value(QStringLiteral("warnings")).toInt() == 139);
    CHECK(o.value(QStringLiteral("batch")).toInteger() == 1);
    const QJsonArray messages = o.value(QStringLiteral("messages")).toArray();
    CHECK(messages.size() > 139);
    CHECK(messages.contains(QStringLiteral("Row 17: Old 11-digit mobile number 01680940760 was "
                                           "changed to the new number 0380940760.")));

    const QJsonArray people = db.list();
    REQUIRE(people.size() == 1000);
    bool found = false;
    for (const QJsonValue &v : people) {
        const QJsonObject p = v.toObject();
        CHECK(p.value(QStringLiteral("batch")).toInteger() == 1);
        if (p.value(QStringLiteral("name")).toString() == QStringLiteral("Huỳnh Quang Mai")) {
            found = true;
            CHECK(p.value(QStringLiteral("position")).toString() == QStringLiteral("Chuyên viên"));
            CHECK(p.value(QStringLiteral("unit")).toString() ==
                  QStringLiteral("UBND huyện Bạch Thông"));
            CHECK(p.value(QStringLiteral("phone")).toString() == QStringLiteral("0961434717"));
            CHECK(p.value(QStringLiteral("email")).toString() ==
                  QStringLiteral("huynh.quang.mai2@backan.gov.vn"));
        }
        if (p.value(QStringLiteral("name")).toString() == QStringLiteral("Huỳnh Minh Phương"))
            CHECK(p.value(QStringLiteral("unit")).toString() ==
                  QStringLiteral("UBND xã Nam Mẫu (huyện Ba Bể)")); // the file's text
    }
    CHECK(found);
    // Before the list's date nobody served.
    CHECK(db.list({QStringLiteral("--as-of"), QStringLiteral("2000-01-01")}).isEmpty());

    // Again: updated, not duplicated.
    const Run again = db.run({QStringLiteral("import"), QStringLiteral("spokespersons"), fixture(),
                              QStringLiteral("--json")});
    REQUIRE(again.exitCode == 0);
    CHECK(json(again).object().value(QStringLiteral("updated")).toInt() == 1000);
    CHECK(json(again).object().value(QStringLiteral("imported")).toInt() == 0);
    CHECK(db.list().size() == 1000);

    const Run batches =
        db.run({QStringLiteral("import"), QStringLiteral("batches"), QStringLiteral("--json")});
    REQUIRE(batches.exitCode == 0);
    const QJsonArray list = json(batches).array();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).toObject().value(QStringLiteral("id")).toInt() == 2);
    CHECK(list.at(0).toObject().value(QStringLiteral("file")).toString() ==
          QStringLiteral("spokespersons_1000.xlsx"));
    CHECK(list.at(0).toObject().value(QStringLiteral("sha256")).toString().size() == 64);

    // Undo the second, then the first: nobody left.
    CHECK(
        db.run({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")}).exitCode ==
        2);
    CHECK(
        db.run({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("2")}).exitCode ==
        0);
    CHECK(db.list().size() == 1000);
    CHECK(
        db.run({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")}).exitCode ==
        0);
    CHECK(db.list().isEmpty());
    const Run twice =
        db.run({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")});
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.contains(QStringLiteral("already undone")));
}

TEST_CASE("cli import: --dry-run writes nothing; --rejects writes the refused rows")
{
    Db db;
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("list.csv"));
    QFile f(list);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("STT,Họ và tên,Chức vụ,Điện thoại\r\n"
            "1,Nguyễn Văn An,Giám đốc,0912345678\r\n"
            "2,,Phó Giám đốc,0987654321\r\n"
            "3,Lê Thị Bình,Chuyên viên,12345\r\n");
    f.close();
    const QString rejects = dir.filePath(QStringLiteral("trả lại.xlsx"));
    const Run r =
        db.run({QStringLiteral("import"), QStringLiteral("spokespersons"), list,
                QStringLiteral("--unit"), QStringLiteral("Sở Tư pháp"), QStringLiteral("--dry-run"),
                QStringLiteral("--rejects"), rejects, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = json(r).object();
    CHECK(o.value(QStringLiteral("imported")).toInt() == 2);
    CHECK(o.value(QStringLiteral("rejected")).toInt() == 1);
    CHECK(o.value(QStringLiteral("warnings")).toInt() == 1);
    CHECK(o.value(QStringLiteral("batch")).isNull());
    CHECK(QFile::exists(rejects));
    CHECK(db.list().isEmpty());

    // For real, as text.
    const Run real = db.run({QStringLiteral("import"), QStringLiteral("spokespersons"), list,
                             QStringLiteral("--unit"), QStringLiteral("Sở Tư pháp")});
    REQUIRE(real.exitCode == 0);
    CHECK(real.out.contains("Row 3: The row has no name."));
    const QJsonArray people = db.list();
    REQUIRE(people.size() == 2);
    for (const QJsonValue &v : people)
        CHECK(v.toObject().value(QStringLiteral("unit")).toString() ==
              QStringLiteral("Sở Tư pháp"));
}

TEST_CASE("cli import: refusals exit 2 and change nothing; usage errors exit 1")
{
    Db db;
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("list.xls"));
    QFile f(html);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("<html><body><table><tr><td>Họ và tên</td></tr></table></body></html>");
    f.close();
    const Run refused = db.run({QStringLiteral("import"), QStringLiteral("spokespersons"), html,
                                QStringLiteral("--json")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("list.xls")));
    const QJsonObject o = json(refused).object();
    CHECK(o.value(QStringLiteral("batch")).isNull());
    CHECK(o.value(QStringLiteral("imported")).toInt() == 0);
    CHECK(o.value(QStringLiteral("messages")).toArray().size() == 1);

    const Run unknownUnit =
        db.run({QStringLiteral("import"), QStringLiteral("spokespersons"), fixture(),
                QStringLiteral("--unit"), QStringLiteral("Sở Tư Phápp")});
    CHECK(unknownUnit.exitCode == 2);
    CHECK(unknownUnit.err.contains(QStringLiteral("Did you mean: Sở Tư pháp?")));
    const Run noSheet = db.run({QStringLiteral("import"), QStringLiteral("spokespersons"),
                                fixture(), QStringLiteral("--sheet"), QStringLiteral("Sheet9")});
    CHECK(noSheet.exitCode == 2);
    CHECK(noSheet.err.contains(QStringLiteral("Danh sách")));
    CHECK(db.list().isEmpty());
    const Run batches =
        db.run({QStringLiteral("import"), QStringLiteral("batches"), QStringLiteral("--json")});
    CHECK(json(batches).array().isEmpty());

    CHECK(db.run({QStringLiteral("import")}).exitCode == 1);
    CHECK(db.run({QStringLiteral("import"), QStringLiteral("spokespersons")}).exitCode == 1);
    CHECK(db.run({QStringLiteral("import"), QStringLiteral("spokespersons"), fixture(),
                  QStringLiteral("--rejects"), QStringLiteral("out.ods")})
              .exitCode == 1);
    CHECK(db.run({QStringLiteral("import"), QStringLiteral("spokespersons"), fixture(),
                  QStringLiteral("--date"), QStringLiteral("1/3/2024")})
              .exitCode == 1);
    CHECK(
        db.run({QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("x")}).exitCode ==
        1);
    CHECK(db.run({QStringLiteral("spokespersons"), QStringLiteral("list"),
                  QStringLiteral("--as-of"), QStringLiteral("tomorrow")})
              .exitCode == 1);
    CHECK(db.run({QStringLiteral("spokespersons")}).exitCode == 1);
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.out.contains("import spokespersons FILE"));
    CHECK(help.out.contains("spokespersons list"));
}

TEST_CASE("cli import: --close-missing with --date keeps the history")
{
    Db db;
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QByteArray &rows) {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Họ tên;Chức danh;Cơ quan\n" + rows);
        return path;
    };
    const QString a = write(QStringLiteral("a.csv"),
                            "Hà Văn Một;Giám đốc;Sở Y tế\nHà Văn Hai;Phó Giám đốc;Sở Y tế\n");
    const QString b = write(QStringLiteral("b.csv"),
                            "Hà Văn Một;Giám đốc;Sở Y tế\nHà Văn Ba;Phó Giám đốc;Sở Y tế\n");
    REQUIRE(db.run({QStringLiteral("import"), QStringLiteral("spokespersons"), a,
                    QStringLiteral("--date"), QStringLiteral("2024-01-01")})
                .exitCode == 0);
    const Run r = db.run({QStringLiteral("import"), QStringLiteral("spokespersons"), b,
                          QStringLiteral("--date"), QStringLiteral("2024-07-01"),
                          QStringLiteral("--close-missing"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    CHECK(json(r).object().value(QStringLiteral("closed")).toInt() == 1);
    const auto names = [&](const QString &date) {
        QStringList out;
        for (const QJsonValue &v : db.list({QStringLiteral("--as-of"), date}))
            out << v.toObject().value(QStringLiteral("name")).toString();
        out.sort();
        return out;
    };
    CHECK(names(QStringLiteral("2024-03-01")) ==
          QStringList{QStringLiteral("Hà Văn Hai"), QStringLiteral("Hà Văn Một")});
    CHECK(names(QStringLiteral("2024-08-01")) ==
          QStringList{QStringLiteral("Hà Văn Ba"), QStringLiteral("Hà Văn Một")});
    CHECK(db.list({QStringLiteral("--all")}).size() == 3);
}
