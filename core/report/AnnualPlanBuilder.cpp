#include "report/AnnualPlanBuilder.h"

#include "db/PlanRepository.h"
#include "db/SettingsRepository.h"
#include "db/TaskRepository.h"
#include "document/AdministrativeText.h"

#include <QHash>

namespace ttcs::report {

using namespace ttcs::document;

namespace {

QString joined(const QStringList &names)
{
    return names.join(QStringLiteral("; "));
}

// The plan's own wording when it has one, else the names of the units and
// groups, ending with a full stop.
QString roleText(const Task &t, TaskRoleKind kind)
{
    QString text;
    switch (kind) {
    case TaskRoleKind::Lead:
        text = t.leadText;
        break;
    case TaskRoleKind::Coordinate:
        text = t.coordinateText;
        break;
    case TaskRoleKind::Implement:
        text = t.implementText;
        break;
    }
    if (text.isEmpty())
        text = joined(t.roleNames(kind));
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

// "Theo dõi … điện tử" from "Theo dõi … điện tử." for a table cell.
QString withoutFinalStop(QString s)
{
    while (s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char(':')))
        s.chop(1);
    return s;
}

// Lower-cases the first letter: "Tăng cường …" inside a sentence.
QString inSentence(const QString &s)
{
    if (s.isEmpty())
        return s;
    return s.at(0).toLower() + s.mid(1);
}

void addLines(Section &section, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        section.add(Paragraph::body(line));
}

void addTask(Section &section, const Task &t, bool hasChildren)
{
    const bool sub = t.parentId != 0;
    if (hasChildren || !sub) {
        section.add(Paragraph::heading(2, t.number + QStringLiteral(". ") + t.title));
    } else {
        // A sub-task is one sentence: its number, its text, a colon.
        section.add(Paragraph::heading(3, t.number + QStringLiteral(". ") +
                                              withoutFinalStop(t.title) + QLatin1Char(':')));
    }
    if (hasChildren)
        return;
    if (!sub && !t.content.isEmpty() && t.content != t.title)
        section.add(
            Paragraph::listItem(QStringLiteral("-"), QStringLiteral("Nội dung: ") + t.content));
    const QString lead = roleText(t, TaskRoleKind::Lead);
    const QString implement = roleText(t, TaskRoleKind::Implement);
    const QString coordinate = roleText(t, TaskRoleKind::Coordinate);
    if (!lead.isEmpty())
        section.add(Paragraph::listItem(QStringLiteral("-"),
                                        QStringLiteral("Đơn vị chủ trì thực hiện: ") + lead));
    if (!implement.isEmpty())
        section.add(Paragraph::listItem(QStringLiteral("-"),
                                        QStringLiteral("Đơn vị thực hiện: ") + implement));
    if (!coordinate.isEmpty())
        section.add(Paragraph::listItem(QStringLiteral("-"),
                                        QStringLiteral("Đơn vị phối hợp: ") + coordinate));
    if (!t.timeFrame.isEmpty())
        section.add(Paragraph::listItem(QStringLiteral("-"),
                                        QStringLiteral("Thời gian thực hiện: ") + t.timeFrame));
}

} // namespace

Result<AnnualPlanData> loadAnnualPlanData(db::Database &db, int year)
{
    AnnualPlanData data;
    auto profile = db::SettingsRepository(db).profile();
    if (!profile)
        return Error{profile.error()};
    auto plan = db::PlanRepository(db).forYear(year);
    if (!plan)
        return Error{plan.error()};
    auto tasks = db::TaskRepository(db).all();
    if (!tasks)
        return Error{tasks.error()};
    data.profile = profile.value();
    data.plan = plan.value();
    for (const Task &t : tasks.value()) {
        if (t.planId == data.plan.id)
            data.tasks << t;
    }
    return data;
}

Document buildAnnualPlan(const AnnualPlanData &data, const DocumentOptions &options)
{
    const OrgProfile &profile = data.profile;
    const int year = options.year;
    const QString subject =
        QStringLiteral("Triển khai công tác truyền thông chính sách năm %1").arg(year);

    Document doc;
    doc.properties.title = QStringLiteral("Kế hoạch ") + inSentence(subject);
    doc.properties.subject = data.plan.title;
    doc.properties.author = bodyName(profile);

    Section &main = doc.addSection();
    HeaderBlock header;
    header.parentBody = headerLines(profile.parentBody);
    header.issuingBody = headerLines(profile.issuingBody);
    header.numberLine = numberLine(options.number, profile.planSymbol);
    header.dateLine = dateLine(profile.place, options.date, year);
    main.add(header);

    main.add(Paragraph::documentTitle(QStringLiteral("KẾ HOẠCH")));
    main.add(Paragraph::documentSubject(subject));

    // Legal bases: the standing plan first, then what it rests on.
    QStringList bases;
    bases << QStringLiteral("Căn cứ ") + planReference(data.plan) + QStringLiteral(" về ") +
                 inSentence(data.plan.title);
    for (const QString &b : data.plan.legalBases)
        bases << QStringLiteral("Căn cứ ") + b;
    for (int i = 0; i < bases.size(); ++i)
        main.add(Paragraph::legalBasis(
            bases.at(i) + (i + 1 < bases.size() ? QStringLiteral(";") : QStringLiteral("."))));
    main.add(Paragraph::body(bodyName(profile) +
                             QStringLiteral(" xây dựng Kế hoạch triển khai công tác truyền thông "
                                            "chính sách năm %1 như sau:")
                                 .arg(year)));

    QHash<qint64, int> childCount;
    for (const Task &t : data.tasks)
        childCount[t.parentId] += 1;

    for (const PlanSection &sec : data.plan.sections) {
        if (sec.key == QLatin1String("closing"))
            continue;
        if (!sec.heading.isEmpty())
            main.add(Paragraph::heading(1, sec.heading));
        if (sec.key == QLatin1String("tasks")) {
            for (const Task &t : data.tasks)
                addTask(main, t, childCount.contains(t.id));
        } else if (sec.key == QLatin1String("organisation")) {
            for (const PlanResponsibility &r : data.plan.responsibilities) {
                main.add(Paragraph::heading(2, r.heading));
                addLines(main, r.body);
            }
        } else {
            addLines(main, sec.body);
        }
    }
    main.add(Paragraph::body(
        QStringLiteral("Trên đây là Kế hoạch triển khai công tác truyền thông chính sách năm %1 "
                       "của %2; đề nghị các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ triển khai "
                       "thực hiện, báo cáo kết quả về %2 trước ngày 15 tháng 12 năm %1 để tổng "
                       "hợp./.")
            .arg(year)
            .arg(bodyName(profile))));

    SignatureBlock signature;
    signature.recipients = recipientNames(profile);
    signature.archive = archiveLine(profile);
    signature.authority = authorityLines(profile);
    signature.signerName = profile.signerName;
    main.add(signature);

    // Appendix: the tasks as a table, landscape.
    Section &appendix = doc.addSection(Orientation::Landscape);
    appendix.add(Paragraph::centered(QStringLiteral("Phụ lục"), 14, true));
    appendix.add(Paragraph::centered(
        QStringLiteral("DANH MỤC NHIỆM VỤ TRUYỀN THÔNG CHÍNH SÁCH NĂM %1").arg(year), 14, true));
    const QString number =
        options.number > 0 ? paddedNumber(options.number) : QStringLiteral("      ");
    const QString date = options.date.isValid()
                             ? options.date.toString(QStringLiteral("dd/MM/yyyy"))
                             : QStringLiteral("      ");
    Paragraph attached =
        Paragraph::centered(QStringLiteral("(Kèm theo Kế hoạch số %1/%2 ngày %3 của %4)")
                                .arg(number, profile.planSymbol, date, bodyName(profile)),
                            14, false, true);
    attached.spaceAfterPt = 12;
    appendix.add(attached);

    Table table;
    table.columnWidthsMm = {14, 80, 42, 50, 26, 30};
    table.headerRowCount = 1;
    table.addRow({QStringLiteral("STT"), QStringLiteral("Nhiệm vụ"),
                  QStringLiteral("Đơn vị chủ trì"), QStringLiteral("Đơn vị phối hợp"),
                  QStringLiteral("Thời gian thực hiện"), QStringLiteral("Sản phẩm dự kiến")},
                 12, true, Alignment::Center);
    for (const Task &t : data.tasks) {
        const bool group = childCount.contains(t.id);
        if (group) {
            TableRow &row = table.addRow(
                {t.number, t.title, QString(), QString(), QString(), QString()}, 12, true);
            row.cells[0].paragraphs[0].alignment = Alignment::Center;
            continue;
        }
        QString lead = withoutFinalStop(roleText(t, TaskRoleKind::Lead));
        const QString implement = withoutFinalStop(roleText(t, TaskRoleKind::Implement));
        if (lead.isEmpty())
            lead = implement;
        TableRow &row = table.addRow({t.number, withoutFinalStop(t.title), lead,
                                      withoutFinalStop(roleText(t, TaskRoleKind::Coordinate)),
                                      withoutFinalStop(t.timeFrame), QString()},
                                     12);
        row.cells[0].paragraphs[0].alignment = Alignment::Center;
    }
    appendix.add(table);
    return doc;
}

} // namespace ttcs::report
