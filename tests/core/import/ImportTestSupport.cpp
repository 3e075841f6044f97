#include "ImportTestSupport.h"

#include "db/SpokespersonRepository.h"
#include "import/ProgressForm.h"
#include "sheet/TableWriter.h"
#include "sheet/WorkbookReader.h"
#include "db/UnitRepository.h"
#include "text/VietnameseText.h"

#include <QFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace ttcs::test {

namespace {

const char *const kFamilies[] = {"Nguyễn", "Trần", "Lê",    "Phạm", "Hoàng", "Huỳnh", "Phan",
                                 "Vũ",     "Đặng", "Bùi",   "Đỗ",   "Hồ",    "Ngô",   "Dương",
                                 "Lý",     "Lục",  "Triệu", "Hà",   "Nông",  "Ma",    "Đàm"};
const char *const kMiddles[] = {"Văn",  "Thị",   "Minh", "Quang", "Hữu",
                                "Xuân", "Thanh", "Bảo",  "Đức"};
const char *const kSecondMiddles[] = {"",      "Ngọc ", "Thu ", "Kim ",  "Hồng ",
                                      "Đình ", "Công ", "Anh ", "Mạnh ", "Thế "};
const char *const kGivens[] = {"An",   "Bình", "Hùng", "Lan",  "Mai", "Phương", "Hạnh",
                               "Thảo", "Quân", "Dũng", "Thủy", "Nga", "Vân",    "Phong",
                               "Hoa",  "Sơn",  "Tùng", "Hải",  "Yến", "Linh",   "Khánh"};
const char *const kPositions[] = {
    "Giám đốc",       "Phó Giám đốc",      "Chánh Văn phòng",
    "Chủ tịch UBND",  "Phó Chủ tịch UBND", "Trưởng ban",
    "Phó Trưởng ban", "Chuyên viên",       "Trưởng phòng Văn hóa - Thông tin"};
const char *const kUnits[] = {"Văn phòng UBND tỉnh",
                              "Sở Nội vụ",
                              "Sở Tư pháp",
                              "Sở Kế hoạch và Đầu tư",
                              "Sở Tài chính",
                              "Sở Công Thương",
                              "Sở Nông nghiệp và Phát triển nông thôn",
                              "Sở Tài nguyên và Môi trường",
                              "Sở Thông tin và Truyền thông",
                              "Sở Giáo dục và Đào tạo",
                              "Sở Y tế",
                              "Công an tỉnh",
                              "UBND thành phố Bắc Kạn",
                              "UBND huyện Ba Bể",
                              "UBND huyện Bạch Thông",
                              "UBND huyện Chợ Đồn",
                              "UBND huyện Chợ Mới",
                              "UBND huyện Na Rì",
                              "UBND huyện Ngân Sơn",
                              "UBND huyện Pác Nặm",
                              "UBND xã Nam Mẫu (huyện Ba Bể)"};

template <typename T, std::size_t N> QString pick(const T (&list)[N], quint64 i)
{
    return QString::fromUtf8(list[i % N]);
}

// A cheap reproducible mix of i.
quint64 mix(quint64 i)
{
    i ^= i >> 33;
    i *= 0xff51afd7ed558ccdULL;
    i ^= i >> 33;
    return i;
}

} // namespace

Person generatedPerson(int index)
{
    const quint64 i = mix(quint64(index) + 1);
    Person p;
    p.name = pick(kFamilies, i) + QLatin1Char(' ') + pick(kMiddles, i >> 8) + QLatin1Char(' ') +
             pick(kSecondMiddles, i >> 40) + pick(kGivens, i >> 16);
    p.position = pick(kPositions, i >> 24);
    p.unit = pick(kUnits, i >> 32);
    const QString digits =
        QStringLiteral("%1").arg((i >> 20) % 10'000'000, 7, 10, QLatin1Char('0'));
    switch (index % 5) {
    case 0:
        p.phone = QStringLiteral("091") + digits;
        break;
    case 1:
        p.phone = QStringLiteral("098 ") + digits.left(3) + QLatin1Char(' ') + digits.mid(3);
        break;
    case 2:
        p.phone = QStringLiteral("094.") + digits.left(3) + QLatin1Char('.') + digits.mid(3);
        break;
    case 3:
        p.phone = QStringLiteral("+8497") + digits;
        break;
    default:
        p.phone = QStringLiteral("0168") + digits;
        break;
    }
    p.email = text::fold(p.name).replace(QLatin1Char(' '), QLatin1Char('.')) +
              QString::number(index + 1) + QStringLiteral("@backan.gov.vn");
    return p;
}

namespace {

// Shared strings as Excel writes them.
struct SharedStrings
{
    QHash<QString, int> index;
    QString xml;
    int count = 0;

    int of(const QString &text)
    {
        ++count;
        auto it = index.constFind(text);
        if (it != index.cend())
            return it.value();
        const int i = int(index.size());
        index.insert(text, i);
        xml += QLatin1String("<si><t xml:space=\"preserve\">") + text.toHtmlEscaped() +
               QLatin1String("</t></si>");
        return i;
    }
};

bool zipParts(const QString &path, const std::vector<std::pair<QString, QByteArray>> &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
            file.write(data) != data.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

} // namespace

bool writeXlsx(const QString &path, const std::vector<SheetSpec> &sheets)
{
    SharedStrings strings;
    QStringList fonts{QStringLiteral("Calibri")};
    std::vector<std::pair<QString, QByteArray>> parts;
    QString workbook = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
    QString rels = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    QString types = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        "<Override PartName=\"/xl/sharedStrings.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const SheetSpec &spec = sheets[i];
        const int n = int(i) + 1;
        workbook += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"%3/>")
                        .arg(spec.name.toHtmlEscaped())
                        .arg(n)
                        .arg(spec.hidden ? QStringLiteral(" state=\"hidden\"") : QString());
        rels += QStringLiteral("<Relationship Id=\"rId%1\" "
                               "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                               "relationships/worksheet\" Target=\"worksheets/sheet%1.xml\"/>")
                    .arg(n);
        types += QStringLiteral("<Override PartName=\"/xl/worksheets/sheet%1.xml\" "
                                "ContentType=\"application/"
                                "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
                     .arg(n);
        QString xml = QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<worksheet "
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < int(spec.rows.size()); ++r) {
            const QStringList &cells = spec.rows[std::size_t(r)];
            xml += QStringLiteral("<row r=\"%1\">").arg(r + 1);
            for (int c = 0; c < cells.size(); ++c) {
                const QString font = spec.fonts.value({r, c});
                int style = 0;
                if (!font.isEmpty()) {
                    if (!fonts.contains(font))
                        fonts << font;
                    style = int(fonts.indexOf(font));
                }
                if (cells.at(c).isEmpty() && style == 0)
                    continue;
                const QString ref = sheet::cellName(r, c);
                if (cells.at(c).isEmpty())
                    xml += QStringLiteral("<c r=\"%1\" s=\"%2\"/>").arg(ref).arg(style);
                else if (spec.numbers.contains({r, c}))
                    xml += QStringLiteral("<c r=\"%1\" s=\"%2\"><v>%3</v></c>")
                               .arg(ref)
                               .arg(style)
                               .arg(cells.at(c));
                else
                    xml += QStringLiteral("<c r=\"%1\" s=\"%2\" t=\"s\"><v>%3</v></c>")
                               .arg(ref)
                               .arg(style)
                               .arg(strings.of(cells.at(c)));
            }
            xml += QLatin1String("</row>");
        }
        xml += QLatin1String("</sheetData>");
        if (!spec.merges.empty()) {
            xml += QStringLiteral("<mergeCells count=\"%1\">").arg(spec.merges.size());
            for (const sheet::CellRange &m : spec.merges)
                xml += QStringLiteral("<mergeCell ref=\"%1\"/>").arg(m.reference());
            xml += QLatin1String("</mergeCells>");
        }
        xml += QLatin1String("</worksheet>");
        parts.emplace_back(QStringLiteral("xl/worksheets/sheet%1.xml").arg(n), xml.toUtf8());
    }
    workbook += QLatin1String("</sheets></workbook>");
    const int n = int(sheets.size());
    rels += QStringLiteral("<Relationship Id=\"rId%1\" "
                           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                           "relationships/styles\" Target=\"styles.xml\"/>"
                           "<Relationship Id=\"rId%2\" "
                           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                           "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                           "</Relationships>")
                .arg(n + 1)
                .arg(n + 2);
    types += QLatin1String("</Types>");
    QString styles =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<fonts count=\"%1\">")
            .arg(fonts.size());
    for (const QString &f : std::as_const(fonts))
        styles += QStringLiteral("<font><sz val=\"12\"/><name val=\"%1\"/></font>").arg(f.toHtmlEscaped());
    styles +=
        QStringLiteral("</fonts><fills count=\"1\"><fill><patternFill patternType=\"none\"/>"
                       "</fill></fills><borders count=\"1\"><border/></borders>"
                       "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\"/></cellStyleXfs>"
                       "<cellXfs count=\"%1\">")
            .arg(fonts.size());
    for (int i = 0; i < fonts.size(); ++i)
        styles += QStringLiteral("<xf numFmtId=\"0\" fontId=\"%1\" fillId=\"0\" borderId=\"0\" "
                                 "xfId=\"0\" applyFont=\"1\"/>")
                      .arg(i);
    styles += QLatin1String("</cellXfs></styleSheet>");
    const QString shared =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                       "count=\"%1\" uniqueCount=\"%2\">")
            .arg(strings.count)
            .arg(strings.index.size()) +
        strings.xml + QLatin1String("</sst>");
    parts.emplace_back(QStringLiteral("[Content_Types].xml"), types.toUtf8());
    parts.emplace_back(
        QStringLiteral("_rels/.rels"),
        QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                   "<Relationships "
                   "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId1\" "
                   "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                   "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
    parts.emplace_back(QStringLiteral("xl/workbook.xml"), workbook.toUtf8());
    parts.emplace_back(QStringLiteral("xl/_rels/workbook.xml.rels"), rels.toUtf8());
    parts.emplace_back(QStringLiteral("xl/styles.xml"), styles.toUtf8());
    parts.emplace_back(QStringLiteral("xl/sharedStrings.xml"), shared.toUtf8());
    QFile::remove(path);
    return zipParts(path, parts);
}

bool writeXlsx(const QString &path, const SheetSpec &sheet)
{
    return writeXlsx(path, std::vector<SheetSpec>{sheet});
}

bool writeLargeList(const QString &path, int rows)
{
    SheetSpec spec;
    spec.name = QStringLiteral("Danh sách");
    spec.rows.reserve(std::size_t(rows) + 4);
    spec.rows.push_back(
        {QStringLiteral("DANH SÁCH NGƯỜI PHÁT NGÔN VÀ CUNG CẤP THÔNG TIN CHO BÁO CHÍ")});
    spec.rows.push_back({QStringLiteral("(Kèm theo Công văn số      /STTTT-TTBCXB)")});
    spec.rows.push_back({});
    spec.rows.push_back({QStringLiteral("STT"), QStringLiteral("Họ và tên"),
                         QStringLiteral("Chức vụ"), QStringLiteral("Cơ quan, đơn vị"),
                         QStringLiteral("Số điện thoại"), QStringLiteral("Email"),
                         QStringLiteral("Ghi chú")});
    spec.merges.push_back({0, 0, 0, 6});
    spec.merges.push_back({1, 0, 1, 6});
    for (int i = 0; i < rows; ++i) {
        const Person p = generatedPerson(i);
        spec.rows.push_back({QString::number(i + 1), p.name, p.position, p.unit, p.phone, p.email});
        spec.numbers.insert({4 + i, 0});
    }
    return writeXlsx(path, spec);
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TestDatabase::TestDatabase()
{
    db::OpenOptions options;
    options.create = true;
    auto opened = db::Database::open(path(), options);
    if (opened.ok())
        db = std::move(opened).value();
}

QList<Spokesperson> TestDatabase::everyone() const
{
    return servingOn(QDate());
}

QList<Spokesperson> TestDatabase::servingOn(const QDate &date) const
{
    auto people = db::SpokespersonRepository(*db).servingOn(date);
    return people.ok() ? people.value() : QList<Spokesperson>();
}

Spokesperson TestDatabase::person(const QString &name) const
{
    for (const Spokesperson &s : everyone()) {
        if (s.name == name)
            return s;
    }
    return {};
}

qint64 TestDatabase::unitId(const QString &name) const
{
    auto units = db::UnitRepository(*db).all();
    if (units.ok()) {
        for (const Unit &u : units.value()) {
            if (u.name == name)
                return u.id;
        }
    }
    return 0;
}

bool fillProgressForm(const QString &form, const QString &out, int count, const QString &status,
                      const QString &result, QStringList *numbers)
{
    auto wb = sheet::readWorkbook(form);
    if (!wb || !wb->firstSheet())
        return false;
    const sheet::Sheet &s = *wb->firstSheet();
    int header = -1;
    for (int r = 0; r < s.rowCount() && header < 0; ++r) {
        if (s.text(r, import::formcolumn::Status) == QStringLiteral("Tình trạng"))
            header = r;
    }
    if (header < 0)
        return false;
    sheet::Table t;
    for (int c = 0; c < s.columnCount(); ++c)
        t.header << s.text(header, c);
    int filled = 0;
    QList<QStringList> rows;
    for (int r = header + 1; r < s.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < s.columnCount(); ++c)
            cells << s.text(r, c);
        if (count < 0 || filled < count) {
            cells[import::formcolumn::Status] = status;
            cells[import::formcolumn::Result] = result;
            if (numbers)
                *numbers << cells.at(import::formcolumn::Task).section(QStringLiteral(". "), 0, 0);
            ++filled;
        }
        rows.prepend(cells);
    }
    for (const QStringList &r : rows)
        t.addRow(r);
    return sheet::writeXlsx(t, out).ok();
}

} // namespace ttcs::test
