// export: the documents as files.
#include "cli/Commands.h"
#include "db/Database.h"
#include "document/DocxWriter.h"
#include "document/PdfWriter.h"
#include "report/AnnualPlanBuilder.h"
#include "report/MinistryReportBuilder.h"
#include "report/ReminderLetterBuilder.h"
#include "report/SpokespersonListBuilder.h"
#include "sheet/TableWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QTextStream>

namespace ttcs::cli {

namespace {

Status writeDocument(const document::Document &doc, const QString &format, const QString &path)
{
    if (format == QLatin1String("docx"))
        return document::DocxWriter().write(doc, path);
    return document::PdfWriter().write(doc, path);
}

} // namespace

int cmdExport(CliContext &ctx, const Args &a)
{
    if (a.words.size() != 2)
        return ctx.usageError(QCoreApplication::translate(
            "ttcs::cli", "use \"export plan|report|spokespersons|reminder ...\"."));
    if (!ctx.checkOptions(a,
                          {QStringLiteral("year"), QStringLiteral("format"), QStringLiteral("out"),
                           QStringLiteral("number"), QStringLiteral("date"),
                           QStringLiteral("as-of")},
                          {}))
        return ExitUsage;
    const QString what = a.words.at(1);
    if (what != QLatin1String("plan") && what != QLatin1String("report") &&
        what != QLatin1String("spokespersons") && what != QLatin1String("reminder"))
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "unknown document \"%1\".").arg(what));

    int year = QDate::currentDate().year();
    bool hasYear = false;
    if (!ctx.yearOption(a, year, hasYear))
        return ExitUsage;
    if (!hasYear)
        year = QDate::currentDate().year();
    const QString format = a.value("format").toLower();
    QStringList formats = {QStringLiteral("docx"), QStringLiteral("pdf")};
    if (what == QLatin1String("spokespersons"))
        formats << QStringLiteral("xlsx") << QStringLiteral("csv");
    if (!formats.contains(format))
        return ctx.usageError(
            QCoreApplication::translate("ttcs::cli", "--format must be one of %1.")
                .arg(formats.join(QStringLiteral(", "))));
    const QString out = a.value("out");
    if (out.isEmpty())
        return ctx.usageError(QCoreApplication::translate("ttcs::cli", "--out FILE is needed."));

    report::DocumentOptions options;
    options.year = year;
    if (a.has("number")) {
        bool ok = false;
        options.number = a.value("number").toInt(&ok);
        if (!ok || options.number <= 0)
            return ctx.usageError(QCoreApplication::translate(
                                      "ttcs::cli", "--number needs a positive number, not \"%1\".")
                                      .arg(a.value("number")));
    }
    if (a.has("date")) {
        options.date = QDate::fromString(a.value("date"), Qt::ISODate);
        if (!options.date.isValid())
            return ctx.usageError(QCoreApplication::translate(
                                      "ttcs::cli", "--date needs a date as YYYY-MM-DD, not \"%1\".")
                                      .arg(a.value("date")));
    }
    QDate asOf;
    if (a.has("as-of")) {
        asOf = QDate::fromString(a.value("as-of"), Qt::ISODate);
        if (!asOf.isValid())
            return ctx.usageError(
                QCoreApplication::translate("ttcs::cli",
                                            "--as-of needs a date as YYYY-MM-DD, not \"%1\".")
                    .arg(a.value("as-of")));
    } else {
        // The list, or the report's data, as of the end of the year, or
        // today for the current year.
        asOf = QDate(year, 12, 31);
        if (asOf > QDate::currentDate())
            asOf = QDate::currentDate();
    }

    return ctx.withDatabase([&](db::Database &database) {
        document::Document doc;
        if (what == QLatin1String("plan")) {
            auto data = report::loadAnnualPlanData(database, year);
            if (!data)
                return ctx.refused(data.error());
            doc = report::buildAnnualPlan(data.value(), options);
        } else if (what == QLatin1String("report")) {
            auto data = report::loadMinistryReportData(database, year, asOf);
            if (!data)
                return ctx.refused(data.error());
            doc = report::buildMinistryReport(data.value(), options);
        } else if (what == QLatin1String("reminder")) {
            auto data = report::loadReminderData(database, year, asOf);
            if (!data)
                return ctx.refused(data.error());
            doc = report::buildReminderLetter(data.value(), options);
        } else {
            auto data = report::loadSpokespersonList(database, asOf);
            if (!data)
                return ctx.refused(data.error());
            if (format == QLatin1String("xlsx") || format == QLatin1String("csv")) {
                // The list as a spreadsheet: one row per person, a bold row per level.
                const sheet::Table table = report::spokespersonSheet(data.value());
                const Status written = format == QLatin1String("xlsx") ? sheet::writeXlsx(table, out)
                                                                       : sheet::writeCsv(table, out);
                if (!written.ok())
                    return ctx.refused(written.error());
                ctx.out() << QCoreApplication::translate("ttcs::cli", "Wrote %1.").arg(QDir::toNativeSeparators(out))
                          << '\n';
                ctx.out().flush();
                return int(ExitOk);
            }
            doc = report::buildSpokespersonList(data.value(), options);
        }
        const Status written = writeDocument(doc, format, out);
        if (!written.ok())
            return ctx.refused(written.error());
        ctx.out() << QCoreApplication::translate("ttcs::cli", "Wrote %1.")
                         .arg(QDir::toNativeSeparators(out))
                  << '\n';
        ctx.out().flush();
        return int(ExitOk);
    });
}

} // namespace ttcs::cli
