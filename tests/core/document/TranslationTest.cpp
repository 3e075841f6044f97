#include <catch2/catch.hpp>

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// context + '\t' + source of every QCoreApplication::translate call.
QSet<QString> messagesInSources()
{
    QSet<QString> found;
    const QDir dir(QStringLiteral(TTCS_DOCUMENT_SOURCES));
    const QRegularExpression call(
        QStringLiteral("translate\\(\\s*\"([^\"]+)\",\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)\\)"));
    const QRegularExpression piece(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    for (const QString &name : dir.entryList({QStringLiteral("*.cpp")})) {
        const QString source = readText(dir.filePath(name));
        for (auto m = call.globalMatch(source); m.hasNext();) {
            const auto match = m.next();
            QString text;
            for (auto p = piece.globalMatch(match.captured(2)); p.hasNext();)
                text += p.next().captured(1);
            found.insert(match.captured(1) + QLatin1Char('\t') + text);
        }
    }
    return found;
}

} // namespace

TEST_CASE("every message of the document writers has its Vietnamese, and no more")
{
    const QString tsv = readText(QStringLiteral(TTCS_DOCUMENT_TSV));
    REQUIRE_FALSE(tsv.isEmpty());
    QSet<QString> translated;
    for (const QString &line : tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        INFO(line);
        REQUIRE(fields.size() == 3);
        CHECK(fields[0].startsWith(QStringLiteral("ttcs::document::")));
        CHECK_FALSE(fields[2].trimmed().isEmpty());
        CHECK(fields[2] == fields[2].normalized(QString::NormalizationForm_C));
        // The same placeholders in both languages.
        for (const char *marker : {"%1", "%2"})
            CHECK(fields[1].contains(QLatin1String(marker)) ==
                  fields[2].contains(QLatin1String(marker)));
        translated.insert(fields[0] + QLatin1Char('\t') + fields[1]);
    }
    const QSet<QString> used = messagesInSources();
    REQUIRE_FALSE(used.isEmpty());
    for (const QString &m : used) {
        INFO(m);
        CHECK(translated.contains(m));
    }
    for (const QString &m : translated) {
        INFO(m);
        CHECK(used.contains(m));
    }
}
