#include "sheet/OdsReader.h"

#include "sheet/NumberFormat.h"
#include "sheet/ReadFailure.h"
#include "sheet/SheetBuilder.h"
#include "sheet/XmlPart.h"

#include <QHash>
#include <QSet>

#include <charconv>

namespace ttcs::sheet {

namespace {

struct PendingCell
{
    int column;
    Cell cell;
};

struct PendingMerge
{
    int column;
    int rows;
    int columns;
};

// The first attribute of that name in the office namespace, or any prefix.
QByteArrayView officeAttribute(const XmlScanner &xml, QByteArrayView qualified,
                               QByteArrayView local)
{
    const QByteArrayView v = xml.qualifiedAttribute(qualified);
    return v.isNull() ? xml.attribute(local) : v;
}

qint64 repeatCount(QByteArrayView raw, qint64 cap)
{
    const qint64 n = toInteger(raw, 1);
    return std::clamp<qint64>(n, 1, cap);
}

bool parseDouble(QByteArrayView raw, double &value)
{
    const QByteArrayView t = raw.trimmed();
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    return ec == std::errc() && ptr == t.data() + t.size() && !t.isEmpty();
}

// "PT08H30M00S" as a fraction of a day.
bool parseDuration(QByteArrayView raw, double &days)
{
    QByteArrayView s = raw.trimmed();
    bool negative = false;
    if (s.startsWith('-')) {
        negative = true;
        s = s.sliced(1);
    }
    if (!s.startsWith("PT") && !s.startsWith("P"))
        return false;
    double seconds = 0;
    double number = 0;
    double scale = 0;
    bool any = false;
    bool inTime = false;
    for (const char c : s.sliced(1)) {
        if (c >= '0' && c <= '9') {
            if (scale > 0) {
                number += (c - '0') * scale;
                scale /= 10;
            } else {
                number = number * 10 + (c - '0');
            }
            any = true;
        } else if (c == '.' || c == ',') {
            scale = 0.1;
        } else {
            if (c == 'T') {
                inTime = true;
            } else if (c == 'D') {
                seconds += number * 86400;
            } else if (c == 'H' && inTime) {
                seconds += number * 3600;
            } else if (c == 'M' && inTime) {
                seconds += number * 60;
            } else if (c == 'S' && inTime) {
                seconds += number;
            } else {
                return false;
            }
            number = 0;
            scale = 0;
        }
    }
    days = (negative ? -seconds : seconds) / 86400.0;
    return any;
}

QString unquoteFamily(QString family)
{
    family = family.trimmed();
    if (family.size() >= 2 &&
        (family.startsWith(QLatin1Char('\'')) || family.startsWith(QLatin1Char('"'))))
        family = family.mid(1, family.size() - 2);
    return family;
}

class OdsParser
{
public:
    OdsParser(const QString &path, const ReadLimits &limits)
        : m_path(path)
        , m_limits(limits)
        , m_zip(path, limits.maxEntryBytes)
        , m_maxToken(limits.maxCellChars * 4 + 65536)
    {}

    Result<Workbook> read();

private:
    std::optional<ReadFailure> readContent(const QString &part, Workbook &workbook);

    QString m_path;
    const ReadLimits &m_limits;
    ZipArchive m_zip;
    qint64 m_maxToken;
    qint64 m_cellsUsed = 0;
    ReadFailure m_failure;
};

std::optional<ReadFailure> OdsParser::readContent(const QString &part, Workbook &workbook)
{
    QHash<QString, QString> fontFaces;  // style:name -> family
    QHash<QString, QString> styleFonts; // cell style -> font family
    QSet<QString> hiddenTableStyles;
    QString currentStyle;
    QString currentFamily;

    // The table being read.
    std::unique_ptr<SheetBuilder> builder;
    Sheet *sheet = nullptr;
    struct ColumnStyle
    {
        qint64 end; // first column after the run
        QString font;
    };
    std::vector<ColumnStyle> columnStyles;
    qint64 columnsSeen = 0;
    qint64 row = 0;
    qint64 rowRepeat = 1;
    qint64 column = 0;
    std::vector<PendingCell> rowCells;
    std::vector<PendingMerge> rowMerges;

    // The cell being read.
    bool inCell = false;
    bool covered = false;
    qint64 cellRepeat = 1;
    int spanRows = 1;
    int spanColumns = 1;
    QByteArray valueType;
    QByteArray valueRaw;
    bool cellStyled = false;
    QString cellFont;
    QString stringValue;
    bool hasStringValue = false;
    QByteArray text;
    int paragraphs = 0;
    int paragraphDepth = 0;
    int skipDepth = 0; // inside an annotation or a drawing
    int tableDepth = 0;

    auto fontOfColumn = [&](qint64 col) -> QString {
        for (const ColumnStyle &c : columnStyles) {
            if (col < c.end)
                return c.font;
        }
        return {};
    };

    auto failWith = [&](const ReadFailure &f) {
        m_failure = f;
        return false;
    };

    auto finishCell = [&]() -> bool {
        inCell = false;
        const qint64 first = column;
        column += cellRepeat;
        if (covered)
            return true;
        if (spanRows > 1 || spanColumns > 1) {
            for (qint64 k = 0; k < cellRepeat && first + k < m_limits.maxColumns; ++k)
                rowMerges.push_back({int(first + k), spanRows, spanColumns});
        }
        Cell cell;
        const QString shown = QString::fromUtf8(text);
        if (shown.size() > m_limits.maxCellChars)
            return failWith({Problem::CellTooLong, sheet->name(),
                             cellName(int(std::min<qint64>(row, m_limits.maxRows)),
                                      int(std::min<qint64>(first, m_limits.maxColumns)))});
        double number = 0;
        if (is(valueType, "float") || is(valueType, "percentage") || is(valueType, "currency")) {
            if (parseDouble(valueRaw, number)) {
                cell.type = CellType::Number;
                cell.number = number;
                cell.text = shown.isEmpty() ? NumberFormat::general(number) : shown;
            } else {
                cell.text = shown;
            }
        } else if (is(valueType, "date")) {
            const QString iso = QString::fromLatin1(valueRaw.trimmed());
            QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
            if (!dt.isValid())
                dt = QDateTime(QDate::fromString(iso.left(10), Qt::ISODate), QTime(0, 0));
            if (dt.isValid()) {
                cell.type = CellType::Date;
                cell.number = serialFromDateTime(dt);
                cell.text =
                    shown.isEmpty() ? NumberFormat::builtin(14).formatDate(cell.number) : shown;
            } else {
                cell.text = shown;
            }
        } else if (is(valueType, "time")) {
            if (parseDuration(valueRaw, number)) {
                cell.type = CellType::Date;
                cell.number = number;
                cell.text = shown.isEmpty() ? NumberFormat::builtin(21).formatDate(number) : shown;
            } else {
                cell.text = shown;
            }
        } else if (is(valueType, "boolean")) {
            const bool truth = valueRaw.trimmed() == "true" || valueRaw.trimmed() == "1";
            cell.type = CellType::Bool;
            cell.number = truth ? 1 : 0;
            cell.text = shown.isEmpty() ? (truth ? QStringLiteral("TRUE") : QStringLiteral("FALSE"))
                                        : shown;
        } else {
            cell.text = shown.isEmpty() && hasStringValue ? stringValue : shown;
        }
        if (cell.type == CellType::Empty && !cell.text.isEmpty())
            cell.type = CellType::Text;
        if (cell.isEmpty())
            return true;
        cell.font = cellStyled ? cellFont : fontOfColumn(first);
        for (qint64 k = 0; k < cellRepeat; ++k) {
            if (first + k >= m_limits.maxColumns)
                return failWith({Problem::TooManyColumns, sheet->name(), {}});
            if (m_cellsUsed + qint64(rowCells.size()) > m_limits.maxCells)
                return failWith({Problem::TooManyCells, sheet->name(), {}});
            rowCells.push_back({int(first + k), cell});
        }
        return true;
    };

    auto finishRow = [&]() -> bool {
        if (rowCells.empty() && rowMerges.empty()) {
            row += rowRepeat; // empty rows cost nothing, however many
            return true;
        }
        for (qint64 r = 0; r < rowRepeat; ++r) {
            const qint64 at = row + r;
            if (at >= m_limits.maxRows)
                return failWith({Problem::TooManyRows, sheet->name(), {}});
            for (const PendingCell &pending : rowCells) {
                Cell copy = pending.cell;
                if (!builder->put(int(at), pending.column, std::move(copy)))
                    return failWith(builder->failure());
            }
            for (const PendingMerge &m : rowMerges) {
                if (++m_cellsUsed > m_limits.maxCells)
                    return failWith({Problem::TooManyCells, sheet->name(), {}});
                sheet->addMergedRange(
                    {int(at), m.column, int(std::min<qint64>(at + m.rows - 1, m_limits.maxRows)),
                     int(std::min<qint64>(qint64(m.column) + m.columns - 1, m_limits.maxColumns))});
            }
        }
        row += rowRepeat;
        rowCells.clear();
        rowMerges.clear();
        return true;
    };

    return scanLargeXmlEntry(
        m_zip, part, m_maxToken, m_failure, [&](XmlScanner &xml, XmlScanner::Token token) {
            if (skipDepth > 0) {
                if (token == XmlScanner::Token::StartElement)
                    ++skipDepth;
                else if (token == XmlScanner::Token::EndElement)
                    --skipDepth;
                return true;
            }
            switch (token) {
            case XmlScanner::Token::StartElement: {
                const QByteArrayView name = xml.localName();
                if (inCell) {
                    if (is(name, "p") || is(name, "h")) {
                        if (paragraphs++ > 0)
                            text.append('\n');
                        ++paragraphDepth;
                    } else if (is(name, "s")) {
                        const qint64 spaces =
                            repeatCount(xml.attribute("c"), m_limits.maxCellChars);
                        text.append(QByteArray(spaces, ' '));
                    } else if (is(name, "tab")) {
                        text.append('\t');
                    } else if (is(name, "line-break")) {
                        text.append('\n');
                    } else if (is(name, "annotation") || is(name, "frame") ||
                               is(name, "custom-shape")) {
                        skipDepth = 1;
                    }
                    if (text.size() > m_limits.maxCellChars * 4)
                        return failWith({Problem::CellTooLong, sheet->name(), {}});
                    return true;
                }
                if (!sheet && (is(name, "table-cell") || is(name, "covered-table-cell") ||
                               is(name, "table-row") || is(name, "table-column"))) {
                    return true; // outside any table: nothing to keep
                }
                if (is(name, "table-cell") || is(name, "covered-table-cell")) {
                    inCell = true;
                    covered = is(name, "covered-table-cell");
                    cellRepeat = repeatCount(xml.attribute("number-columns-repeated"),
                                             m_limits.maxColumns + 1);
                    spanRows =
                        int(repeatCount(xml.attribute("number-rows-spanned"), m_limits.maxRows));
                    spanColumns = int(
                        repeatCount(xml.attribute("number-columns-spanned"), m_limits.maxColumns));
                    valueType =
                        officeAttribute(xml, "office:value-type", "value-type").toByteArray();
                    if (is(valueType, "date"))
                        valueRaw =
                            officeAttribute(xml, "office:date-value", "date-value").toByteArray();
                    else if (is(valueType, "time"))
                        valueRaw =
                            officeAttribute(xml, "office:time-value", "time-value").toByteArray();
                    else if (is(valueType, "boolean"))
                        valueRaw = officeAttribute(xml, "office:boolean-value", "boolean-value")
                                       .toByteArray();
                    else
                        valueRaw = officeAttribute(xml, "office:value", "value").toByteArray();
                    const QByteArrayView sv =
                        officeAttribute(xml, "office:string-value", "string-value");
                    hasStringValue = !sv.isNull();
                    stringValue = hasStringValue ? attributeText(sv) : QString();
                    const QByteArrayView styleName = xml.attribute("style-name");
                    cellStyled = !styleName.isNull();
                    cellFont = cellStyled ? styleFonts.value(attributeText(styleName)) : QString();
                    text.clear();
                    paragraphs = 0;
                    paragraphDepth = 0;
                } else if (is(name, "table-row")) {
                    rowRepeat = repeatCount(xml.attribute("number-rows-repeated"),
                                            qint64(m_limits.maxRows) + 1);
                    column = 0;
                } else if (is(name, "table-column")) {
                    const qint64 n = repeatCount(xml.attribute("number-columns-repeated"),
                                                 m_limits.maxColumns + 1);
                    const QByteArrayView styleName = xml.attribute("default-cell-style-name");
                    columnsSeen += n;
                    if (!styleName.isNull() && columnStyles.size() < 4096)
                        columnStyles.push_back(
                            {columnsSeen, styleFonts.value(attributeText(styleName))});
                    else if (columnStyles.size() < 4096)
                        columnStyles.push_back({columnsSeen, QString()});
                } else if (is(name, "table") && tableDepth++ == 0) {
                    workbook.sheets.emplace_back(attributeText(xml.attribute("name")));
                    sheet = &workbook.sheets.back();
                    sheet->setHidden(
                        hiddenTableStyles.contains(attributeText(xml.attribute("style-name"))));
                    builder = std::make_unique<SheetBuilder>(*sheet, m_limits, m_cellsUsed);
                    columnStyles.clear();
                    columnsSeen = 0;
                    row = 0;
                } else if (is(name, "font-face")) {
                    fontFaces.insert(attributeText(xml.attribute("name")),
                                     unquoteFamily(attributeText(xml.attribute("font-family"))));
                } else if (is(name, "style")) {
                    currentStyle = attributeText(xml.attribute("name"));
                    currentFamily = attributeText(xml.attribute("family"));
                } else if (is(name, "text-properties") &&
                           currentFamily == QLatin1String("table-cell")) {
                    const QByteArrayView fontName = xml.attribute("font-name");
                    const QByteArrayView family = xml.attribute("font-family");
                    if (!fontName.isNull())
                        styleFonts.insert(currentStyle, fontFaces.value(attributeText(fontName),
                                                                        attributeText(fontName)));
                    else if (!family.isNull())
                        styleFonts.insert(currentStyle, unquoteFamily(attributeText(family)));
                } else if (is(name, "table-properties") &&
                           currentFamily == QLatin1String("table")) {
                    if (xml.attribute("display") == "false")
                        hiddenTableStyles.insert(currentStyle);
                }
                return true;
            }
            case XmlScanner::Token::Characters:
                if (inCell && paragraphDepth > 0) {
                    if (!xml.appendText(text))
                        return failWith({Problem::NotWellFormed, part, {}});
                    if (text.size() > m_limits.maxCellChars * 4)
                        return failWith({Problem::CellTooLong, sheet->name(), {}});
                }
                return true;
            case XmlScanner::Token::EndElement: {
                const QByteArrayView name = xml.localName();
                if (inCell) {
                    if (is(name, "p") || is(name, "h"))
                        --paragraphDepth;
                    else if (is(name, "table-cell") || is(name, "covered-table-cell"))
                        return finishCell();
                    return true;
                }
                if (is(name, "table-row") && sheet)
                    return finishRow();
                if (is(name, "table") && sheet && --tableDepth == 0) {
                    sheet->trimEmptyEnd();
                    sheet = nullptr;
                    builder.reset();
                } else if (is(name, "style")) {
                    currentFamily.clear();
                }
                return true;
            }
            default:
                return true;
            }
        });
}

Result<Workbook> OdsParser::read()
{
    auto fail = [this](const ReadFailure &f) {
        return Result<Workbook>(error(m_path, f, m_limits));
    };
    if (!m_zip.open())
        return fail({Problem::CorruptZip, {}, {}});
    // An encrypted document lists its encryption in the manifest; its
    // content.xml is then not XML at all.
    QByteArray manifest;
    const QString manifestPart = m_zip.find(QStringLiteral("META-INF/manifest.xml"));
    if (!manifestPart.isEmpty()) {
        const ZipArchive::Status status = m_zip.read(manifestPart, manifest);
        if (status != ZipArchive::Status::Ok)
            return fail(failureOf(status, manifestPart));
        if (manifest.contains("encryption-data"))
            return fail({Problem::PasswordProtected, {}, {}});
    }
    const QString content = m_zip.find(QStringLiteral("content.xml"));
    if (content.isEmpty())
        return fail({Problem::MissingPart, QStringLiteral("content.xml"), {}});
    Workbook workbook;
    workbook.path = m_path;
    workbook.format = WorkbookFormat::Ods;
    if (auto f = readContent(content, workbook))
        return fail(*f);
    if (workbook.sheets.empty())
        return fail({Problem::NoSheets, {}, {}});
    return workbook;
}

} // namespace

Result<Workbook> readOds(const QString &path, const ReadLimits &limits)
{
    return OdsParser(path, limits).read();
}

} // namespace ttcs::sheet
