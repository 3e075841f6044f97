#include "report/SpokespersonListBuilder.h"

#include "db/SettingsRepository.h"
#include "db/SpokespersonRepository.h"
#include "db/UnitRepository.h"
#include "document/AdministrativeText.h"
#include "sheet/TableWriter.h"
#include "text/VietnameseText.h"

#include <QHash>

#include <algorithm>

namespace ttcs::report {

using namespace ttcs::document;

namespace {

enum Level
{
    Departments,
    Districts,
    Communes,
    Others,
    LevelCount
};

Level levelOf(const Unit *unit)
{
    if (!unit)
        return Others;
    switch (unit->kind) {
    case UnitKind::Department:
        return Departments;
    case UnitKind::District:
        return Districts;
    case UnitKind::Commune:
        return Communes;
    default:
        return Others;
    }
}

const char *const kGroupTitles[LevelCount] = {
    "I. CÁC SỞ, BAN, NGÀNH TỈNH",
    "II. UBND CÁC HUYỆN, THÀNH PHỐ",
    "III. UBND CÁC XÃ, PHƯỜNG, THỊ TRẤN",
    "IV. CÁC CƠ QUAN, ĐƠN VỊ KHÁC",
};

} // namespace

Result<SpokespersonListData> loadSpokespersonList(db::Database &db, const QDate &asOf)
{
    SpokespersonListData data;
    data.asOf = asOf;
    auto profile = db::SettingsRepository(db).profile();
    if (!profile)
        return Error{profile.error()};
    data.profile = profile.value();
    auto people = db::SpokespersonRepository(db).servingOn(asOf);
    if (!people)
        return Error{people.error()};
    auto units = db::UnitRepository(db).all();
    if (!units)
        return Error{units.error()};
    QHash<qint64, Unit> byId;
    for (const Unit &u : units.value())
        byId.insert(u.id, u);

    struct Keyed
    {
        QByteArray unitKey;
        QByteArray nameKey;
        Spokesperson person;
    };
    QList<Keyed> levels[LevelCount];
    for (const Spokesperson &p : people.value()) {
        const auto it = byId.constFind(p.unitId);
        const Unit *unit = it == byId.cend() ? nullptr : &*it;
        levels[levelOf(unit)].append(
            Keyed{text::collationKey(p.unitName), text::personNameKey(p.name), p});
    }
    for (int level = 0; level < LevelCount; ++level) {
        auto &list = levels[level];
        if (list.isEmpty())
            continue;
        std::sort(list.begin(), list.end(), [](const Keyed &a, const Keyed &b) {
            return a.unitKey != b.unitKey ? a.unitKey < b.unitKey : a.nameKey < b.nameKey;
        });
        SpokespersonGroup group;
        group.title = QString::fromUtf8(kGroupTitles[level]);
        for (const Keyed &k : list)
            group.people << k.person;
        data.groups << group;
    }
    return data;
}

SpokespersonTable spokespersonTable(const SpokespersonListData &data)
{
    SpokespersonTable t;
    t.header = {QStringLiteral("STT"),        QStringLiteral("Họ và tên"),
                QStringLiteral("Chức vụ"),    QStringLiteral("Cơ quan, đơn vị"),
                QStringLiteral("Điện thoại"), QStringLiteral("Thư điện tử")};
    int n = 0;
    for (const SpokespersonGroup &g : data.groups) {
        t.groupRows << int(t.rows.size());
        t.rows << QStringList{g.title, QString(), QString(), QString(), QString(), QString()};
        for (const Spokesperson &p : g.people)
            t.rows << QStringList{QString::number(++n), p.name,  p.position,
                                  p.unitName,           p.phone, p.email};
    }
    return t;
}

sheet::Table spokespersonSheet(const SpokespersonListData &data)
{
    const SpokespersonTable rows = spokespersonTable(data);
    sheet::Table table;
    table.title = QStringLiteral("Danh sách người phát ngôn và người được giao cung cấp thông tin "
                                 "cho báo chí (tính đến ngày %1)")
                      .arg(data.asOf.toString(QStringLiteral("dd/MM/yyyy")));
    table.sheetName = QStringLiteral("Người phát ngôn");
    table.header = rows.header;
    table.columnWidths = {6, 28, 30, 40, 16, 30};
    for (int i = 0; i < rows.rows.size(); ++i) {
        if (rows.groupRows.contains(i))
            table.addGroup(rows.rows.at(i).first());
        else
            table.addRow(rows.rows.at(i));
    }
    return table;
}

Table spokespersonTableBlock(const SpokespersonListData &data)
{
    const SpokespersonTable rows = spokespersonTable(data);
    Table table;
    table.columnWidthsMm = {14, 45, 50, 63, 28, 42};
    table.headerRowCount = 1;
    table.addRow(rows.header, 12, true, Alignment::Center);
    for (int i = 0; i < rows.rows.size(); ++i) {
        if (rows.groupRows.contains(i)) {
            TableRow row;
            TableCell cell = TableCell::text(rows.rows.at(i).first(), 12, Alignment::Left, true);
            cell.columnSpan = 6;
            row.cells << cell;
            table.rows << row;
            continue;
        }
        TableRow &row = table.addRow(rows.rows.at(i), 12);
        row.cells[0].paragraphs[0].alignment = Alignment::Center;
    }
    if (rows.rows.isEmpty()) {
        TableRow row;
        TableCell cell = TableCell::text(
            QStringLiteral("(Chưa có người phát ngôn nào trong danh sách)"), 12, Alignment::Center);
        cell.columnSpan = 6;
        row.cells << cell;
        table.rows << row;
    }
    return table;
}

Document buildSpokespersonList(const SpokespersonListData &data, const DocumentOptions &options)
{
    const OrgProfile &profile = data.profile;
    Document doc;
    doc.properties.title = QStringLiteral(
        "Danh sách người phát ngôn và người được giao cung cấp thông tin cho báo chí");
    doc.properties.author = bodyName(profile);

    Section &section = doc.addSection(Orientation::Landscape);
    HeaderBlock header;
    header.parentBody = headerLines(profile.parentBody);
    header.issuingBody = headerLines(profile.issuingBody);
    header.numberLine = QString();
    header.dateLine = dateLine(profile.place, options.date, data.asOf.year());
    section.add(header);

    section.add(Paragraph::documentTitle(QStringLiteral("DANH SÁCH")));
    section.add(Paragraph::documentSubject(
        QStringLiteral("Người phát ngôn và người được giao cung cấp thông tin cho báo chí\ncủa "
                       "tỉnh %1 (tính đến %2)")
            .arg(profile.province, dateText(data.asOf))));
    if (!profile.pressAuthority.isEmpty()) {
        Paragraph to =
            Paragraph::centered(QStringLiteral("Kính gửi: ") + profile.pressAuthority, 14);
        to.spaceAfterPt = 12;
        section.add(to);
    }

    section.add(spokespersonTableBlock(data));

    SignatureBlock signature;
    // Sent to the press authority named under "Kính gửi".
    if (!profile.pressAuthority.isEmpty())
        signature.recipients = QStringList{QStringLiteral("Như trên")};
    signature.archive = archiveLine(profile);
    signature.authority = authorityLines(profile);
    signature.signerName = profile.signerName;
    section.add(signature);
    return doc;
}

} // namespace ttcs::report
