// ttcs-cli: the headless commands. Parses the arguments, opens the database,
// runs one command and returns the exit code: 0 success, 1 usage error,
// 2 data or file refused (the reason on the error stream).
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>

class QTextStream;

namespace ttcs::db {
class Database;
}

namespace ttcs::cli {

enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitRefused = 2 };

class CliApplication final
{
public:
    CliApplication(QTextStream &out, QTextStream &err);

    // `args` without the program name.
    int run(const QStringList &args);

    static QString usage();

private:
    struct Args
    {
        QStringList words;             // command, subcommand, operands
        QHash<QString, QString> values; // --name VALUE
        QSet<QString> flags;           // --json, --dry-run, …
    };

    bool parse(const QStringList &args, Args &parsed);
    int usageError(const QString &message);
    int refused(const QString &message);
    bool checkOptions(const Args &a, const QStringList &allowedValues, const QStringList &allowedFlags);
    bool yearOption(const Args &a, int &year, bool &given);
    int withDatabase(const Args &a, const std::function<int(db::Database &)> &command);

    int cmdInit(const Args &a);
    int cmdUnits(const Args &a);
    int cmdTasks(const Args &a);
    int cmdStats(const Args &a);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbPath;
};

} // namespace ttcs::cli
