// `ttcs-cli import progress` killed at random moments while it takes in the
// filled forms of every unit at once: the database is whole, and the
// answers are in it entirely (every progress row and the batches of the
// files) or not at all.
#include <catch2/catch.hpp>

#include "FaultSupport.h"
#include "ImportKillLoop.h"
#include "ImportTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace ttcs;
using namespace ttcs::faults;

#ifdef Q_OS_UNIX

TEST_CASE("killed during a progress-form import, the database has all the answers or none")
{
    QTemporaryDir dir;
    const QString initial = dir.filePath(QStringLiteral("initial.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), initial, QStringLiteral("init")}).exitCode == 0);

    // Every unit's form for 2024, each filled in completely.
    const QString forms = dir.filePath(QStringLiteral("forms"));
    REQUIRE(QDir().mkpath(forms));
    const Run exported = cli({QStringLiteral("--db"), initial, QStringLiteral("forms"),
                              QStringLiteral("export"), QStringLiteral("--all"),
                              QStringLiteral("--year"), QStringLiteral("2024"),
                              QStringLiteral("--out-dir"), forms});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QStringList filled;
    const QFileInfoList blank =
        QDir(forms).entryInfoList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
    REQUIRE(blank.size() > 20);
    QDir().mkpath(dir.filePath(QStringLiteral("filled")));
    for (const QFileInfo &form : blank) {
        const QString out = dir.filePath(QStringLiteral("filled/") + form.fileName());
        REQUIRE(test::fillProgressForm(form.filePath(), out, -1, QStringLiteral("hoàn thành"),
                                       QStringLiteral("Đã thực hiện đầy đủ")));
        filled << out;
    }
    const QMap<QString, qint64> before = tableCounts(initial);

    const auto importInto = [&filled](const QString &path) {
        return QStringList{QStringLiteral("--db"), path, QStringLiteral("import"),
                           QStringLiteral("progress")} +
               filled;
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
    REQUIRE(after.value(QStringLiteral("progress")) > before.value(QStringLiteral("progress")) + 100);

    killImportsAtRandom({initial, importInto, wholeMs, before, after, QStringLiteral("progress")},
                        dir.filePath(QStringLiteral("victim.sqlite")));
}

#endif
