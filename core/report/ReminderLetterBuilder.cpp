#include "report/ReminderLetterBuilder.h"

#include "db/OverviewRepository.h"
#include "document/AdministrativeText.h"
#include "report/AnnualPlanBuilder.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>

namespace ttcs::report {

using namespace ttcs::document;

namespace {

// The letter's symbol: "STTTT-VP" (the body, then the drafting unit).
QString letterSymbol(const OrgProfile &profile)
{
    QString symbol = profile.issuingBodyShort.trimmed();
    const QString drafting = profile.draftingUnit.trimmed();
    if (!drafting.isEmpty())
        symbol += (symbol.isEmpty() ? QString() : QStringLiteral("-")) + drafting;
    return symbol;
}

} // namespace

Result<ReminderData> loadReminderData(db::Database &db, int year, const QDate &asOf)
{
    ReminderData data;
    data.year = year;
    data.asOf = asOf;
    if (!data.asOf.isValid()) {
        data.asOf = QDate(year, 12, 31);
        if (data.asOf > QDate::currentDate())
            data.asOf = QDate::currentDate();
    }
    auto plan = loadAnnualPlanData(db, year);
    if (!plan)
        return Error{plan.error()};
    data.profile = plan->profile;
    data.plan = plan->plan;
    auto overview = db::OverviewRepository(db, Clock::fixed(data.asOf)).overview(year);
    if (!overview)
        return Error{overview.error()};
    // The sender does not write to itself.
    const QString sender = text::fold(bodyName(data.profile)).simplified();
    for (const db::UnitReportGap &gap : overview->notReported) {
        if (gap.missing > 0 && text::fold(gap.name).simplified() != sender)
            data.units << ReminderUnit{gap.name, gap.missing, gap.involved};
    }
    if (data.units.isEmpty())
        return Error{QCoreApplication::translate(
                         "ttcs::report", "Every unit has reported on its tasks of %1; there is "
                                         "no one to remind.")
                         .arg(year)};
    return data;
}

Document buildReminderLetter(const ReminderData &data, const DocumentOptions &options)
{
    const OrgProfile &profile = data.profile;
    const int year = data.year;
    const QString body = bodyName(profile);
    const QString subject =
        QStringLiteral("Đôn đốc báo cáo kết quả thực hiện nhiệm vụ truyền thông chính sách năm %1")
            .arg(year);
    Document doc;
    doc.properties.title = subject;
    doc.properties.author = body;

    Section &main = doc.addSection();
    HeaderBlock header;
    header.parentBody = headerLines(profile.parentBody);
    header.issuingBody = headerLines(profile.issuingBody);
    header.numberLine = numberLine(options.number, letterSymbol(profile));
    header.subject = QStringLiteral("V/v đôn đốc báo cáo kết quả thực hiện\nnhiệm vụ truyền "
                                    "thông chính sách năm %1")
                         .arg(year);
    header.dateLine = dateLine(profile.place, options.date, year);
    main.add(header);

    // Kính gửi: one unit on the same line, a few as a list under it, many
    // by reference to the table (which names them all).
    constexpr int kMostListed = 6;
    Paragraph to;
    to.sizePt = 14;
    to.spaceBeforePt = 18;
    to.spaceAfterPt = 6;
    to.leftIndentMm = 25;
    if (data.units.size() == 1) {
        to.runs << Run{QStringLiteral("Kính gửi: ") + data.units.first().name + QStringLiteral(".")};
        main.add(to);
    } else if (data.units.size() > kMostListed) {
        to.runs << Run{QStringLiteral("Kính gửi: Các cơ quan, đơn vị có tên tại bảng dưới đây.")};
        to.spaceAfterPt = 12;
        main.add(to);
    } else {
        to.runs << Run{QStringLiteral("Kính gửi:")};
        to.keepWithNext = true;
        main.add(to);
        for (int i = 0; i < data.units.size(); ++i) {
            Paragraph unit(QStringLiteral("- ") + data.units.at(i).name +
                           (i + 1 < data.units.size() ? QStringLiteral(";") : QStringLiteral(".")));
            unit.sizePt = 14;
            unit.leftIndentMm = 48;
            unit.spaceAfterPt = i + 1 < data.units.size() ? 0 : 12;
            main.add(unit);
        }
    }

    const QDate letterDate = options.date.isValid() ? options.date : data.asOf;
    const QDate replyBy = letterDate.addDays(7);
    main.add(Paragraph::body(
        QStringLiteral("Thực hiện %1, %2 đã gửi các cơ quan, đơn vị phiếu báo cáo tiến độ thực "
                       "hiện nhiệm vụ truyền thông chính sách năm %3. Đến ngày %4, %5 cơ quan, "
                       "đơn vị chưa báo cáo đầy đủ kết quả thực hiện các nhiệm vụ được giao, cụ "
                       "thể như sau:")
            .arg(planReference(data.plan), body)
            .arg(year)
            .arg(data.asOf.toString(QStringLiteral("dd/MM/yyyy")))
            .arg(data.units.size())));

    Table table;
    table.columnWidthsMm = {14, 100, 40};
    table.headerRowCount = 1;
    table.addRow({QStringLiteral("STT"), QStringLiteral("Cơ quan, đơn vị"),
                  QStringLiteral("Số nhiệm vụ chưa báo cáo")},
                 13, true, Alignment::Center);
    for (int i = 0; i < data.units.size(); ++i) {
        const ReminderUnit &u = data.units.at(i);
        TableRow &row = table.addRow({QString::number(i + 1), u.name,
                                      QStringLiteral("%1/%2").arg(u.missing).arg(u.involved)},
                                     13);
        row.cells[0].paragraphs[0].alignment = Alignment::Center;
        row.cells[2].paragraphs[0].alignment = Alignment::Center;
    }
    main.add(table);

    Paragraph ask = Paragraph::body(
        QStringLiteral("Để kịp thời tổng hợp, báo cáo %1 theo quy định, %2 đề nghị các cơ quan, "
                       "đơn vị khẩn trương hoàn thành phiếu báo cáo tiến độ đã được gửi (chọn tình "
                       "trạng, ghi kết quả thực hiện và số liệu của từng nhiệm vụ) và gửi về %2 "
                       "trước ngày %3.")
            .arg(profile.reportRecipient.isEmpty() ? QStringLiteral("cấp trên")
                                                   : profile.reportRecipient,
                 body, replyBy.toString(QStringLiteral("dd/MM/yyyy"))));
    ask.spaceBeforePt = 12;
    main.add(ask);
    main.add(Paragraph::body(
        QStringLiteral("Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.")));

    SignatureBlock signature;
    signature.recipients = QStringList{QStringLiteral("Như trên")};
    signature.archive = archiveLine(profile);
    signature.authority = authorityLines(profile);
    signature.signerName = profile.signerName;
    main.add(signature);
    return doc;
}

} // namespace ttcs::report
