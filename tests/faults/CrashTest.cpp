// A process killed at any moment (SIGKILL: no handler, no clean-up) keeps
// the data: the database is whole and holds a transaction entirely or not
// at all, a document being saved leaves the earlier file or the complete
// new one, an upgrade leaves the old version or the new one. Each test
// kills its child at random moments for a few seconds (TTCS_FAULT_SECONDS,
// TTCS_FAULT_SEED replay a run).
#include <catch2/catch.hpp>

#include "FaultSupport.h"
#include "TestSupport.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "db/SyntheticData.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>

using namespace ttcs;
using namespace ttcs::faults;

namespace {

// A database with the current schema and no rows of data.
QString emptyDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    db::OpenOptions o;
    o.create = true;
    o.loadDefaultData = false;
    auto db = db::Database::open(path, o);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    return path;
}

// Starts `program` and waits for its first line of output.
void startAndWaitForLine(QProcess &p, const QString &program, const QStringList &args,
                         const QByteArray &line)
{
    p.setProcessEnvironment(childEnvironment());
    p.start(program, args);
    REQUIRE(p.waitForStarted(30000));
    QByteArray out;
    while (!out.contains(line)) {
        INFO(out.toStdString() << p.readAllStandardError().toStdString());
        REQUIRE(p.waitForReadyRead(60000));
        out += p.readAllStandardOutput();
    }
}

QString describe(const QMap<QString, qint64> &counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << it.key() + QLatin1Char('=') + QString::number(it.value());
    return parts.join(QLatin1Char(' '));
}

quint32 le(const QByteArray &b, qsizetype at, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

// The entries of a whole zip: its end record last, its central directory
// just before it; -1 when it is not whole.
int zipEntries(const QByteArray &zip)
{
    const qsizetype end = zip.size() - 22;
    if (end < 0 || le(zip, end, 4) != 0x06054b50u)
        return -1;
    const quint32 size = le(zip, end + 12, 4);
    const quint32 offset = le(zip, end + 16, 4);
    if (qsizetype(offset) + qsizetype(size) != end || le(zip, offset, 4) != 0x02014b50u)
        return -1;
    return int(le(zip, end + 10, 2));
}

// A complete document of `format`: what a writer that finished gives. Not
// byte-equal to `reference` (dates inside), but whole: a PDF from its
// header to its end-of-file marker, a zip with every entry of the reference
// and its directory in place.
bool looksComplete(const QByteArray &bytes, const QByteArray &reference, const QString &format)
{
    if (bytes == reference)
        return true;
    if (std::abs(bytes.size() - reference.size()) > reference.size() / 100)
        return false;
    if (format == QLatin1String("pdf"))
        return bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF") &&
               bytes.contains("startxref");
    return zipEntries(bytes) > 0 && zipEntries(bytes) == zipEntries(reference);
}

// Upgrades the database at `path` from `fromVersion` up to the step that
// creates `table`: a table of that name in the way makes that step fail
// and roll back.
void upgradeUntil(const QString &path, int fromVersion, const QString &table)
{
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("partial"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        db::SqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE %1(x)").arg(table)));
        REQUIRE_FALSE(db::migrate(raw, fromVersion).ok());
        REQUIRE(q.exec(QStringLiteral("DROP TABLE %1").arg(table)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("partial"));
}

} // namespace

#ifdef Q_OS_UNIX

TEST_CASE("killed during a large transaction, the database is whole and has all of it or none")
{
    QTemporaryDir dir;
    const QString empty = emptyDatabase(dir);
    const QMap<QString, qint64> before = tableCounts(empty);

    // A run to its end: what "all of it" is, and how long the transaction takes.
    const QString reference = dir.filePath(QStringLiteral("reference.sqlite"));
    REQUIRE(copyDatabase(empty, reference));
    const Run whole = run(childPath(), {QStringLiteral("generate"), reference});
    INFO(whole.err.toStdString());
    REQUIRE(whole.exitCode == 0);
    const QMap<QString, qint64> after = tableCounts(reference);
    REQUIRE(after != before);
    REQUIRE(after.value(QStringLiteral("spokespersons")) > 10000);
    const int transactionMs = whole.out.mid(whole.out.indexOf("done ") + 5).trimmed().toInt();

    FaultLoop loop;
    INFO("TTCS_FAULT_SEED=" << loop.seed());
    const QString victim = dir.filePath(QStringLiteral("victim.sqlite"));
    int killed = 0;
    int none = 0;
    while (loop.more()) {
        REQUIRE(copyDatabase(empty, victim));
        QProcess p;
        startAndWaitForLine(p, childPath(), {QStringLiteral("generate"), victim}, "begin");
        const int delay = loop.delay(transactionMs + transactionMs / 10);
        QElapsedTimer roundTimer;
        roundTimer.start();
        if (killAfter(p, delay))
            ++killed;
        const qint64 ranMs = roundTimer.elapsed();
        INFO("round " << loop.rounds() << ", killed after " << delay << " ms of "
                      << transactionMs);
        CHECK(integrityCheck(victim) == QStringLiteral("ok"));
        const QMap<QString, qint64> counts = tableCounts(victim);
        INFO(describe(counts).toStdString());
        CHECK((counts == before || counts == after));
        none += counts == before ? 1 : 0;
        // Killed after its commit (during the checkpoint at exit) or ended:
        // the transaction takes no longer than this on this machine now.
        loop.ended(counts == before, ranMs);
        // The application opens it and can write to it.
        auto db = db::Database::open(victim, db::OpenOptions{});
        INFO(db.error().toStdString());
        REQUIRE(db.ok());
        CHECK(db.value()->transaction([] { return Status(); }).ok());
    }
    CHECK(killed > 0);
    CHECK(none > 0);
}

TEST_CASE("killed while a document is saved, the earlier file is intact or the new one complete")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("export.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), database, QStringLiteral("init")}).exitCode == 0);

    for (const QString &format : {QStringLiteral("docx"), QStringLiteral("pdf")}) {
        INFO(format.toStdString());
        const QString out = dir.filePath(QStringLiteral("plan.") + format);
        const QString ref = dir.filePath(QStringLiteral("reference.") + format);
        const auto exportTo = [&](const QString &path, const QString &number) {
            return QStringList{QStringLiteral("--db"),     database,
                               QStringLiteral("export"),   QStringLiteral("plan"),
                               QStringLiteral("--year"),   QStringLiteral("2023"),
                               QStringLiteral("--format"), format,
                               QStringLiteral("--number"), number,
                               QStringLiteral("--out"),    path};
        };
        // The earlier file: number 7. The new one: number 8.
        REQUIRE(cli(exportTo(out, QStringLiteral("7"))).exitCode == 0);
        const QByteArray earlier = readBytes(out);
        QElapsedTimer timer;
        timer.start();
        REQUIRE(cli(exportTo(ref, QStringLiteral("8"))).exitCode == 0);
        const int wholeMs = int(timer.elapsed());
        const QByteArray complete = readBytes(ref);
        REQUIRE(earlier.size() > 1000);
        REQUIRE(complete != earlier);
        QFile::remove(ref);

        FaultLoop loop;
        INFO("TTCS_FAULT_SEED=" << loop.seed());
        int killed = 0;
        int replaced = 0;
        QStringList leftovers;
        while (loop.more()) {
            REQUIRE(writeBytes(out, earlier));
            QProcess p;
            p.setProcessEnvironment(childEnvironment());
            p.start(cliPath(), exportTo(out, QStringLiteral("8")));
            REQUIRE(p.waitForStarted(30000));
            const int delay = loop.delay(wholeMs + wholeMs / 10);
            if (killAfter(p, loop, delay))
                ++killed;
            else
                REQUIRE(p.exitCode() == 0);
            INFO("round " << loop.rounds() << ", killed after " << delay << " ms of " << wholeMs);
            const QByteArray now = readBytes(out);
            if (now != earlier) {
                INFO("now " << now.size() << " bytes, complete " << complete.size() << ", earlier "
                            << earlier.size() << ", starts " << now.left(8).toHex().toStdString()
                            << ", ends " << now.right(24).toHex().toStdString());
                CHECK(looksComplete(now, complete, format));
                ++replaced;
            }
            // A temporary file of the save in progress may be left beside
            // it (nothing can remove it after SIGKILL); never another name.
            for (const QString &name : otherFiles(dir.path(), {QStringLiteral("export.sqlite"),
                                                               QStringLiteral("export.sqlite-wal"),
                                                               QStringLiteral("export.sqlite-shm"),
                                                               QFileInfo(out).fileName()})) {
                INFO("left beside it: " << name.toStdString());
                CHECK(name.startsWith(QFileInfo(out).fileName() + QLatin1Char('.')));
                leftovers << name;
                QFile::remove(dir.filePath(name));
            }
        }
        CHECK(killed > 0);
        if (!leftovers.isEmpty())
            WARN(leftovers.size() << " temporary file(s) left beside " << format.toStdString()
                                  << " after a kill, e.g. " << leftovers.first().toStdString());
        (void)replaced;
        QFile::remove(out);
    }
}

TEST_CASE("killed during an upgrade, the database is at the old version or the new one")
{
    QTemporaryDir dir;
    // A version 1 database: the first step of the migrations only, with
    // synthetic data.
    const QString v1 = dir.filePath(QStringLiteral("v1.sqlite"));
    upgradeUntil(v1, 0, QStringLiteral("plan_years"));
    REQUIRE(userVersion(v1) == 1);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(v1);
        REQUIRE(raw.open());
        REQUIRE(raw.transaction());
        db::SyntheticSize size;
        size.years = 3;
        size.units = 300;
        size.tasks = 100;
        size.progressRows = 60000;
        size.spokespersons = 20000;
        size.trainees = 2000;
        size.mediaItems = 2000;
        const Status st = db::generateSyntheticData(raw, size);
        INFO(st.error().toStdString());
        REQUIRE(st.ok());
        REQUIRE(raw.commit());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    // Each step of the upgrade is a transaction of its own: killed between
    // two, the database is whole at the version in between.
    REQUIRE(db::currentSchemaVersion() == 3);
    const QString v2 = dir.filePath(QStringLiteral("v2.sqlite"));
    REQUIRE(copyDatabase(v1, v2));
    upgradeUntil(v2, 1, QStringLiteral("spokespersons_new"));
    REQUIRE(userVersion(v2) == 2);
    const QStringList oldSchema = schema(v1);
    const QStringList midSchema = schema(v2);
    REQUIRE(midSchema != oldSchema);
    const QMap<QString, qint64> rows = tableCounts(v1);
    // Every row of the old tables is still there (new tables may be added).
    const auto keptRows = [&rows](const QString &path) {
        const QMap<QString, qint64> now = tableCounts(path);
        return std::all_of(rows.keyValueBegin(), rows.keyValueEnd(), [&now](const auto &table) {
            return now.value(table.first, -1) == table.second;
        });
    };

    // An upgrade to its end: the new schema and how long it takes.
    const QString upgraded = dir.filePath(QStringLiteral("upgraded.sqlite"));
    REQUIRE(copyDatabase(v1, upgraded));
    const QStringList stats = {QStringLiteral("stats"), QStringLiteral("--year"),
                               QStringLiteral("2018"), QStringLiteral("--json")};
    QElapsedTimer timer;
    timer.start();
    const Run whole = cli(QStringList{QStringLiteral("--db"), upgraded} + stats);
    const int wholeMs = int(timer.elapsed());
    INFO(whole.err.toStdString());
    REQUIRE(whole.exitCode == 0);
    const QStringList newSchema = schema(upgraded);
    REQUIRE(userVersion(upgraded) == 3);
    REQUIRE(newSchema != midSchema);
    REQUIRE(keptRows(upgraded));

    FaultLoop loop;
    INFO("TTCS_FAULT_SEED=" << loop.seed());
    QTemporaryDir work;
    const QString victim = work.filePath(QStringLiteral("victim.sqlite"));
    int killed = 0;
    int old = 0;
    int damagedCopies = 0;
    while (loop.more()) {
        for (const QString &name : otherFiles(work.path(), {}))
            QFile::remove(work.filePath(name));
        REQUIRE(copyDatabase(v1, victim));
        QProcess p;
        p.setProcessEnvironment(childEnvironment());
        p.start(cliPath(), QStringList{QStringLiteral("--db"), victim} + stats);
        REQUIRE(p.waitForStarted(30000));
        const int delay = loop.delay(wholeMs);
        QElapsedTimer roundTimer;
        roundTimer.start();
        if (killAfter(p, delay))
            ++killed;
        const qint64 ranMs = roundTimer.elapsed();
        INFO("round " << loop.rounds() << ", killed after " << delay << " ms of " << wholeMs);
        CHECK(integrityCheck(victim) == QStringLiteral("ok"));
        const int version = userVersion(victim);
        loop.ended(version == 1, ranMs);
        CHECK((version >= 1 && version <= 3));
        CHECK(schema(victim) ==
              (version == 1 ? oldSchema : version == 2 ? midSchema : newSchema));
        CHECK(keptRows(victim));
        old += version == 1 ? 1 : 0;
        // The copy kept before the upgrade is a whole database under its
        // own name, or it is not there under that name.
        for (const QString &name : otherFiles(work.path(), {})) {
            if (!name.endsWith(QLatin1String(".bak")))
                continue;
            const QString check = integrityCheck(work.filePath(name));
            if (check != QStringLiteral("ok"))
                ++damagedCopies;
            INFO(name.toStdString() << ": " << check.toStdString());
            CHECK(check == QStringLiteral("ok"));
        }
        // The next open finishes the upgrade.
        auto db = db::Database::open(victim, db::OpenOptions{});
        INFO(db.error().toStdString());
        REQUIRE(db.ok());
        db.value().reset();
        CHECK(userVersion(victim) == 3);
        CHECK(keptRows(victim));
    }
    CHECK(killed > 0);
    CHECK(old > 0);
    CHECK(damagedCopies == 0);
}

#else

TEST_CASE("killing a process at random needs a Unix system")
{
    WARN("SIGKILL fault tests skipped: not a Unix system");
}

#endif
