#include "ImportKillLoop.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

namespace ttcs::faults {

void killImportsAtRandom(const ImportKills &kills, const QString &victim)
{
    FaultLoop loop(2);
    INFO("TTCS_FAULT_SEED=" << loop.seed());
    int killed = 0;
    int none = 0;
    while (loop.more()) {
        REQUIRE(copyDatabase(kills.initial, victim));
        QProcess p;
        p.setProcessEnvironment(childEnvironment());
        p.start(cliPath(), kills.args(victim));
        REQUIRE(p.waitForStarted(30000));
        const int delay = loop.delay(kills.wholeMs);
        QElapsedTimer killTimer;
        killTimer.start();
        if (killAfter(p, delay))
            ++killed;
        const qint64 ranMs = killTimer.elapsed();
        INFO("round " << loop.rounds() << ", killed after " << delay << " ms of "
                      << kills.wholeMs);
        CHECK(integrityCheck(victim) == QStringLiteral("ok"));
        const QMap<QString, qint64> counts = tableCounts(victim);
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            INFO(it.key().toStdString() << " = " << it.value());
            CHECK((it.value() == kills.before.value(it.key()) ||
                   it.value() == kills.after.value(it.key())));
        }
        // The rows and their batch go together.
        const bool rows = counts.value(kills.contentTable) == kills.after.value(kills.contentTable);
        const bool batch = counts.value(QStringLiteral("import_batches")) ==
                           kills.after.value(QStringLiteral("import_batches"));
        CHECK(rows == batch);
        none += rows ? 0 : 1;
        // Killed after its commit, or ended: the import takes no longer.
        loop.ended(!rows, ranMs);
    }
    CHECK(killed > 0);
    CHECK(none > 0);
}

} // namespace ttcs::faults
