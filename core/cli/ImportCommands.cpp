// import (spokesperson lists from spreadsheets, batches, undo) and
// spokespersons (the list as of a date).
#include "cli/Commands.h"
#include "db/Database.h"
#include "db/ImportBatchRepository.h"
#include "db/SpokespersonRepository.h"
#include "import/ProgressFormImporter.h"
#include "import/SpokespersonImporter.h"
#include "sheet/TableWriter.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace ttcs::cli {

namespace {

// --name YYYY-MM-DD; false (after the usage error) when it is not a date.
bool dateOption(CliContext &ctx, const Args &a, const char *name, QDate &date)
{
    if (!a.has(name))
        return true;
    date = QDate::fromString(a.value(name), Qt::ISODate);
    if (!date.isValid()) {
        ctx.usageError(QCoreApplication::translate("ttcs::cli",
                                                   "--%1 needs a date such as 2024-03-01, not "
                                                   "\"%2\".")
                           .arg(QLatin1String(name), a.value(name)));
        return false;
    }
    return true;
}

QJsonObject importJson(int imported, int updated, int closed, int rejected, int warnings,
                       qint64 batch, const QStringList &messages)
{
    return QJsonObject{
        {QStringLiteral("imported"), imported},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("closed"), closed},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("batch"), batch > 0 ? QJsonValue(batch) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("messages"), QJsonArray::fromStringList(messages)},
    };
}

int importSpokespersons(CliContext &ctx, const Args &a)
{
    if (a.words.size() != 3)
        return ctx.usageError(QCoreApplication::translate(
            "ttcs::cli", "use \"import spokespersons FILE\" with one file."));
    if (!ctx.checkOptions(
            a,
            {QStringLiteral("sheet"), QStringLiteral("unit"), QStringLiteral("date"),
             QStringLiteral("rejects")},
            {QStringLiteral("json"), QStringLiteral("dry-run"), QStringLiteral("close-missing")}))
        return ExitUsage;
    import::ImportOptions options;
    if (!dateOption(ctx, a, "date", options.listDate))
        return ExitUsage;
    options.sheetName = a.value("sheet");
    options.unitForAll = a.value("unit");
    options.closeMissing = a.flags.contains(QStringLiteral("close-missing"));
    const bool dryRun = a.flags.contains(QStringLiteral("dry-run"));
    const QString rejectsPath = a.value("rejects");
    if (a.has("rejects") && !sheet::tableFormatForPath(rejectsPath))
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "--rejects needs a file ending in .csv or "
                                                     ".xlsx."));
    const QString file = a.words.at(2);

    const auto refuse = [&](const QString &message) {
        if (a.json())
            ctx.printJson(QJsonDocument(importJson(0, 0, 0, 0, 0, 0, {message})));
        return ctx.refused(message);
    };
    auto opened = db::Database::open(ctx.dbPath(), db::OpenOptions{});
    if (!opened)
        return refuse(opened.error());
    db::Database &database = *opened.value();
    import::SpokespersonImporter importer(database);
    const auto preview = importer.preview(file, options);
    if (!preview)
        return refuse(preview.error());
    const import::ImportPreview &p = preview.value();
    QStringList messages = p.messages;
    if (!rejectsPath.isEmpty()) {
        if (Status written = import::SpokespersonImporter::writeRejects(p, rejectsPath);
            !written.ok())
            return refuse(written.error());
        messages << QCoreApplication::translate("ttcs::cli", "Rows not imported written to %1.")
                        .arg(QDir::toNativeSeparators(rejectsPath));
    }
    import::ImportOutcome outcome;
    if (dryRun) {
        outcome.inserted = p.toInsert;
        outcome.updated = p.toUpdate;
        outcome.closed = p.toClose;
        outcome.rejected = int(p.rejected.size());
        outcome.warnings = p.warningCount;
        messages << QCoreApplication::translate("ttcs::cli",
                                                "Dry run: nothing was written to the database.");
    } else {
        const auto committed = importer.commit(p);
        if (!committed)
            return refuse(committed.error());
        outcome = committed.value();
        messages << QCoreApplication::translate(
                        "ttcs::cli", "Batch %1: %2 people added, %3 updated, %4 ended, %5 rows "
                                     "refused. Undo with \"ttcs-cli import undo %1\".")
                        .arg(outcome.batchId)
                        .arg(outcome.inserted)
                        .arg(outcome.updated)
                        .arg(outcome.closed)
                        .arg(outcome.rejected);
    }
    messages << p.rowMessages();
    if (a.json()) {
        ctx.printJson(QJsonDocument(importJson(outcome.inserted, outcome.updated, outcome.closed,
                                               outcome.rejected, outcome.warnings, outcome.batchId,
                                               messages)));
    } else {
        for (const QString &m : std::as_const(messages))
            ctx.out() << m << '\n';
        ctx.out().flush();
    }
    return ExitOk;
}

int importUndo(CliContext &ctx, const Args &a)
{
    if (a.words.size() != 3)
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "use \"import undo BATCH\"."));
    if (!ctx.checkOptions(a, {}, {QStringLiteral("json")}))
        return ExitUsage;
    bool ok = false;
    const qint64 batch = a.words.at(2).toLongLong(&ok);
    if (!ok || batch <= 0)
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "BATCH must be a batch number, not \"%1\".")
                .arg(a.words.at(2)));
    return ctx.withDatabase([&](db::Database &database) {
        const auto found = db::ImportBatchRepository(database).byId(batch);
        const Status st =
            found && found->kind == import::ProgressFormImporter::batchKind()
                ? import::ProgressFormImporter(database).undo(batch)
                : import::SpokespersonImporter(database).undo(batch);
        if (!st.ok())
            return ctx.refused(st.error());
        if (a.json()) {
            ctx.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("batch"), batch}, {QStringLiteral("undone"), true}}));
        } else {
            ctx.out() << QCoreApplication::translate("ttcs::cli", "Import batch %1 was undone.")
                             .arg(batch)
                      << '\n';
            ctx.out().flush();
        }
        return int(ExitOk);
    });
}

int importBatches(CliContext &ctx, const Args &a)
{
    if (a.words.size() != 2)
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "\"import batches\" takes no operands."));
    if (!ctx.checkOptions(a, {}, {QStringLiteral("json")}))
        return ExitUsage;
    return ctx.withDatabase([&](db::Database &database) {
        const auto batches = db::ImportBatchRepository(database).all();
        if (!batches)
            return ctx.refused(batches.error());
        if (a.json()) {
            QJsonArray list;
            for (const db::ImportBatch &b : batches.value()) {
                QJsonObject o{
                    {QStringLiteral("id"), b.id},
                    {QStringLiteral("kind"), b.kind},
                    {QStringLiteral("file"), b.fileName},
                    {QStringLiteral("sha256"), b.sha256},
                    {QStringLiteral("sheet"), b.sheet},
                    {QStringLiteral("importedAt"), b.importedAt.toString(Qt::ISODate)},
                    {QStringLiteral("listDate"), b.listDate.isValid()
                                                     ? QJsonValue(b.listDate.toString(Qt::ISODate))
                                                     : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("undone"), b.isUndone()},
                };
                for (const char *count : {"imported", "updated", "closed", "rejected", "warnings"})
                    o.insert(QLatin1String(count), b.summary.value(QLatin1String(count)).toInt());
                list.append(o);
            }
            ctx.printJson(QJsonDocument(list));
        } else {
            for (const db::ImportBatch &b : batches.value()) {
                ctx.out() << b.id << '\t' << b.importedAt.toLocalTime().toString(Qt::ISODate)
                          << '\t' << b.kind << '\t' << b.fileName << '\t'
                          << QCoreApplication::translate("ttcs::cli",
                                                         "%1 added, %2 updated, %3 refused")
                                 .arg(b.summary.value(QStringLiteral("imported")).toInt())
                                 .arg(b.summary.value(QStringLiteral("updated")).toInt())
                                 .arg(b.summary.value(QStringLiteral("rejected")).toInt());
                if (b.isUndone())
                    ctx.out() << '\t' << QCoreApplication::translate("ttcs::cli", "undone");
                ctx.out() << '\n';
            }
            ctx.out().flush();
        }
        return int(ExitOk);
    });
}

} // namespace

int cmdImport(CliContext &ctx, const Args &a)
{
    const QString what = a.words.value(1);
    if (what == QLatin1String("spokespersons"))
        return importSpokespersons(ctx, a);
    if (what == QLatin1String("progress"))
        return cmdImportProgress(ctx, a);
    if (what == QLatin1String("undo"))
        return importUndo(ctx, a);
    if (what == QLatin1String("batches"))
        return importBatches(ctx, a);
    return ctx.usageError(QCoreApplication::translate(
        "ttcs::cli", "use \"import spokespersons FILE\", \"import progress FILE...\", \"import "
                     "batches\" or \"import undo BATCH\"."));
}

int cmdSpokespersons(CliContext &ctx, const Args &a)
{
    if (a.words.size() != 2 || a.words.at(1) != QLatin1String("list"))
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "use \"spokespersons list\"."));
    if (!ctx.checkOptions(a, {QStringLiteral("as-of")},
                          {QStringLiteral("json"), QStringLiteral("all")}))
        return ExitUsage;
    QDate asOf = QDate::currentDate();
    if (!dateOption(ctx, a, "as-of", asOf))
        return ExitUsage;
    if (a.flags.contains(QStringLiteral("all"))) {
        if (a.has("as-of"))
            return ctx.usageError(QCoreApplication::translate(
                "ttcs::cli", "--all and --as-of cannot be used together."));
        asOf = QDate();
    }
    return ctx.withDatabase([&](db::Database &database) {
        auto people = db::SpokespersonRepository(database).servingOn(asOf);
        if (!people)
            return ctx.refused(people.error());
        struct Sorted
        {
            QByteArray unitKey;
            QByteArray nameKey;
            const Spokesperson *person;
        };
        std::vector<Sorted> sorted;
        sorted.reserve(std::size_t(people->size()));
        for (const Spokesperson &s : people.value())
            sorted.push_back({text::collationKey(s.unitName), text::personNameKey(s.name), &s});
        std::sort(sorted.begin(), sorted.end(), [](const Sorted &x, const Sorted &y) {
            if (x.unitKey != y.unitKey)
                return x.unitKey < y.unitKey;
            if (x.nameKey != y.nameKey)
                return x.nameKey < y.nameKey;
            return x.person->id < y.person->id;
        });
        if (a.json()) {
            QJsonArray list;
            for (const Sorted &entry : sorted) {
                const Spokesperson &s = *entry.person;
                list.append(QJsonObject{
                    {QStringLiteral("name"), s.name},
                    {QStringLiteral("position"), s.position},
                    {QStringLiteral("unit"), s.unitName},
                    {QStringLiteral("phone"), s.phone},
                    {QStringLiteral("email"), s.email},
                    {QStringLiteral("batch"),
                     s.batchId > 0 ? QJsonValue(s.batchId) : QJsonValue(QJsonValue::Null)},
                });
            }
            ctx.printJson(QJsonDocument(list));
        } else {
            for (const Sorted &entry : sorted) {
                const Spokesperson &s = *entry.person;
                ctx.out() << s.unitName << '\t' << s.name << '\t' << s.position << '\t' << s.phone
                          << '\t' << s.email << '\n';
            }
            ctx.out().flush();
        }
        return int(ExitOk);
    });
}

} // namespace ttcs::cli
