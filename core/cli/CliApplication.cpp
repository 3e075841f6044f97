#include "cli/CliApplication.h"

#include "cli/JsonOutput.h"
#include "db/Database.h"
#include "db/StatsRepository.h"
#include "db/TaskRepository.h"
#include "db/UnitRepository.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace ttcs::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ttcs::cli", text);
}

// Options that take a value; everything else starting with -- is a flag.
const QStringList kValueOptions = {QStringLiteral("db"),     QStringLiteral("year"),  QStringLiteral("out"),
                                   QStringLiteral("format"), QStringLiteral("sheet"), QStringLiteral("unit"),
                                   QStringLiteral("rejects"), QStringLiteral("as-of")};

void printJson(QTextStream &out, const QJsonDocument &doc)
{
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString CliApplication::usage()
{
    return tr("Usage: ttcs-cli [--db FILE] COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  init                       create the database with the default data\n"
              "  units list [--year N] [--json]\n"
              "                             the units (of year N)\n"
              "  tasks list [--json]        the plan's tasks in plan order\n"
              "  stats [--year N] [--json]  counts of units, tasks, people and progress\n"
              "\n"
              "Options:\n"
              "  --db FILE      the database (default: $TTCS_DB, else %1)\n"
              "  --help         show this help\n"
              "  --version      show the version\n"
              "\n"
              "Exit codes: 0 success, 1 usage error, 2 data or file refused.\n")
        .arg(QDir::toNativeSeparators(db::Database::defaultPath()));
}

int CliApplication::usageError(const QString &message)
{
    m_err << tr("ttcs-cli: %1").arg(message) << '\n' << tr("Run \"ttcs-cli --help\" for the commands.") << '\n';
    m_err.flush();
    return ExitUsage;
}

int CliApplication::refused(const QString &message)
{
    m_err << tr("ttcs-cli: %1").arg(message) << '\n';
    m_err.flush();
    return ExitRefused;
}

bool CliApplication::parse(const QStringList &args, Args &parsed)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("-h"))
            parsed.flags.insert(QStringLiteral("help"));
        else if (arg == QLatin1String("-v"))
            parsed.flags.insert(QStringLiteral("version"));
        else if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            QString name = arg.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            const bool inlineValue = eq >= 0;
            if (inlineValue) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (kValueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= args.size()) {
                        usageError(tr("the option --%1 needs a value.").arg(name));
                        return false;
                    }
                    value = args.at(++i);
                }
                parsed.values.insert(name, value);
            } else {
                if (inlineValue) {
                    usageError(tr("the option --%1 takes no value.").arg(name));
                    return false;
                }
                parsed.flags.insert(name);
            }
        } else {
            parsed.words << arg;
        }
    }
    return true;
}

bool CliApplication::checkOptions(const Args &a, const QStringList &allowedValues, const QStringList &allowedFlags)
{
    for (auto it = a.values.cbegin(); it != a.values.cend(); ++it) {
        if (it.key() != QLatin1String("db") && !allowedValues.contains(it.key())) {
            usageError(tr("the option --%1 does not apply to \"%2\".").arg(it.key(), a.words.join(QLatin1Char(' '))));
            return false;
        }
    }
    for (const QString &f : a.flags) {
        if (!allowedFlags.contains(f)) {
            usageError(tr("unknown option --%1.").arg(f));
            return false;
        }
    }
    return true;
}

bool CliApplication::yearOption(const Args &a, int &year, bool &given)
{
    given = a.values.contains(QStringLiteral("year"));
    if (!given)
        return true;
    bool ok = false;
    year = a.values.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 1990 || year > 2200) {
        usageError(tr("--year needs a year such as 2024, not \"%1\".").arg(a.values.value(QStringLiteral("year"))));
        return false;
    }
    return true;
}

int CliApplication::run(const QStringList &args)
{
    Args a;
    if (!parse(args, a))
        return ExitUsage;
    if (a.flags.contains(QStringLiteral("help"))) {
        m_out << usage();
        m_out.flush();
        return ExitOk;
    }
    if (a.flags.contains(QStringLiteral("version"))) {
        m_out << QStringLiteral("ttcs-cli %1\n").arg(QStringLiteral(TTCS_VERSION));
        m_out.flush();
        return ExitOk;
    }
    m_dbPath = a.values.value(QStringLiteral("db"));
    if (m_dbPath.isEmpty())
        m_dbPath = db::Database::defaultPath();
    if (a.words.isEmpty())
        return usageError(tr("no command given."));

    const QString command = a.words.first();
    if (command == QLatin1String("init"))
        return cmdInit(a);
    if (command == QLatin1String("units"))
        return cmdUnits(a);
    if (command == QLatin1String("tasks"))
        return cmdTasks(a);
    if (command == QLatin1String("stats"))
        return cmdStats(a);
    return usageError(tr("unknown command \"%1\".").arg(command));
}

int CliApplication::withDatabase(const Args &, const std::function<int(db::Database &)> &command)
{
    auto opened = db::Database::open(m_dbPath, db::OpenOptions{});
    if (!opened)
        return refused(opened.error());
    return command(*opened.value());
}

int CliApplication::cmdInit(const Args &a)
{
    if (a.words.size() != 1)
        return usageError(tr("\"init\" takes no operands."));
    if (!checkOptions(a, {}, {}))
        return ExitUsage;
    if (QFileInfo::exists(m_dbPath))
        return refused(tr("%1 already exists; it was not overwritten.").arg(QDir::toNativeSeparators(m_dbPath)));
    db::OpenOptions options;
    options.create = true;
    auto opened = db::Database::open(m_dbPath, options);
    if (!opened)
        return refused(opened.error());
    m_out << tr("Created %1 with the default data.").arg(QDir::toNativeSeparators(opened.value()->path())) << '\n';
    m_out.flush();
    return ExitOk;
}

int CliApplication::cmdUnits(const Args &a)
{
    if (a.words.size() != 2 || a.words.at(1) != QLatin1String("list"))
        return usageError(tr("use \"units list\"."));
    if (!checkOptions(a, {QStringLiteral("year")}, {QStringLiteral("json")}))
        return ExitUsage;
    int year = 0;
    bool hasYear = false;
    if (!yearOption(a, year, hasYear))
        return ExitUsage;
    return withDatabase(a, [&](db::Database &database) {
        db::UnitRepository repo(database);
        auto units = hasYear ? repo.existingIn(year) : repo.all();
        if (!units)
            return refused(units.error());
        QList<Unit> list = units.value();
        // Kind, then Vietnamese name order.
        std::stable_sort(list.begin(), list.end(), [](const Unit &x, const Unit &y) {
            if (x.kind != y.kind)
                return int(x.kind) < int(y.kind);
            return text::collationKey(x.name) < text::collationKey(y.name);
        });
        if (a.flags.contains(QStringLiteral("json"))) {
            printJson(m_out, QJsonDocument(unitsToJson(list)));
        } else {
            for (const Unit &u : list)
                m_out << u.id << '\t' << unitKindKey(u.kind) << '\t' << u.name << '\n';
            m_out.flush();
        }
        return int(ExitOk);
    });
}

int CliApplication::cmdTasks(const Args &a)
{
    if (a.words.size() != 2 || a.words.at(1) != QLatin1String("list"))
        return usageError(tr("use \"tasks list\"."));
    if (!checkOptions(a, {}, {QStringLiteral("json")}))
        return ExitUsage;
    return withDatabase(a, [&](db::Database &database) {
        auto tasks = db::TaskRepository(database).all();
        if (!tasks)
            return refused(tasks.error());
        if (a.flags.contains(QStringLiteral("json"))) {
            printJson(m_out, QJsonDocument(tasksToJson(tasks.value())));
        } else {
            for (const Task &t : tasks.value()) {
                m_out << t.number << '\t' << t.title << '\n';
                const QStringList lead = t.roleNames(TaskRoleKind::Lead);
                if (!lead.isEmpty())
                    m_out << '\t' << tr("Lead: %1").arg(lead.join(QStringLiteral("; "))) << '\n';
            }
            m_out.flush();
        }
        return int(ExitOk);
    });
}

int CliApplication::cmdStats(const Args &a)
{
    if (a.words.size() != 1)
        return usageError(tr("\"stats\" takes no operands."));
    if (!checkOptions(a, {QStringLiteral("year")}, {QStringLiteral("json")}))
        return ExitUsage;
    int year = 0;
    bool hasYear = false;
    if (!yearOption(a, year, hasYear))
        return ExitUsage;
    return withDatabase(a, [&](db::Database &database) {
        auto stats = db::StatsRepository(database).stats(hasYear ? std::optional<int>(year) : std::nullopt);
        if (!stats)
            return refused(stats.error());
        const QJsonObject o = statsToJson(stats.value());
        if (a.flags.contains(QStringLiteral("json"))) {
            printJson(m_out, QJsonDocument(o));
        } else {
            m_out << tr("Units: %1").arg(stats->units) << '\n'
                  << tr("Tasks: %1").arg(stats->tasks) << '\n'
                  << tr("Spokespersons: %1").arg(stats->spokespersons) << '\n'
                  << tr("Training classes: %1").arg(stats->trainingClasses) << '\n'
                  << tr("Trainees: %1").arg(stats->trainees) << '\n'
                  << tr("Media items: %1").arg(stats->mediaItems) << '\n';
            for (auto it = stats->progressByStatus.cbegin(); it != stats->progressByStatus.cend(); ++it)
                m_out << tr("Progress %1: %2").arg(it.key()).arg(it.value()) << '\n';
            m_out.flush();
        }
        return int(ExitOk);
    });
}

} // namespace ttcs::cli
