// ttcs-cli progress, year, overview and media, run as a process the way
// scripts use them.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "TestSupport.h"
#include "text/VietnameseText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Db : CliDb
{
    QJsonArray list(int year, const char *asOf) const
    {
        const Run r =
            run({QStringLiteral("progress"), QStringLiteral("list"), QStringLiteral("--year"),
                 QString::number(year), QStringLiteral("--as-of"), QLatin1String(asOf),
                 QStringLiteral("--json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return json(r).array();
    }
};

QJsonObject find(const QJsonArray &lines, const char *task, const QString &unit)
{
    for (const QJsonValue &v : lines) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("task")).toString() == QLatin1String(task) &&
            o.value(QStringLiteral("unit")).toString() == unit)
            return o;
    }
    FAIL("no line for " << task << " / " << unit.toStdString());
    return {};
}

const QString kStttt = QStringLiteral("Sở Thông tin và Truyền thông");
const QString kStp = QStringLiteral("Sở Tư pháp");
const QString kBaBe = QStringLiteral("UBND huyện Ba Bể");

} // namespace

TEST_CASE("cli progress: list --json gives one element per involved task and unit")
{
    Db db;
    const QJsonArray lines = db.list(2024, "2024-06-01");
    REQUIRE_FALSE(lines.isEmpty());
    QStringList taskOrder;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject o = lines.at(i).toObject();
        CHECK(o.keys() == QStringList({QStringLiteral("outcome"), QStringLiteral("result"),
                                       QStringLiteral("status"), QStringLiteral("task"),
                                       QStringLiteral("unit")}));
        CHECK(o.value(QStringLiteral("status")).toString() == QStringLiteral("not_reported"));
        const QString task = o.value(QStringLiteral("task")).toString();
        for (const char *group : {"3", "6", "8", "9"})
            CHECK(task != QLatin1String(group));
        if (taskOrder.isEmpty() || taskOrder.last() != task)
            taskOrder << task;
        if (i > 0 && lines.at(i - 1).toObject().value(QStringLiteral("task")).toString() == task) {
            CHECK(ttcs::text::collationKey(
                      lines.at(i - 1).toObject().value(QStringLiteral("unit")).toString()) <=
                  ttcs::text::collationKey(o.value(QStringLiteral("unit")).toString()));
        }
    }
    CHECK(taskOrder ==
          QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3.1"),
                       QStringLiteral("3.2"), QStringLiteral("3.3"), QStringLiteral("4"),
                       QStringLiteral("5"), QStringLiteral("6.1"), QStringLiteral("6.2"),
                       QStringLiteral("7"), QStringLiteral("8.1"), QStringLiteral("8.2"),
                       QStringLiteral("8.3"), QStringLiteral("8.4"), QStringLiteral("9.1"),
                       QStringLiteral("9.2")}));
    // Task 2: the STTTT leads, the STP coordinates ("the units concerned" names nobody).
    CHECK(find(lines, "2", kStttt).value(QStringLiteral("outcome")).toString() ==
          QStringLiteral("in_progress"));
    CHECK(find(lines, "2", kStp).value(QStringLiteral("result")).toString().isEmpty());
    // Continuous task: no outcome.
    CHECK(find(lines, "1", kStp).value(QStringLiteral("outcome")).isNull());
}

TEST_CASE("cli progress: set, then list with computed statuses before and after the deadline")
{
    Db db;
    const QString year = QStringLiteral("2024");
    auto set = [&](const char *task, const QString &unit, const char *status, const QString &result,
                   const char *date) {
        QStringList args = {
            QStringLiteral("progress"), QStringLiteral("set"), QStringLiteral("--year"), year,
            QStringLiteral("--number"), QLatin1String(task),   QStringLiteral("--unit"), unit,
            QLatin1String(status)};
        if (!result.isEmpty())
            args << result;
        if (date)
            args << QStringLiteral("--date") << QLatin1String(date);
        args << QStringLiteral("--as-of") << QStringLiteral("2024-12-20");
        const Run r = db.run(args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
    };
    set("2", kStttt, "done", QStringLiteral("Đã rà soát 12 văn bản"), "2024-11-30");
    set("2", kStp, "in_progress", {}, nullptr);
    set("5", QStringLiteral("UBND huyện Chợ Mới"), "done", {}, "2025-01-10");
    set("3.1", kStp, "not_applicable", {}, nullptr);
    set("5", QStringLiteral("stttt"), "not_started", {}, nullptr); // a short name works too

    const QJsonArray before = db.list(2024, "2024-12-31");
    const QJsonObject done = find(before, "2", kStttt);
    CHECK(done.value(QStringLiteral("status")).toString() == QStringLiteral("done"));
    CHECK(done.value(QStringLiteral("outcome")).toString() == QStringLiteral("on_time"));
    CHECK(done.value(QStringLiteral("result")).toString() ==
          QStringLiteral("Đã rà soát 12 văn bản"));
    CHECK(find(before, "2", kStp).value(QStringLiteral("status")).toString() ==
          QStringLiteral("in_progress"));
    CHECK(find(before, "5", kBaBe).value(QStringLiteral("status")).toString() ==
          QStringLiteral("not_reported"));
    CHECK(find(before, "5", kBaBe).value(QStringLiteral("outcome")).toString() ==
          QStringLiteral("in_progress"));
    const QJsonObject na = find(before, "3.1", kStp);
    CHECK(na.value(QStringLiteral("status")).toString() == QStringLiteral("not_applicable"));
    CHECK(na.value(QStringLiteral("outcome")).isNull());

    const QJsonArray after = db.list(2024, "2025-01-02");
    CHECK(find(after, "2", kStp).value(QStringLiteral("status")).toString() ==
          QStringLiteral("overdue"));
    CHECK(find(after, "2", kStp).value(QStringLiteral("outcome")).toString() ==
          QStringLiteral("overdue"));
    CHECK(find(after, "5", kStttt).value(QStringLiteral("status")).toString() ==
          QStringLiteral("overdue"));
    CHECK(find(after, "5", kBaBe).value(QStringLiteral("status")).toString() ==
          QStringLiteral("not_reported"));
    CHECK(find(after, "5", kBaBe).value(QStringLiteral("outcome")).toString() ==
          QStringLiteral("overdue"));
    const QJsonObject late = find(after, "5", QStringLiteral("UBND huyện Chợ Mới"));
    CHECK(late.value(QStringLiteral("status")).toString() == QStringLiteral("done"));
    CHECK(late.value(QStringLiteral("outcome")).toString() == QStringLiteral("late"));

    // --unit keeps one unit's lines.
    const Run one =
        db.run({QStringLiteral("progress"), QStringLiteral("list"), QStringLiteral("--year"), year,
                QStringLiteral("--unit"), kStp, QStringLiteral("--json")});
    REQUIRE(one.exitCode == 0);
    for (const QJsonValue &v : json(one).array())
        CHECK(v.toObject().value(QStringLiteral("unit")).toString() == kStp);

    // Another year has its own progress.
    CHECK(
        find(db.list(2025, "2025-06-01"), "2", kStttt).value(QStringLiteral("status")).toString() ==
        QStringLiteral("not_reported"));
}

TEST_CASE("cli progress: usage errors exit 1, refused data exits 2")
{
    Db db;
    CHECK(db.run({QStringLiteral("progress"), QStringLiteral("list"), QStringLiteral("--json")})
              .exitCode == 1);
    CHECK(db.run({QStringLiteral("progress")}).exitCode == 1);
    CHECK(db.run({QStringLiteral("progress"), QStringLiteral("list"), QStringLiteral("--year"),
                  QStringLiteral("2024"), QStringLiteral("--as-of"), QStringLiteral("yesterday")})
              .exitCode == 1);
    const QStringList set = {QStringLiteral("progress"), QStringLiteral("set"),
                             QStringLiteral("--year"), QStringLiteral("2024"),
                             QStringLiteral("--number")};
    CHECK(db.run(set + QStringList{QStringLiteral("2"), QStringLiteral("--unit"), kStp,
                                   QStringLiteral("finished")})
              .exitCode == 1);
    CHECK(db.run(set + QStringList{QStringLiteral("42"), QStringLiteral("--unit"), kStp,
                                   QStringLiteral("done")})
              .exitCode == 2);
    CHECK(db.run(set + QStringList{QStringLiteral("2"), QStringLiteral("--unit"),
                                   QStringLiteral("Sở Không Có"), QStringLiteral("done")})
              .exitCode == 2);
    // A group of sub-tasks takes no progress of its own.
    const Run group = db.run(set + QStringList{QStringLiteral("3"), QStringLiteral("--unit"), kStp,
                                               QStringLiteral("done")});
    CHECK(group.exitCode == 2);
    CHECK(group.err.contains(QStringLiteral("sub-tasks")));
}

TEST_CASE("cli year: new starts a year once")
{
    Db db;
    const Run first = db.run({QStringLiteral("year"), QStringLiteral("new"),
                              QStringLiteral("--year"), QStringLiteral("2024")});
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains("2024"));
    const Run again = db.run({QStringLiteral("year"), QStringLiteral("new"),
                              QStringLiteral("--year"), QStringLiteral("2024")});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already")));
    CHECK(db.run({QStringLiteral("year"), QStringLiteral("new"), QStringLiteral("--year"),
                  QStringLiteral("2022")})
              .exitCode == 2);
    CHECK(db.run({QStringLiteral("year"), QStringLiteral("new")}).exitCode == 1);
}

TEST_CASE("cli overview and media import")
{
    Db db;
    const QString csv = db.dir.filePath(QStringLiteral("media.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Ngày,Báo,Tiêu đề,Sắc thái\n"
               "02/03/2024,Báo Bắc Kạn,Bắc Kạn đẩy mạnh chuyển đổi số,Tích cực\n"
               "15/03/2024,Facebook,\"Tin đồn, thất thiệt\",Tiêu cực\n"
               "16/03/2024,Facebook,Không rõ,???\n");
    file.close();
    const Run imported =
        db.run({QStringLiteral("media"), QStringLiteral("import"), csv, QStringLiteral("--json")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonObject result = json(imported).object();
    CHECK(result.value(QStringLiteral("imported")).toInt() == 2);
    CHECK(result.value(QStringLiteral("rejected")).toArray().size() == 1);
    CHECK(db.run({QStringLiteral("media"), QStringLiteral("import"), csv}).exitCode == 2);

    const Run r =
        db.run({QStringLiteral("overview"), QStringLiteral("--year"), QStringLiteral("2024"),
                QStringLiteral("--as-of"), QStringLiteral("2025-01-15"), QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = json(r).object();
    CHECK(o.value(QStringLiteral("as_of")).toString() == QStringLiteral("2024-12-31"));
    CHECK(o.value(QStringLiteral("task_groups")).toArray().size() == 9);
    CHECK(o.value(QStringLiteral("media_by_month"))
              .toArray()
              .at(2)
              .toObject()
              .value(QStringLiteral("negative"))
              .toInt() == 1);
    // No unit has a spokesperson in a new database.
    CHECK(o.value(QStringLiteral("without_spokesperson")).toArray().size() == 26);
}
