// What every ttcs-cli command works with: its parsed arguments, the output
// and error streams, the database path, and the helpers that word errors and
// exit codes the same way for every command.
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>

class QJsonDocument;
class QTextStream;

namespace ttcs::db {
class Database;
}

namespace ttcs::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitRefused = 2
};

struct Args
{
    QStringList words;              // command, subcommand, operands
    QHash<QString, QString> values; // --name VALUE
    QSet<QString> flags;            // --json, --dry-run, …

    bool json() const { return flags.contains(QStringLiteral("json")); }
    QString value(const char *name) const { return values.value(QLatin1String(name)); }
    bool has(const char *name) const { return values.contains(QLatin1String(name)); }
};

class CliContext final
{
public:
    CliContext(QTextStream &out, QTextStream &err, QString dbPath);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QString &dbPath() const { return m_dbPath; }

    // Print the message and return ExitUsage / ExitRefused.
    int usageError(const QString &message);
    int refused(const QString &message);

    // False (after printing the usage error) when `a` has an option that the
    // command does not take. --db is always allowed.
    bool checkOptions(const Args &a, const QStringList &allowedValues,
                      const QStringList &allowedFlags);
    // Reads --year; false (after the usage error) when it is not a year.
    bool yearOption(const Args &a, int &year, bool &given);

    // Opens the database (which must exist) and runs `command` on it.
    int withDatabase(const std::function<int(db::Database &)> &command);

    void printJson(const QJsonDocument &doc);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbPath;
};

// A command: "units" with its usage lines for --help.
struct Command
{
    const char *name;
    const char *usage; // translatable in context "ttcs::cli"
    std::function<int(CliContext &, const Args &)> run;
};

} // namespace ttcs::cli
