// `ttcs-cli import spokespersons` killed at random moments on a list of
// 100,000 people: the database is whole, and the import is in it entirely
// (every person and its batch) or not at all.
#include <catch2/catch.hpp>

#include "FaultSupport.h"
#include "ImportKillLoop.h"
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

    killImportsAtRandom({initial, importInto, wholeMs, before, after, QStringLiteral("spokespersons")},
                        dir.filePath(QStringLiteral("victim.sqlite")));
}

#endif
