// `ttcs-cli import spokespersons` killed at random moments on a list of
// 100,000 people: the database is whole, and the import is in it entirely
// (every person and its batch) or not at all.
#include <catch2/catch.hpp>

#include "FaultSupport.h"
#include "ImportTestSupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace ttcs;
using namespace ttcs::faults;

#ifdef Q_OS_UNIX

TEST_CASE("killed during an import, the database has the whole list or none of it")
{
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("danh sách.xlsx"));
    REQUIRE(test::writeLargeList(list, 100000));
    const QString initial = dir.filePath(QStringLiteral("initial.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), initial, QStringLiteral("init")}).exitCode == 0);
    const QMap<QString, qint64> before = tableCounts(initial);

    const auto importInto = [&list](const QString &path) {
        return QStringList{QStringLiteral("--db"), path, QStringLiteral("import"),
                           QStringLiteral("spokespersons"), list};
    };
    const QString reference = dir.filePath(QStringLiteral("reference.sqlite"));
    REQUIRE(copyDatabase(initial, reference));
    QElapsedTimer timer;
    timer.start();
    const Run whole = cli(importInto(reference));
    const int wholeMs = int(timer.elapsed());
    INFO(whole.err.toStdString());
    REQUIRE(whole.exitCode == 0);
    const QMap<QString, qint64> after = tableCounts(reference);
    REQUIRE(after.value(QStringLiteral("spokespersons")) >
            before.value(QStringLiteral("spokespersons")) + 90000);

    FaultLoop loop(2);
    INFO("TTCS_FAULT_SEED=" << loop.seed());
    const QString victim = dir.filePath(QStringLiteral("victim.sqlite"));
    int killed = 0;
    int none = 0;
    while (loop.more()) {
        REQUIRE(copyDatabase(initial, victim));
        QProcess p;
        p.setProcessEnvironment(childEnvironment());
        p.start(cliPath(), importInto(victim));
        REQUIRE(p.waitForStarted(30000));
        const int delay = loop.delay(wholeMs);
        QElapsedTimer killTimer;
        killTimer.start();
        if (killAfter(p, delay))
            ++killed;
        const qint64 ranMs = killTimer.elapsed();
        INFO("round " << loop.rounds() << ", killed after " << delay << " ms of " << wholeMs);
        CHECK(integrityCheck(victim) == QStringLiteral("ok"));
        const QMap<QString, qint64> counts = tableCounts(victim);
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            INFO(it.key().toStdString() << " = " << it.value());
            CHECK((it.value() == before.value(it.key()) || it.value() == after.value(it.key())));
        }
        // The people and their batch go together.
        const bool people = counts.value(QStringLiteral("spokespersons")) ==
                            after.value(QStringLiteral("spokespersons"));
        const bool batch = counts.value(QStringLiteral("import_batches")) ==
                           after.value(QStringLiteral("import_batches"));
        CHECK(people == batch);
        none += people ? 0 : 1;
        // Killed after its commit, or ended: the import takes no longer.
        loop.ended(!people, ranMs);
    }
    CHECK(killed > 0);
    CHECK(none > 0);
}

#endif
