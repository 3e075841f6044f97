// forms (the progress forms sent to units) and "import progress" (the
// forms they send back).
#include "cli/Commands.h"
#include "db/Database.h"
#include "db/ProgressRepository.h"
#include "db/UnitRepository.h"
#include "document/AtomicFile.h"
#include "import/ProgressForm.h"
#include "import/ProgressFormImporter.h"
#include "sheet/TableWriter.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ttcs::cli {

namespace {

// The unit a name (or short name, or id) means among `units`: 0 when none,
// -1 when several do.
qint64 unitNamed(const QList<import::FormUnit> &units, const QList<Unit> &all,
                 const QString &wanted)
{
    bool isId = false;
    const qint64 id = wanted.toLongLong(&isId);
    const QString folded = text::fold(wanted).simplified();
    qint64 found = 0;
    for (const import::FormUnit &fu : units) {
        bool match = isId ? fu.id == id : text::fold(fu.name).simplified() == folded;
        if (!match && !isId) {
            for (const Unit &u : all) {
                if (u.id == fu.id && !u.shortName.isEmpty() &&
                    text::fold(u.shortName).simplified() == folded)
                    match = true;
            }
        }
        if (match) {
            if (found != 0 && found != fu.id)
                return -1;
            found = fu.id;
        }
    }
    return found;
}

int formsExport(CliContext &ctx, const Args &a)
{
    if (a.words.size() != 2)
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "\"forms export\" takes no operands."));
    if (!ctx.checkOptions(a,
                          {QStringLiteral("year"), QStringLiteral("unit"), QStringLiteral("out"),
                           QStringLiteral("out-dir")},
                          {QStringLiteral("all"), QStringLiteral("json")}))
        return ExitUsage;
    int year = 0;
    bool given = false;
    if (!ctx.yearOption(a, year, given))
        return ExitUsage;
    if (!given)
        return ctx.usageError(QCoreApplication::translate("ttcs::cli", "--year N is needed."));
    const bool all = a.flags.contains(QStringLiteral("all"));
    if (all == a.has("unit"))
        return ctx.usageError(QCoreApplication::translate(
            "ttcs::cli", "give either --unit NAME --out FILE.xlsx or --all --out-dir DIR."));
    if (!all && (!a.has("out") || QFileInfo(a.value("out")).suffix().toLower() != QLatin1String("xlsx")))
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "--out needs a file ending in .xlsx."));
    if (all && !a.has("out-dir"))
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "--all needs --out-dir DIR."));
    if (all && !QFileInfo(a.value("out-dir")).isDir())
        return ctx.refused(QCoreApplication::translate("ttcs::cli", "The folder %1 does not exist.")
                               .arg(QDir::toNativeSeparators(a.value("out-dir"))));

    return ctx.withDatabase([&](db::Database &database) {
        auto lines = db::ProgressRepository(database).lines(year);
        if (!lines)
            return ctx.refused(lines.error());
        const QList<import::FormUnit> units = import::progressFormUnits(lines.value());
        QList<import::FormUnit> chosen;
        if (all) {
            chosen = units;
            if (chosen.isEmpty())
                return ctx.refused(
                    QCoreApplication::translate("ttcs::cli", "No unit has a task in %1.").arg(year));
        } else {
            auto known = db::UnitRepository(database).existingIn(year);
            if (!known)
                return ctx.refused(known.error());
            const qint64 id = unitNamed(units, known.value(), a.value("unit"));
            if (id <= 0)
                return ctx.refused(
                    QCoreApplication::translate("ttcs::cli",
                                                "no single unit called \"%1\" has tasks in %2.")
                        .arg(a.value("unit"))
                        .arg(year));
            for (const import::FormUnit &u : units) {
                if (u.id == id)
                    chosen << u;
            }
        }
        // Every unit's forms arrive in the folder together, or none: a
        // failure half-way leaves the folder as it was.
        document::FolderWrite folder(all ? a.value("out-dir") : QString());
        for (const import::FormUnit &u : std::as_const(chosen)) {
            auto table = import::buildProgressForm(lines.value(), year, u.id);
            if (!table)
                return ctx.refused(table.error());
            Status st;
            if (all) {
                auto bytes = sheet::tableToXlsx(table.value());
                st = bytes ? folder.add(import::progressFormFileName(year, u.name), bytes.value())
                           : Status(Error{bytes.error()});
            } else {
                st = sheet::writeXlsx(table.value(), a.value("out"));
            }
            if (!st.ok())
                return ctx.refused(st.error());
        }
        if (Status st = folder.commit(); !st.ok())
            return ctx.refused(st.error());
        QJsonArray written;
        for (const import::FormUnit &u : std::as_const(chosen)) {
            const QString path =
                all ? QDir(a.value("out-dir")).filePath(import::progressFormFileName(year, u.name))
                    : a.value("out");
            written.append(QJsonObject{{QStringLiteral("unit"), u.name},
                                       {QStringLiteral("tasks"), u.tasks},
                                       {QStringLiteral("file"), path}});
            if (!a.json())
                ctx.out() << QCoreApplication::translate("ttcs::cli", "Wrote %1 (%2, %n task(s)).",
                                                         nullptr, u.tasks)
                                 .arg(QDir::toNativeSeparators(path), u.name)
                          << '\n';
        }
        if (a.json())
            ctx.printJson(QJsonDocument(written));
        ctx.out().flush();
        return int(ExitOk);
    });
}

QJsonObject summaryJson(const import::ProgressImportOutcome &o, const QStringList &messages)
{
    QJsonArray batches;
    for (qint64 id : o.batchIds)
        batches.append(id);
    return QJsonObject{
        {QStringLiteral("imported"), o.imported},
        {QStringLiteral("updated"), o.updated},
        {QStringLiteral("closed"), 0},
        {QStringLiteral("rejected"), o.rejected},
        {QStringLiteral("warnings"), o.warnings},
        {QStringLiteral("batch"), o.batchIds.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(o.batchIds.first())},
        {QStringLiteral("messages"), QJsonArray::fromStringList(messages)},
        // Beyond the spokesperson import's summary: what conflicts were
        // left, what did not change, and every batch when several files
        // changed something.
        {QStringLiteral("conflicts"), o.kept},
        {QStringLiteral("unchanged"), o.unchanged},
        {QStringLiteral("batches"), batches},
    };
}

QString shortProgress(const std::optional<Progress> &p)
{
    if (!p)
        return QStringLiteral("-");
    QString s = import::progressFormStatusText(p->status);
    if (!p->result.isEmpty())
        s += QStringLiteral(" \"%1\"").arg(p->result.left(60));
    return s;
}

} // namespace

int cmdImportProgress(CliContext &ctx, const Args &a)
{
    if (a.words.size() < 3)
        return ctx.usageError(QCoreApplication::translate(
            "ttcs::cli", "use \"import progress FILE...\" with one or more files."));
    if (!ctx.checkOptions(a, {QStringLiteral("year")},
                          {QStringLiteral("json"), QStringLiteral("dry-run"),
                           QStringLiteral("take-new"), QStringLiteral("keep-old")}))
        return ExitUsage;
    const bool takeNew = a.flags.contains(QStringLiteral("take-new"));
    const bool keepOld = a.flags.contains(QStringLiteral("keep-old"));
    if (takeNew && keepOld)
        return ctx.usageError(QCoreApplication::translate(
            "ttcs::cli", "--take-new and --keep-old cannot be used together."));
    import::ProgressFormOptions options;
    bool hasYear = false;
    if (!ctx.yearOption(a, options.year, hasYear))
        return ExitUsage;
    const bool dryRun = a.flags.contains(QStringLiteral("dry-run"));
    const QStringList paths = a.words.mid(2);

    const auto refuse = [&](const QString &message) {
        if (a.json())
            ctx.printJson(QJsonDocument(summaryJson({}, {message})));
        return ctx.refused(message);
    };
    auto opened = db::Database::open(ctx.dbPath(), db::OpenOptions{});
    if (!opened)
        return refuse(opened.error());
    db::Database &database = *opened.value();
    import::ProgressFormImporter importer(database);
    auto read = importer.readAll(paths, options);
    if (!read)
        return refuse(read.error());
    QList<import::ProgressFormFile> files = read.value();

    QStringList messages;
    for (import::ProgressFormFile &f : files) {
        for (import::ProgressFormRow &r : f.conflicts) {
            r.takeNew = takeNew;
            messages << QCoreApplication::translate(
                            "ttcs::cli", "%1: row %2, task %3 of %4: on record %5, the form says %6 (%7).")
                            .arg(f.fileName)
                            .arg(r.row)
                            .arg(r.taskNumber, r.unitName, shortProgress(r.before),
                                 shortProgress(r.after),
                                 takeNew ? QCoreApplication::translate("ttcs::cli", "form taken")
                                         : QCoreApplication::translate("ttcs::cli", "record kept"));
        }
    }
    import::ProgressImportOutcome outcome;
    if (dryRun) {
        for (const import::ProgressFormFile &f : std::as_const(files)) {
            outcome.imported += int(f.added.size());
            outcome.updated += takeNew ? int(f.conflicts.size()) : 0;
            outcome.kept += takeNew ? 0 : int(f.conflicts.size());
            outcome.unchanged += f.unchanged;
            outcome.rejected += int(f.rejected.size());
            outcome.warnings += f.warningCount();
        }
        messages << QCoreApplication::translate("ttcs::cli",
                                                "Dry run: nothing was written to the database.");
    } else {
        auto committed = importer.commit(files);
        if (!committed)
            return refuse(committed.error());
        outcome = committed.value();
        QStringList ids;
        for (qint64 id : std::as_const(outcome.batchIds))
            ids << QString::number(id);
        messages << QCoreApplication::translate(
                        "ttcs::cli", "%1 rows added, %2 changed, %3 unchanged, %4 rows refused.")
                        .arg(outcome.imported)
                        .arg(outcome.updated)
                        .arg(outcome.unchanged)
                        .arg(outcome.rejected);
        if (!ids.isEmpty())
            messages << QCoreApplication::translate(
                            "ttcs::cli", "Batch %1; undo with \"ttcs-cli import undo BATCH\".")
                            .arg(ids.join(QStringLiteral(", ")));
    }
    if (outcome.kept > 0)
        messages << QCoreApplication::translate(
                        "ttcs::cli", "%1 rows differ from what is on record and were left as "
                                     "they were; use --take-new to take the forms' values.")
                        .arg(outcome.kept);
    for (const import::ProgressFormFile &f : std::as_const(files))
        messages << f.rowMessages();
    if (a.json()) {
        ctx.printJson(QJsonDocument(summaryJson(outcome, messages)));
    } else {
        for (const QString &m : std::as_const(messages))
            ctx.out() << m << '\n';
        ctx.out().flush();
    }
    return ExitOk;
}

int cmdForms(CliContext &ctx, const Args &a)
{
    if (a.words.value(1) == QLatin1String("export"))
        return formsExport(ctx, a);
    return ctx.usageError(QCoreApplication::translate(
        "ttcs::cli", "use \"forms export --year N --unit NAME --out FILE.xlsx\" or \"forms export "
                     "--year N --all --out-dir DIR\"."));
}

} // namespace ttcs::cli
