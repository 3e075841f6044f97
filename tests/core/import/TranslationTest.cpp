// Every message of the import (core, writers, command line) has its
// Vietnamese in translations/vi/import.tsv, and the table holds no more.
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

// "a" "b" -> ab, as the .tsv writes it: \n stays two characters, \" is ".
QString joinedLiterals(const QString &literals)
{
    static const QRegularExpression piece(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    QString text;
    for (auto p = piece.globalMatch(literals); p.hasNext();)
        text += p.next().captured(1);
    return text.replace(QStringLiteral("\\\""), QStringLiteral("\""));
}

// context + '\t' + source of the messages of the given files.
QSet<QString> messagesIn(const QStringList &files)
{
    QSet<QString> found;
    static const QRegularExpression call(
        QStringLiteral("(?:translate|QT_TRANSLATE_NOOP)\\(\\s*\"([^\"]+)\",\\s*((?:\"(?:[^\"\\\\]|"
                       "\\\\.)*\"\\s*)+)\\)"));
    for (const QString &file : files) {
        const QString source = readText(QStringLiteral(TTCS_SOURCE_DIR "/") + file);
        REQUIRE_FALSE(source.isEmpty());
        for (auto m = call.globalMatch(source); m.hasNext();) {
            const auto match = m.next();
            const QString context = match.captured(1);
            const QString text = joinedLiterals(match.captured(2));
            // CliApplication.cpp lists every area's commands: only ours.
            if (file.endsWith(QLatin1String("CliApplication.cpp")) &&
                !text.startsWith(QLatin1String("  import ")) &&
                !text.startsWith(QLatin1String("  spokespersons ")))
                continue;
            found.insert(context + QLatin1Char('\t') + text);
        }
    }
    return found;
}

} // namespace

TEST_CASE("every message of the import has its Vietnamese, and no more")
{
    const QString tsv = readText(QStringLiteral(TTCS_IMPORT_TSV));
    REQUIRE_FALSE(tsv.isEmpty());
    QSet<QString> translated;
    for (const QString &line : tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        INFO(line.toStdString());
        REQUIRE(fields.size() == 3);
        CHECK_FALSE(fields[2].trimmed().isEmpty());
        CHECK(fields[2] == fields[2].normalized(QString::NormalizationForm_C));
        for (const char *marker : {"%1", "%2", "%3", "%4", "%5", "\\n"})
            CHECK(fields[1].count(QLatin1String(marker)) == fields[2].count(QLatin1String(marker)));
        CHECK_FALSE(translated.contains(fields[0] + QLatin1Char('\t') + fields[1]));
        translated.insert(fields[0] + QLatin1Char('\t') + fields[1]);
    }
    QStringList files = {QStringLiteral("core/cli/ImportCommands.cpp"),
                         QStringLiteral("core/cli/CliApplication.cpp"),
                         QStringLiteral("core/sheet/TableWriter.cpp"),
                         QStringLiteral("core/db/ImportBatchRepository.cpp")};
    const QDir import(QStringLiteral(TTCS_SOURCE_DIR "/core/import"));
    for (const QString &name : import.entryList({QStringLiteral("*.cpp")}))
        files << QStringLiteral("core/import/") + name;
    const QSet<QString> used = messagesIn(files);
    REQUIRE(used.size() > 40);
    for (const QString &m : used) {
        INFO(m.toStdString());
        CHECK(translated.contains(m));
    }
    for (const QString &m : translated) {
        INFO(m.toStdString());
        CHECK(used.contains(m));
    }
}
