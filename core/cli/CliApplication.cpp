#include "cli/CliApplication.h"

#include "cli/Commands.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace ttcs::cli {

namespace {

// Options that take a value; everything else starting with -- is a flag.
const QStringList kValueOptions = {QStringLiteral("db"),      QStringLiteral("year"),
                                   QStringLiteral("out"),     QStringLiteral("format"),
                                   QStringLiteral("sheet"),   QStringLiteral("unit"),
                                   QStringLiteral("rejects"), QStringLiteral("as-of"),
                                   QStringLiteral("number"),  QStringLiteral("date"),
                                   QStringLiteral("out-dir")};

} // namespace

const QList<Command> &CliApplication::commands()
{
    static const QList<Command> list = {
        {"init",
         QT_TRANSLATE_NOOP(
             "ttcs::cli",
             "  init                       create the database with the default data\n"),
         cmdInit},
        {"units",
         QT_TRANSLATE_NOOP("ttcs::cli",
                           "  units list [--year N] [--json]\n"
                           "                             the units (that exist in year N)\n"),
         cmdUnits},
        {"tasks",
         QT_TRANSLATE_NOOP("ttcs::cli",
                           "  tasks list [--json]        the plan's tasks in plan order\n"),
         cmdTasks},
        {"stats",
         QT_TRANSLATE_NOOP(
             "ttcs::cli",
             "  stats [--year N] [--json]  counts of units, tasks, people and progress\n"),
         cmdStats},
        {"export",
         QT_TRANSLATE_NOOP("ttcs::cli",
                           "  export plan|report|spokespersons|reminder --year N --format docx|pdf|xlsx|csv --out FILE\n"
                           "         [--number N] [--date YYYY-MM-DD] [--as-of YYYY-MM-DD]\n"
                           "                             a document (no --number: a draft with the number blank;\n"
                           "                             --as-of: the list's date or the report's data cut-off;\n"
                           "                             reminder: the letter to the units that have not reported)\n"),
         cmdExport},
        {"progress",
         QT_TRANSLATE_NOOP(
             "ttcs::cli",
             "  progress list --year N [--unit UNIT] [--as-of YYYY-MM-DD] [--json]\n"
             "                             each unit's progress on each task of the year\n"
             "  progress set --year N --number TASK --unit UNIT STATUS [RESULT]\n"
             "         [--date YYYY-MM-DD] [--as-of YYYY-MM-DD]\n"
             "                             record a unit's progress (--date: when done)\n"),
         cmdProgress},
        {"year",
         QT_TRANSLATE_NOOP("ttcs::cli",
                           "  year new --year N          start year N's plan from year N-1\n"),
         cmdYear},
        {"overview",
         QT_TRANSLATE_NOOP("ttcs::cli", "  overview --year N [--as-of YYYY-MM-DD] [--json]\n"
                                        "                             the figures of the year\n"),
         cmdOverview},
        {"media",
         QT_TRANSLATE_NOOP(
             "ttcs::cli",
             "  media import FILE.csv [--json]\n"
             "                             add media-monitoring items from a CSV file\n"),
         cmdMedia},
        {"import",
         QT_TRANSLATE_NOOP("ttcs::cli",
                           "  import spokespersons FILE [--sheet NAME] [--unit UNIT] [--date YYYY-MM-DD]\n"
                           "         [--close-missing] [--dry-run] [--rejects OUT.csv|OUT.xlsx] [--json]\n"
                           "                             import a unit's list of spokespersons\n"
                           "  import progress FILE... [--year N] [--take-new|--keep-old] [--dry-run] [--json]\n"
                           "                             import progress forms filled in by units (conflicts\n"
                           "                             with what is on record are kept unless --take-new)\n"
                           "  import batches [--json]    the imports made, newest first\n"
                           "  import undo BATCH          take an import back\n"),
         cmdImport},
        {"spokespersons",
         QT_TRANSLATE_NOOP("ttcs::cli",
                           "  spokespersons list [--as-of YYYY-MM-DD | --all] [--json]\n"
                           "                             the spokespersons serving on a date (today)\n"),
         cmdSpokespersons},
        {"forms",
         QT_TRANSLATE_NOOP("ttcs::cli",
                           "  forms export --year N --unit UNIT --out FILE.xlsx\n"
                           "  forms export --year N --all --out-dir DIR [--json]\n"
                           "                             the progress form of a unit (or of every unit)\n"),
         cmdForms},
    };
    return list;
}

CliApplication::CliApplication(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

QString CliApplication::usage()
{
    QString text = QCoreApplication::translate(
        "ttcs::cli", "Usage: ttcs-cli [--db FILE] COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command &c : commands())
        text += QCoreApplication::translate("ttcs::cli", c.usage);
    text += QCoreApplication::translate(
                "ttcs::cli", "\n"
                             "Options:\n"
                             "  --db FILE      the database (default: $TTCS_DB, else %1)\n"
                             "  --help         show this help\n"
                             "  --version      show the version\n"
                             "\n"
                             "Exit codes: 0 success, 1 usage error, 2 data or file refused.\n")
                .arg(QDir::toNativeSeparators(db::Database::defaultPath()));
    return text;
}

bool CliApplication::parse(const QStringList &args, Args &parsed, CliContext &ctx)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("-h")) {
            parsed.flags.insert(QStringLiteral("help"));
        } else if (arg == QLatin1String("-v")) {
            parsed.flags.insert(QStringLiteral("version"));
        } else if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
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
                        ctx.usageError(QCoreApplication::translate("ttcs::cli",
                                                                   "the option --%1 needs a value.")
                                           .arg(name));
                        return false;
                    }
                    value = args.at(++i);
                }
                parsed.values.insert(name, value);
            } else {
                if (inlineValue) {
                    ctx.usageError(
                        QCoreApplication::translate("ttcs::cli", "the option --%1 takes no value.")
                            .arg(name));
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

int CliApplication::run(const QStringList &args)
{
    CliContext probe(m_out, m_err, QString());
    Args a;
    if (!parse(args, a, probe))
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
    QString dbPath = a.value("db");
    if (dbPath.isEmpty())
        dbPath = db::Database::defaultPath();
    CliContext ctx(m_out, m_err, dbPath);
    if (a.words.isEmpty())
        return ctx.usageError(QCoreApplication::translate("ttcs::cli", "no command given."));

    const QString word = a.words.first();
    for (const Command &c : commands()) {
        if (word == QLatin1String(c.name))
            return c.run(ctx, a);
    }
    return ctx.usageError(
        QCoreApplication::translate("ttcs::cli", "unknown command \"%1\".").arg(word));
}

} // namespace ttcs::cli
