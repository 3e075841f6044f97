#include "cli/CliContext.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace ttcs::cli {

namespace {} // namespace

CliContext::CliContext(QTextStream &out, QTextStream &err, QString dbPath)
    : m_out(out)
    , m_err(err)
    , m_dbPath(std::move(dbPath))
{}

int CliContext::usageError(const QString &message)
{
    m_err << QCoreApplication::translate("ttcs::cli", "ttcs-cli: %1").arg(message) << '\n'
          << QCoreApplication::translate("ttcs::cli", "Run \"ttcs-cli --help\" for the commands.")
          << '\n';
    m_err.flush();
    return ExitUsage;
}

int CliContext::refused(const QString &message)
{
    m_err << QCoreApplication::translate("ttcs::cli", "ttcs-cli: %1").arg(message) << '\n';
    m_err.flush();
    return ExitRefused;
}

bool CliContext::checkOptions(const Args &a, const QStringList &allowedValues,
                              const QStringList &allowedFlags)
{
    for (auto it = a.values.cbegin(); it != a.values.cend(); ++it) {
        if (it.key() != QLatin1String("db") && !allowedValues.contains(it.key())) {
            usageError(QCoreApplication::translate("ttcs::cli",
                                                   "the option --%1 does not apply to \"%2\".")
                           .arg(it.key(), a.words.join(QLatin1Char(' '))));
            return false;
        }
    }
    for (const QString &f : a.flags) {
        if (!allowedFlags.contains(f)) {
            usageError(QCoreApplication::translate("ttcs::cli", "unknown option --%1.").arg(f));
            return false;
        }
    }
    return true;
}

bool CliContext::yearOption(const Args &a, int &year, bool &given)
{
    given = a.has("year");
    if (!given)
        return true;
    bool ok = false;
    year = a.value("year").toInt(&ok);
    if (!ok || year < 1990 || year > 2200) {
        usageError(QCoreApplication::translate("ttcs::cli",
                                               "--year needs a year such as 2024, not \"%1\".")
                       .arg(a.value("year")));
        return false;
    }
    return true;
}

int CliContext::withDatabase(const std::function<int(db::Database &)> &command)
{
    auto opened = db::Database::open(m_dbPath, db::OpenOptions{});
    if (!opened)
        return refused(opened.error());
    return command(*opened.value());
}

void CliContext::printJson(const QJsonDocument &doc)
{
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace ttcs::cli
