// init, units, tasks and stats.
#include "cli/Commands.h"
#include "cli/JsonOutput.h"
#include "db/Database.h"
#include "db/StatsRepository.h"
#include "db/TaskRepository.h"
#include "db/UnitRepository.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace ttcs::cli {

namespace {} // namespace

int cmdInit(CliContext &ctx, const Args &a)
{
    if (a.words.size() != 1)
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "\"init\" takes no operands."));
    if (!ctx.checkOptions(a, {}, {}))
        return ExitUsage;
    if (QFileInfo::exists(ctx.dbPath()))
        return ctx.refused(
            QCoreApplication::translate("ttcs::cli", "%1 already exists; it was not overwritten.")
                .arg(QDir::toNativeSeparators(ctx.dbPath())));
    db::OpenOptions options;
    options.create = true;
    auto opened = db::Database::open(ctx.dbPath(), options);
    if (!opened)
        return ctx.refused(opened.error());
    ctx.out() << QCoreApplication::translate("ttcs::cli", "Created %1 with the default data.")
                     .arg(QDir::toNativeSeparators(opened.value()->path()))
              << '\n';
    ctx.out().flush();
    return ExitOk;
}

int cmdUnits(CliContext &ctx, const Args &a)
{
    if (a.words.size() != 2 || a.words.at(1) != QLatin1String("list"))
        return ctx.usageError(QCoreApplication::translate("ttcs::cli", "use \"units list\"."));
    if (!ctx.checkOptions(a, {QStringLiteral("year")}, {QStringLiteral("json")}))
        return ExitUsage;
    int year = 0;
    bool hasYear = false;
    if (!ctx.yearOption(a, year, hasYear))
        return ExitUsage;
    return ctx.withDatabase([&](db::Database &database) {
        db::UnitRepository repo(database);
        auto units = hasYear ? repo.existingIn(year) : repo.all();
        if (!units)
            return ctx.refused(units.error());
        QList<Unit> list = units.value();
        // Kind, then Vietnamese name order.
        std::stable_sort(list.begin(), list.end(), [](const Unit &x, const Unit &y) {
            if (x.kind != y.kind)
                return int(x.kind) < int(y.kind);
            return text::collationKey(x.name) < text::collationKey(y.name);
        });
        if (a.json()) {
            ctx.printJson(QJsonDocument(unitsToJson(list)));
        } else {
            for (const Unit &u : list)
                ctx.out() << u.id << '\t' << unitKindKey(u.kind) << '\t' << u.name << '\n';
            ctx.out().flush();
        }
        return int(ExitOk);
    });
}

int cmdTasks(CliContext &ctx, const Args &a)
{
    if (a.words.size() != 2 || a.words.at(1) != QLatin1String("list"))
        return ctx.usageError(QCoreApplication::translate("ttcs::cli", "use \"tasks list\"."));
    if (!ctx.checkOptions(a, {}, {QStringLiteral("json")}))
        return ExitUsage;
    return ctx.withDatabase([&](db::Database &database) {
        auto tasks = db::TaskRepository(database).all();
        if (!tasks)
            return ctx.refused(tasks.error());
        if (a.json()) {
            ctx.printJson(QJsonDocument(tasksToJson(tasks.value())));
        } else {
            for (const Task &t : tasks.value()) {
                ctx.out() << t.number << '\t' << t.title << '\n';
                const QStringList lead = t.roleNames(TaskRoleKind::Lead);
                if (!lead.isEmpty())
                    ctx.out() << '\t'
                              << QCoreApplication::translate("ttcs::cli", "Lead: %1")
                                     .arg(lead.join(QStringLiteral("; ")))
                              << '\n';
            }
            ctx.out().flush();
        }
        return int(ExitOk);
    });
}

int cmdStats(CliContext &ctx, const Args &a)
{
    if (a.words.size() != 1)
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "\"stats\" takes no operands."));
    if (!ctx.checkOptions(a, {QStringLiteral("year")}, {QStringLiteral("json")}))
        return ExitUsage;
    int year = 0;
    bool hasYear = false;
    if (!ctx.yearOption(a, year, hasYear))
        return ExitUsage;
    return ctx.withDatabase([&](db::Database &database) {
        auto stats =
            db::StatsRepository(database).stats(hasYear ? std::optional<int>(year) : std::nullopt);
        if (!stats)
            return ctx.refused(stats.error());
        if (a.json()) {
            ctx.printJson(QJsonDocument(statsToJson(stats.value())));
        } else {
            QTextStream &out = ctx.out();
            out << QCoreApplication::translate("ttcs::cli", "Units: %1").arg(stats->units) << '\n'
                << QCoreApplication::translate("ttcs::cli", "Tasks: %1").arg(stats->tasks) << '\n'
                << QCoreApplication::translate("ttcs::cli", "Spokespersons: %1")
                       .arg(stats->spokespersons)
                << '\n'
                << QCoreApplication::translate("ttcs::cli", "Training classes: %1")
                       .arg(stats->trainingClasses)
                << '\n'
                << QCoreApplication::translate("ttcs::cli", "Trainees: %1").arg(stats->trainees)
                << '\n'
                << QCoreApplication::translate("ttcs::cli", "Media items: %1")
                       .arg(stats->mediaItems)
                << '\n';
            for (auto it = stats->progressByStatus.cbegin(); it != stats->progressByStatus.cend();
                 ++it)
                out << QCoreApplication::translate("ttcs::cli", "Progress %1: %2")
                           .arg(it.key())
                           .arg(it.value())
                    << '\n';
            out.flush();
        }
        return int(ExitOk);
    });
}

} // namespace ttcs::cli
