// Every fuzz target run, in the normal test suite, over its seeds and over
// every input that once made it fail (regressions/<target>/): a crash
// found by fuzzing stays fixed. Under the asan preset the sanitizers watch
// these runs too.
#include <catch2/catch.hpp>

#include "FuzzTargets.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

namespace {

// The fixtures that seed each target, beside tests/fuzz/seeds/<target>/.
QStringList fixtureSeeds(const QString &target)
{
    const QDir sheet(ttcs::test::fixturePath(QStringLiteral("sheet")));
    QStringList patterns;
    if (target == QLatin1String("xlsx"))
        return {ttcs::test::fixturePath(QStringLiteral("spokespersons_1000.xlsx")),
                sheet.filePath(QStringLiteral("shapes.xlsx"))};
    if (target == QLatin1String("xls") || target == QLatin1String("ods"))
        patterns << QStringLiteral("*.") + target;
    else if (target == QLatin1String("csv"))
        patterns << QStringLiteral("*.csv") << QStringLiteral("*.txt");
    QStringList paths;
    for (const QString &name : sheet.entryList(patterns, QDir::Files, QDir::Name))
        paths << sheet.filePath(name);
    return paths;
}

QStringList filesUnder(const QString &dir)
{
    QStringList paths;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    return paths;
}

} // namespace

TEST_CASE("fuzz targets: the seeds and every input that once failed run cleanly")
{
    const QDir fuzz(QStringLiteral(TTCS_FUZZ_DIR));
    for (const ttcs::fuzz::Target &target : ttcs::fuzz::kTargets) {
        const QString name = QString::fromLatin1(target.name);
        QStringList inputs = fixtureSeeds(name);
        inputs << filesUnder(fuzz.filePath(QStringLiteral("seeds/") + name));
        inputs << filesUnder(fuzz.filePath(QStringLiteral("regressions/") + name));
        CHECK(inputs.size() > 1);
        for (const QString &path : inputs) {
            INFO(name.toStdString() << ": " << path.toStdString());
            QFile f(path);
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QElapsedTimer timer;
            timer.start();
            CHECK(target.run(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                             std::size_t(bytes.size())) == 0);
            CHECK(timer.elapsed() < 20000);
        }
    }
}
