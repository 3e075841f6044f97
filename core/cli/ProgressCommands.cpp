// progress, year, overview and media: following the plan through the year.
#include "cli/Commands.h"
#include "db/Database.h"
#include "db/MediaImporter.h"
#include "db/MediaRepository.h"
#include "db/OverviewRepository.h"
#include "db/ProgressRepository.h"
#include "db/UnitRepository.h"
#include "db/YearPlanRepository.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ttcs::cli {

namespace {

// --as-of: the date taken as today (default: the computer's date).
bool clockOption(CliContext &ctx, const Args &a, Clock &clock)
{
    if (!a.has("as-of"))
        return true;
    const QDate d = QDate::fromString(a.value("as-of"), Qt::ISODate);
    if (!d.isValid()) {
        ctx.usageError(QCoreApplication::translate(
                           "ttcs::cli", "--as-of needs a date as YYYY-MM-DD, not \"%1\".")
                           .arg(a.value("as-of")));
        return false;
    }
    clock = Clock::fixed(d);
    return true;
}

// --year, which these commands need.
bool requiredYear(CliContext &ctx, const Args &a, int &year)
{
    bool given = false;
    if (!ctx.yearOption(a, year, given))
        return false;
    if (!given) {
        ctx.usageError(QCoreApplication::translate("ttcs::cli", "--year N is needed."));
        return false;
    }
    return true;
}

QJsonValue orNull(const std::optional<Outcome> &o)
{
    return o ? QJsonValue(outcomeKey(*o)) : QJsonValue(QJsonValue::Null);
}

// The unit a name (or short name, or id) means in `year`: 0 when none, -1
// when several do.
qint64 findUnit(const QList<Unit> &units, const QString &wanted)
{
    bool isId = false;
    const qint64 id = wanted.toLongLong(&isId);
    const QString folded = text::fold(wanted).simplified();
    qint64 found = 0;
    for (const Unit &u : units) {
        const bool match =
            isId ? u.id == id
                 : text::fold(u.name).simplified() == folded ||
                       (!u.shortName.isEmpty() && text::fold(u.shortName).simplified() == folded);
        if (match) {
            if (found != 0)
                return -1;
            found = u.id;
        }
    }
    return found;
}

int progressList(CliContext &ctx, const Args &a)
{
    if (a.words.size() != 2)
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "\"progress list\" takes no operands."));
    if (!ctx.checkOptions(a,
                          {QStringLiteral("year"), QStringLiteral("as-of"), QStringLiteral("unit")},
                          {QStringLiteral("json")}))
        return ExitUsage;
    int year = 0;
    Clock clock = Clock::system();
    if (!requiredYear(ctx, a, year) || !clockOption(ctx, a, clock))
        return ExitUsage;
    return ctx.withDatabase([&](db::Database &database) {
        auto lines = db::ProgressRepository(database, clock).lines(year);
        if (!lines)
            return ctx.refused(lines.error());
        QList<ProgressLine> list = lines.value();
        if (a.has("unit")) {
            auto units = db::UnitRepository(database).existingIn(year);
            if (!units)
                return ctx.refused(units.error());
            const qint64 unitId = findUnit(units.value(), a.value("unit"));
            if (unitId <= 0)
                return ctx.refused(QCoreApplication::translate(
                                       "ttcs::cli", "no single unit is called \"%1\" in %2.")
                                       .arg(a.value("unit"))
                                       .arg(year));
            list.erase(
                std::remove_if(list.begin(), list.end(),
                               [unitId](const ProgressLine &l) { return l.unitId != unitId; }),
                list.end());
        }
        if (a.json()) {
            QJsonArray arr;
            for (const ProgressLine &l : std::as_const(list)) {
                QJsonObject o;
                o.insert(QStringLiteral("task"), l.taskNumber);
                o.insert(QStringLiteral("unit"), l.unitName);
                o.insert(QStringLiteral("status"), trackedStatusKey(l.status));
                o.insert(QStringLiteral("result"), l.progress ? l.progress->result : QString());
                o.insert(QStringLiteral("outcome"), orNull(l.outcome));
                arr.append(o);
            }
            ctx.printJson(QJsonDocument(arr));
        } else {
            for (const ProgressLine &l : std::as_const(list)) {
                ctx.out() << l.taskNumber << '\t' << l.unitName << '\t'
                          << trackedStatusLabel(l.status) << '\t'
                          << (l.outcome ? outcomeLabel(*l.outcome) : QStringLiteral("-")) << '\n';
            }
            ctx.out().flush();
        }
        return int(ExitOk);
    });
}

int progressSet(CliContext &ctx, const Args &a)
{
    if (a.words.size() < 3 || a.words.size() > 4)
        return ctx.usageError(QCoreApplication::translate(
            "ttcs::cli",
            "use \"progress set --year N --number TASK --unit UNIT STATUS [RESULT]\"."));
    if (!ctx.checkOptions(a,
                          {QStringLiteral("year"), QStringLiteral("number"), QStringLiteral("unit"),
                           QStringLiteral("date"), QStringLiteral("as-of")},
                          {}))
        return ExitUsage;
    int year = 0;
    Clock clock = Clock::system();
    if (!requiredYear(ctx, a, year) || !clockOption(ctx, a, clock))
        return ExitUsage;
    if (!a.has("number") || !a.has("unit"))
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "--number TASK and --unit UNIT are needed."));
    const auto status = progressStatusFromKey(a.words.at(2));
    if (!status)
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli",
                                        "the status must be one of not_started, in_progress, done, "
                                        "not_applicable, not \"%1\".")
                .arg(a.words.at(2)));
    QDate completed;
    if (a.has("date")) {
        completed = QDate::fromString(a.value("date"), Qt::ISODate);
        if (!completed.isValid())
            return ctx.usageError(QCoreApplication::translate(
                                      "ttcs::cli", "--date needs a date as YYYY-MM-DD, not \"%1\".")
                                      .arg(a.value("date")));
    }
    return ctx.withDatabase([&](db::Database &database) {
        auto tasks = db::YearPlanRepository(database).tasks(year);
        if (!tasks)
            return ctx.refused(tasks.error());
        qint64 taskId = 0;
        for (const TaskInYear &t : tasks.value()) {
            if (t.task.number == a.value("number"))
                taskId = t.task.id;
        }
        if (taskId == 0)
            return ctx.refused(
                QCoreApplication::translate("ttcs::cli", "the plan of %1 has no task %2.")
                    .arg(year)
                    .arg(a.value("number")));
        auto units = db::UnitRepository(database).existingIn(year);
        if (!units)
            return ctx.refused(units.error());
        const qint64 unitId = findUnit(units.value(), a.value("unit"));
        if (unitId <= 0)
            return ctx.refused(
                QCoreApplication::translate("ttcs::cli", "no single unit is called \"%1\" in %2.")
                    .arg(a.value("unit"))
                    .arg(year));
        db::ProgressRepository repo(database, clock);
        const db::ProgressKey key{taskId, unitId, year};
        auto current = repo.get(key);
        if (!current)
            return ctx.refused(current.error());
        Progress p = current.value().value_or(Progress());
        p.status = *status;
        if (a.words.size() == 4)
            p.result = a.words.at(3);
        p.completedOn = *status == ProgressStatus::Done ? completed : QDate();
        p.reportedOn = clock.today();
        auto previous = repo.put(key, p);
        if (!previous)
            return ctx.refused(previous.error());
        return int(ExitOk);
    });
}

QJsonObject overviewToJson(const db::YearOverview &o)
{
    QJsonObject root;
    root.insert(QStringLiteral("year"), o.year);
    root.insert(QStringLiteral("as_of"), o.asOf.toString(Qt::ISODate));
    QJsonArray groups;
    for (const db::TaskGroupFigures &g : o.taskGroups) {
        QJsonObject j;
        j.insert(QStringLiteral("task"), g.number);
        j.insert(QStringLiteral("title"), g.title);
        j.insert(QStringLiteral("lines"), g.lines);
        QJsonObject status;
        for (auto it = g.byStatus.cbegin(); it != g.byStatus.cend(); ++it)
            status.insert(trackedStatusKey(it.key()), it.value());
        j.insert(QStringLiteral("status"), status);
        QJsonObject outcome;
        for (auto it = g.byOutcome.cbegin(); it != g.byOutcome.cend(); ++it)
            outcome.insert(outcomeKey(it.key()), it.value());
        outcome.insert(QStringLiteral("none"), g.withoutOutcome);
        j.insert(QStringLiteral("outcome"), outcome);
        groups.append(j);
    }
    root.insert(QStringLiteral("task_groups"), groups);
    QJsonArray gaps;
    for (const db::UnitReportGap &g : o.notReported) {
        QJsonObject j;
        j.insert(QStringLiteral("unit"), g.name);
        j.insert(QStringLiteral("kind"), unitKindKey(g.kind));
        j.insert(QStringLiteral("missing"), g.missing);
        j.insert(QStringLiteral("involved"), g.involved);
        gaps.append(j);
    }
    root.insert(QStringLiteral("not_reported"), gaps);
    QJsonArray without;
    for (const Unit &u : o.withoutSpokesperson) {
        QJsonObject j;
        j.insert(QStringLiteral("unit"), u.name);
        j.insert(QStringLiteral("kind"), unitKindKey(u.kind));
        without.append(j);
    }
    root.insert(QStringLiteral("without_spokesperson"), without);
    QJsonArray trainees;
    for (const TraineeTotals &t : o.traineesByYear) {
        QJsonObject j;
        j.insert(QStringLiteral("year"), t.year);
        QJsonObject categories;
        for (auto it = t.byCategory.cbegin(); it != t.byCategory.cend(); ++it) {
            QJsonObject c;
            c.insert(QStringLiteral("trainees"), it.value().trainees);
            c.insert(QStringLiteral("completed"), it.value().completed);
            categories.insert(traineeCategoryKey(it.key()), c);
        }
        j.insert(QStringLiteral("categories"), categories);
        trainees.append(j);
    }
    root.insert(QStringLiteral("trainees_by_year"), trainees);
    QJsonArray media;
    for (const MonthSentiment &m : o.mediaByMonth) {
        QJsonObject j;
        j.insert(QStringLiteral("month"), m.month);
        j.insert(QStringLiteral("positive"), m.positive);
        j.insert(QStringLiteral("neutral"), m.neutral);
        j.insert(QStringLiteral("negative"), m.negative);
        media.append(j);
    }
    root.insert(QStringLiteral("media_by_month"), media);
    return root;
}

} // namespace

int cmdProgress(CliContext &ctx, const Args &a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("list"))
        return progressList(ctx, a);
    if (sub == QLatin1String("set"))
        return progressSet(ctx, a);
    return ctx.usageError(
        QCoreApplication::translate("ttcs::cli", "use \"progress list\" or \"progress set\"."));
}

int cmdYear(CliContext &ctx, const Args &a)
{
    if (a.words.size() != 2 || a.words.at(1) != QLatin1String("new"))
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "use \"year new --year N\"."));
    if (!ctx.checkOptions(a, {QStringLiteral("year")}, {}))
        return ExitUsage;
    int year = 0;
    if (!requiredYear(ctx, a, year))
        return ExitUsage;
    return ctx.withDatabase([&](db::Database &database) {
        auto start = db::YearPlanRepository(database).startYear(year);
        if (!start)
            return ctx.refused(start.error());
        ctx.out() << QCoreApplication::translate("ttcs::cli",
                                                 "Started %1 from %2: %3 task years copied.")
                         .arg(year)
                         .arg(start->fromYear)
                         .arg(start->created.size())
                  << '\n';
        ctx.out().flush();
        return int(ExitOk);
    });
}

int cmdOverview(CliContext &ctx, const Args &a)
{
    if (a.words.size() != 1)
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "\"overview\" takes no operands."));
    if (!ctx.checkOptions(a, {QStringLiteral("year"), QStringLiteral("as-of")},
                          {QStringLiteral("json")}))
        return ExitUsage;
    int year = 0;
    Clock clock = Clock::system();
    if (!requiredYear(ctx, a, year) || !clockOption(ctx, a, clock))
        return ExitUsage;
    return ctx.withDatabase([&](db::Database &database) {
        auto o = db::OverviewRepository(database, clock).overview(year);
        if (!o)
            return ctx.refused(o.error());
        if (a.json()) {
            ctx.printJson(QJsonDocument(overviewToJson(o.value())));
        } else {
            QTextStream &out = ctx.out();
            for (const db::TaskGroupFigures &g : o->taskGroups) {
                out << g.number << '\t' << g.title << '\t'
                    << QCoreApplication::translate("ttcs::cli",
                                                   "%1 done, %2 overdue, %3 not reported of %4")
                           .arg(g.byStatus.value(TrackedStatus::Done))
                           .arg(g.byStatus.value(TrackedStatus::Overdue))
                           .arg(g.byStatus.value(TrackedStatus::NotReported))
                           .arg(g.lines)
                    << '\n';
            }
            out << QCoreApplication::translate("ttcs::cli", "Units that have not reported: %1")
                       .arg(o->notReported.size())
                << '\n'
                << QCoreApplication::translate("ttcs::cli", "Units without a spokesperson: %1")
                       .arg(o->withoutSpokesperson.size())
                << '\n';
            out.flush();
        }
        return int(ExitOk);
    });
}

int cmdMedia(CliContext &ctx, const Args &a)
{
    if (a.words.size() != 3 || a.words.at(1) != QLatin1String("import"))
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "use \"media import FILE.csv\"."));
    if (!ctx.checkOptions(a, {}, {QStringLiteral("json")}))
        return ExitUsage;
    const QString path = a.words.at(2);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.refused(QCoreApplication::translate("ttcs::cli", "%1 cannot be read: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    return ctx.withDatabase([&](db::Database &database) {
        auto units = db::UnitRepository(database).all();
        if (!units)
            return ctx.refused(units.error());
        db::MediaImportBatch batch =
            db::MediaImporter(units.value()).read(db::MediaImporter::parseCsv(bytes));
        batch.fileName = QFileInfo(path).fileName();
        batch.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        if (batch.items.isEmpty()) {
            for (const db::RejectedRow &r : std::as_const(batch.rejected))
                ctx.err() << QCoreApplication::translate("ttcs::cli", "row %1: %2")
                                 .arg(r.row)
                                 .arg(r.reason)
                          << '\n';
            return ctx.refused(QCoreApplication::translate(
                                   "ttcs::cli", "%1 holds no media item that can be imported.")
                                   .arg(QDir::toNativeSeparators(path)));
        }
        auto result = db::MediaRepository(database).import(batch);
        if (!result)
            return ctx.refused(result.error());
        if (a.json()) {
            QJsonObject o;
            o.insert(QStringLiteral("batch"), result->batchId);
            o.insert(QStringLiteral("imported"), result->imported);
            QJsonArray rejected;
            for (const db::RejectedRow &r : std::as_const(batch.rejected))
                rejected.append(QJsonObject{{QStringLiteral("row"), r.row},
                                            {QStringLiteral("reason"), r.reason}});
            o.insert(QStringLiteral("rejected"), rejected);
            QJsonArray warnings;
            for (const db::ImportWarning &w : std::as_const(batch.warnings))
                warnings.append(QJsonObject{{QStringLiteral("row"), w.row},
                                            {QStringLiteral("message"), w.message}});
            o.insert(QStringLiteral("warnings"), warnings);
            ctx.printJson(QJsonDocument(o));
        } else {
            ctx.out() << QCoreApplication::translate("ttcs::cli",
                                                     "Imported %1 media items; %2 rows rejected.")
                             .arg(result->imported)
                             .arg(result->rejected)
                      << '\n';
            for (const db::RejectedRow &r : std::as_const(batch.rejected))
                ctx.out() << QCoreApplication::translate("ttcs::cli", "row %1: %2")
                                 .arg(r.row)
                                 .arg(r.reason)
                          << '\n';
            ctx.out().flush();
        }
        return int(ExitOk);
    });
}

} // namespace ttcs::cli
