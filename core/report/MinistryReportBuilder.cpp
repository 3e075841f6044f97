#include "report/MinistryReportBuilder.h"

#include "db/MediaRepository.h"
#include "db/OverviewRepository.h"
#include "db/PlanRepository.h"
#include "db/ProgressRepository.h"
#include "db/SettingsRepository.h"
#include "db/TaskRepository.h"
#include "db/TrainingRepository.h"
#include "db/UnitRepository.h"
#include "document/AdministrativeText.h"
#include "report/AnnualPlanBuilder.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace ttcs::report {

using namespace ttcs::document;

namespace {

QString settingKey(int year, const char *part)
{
    return QStringLiteral("report/%1/%2").arg(year).arg(QLatin1String(part));
}

// Vietnamese words of the document, whatever the language of the screen.
QString figureName(const QString &key)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("articles"), QStringLiteral("tin, bài đăng tải")},
        {QStringLiteral("press_conferences"), QStringLiteral("cuộc họp báo")},
        {QStringLiteral("people_trained"), QStringLiteral("lượt người được tập huấn")},
        {QStringLiteral("broadcasts"), QStringLiteral("chương trình phát thanh, truyền hình")},
        {QStringLiteral("conferences"), QStringLiteral("hội nghị")},
        {QStringLiteral("documents"), QStringLiteral("văn bản ban hành")},
        {QStringLiteral("portal_posts"), QStringLiteral("tin, bài trên cổng thông tin điện tử")},
    };
    return names.value(key, key);
}

QString categoryName(TraineeCategory c)
{
    switch (c) {
    case TraineeCategory::Reporter:
        return QStringLiteral("Phóng viên");
    case TraineeCategory::Editor:
        return QStringLiteral("Biên tập viên");
    case TraineeCategory::Collaborator:
        return QStringLiteral("Cộng tác viên");
    case TraineeCategory::PortalEditor:
        return QStringLiteral("Biên tập viên cổng/trang thông tin điện tử");
    case TraineeCategory::CultureOfficial:
        return QStringLiteral("Công chức Phòng Văn hóa - Thông tin");
    case TraineeCategory::DistrictCentre:
        return QStringLiteral("Viên chức Trung tâm Văn hóa, Thể thao và Truyền thông");
    case TraineeCategory::Other:
        return QStringLiteral("Đối tượng khác");
    }
    return {};
}

QString number(qint64 n)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(n);
}

QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

void addLines(Section &section, const QString &text, const QString &fallback)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty()) {
        section.add(Paragraph::body(fallback));
        return;
    }
    for (const QString &line : lines)
        section.add(Paragraph::body(line.trimmed()));
}

Table statTable(const QList<double> &widths, const QStringList &header)
{
    Table t;
    t.columnWidthsMm = widths;
    t.headerRowCount = 1;
    t.addRow(header, 12, true, Alignment::Center);
    return t;
}

} // namespace

Result<ReportTexts> loadReportTexts(db::Database &db, int year)
{
    db::SettingsRepository settings(db);
    ReportTexts t;
    for (auto [part, field] : {std::pair{"shortcomings", &ReportTexts::shortcomings},
                               std::pair{"next_year", &ReportTexts::nextYearTasks},
                               std::pair{"recommendations", &ReportTexts::recommendations}}) {
        auto value = settings.value(settingKey(year, part));
        if (!value)
            return Error{value.error()};
        t.*field = value.value();
    }
    return t;
}

Status saveReportTexts(db::Database &db, int year, const ReportTexts &texts)
{
    db::SettingsRepository settings(db);
    for (auto [part, field] : {std::pair{"shortcomings", &ReportTexts::shortcomings},
                               std::pair{"next_year", &ReportTexts::nextYearTasks},
                               std::pair{"recommendations", &ReportTexts::recommendations}}) {
        const Status st = settings.setValue(settingKey(year, part), texts.*field);
        if (!st.ok())
            return st;
    }
    return {};
}

Result<MinistryReportData> loadMinistryReportData(db::Database &db, int year, const QDate &cutOff)
{
    MinistryReportData data;
    data.year = year;
    data.cutOff = cutOff;
    if (!data.cutOff.isValid()) {
        data.cutOff = QDate(year, 12, 31);
        if (data.cutOff > QDate::currentDate())
            data.cutOff = QDate::currentDate();
    }
    // Statuses are computed as they stood on the cut-off date.
    const Clock clock = Clock::fixed(data.cutOff);

    auto plan = loadAnnualPlanData(db, year);
    if (!plan)
        return Error{plan.error()};
    data.profile = plan->profile;
    data.plan = plan->plan;
    data.tasks = plan->tasks;

    auto lines = db::ProgressRepository(db, clock).lines(year);
    if (!lines)
        return Error{lines.error()};
    data.lines = lines.value();

    auto overview = db::OverviewRepository(db, clock).overview(year);
    if (!overview)
        return Error{overview.error()};
    for (const db::UnitReportGap &gap : overview->notReported)
        data.notReported << qMakePair(gap.name, gap.missing);
    data.mediaByMonth = overview->mediaByMonth;

    db::TrainingRepository training(db);
    auto classes = training.classes(year);
    if (!classes)
        return Error{classes.error()};
    data.classes = classes.value();
    auto totals = training.totals(year);
    if (!totals)
        return Error{totals.error()};
    data.trainees = totals.value();

    auto people = loadSpokespersonList(db, data.cutOff);
    if (!people)
        return Error{people.error()};
    data.spokespersons = people.value();

    // Spokespersons by unit level: units that exist on the cut-off date.
    auto units = db::UnitRepository(db).existingIn(year);
    if (!units)
        return Error{units.error()};
    QHash<qint64, UnitKind> kindOf;
    for (const Unit &u : units.value())
        kindOf.insert(u.id, u.kind);
    struct Level
    {
        UnitKind kind;
        const char *name;
    };
    const Level levels[] = {{UnitKind::Department, "Sở, ban, ngành tỉnh"},
                            {UnitKind::District, "UBND cấp huyện"},
                            {UnitKind::Commune, "UBND cấp xã"}};
    for (const Level &level : levels) {
        LevelCount c;
        c.level = QString::fromUtf8(level.name);
        QSet<qint64> covered;
        for (const Unit &u : units.value()) {
            if (u.kind == level.kind && (!u.validTo.isValid() || u.validTo >= data.cutOff))
                ++c.units;
        }
        for (const SpokespersonGroup &g : data.spokespersons.groups) {
            for (const Spokesperson &p : g.people) {
                if (kindOf.value(p.unitId, UnitKind::Other) == level.kind) {
                    ++c.people;
                    covered.insert(p.unitId);
                }
            }
        }
        c.unitsCovered = int(covered.size());
        data.spokespersonLevels << c;
    }

    auto texts = loadReportTexts(db, year);
    if (!texts)
        return Error{texts.error()};
    data.texts = texts.value();
    return data;
}

Document buildMinistryReport(const MinistryReportData &data, const DocumentOptions &options)
{
    const OrgProfile &profile = data.profile;
    const int year = data.year;
    Document doc;
    doc.properties.title =
        QStringLiteral("Báo cáo kết quả thực hiện công tác truyền thông chính sách năm %1")
            .arg(year);
    doc.properties.author = bodyName(profile);

    Section &main = doc.addSection();
    HeaderBlock header;
    header.parentBody = headerLines(profile.parentBody);
    header.issuingBody = headerLines(profile.issuingBody);
    header.numberLine = numberLine(options.number, profile.reportSymbol);
    header.dateLine = dateLine(profile.place, options.date, year);
    main.add(header);
    main.add(Paragraph::documentTitle(QStringLiteral("BÁO CÁO")));
    main.add(Paragraph::documentSubject(
        QStringLiteral("Kết quả thực hiện công tác truyền thông chính sách năm %1").arg(year)));
    Paragraph to = Paragraph::centered(QStringLiteral("Kính gửi: ") + profile.reportRecipient, 14);
    to.spaceAfterPt = 12;
    main.add(to);

    main.add(Paragraph::body(
        QStringLiteral("Thực hiện %1, %2 báo cáo kết quả thực hiện công tác truyền thông chính "
                       "sách năm %3 (số liệu tính đến ngày %4) như sau:")
            .arg(planReference(data.plan), bodyName(profile))
            .arg(year)
            .arg(dmy(data.cutOff))));

    // I. Results, task by task.
    main.add(Paragraph::heading(1, QStringLiteral("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ")));
    QHash<qint64, QList<const ProgressLine *>> byTask;
    for (const ProgressLine &l : data.lines)
        byTask[l.taskId] << &l;
    QHash<qint64, int> childCount;
    for (const Task &t : data.tasks)
        childCount[t.parentId] += 1;
    int done = 0, inProgress = 0, notReported = 0, overdue = 0;
    for (const ProgressLine &l : data.lines) {
        done += l.status == TrackedStatus::Done;
        inProgress +=
            l.status == TrackedStatus::InProgress || l.status == TrackedStatus::NotStarted;
        notReported += l.status == TrackedStatus::NotReported;
        overdue += l.status == TrackedStatus::Overdue;
    }
    main.add(Paragraph::body(
        QStringLiteral(
            "Năm %1, Kế hoạch có %2 nhiệm vụ với %3 lượt đơn vị thực hiện; đã hoàn thành "
            "%4 lượt, đang thực hiện %5 lượt, quá hạn %6 lượt, chưa báo cáo %7 lượt.")
            .arg(year)
            .arg(byTask.size())
            .arg(data.lines.size())
            .arg(done)
            .arg(inProgress)
            .arg(overdue)
            .arg(notReported)));
    for (const Task &t : data.tasks) {
        const bool group = childCount.contains(t.id);
        main.add(
            Paragraph::heading(t.parentId == 0 ? 2 : 3, t.number + QStringLiteral(". ") + t.title));
        if (group)
            continue;
        const QList<const ProgressLine *> lines = byTask.value(t.id);
        if (lines.isEmpty()) {
            main.add(Paragraph::listItem(QStringLiteral("-"),
                                         QStringLiteral("Nhiệm vụ không có đơn vị thực hiện "
                                                        "trong năm.")));
            continue;
        }
        int tDone = 0, tProgress = 0, tMissing = 0, tOther = 0;
        QMap<QString, qint64> figures;
        QStringList results;
        for (const ProgressLine *l : lines) {
            switch (l->status) {
            case TrackedStatus::Done:
                ++tDone;
                break;
            case TrackedStatus::InProgress:
            case TrackedStatus::NotStarted:
            case TrackedStatus::Overdue:
                ++tProgress;
                break;
            case TrackedStatus::NotReported:
                ++tMissing;
                break;
            case TrackedStatus::NotApplicable:
                ++tOther;
                break;
            }
            if (l->progress) {
                for (auto it = l->progress->figures.cbegin(); it != l->progress->figures.cend();
                     ++it)
                    figures[it.key()] += it.value();
                if (!l->progress->result.trimmed().isEmpty())
                    results << l->unitName + QStringLiteral(": ") + l->progress->result.trimmed();
            }
        }
        main.add(Paragraph::listItem(
            QStringLiteral("-"),
            QStringLiteral("Tình hình thực hiện: %1 đơn vị tham gia; hoàn thành %2; đang thực hiện "
                           "%3; chưa báo cáo %4%5.")
                .arg(lines.size())
                .arg(tDone)
                .arg(tProgress)
                .arg(tMissing)
                .arg(tOther ? QStringLiteral("; không phát sinh %1").arg(tOther) : QString())));
        if (!figures.isEmpty()) {
            QStringList parts;
            for (auto it = figures.cbegin(); it != figures.cend(); ++it)
                parts << number(it.value()) + QLatin1Char(' ') + figureName(it.key());
            main.add(Paragraph::listItem(QStringLiteral("-"), QStringLiteral("Số liệu: ") +
                                                                  parts.join(QStringLiteral("; ")) +
                                                                  QLatin1Char('.')));
        }
        for (const QString &r : std::as_const(results)) {
            QString line = r;
            if (!line.endsWith(QLatin1Char('.')))
                line += QLatin1Char('.');
            main.add(Paragraph::listItem(QStringLiteral("+"), line));
        }
    }

    // II. Statistics.
    main.add(Paragraph::heading(1, QStringLiteral("II. SỐ LIỆU THỐNG KÊ")));
    main.add(Paragraph::heading(
        2, QStringLiteral("1. Người phát ngôn, người được giao cung cấp thông tin cho báo chí")));
    Table levels =
        statTable({14, 66, 30, 35, 30},
                  {QStringLiteral("STT"), QStringLiteral("Cấp"), QStringLiteral("Số đơn vị"),
                   QStringLiteral("Số đơn vị có người phát ngôn"), QStringLiteral("Số người")});
    int n = 0;
    for (const LevelCount &c : data.spokespersonLevels)
        levels.addRow({QString::number(++n), c.level, number(c.units), number(c.unitsCovered),
                       number(c.people)},
                      12);
    main.add(levels);

    main.add(Paragraph::heading(2, QStringLiteral("2. Bồi dưỡng, tập huấn")));
    if (data.classes.isEmpty()) {
        main.add(Paragraph::body(
            QStringLiteral("Trong năm %1 chưa tổ chức lớp bồi dưỡng, tập huấn.").arg(year)));
    } else {
        main.add(Paragraph::body(
            QStringLiteral("Trong năm %1 đã tổ chức %2 lớp bồi dưỡng, tập huấn với %3 học viên, "
                           "trong đó %4 học viên hoàn thành khóa học.")
                .arg(year)
                .arg(data.classes.size())
                .arg(data.trainees.trainees())
                .arg(data.trainees.completed())));
        Table t = statTable({14, 101, 30, 30},
                            {QStringLiteral("STT"), QStringLiteral("Đối tượng"),
                             QStringLiteral("Số học viên"), QStringLiteral("Hoàn thành")});
        int i = 0;
        for (TraineeCategory c : allTraineeCategories()) {
            const TraineeCount count = data.trainees.byCategory.value(c);
            if (count.trainees == 0)
                continue;
            t.addRow({QString::number(++i), categoryName(c), number(count.trainees),
                      number(count.completed)},
                     12);
        }
        t.addRow({QString(), QStringLiteral("Tổng cộng"), number(data.trainees.trainees()),
                  number(data.trainees.completed())},
                 12, true);
        main.add(t);
    }

    main.add(
        Paragraph::heading(2, QStringLiteral("3. Theo dõi thông tin trên báo chí, mạng xã hội")));
    int positive = 0, neutral = 0, negative = 0;
    for (const MonthSentiment &m : data.mediaByMonth) {
        positive += m.positive;
        neutral += m.neutral;
        negative += m.negative;
    }
    Table media = statTable({20, 69, 28, 28, 30},
                            {QStringLiteral("Tháng"), QStringLiteral("Tổng số tin, bài"),
                             QStringLiteral("Tích cực"), QStringLiteral("Trung lập"),
                             QStringLiteral("Tiêu cực")});
    for (const MonthSentiment &m : data.mediaByMonth) {
        if (m.total() == 0)
            continue;
        media.addRow({QString::number(m.month), number(m.total()), number(m.positive),
                      number(m.neutral), number(m.negative)},
                     12);
    }
    media.addRow({QStringLiteral("Cả năm"), number(positive + neutral + negative), number(positive),
                  number(neutral), number(negative)},
                 12, true);
    main.add(media);

    main.add(Paragraph::heading(1, QStringLiteral("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN")));
    addLines(main, data.texts.shortcomings, QStringLiteral("(Chưa nhập nội dung.)"));
    main.add(Paragraph::heading(1, QStringLiteral("IV. NHIỆM VỤ TRỌNG TÂM NĂM %1").arg(year + 1)));
    addLines(main, data.texts.nextYearTasks, QStringLiteral("(Chưa nhập nội dung.)"));
    main.add(Paragraph::heading(1, QStringLiteral("V. ĐỀ XUẤT, KIẾN NGHỊ")));
    addLines(main, data.texts.recommendations, QStringLiteral("(Chưa nhập nội dung.)"));
    main.add(Paragraph::body(
        QStringLiteral("Trên đây là báo cáo kết quả thực hiện công tác truyền thông chính sách năm "
                       "%1 của %2./.")
            .arg(year)
            .arg(bodyName(profile))));

    SignatureBlock signature;
    signature.recipients = QStringList{QStringLiteral("Như trên")} + recipientNames(profile);
    signature.archive = archiveLine(profile);
    signature.authority = authorityLines(profile);
    signature.signerName = profile.signerName;
    main.add(signature);

    // Appendices, landscape.
    const QString attached =
        QStringLiteral("(Kèm theo Báo cáo số %1/%2 ngày %3 của %4)")
            .arg(options.number > 0 ? paddedNumber(options.number) : QStringLiteral("      "),
                 profile.reportSymbol,
                 options.date.isValid() ? dmy(options.date) : QStringLiteral("      "),
                 bodyName(profile));
    Section &first = doc.addSection(Orientation::Landscape);
    first.add(Paragraph::centered(QStringLiteral("Phụ lục I"), 14, true));
    first.add(Paragraph::centered(
        QStringLiteral("CÁC ĐƠN VỊ CHƯA BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM %1").arg(year), 14, true));
    Paragraph a1 = Paragraph::centered(attached, 14, false, true);
    a1.spaceAfterPt = 12;
    first.add(a1);
    Table missing = statTable({14, 150, 78}, {QStringLiteral("STT"), QStringLiteral("Đơn vị"),
                                              QStringLiteral("Số nhiệm vụ chưa báo cáo")});
    int m = 0;
    for (const auto &[name, count] : data.notReported)
        missing.addRow({QString::number(++m), name, number(count)}, 12);
    if (data.notReported.isEmpty())
        missing.addRow({QString(), QStringLiteral("Tất cả các đơn vị đã báo cáo."), QString()}, 12);
    first.add(missing);

    Section &second = doc.addSection(Orientation::Landscape);
    second.add(Paragraph::centered(QStringLiteral("Phụ lục II"), 14, true));
    second.add(Paragraph::centered(
        QStringLiteral("DANH SÁCH NGƯỜI PHÁT NGÔN, NGƯỜI ĐƯỢC GIAO CUNG CẤP THÔNG TIN CHO BÁO CHÍ"),
        14, true));
    Paragraph a2 = Paragraph::centered(attached, 14, false, true);
    a2.spaceAfterPt = 12;
    second.add(a2);
    second.add(spokespersonTableBlock(data.spokespersons));
    return doc;
}

} // namespace ttcs::report
