#include "sheet/XlsxReader.h"

#include "sheet/NumberFormat.h"
#include "sheet/ReadFailure.h"
#include "sheet/SheetBuilder.h"
#include "sheet/XmlPart.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

#include <atomic>
#include <charconv>
#include <cmath>
#include <cstring>
#include <thread>

Q_LOGGING_CATEGORY(lcXlsx, "ttcs.sheet.xlsx", QtInfoMsg)

namespace ttcs::sheet {

namespace {

struct Relationship
{
    QString type;
    QString target; // resolved, from the root of the archive
};

struct SheetEntry
{
    QString name;
    QString relationId;
    bool hidden = false;
};

// What a cell style (an xf of cellXfs) says about the cells using it.
struct CellStyle
{
    NumberFormat format;
    QString font;
};

// "../worksheets/sheet1.xml" seen from "xl/" is "xl/worksheets/sheet1.xml".
QString resolveTarget(const QString &baseDir, const QString &target)
{
    QString path = target.startsWith(QLatin1Char('/')) ? target.mid(1) : baseDir + target;
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (part != QLatin1String("."))
            parts << part;
    }
    return parts.join(QLatin1Char('/'));
}

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash + 1);
}

// The rels part that belongs to a part: "xl/workbook.xml" ->
// "xl/_rels/workbook.xml.rels".
QString relsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) +
           QLatin1String(".rels");
}

// Excel writes characters XML cannot hold as _xHHHH_.
QString unescapeOoxml(QString text)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = text.indexOf(QLatin1String("_x"), from);
        if (at < 0 || at + 7 > text.size())
            return text;
        bool ok = false;
        const uint code = QStringView(text).mid(at + 2, 4).toUInt(&ok, 16);
        if (ok && text.at(at + 6) == QLatin1Char('_')) {
            text.replace(at, 7, QChar(char16_t(code)));
            from = at + 1;
        } else {
            from = at + 2;
        }
    }
}

// Whether UTF-8 text holds an _xHHHH_ escape (looked for before decoding).
bool hasOoxmlEscape(QByteArrayView utf8)
{
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    while ((p = static_cast<const char *>(std::memchr(p, '_', std::size_t(end - p))))) {
        if (++p < end && *p == 'x')
            return true;
    }
    return false;
}

// Column and row (from 0) of a reference like "AB12".
bool parseCellReference(QByteArrayView ref, int &row, int &column)
{
    qsizetype i = 0;
    int col = 0;
    while (i < ref.size()) {
        char c = ref.at(i);
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            break;
        col = col * 26 + (c - 'A' + 1);
        if (col > 100000)
            return false;
        ++i;
    }
    if (i == 0)
        return false;
    const qint64 r = toInteger(ref.sliced(i));
    if (r < 1)
        return false;
    row = int(std::min<qint64>(r - 1, std::numeric_limits<int>::max() - 1));
    column = col - 1;
    return true;
}

bool parseNumber(QByteArrayView raw, double &value)
{
    const char *begin = raw.data();
    const char *end = begin + raw.size();
    while (begin < end && (*begin == ' ' || *begin == '\n' || *begin == '\t' || *begin == '\r'))
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '\t' || end[-1] == '\r'))
        --end;
    if (begin < end && *begin == '+')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    return ec == std::errc() && ptr == end && begin != end;
}

class XlsxParser
{
public:
    XlsxParser(const QString &path, const ReadLimits &limits)
        : m_path(path)
        , m_limits(limits)
        , m_zip(path, limits.maxEntryBytes)
        , m_maxToken(limits.maxCellChars * 4 + 65536)
    {}

    Result<Workbook> read();

private:
    std::optional<ReadFailure> readRelationships(const QString &relsPart, const QString &baseDir,
                                                 QHash<QString, Relationship> &out);
    std::optional<ReadFailure> readWorkbookPart(const QString &part);
    std::optional<ReadFailure> readStyles(const QString &part);
    std::optional<ReadFailure> readSharedStrings(ZipArchive &zip, const QString &part,
                                                 const std::atomic<bool> &cancel);
    void resolveSharedStrings(Sheet &sheet);
    std::optional<ReadFailure> readWorksheet(const QString &part, Sheet &sheet);

    QString m_path;
    const ReadLimits &m_limits;
    ZipArchive m_zip;
    qint64 m_maxToken;
    qint64 m_cellsUsed = 0;
    ReadFailure m_failure;

    bool m_date1904 = false;
    std::vector<SheetEntry> m_sheets;
    std::vector<CellStyle> m_styles;
    std::vector<QString> m_strings;
    std::vector<QString> m_stringFonts; // font of a string's first formatted run
    // How many cells refer to each shared string, counted as the worksheets
    // are read.
    std::vector<quint32> m_stringUses;
};

std::optional<ReadFailure> XlsxParser::readRelationships(const QString &relsPart,
                                                         const QString &baseDir,
                                                         QHash<QString, Relationship> &out)
{
    if (!m_zip.contains(relsPart))
        return std::nullopt;
    return scanXmlEntry(
        m_zip, m_zip.find(relsPart), m_maxToken, m_failure,
        [&](XmlScanner &xml, XmlScanner::Token token) {
            if (token == XmlScanner::Token::StartElement && xml.isLocalName("Relationship") &&
                xml.attribute("TargetMode") != "External") {
                out.insert(attributeText(xml.attribute("Id")),
                           {attributeText(xml.attribute("Type")),
                            resolveTarget(baseDir, attributeText(xml.attribute("Target")))});
            }
            return true;
        });
}

std::optional<ReadFailure> XlsxParser::readWorkbookPart(const QString &part)
{
    return scanXmlEntry(m_zip, part, m_maxToken, m_failure,
                        [&](XmlScanner &xml, XmlScanner::Token token) {
                            if (token != XmlScanner::Token::StartElement)
                                return true;
                            if (xml.isLocalName("workbookPr")) {
                                const QByteArrayView v = xml.attribute("date1904");
                                m_date1904 = is(v, "1") || is(v, "true");
                            } else if (xml.isLocalName("sheet")) {
                                SheetEntry entry;
                                entry.name = attributeText(xml.attribute("name"));
                                entry.relationId = attributeText(xml.attribute("id"));
                                const QByteArrayView state = xml.attribute("state");
                                entry.hidden = is(state, "hidden") || is(state, "veryHidden");
                                m_sheets.push_back(entry);
                            }
                            return true;
                        });
}

std::optional<ReadFailure> XlsxParser::readStyles(const QString &part)
{
    QHash<int, QString> customFormats;
    std::vector<QString> fonts;
    struct Xf
    {
        int numFmtId;
        int fontId;
    };
    std::vector<Xf> xfs;
    bool inFonts = false;
    bool inFont = false;
    bool inCellXfs = false;
    const auto failure = scanXmlEntry(
        m_zip, part, m_maxToken, m_failure, [&](XmlScanner &xml, XmlScanner::Token token) {
            if (token == XmlScanner::Token::StartElement) {
                if (xml.isLocalName("numFmt")) {
                    customFormats.insert(int(toInteger(xml.attribute("numFmtId"))),
                                         attributeText(xml.attribute("formatCode")));
                } else if (xml.isLocalName("fonts")) {
                    inFonts = true;
                } else if (inFonts && xml.isLocalName("font")) {
                    inFont = true;
                    fonts.emplace_back();
                } else if (inFont && xml.isLocalName("name")) {
                    fonts.back() = attributeText(xml.attribute("val"));
                } else if (xml.isLocalName("cellXfs")) {
                    inCellXfs = true;
                } else if (inCellXfs && xml.isLocalName("xf")) {
                    xfs.push_back({int(toInteger(xml.attribute("numFmtId"), 0)),
                                   int(toInteger(xml.attribute("fontId"), 0))});
                }
            } else if (token == XmlScanner::Token::EndElement) {
                if (xml.isLocalName("fonts"))
                    inFonts = false;
                else if (xml.isLocalName("font"))
                    inFont = false;
                else if (xml.isLocalName("cellXfs"))
                    inCellXfs = false;
            }
            return true;
        });
    if (failure)
        return failure;
    QHash<int, NumberFormat> formats;
    m_styles.reserve(xfs.size());
    for (const Xf &xf : xfs) {
        auto found = formats.find(xf.numFmtId);
        if (found == formats.end()) {
            const auto custom = customFormats.constFind(xf.numFmtId);
            found = formats.insert(xf.numFmtId, custom != customFormats.cend()
                                                    ? NumberFormat::parse(*custom)
                                                    : NumberFormat::builtin(xf.numFmtId));
        }
        CellStyle style;
        style.format = *found;
        if (xf.fontId >= 0 && std::size_t(xf.fontId) < fonts.size())
            style.font = fonts[std::size_t(xf.fontId)];
        m_styles.push_back(std::move(style));
    }
    return std::nullopt;
}

// Runs on a thread of its own while the worksheets are read: it touches
// only its own archive handle, m_strings and m_stringFonts.
std::optional<ReadFailure> XlsxParser::readSharedStrings(ZipArchive &zip, const QString &part,
                                                         const std::atomic<bool> &cancel)
{
    ReadFailure failure;
    QByteArray text;
    QString runFont;
    bool inItem = false;
    bool inText = false;
    bool inRunProperties = false;
    int phoneticDepth = 0;
    bool anyRunFont = false;
    // An item read: its text, raw UTF-8 without references, and the font
    // of its first formatted run.
    const auto addString = [&](QByteArrayView utf8, const QString &font) {
        if (cancel.load(std::memory_order_relaxed)) {
            failure = {Problem::CorruptPart, part, {}};
            return false;
        }
        QString s = QString::fromUtf8(utf8);
        if (hasOoxmlEscape(utf8))
            s = unescapeOoxml(std::move(s));
        if (s.size() > m_limits.maxCellChars) {
            failure = {Problem::CellTooLong, part, {}};
            return false;
        }
        m_strings.push_back(std::move(s));
        if (!font.isEmpty() || anyRunFont) {
            anyRunFont = true;
            m_stringFonts.resize(m_strings.size());
            m_stringFonts.back() = font;
        }
        return true;
    };
    // Most items are one plain <t>: read in one step.
    const auto simpleItem = [&](XmlScanner &xml) {
        QByteArrayView utf8;
        if (inItem || !xml.readSimpleString(utf8))
            return FastStep::None;
        return addString(utf8, QString()) ? FastStep::Consumed : FastStep::Stop;
    };
    return scanXmlEntry(
        zip, part, m_maxToken, failure, [&](XmlScanner &xml, XmlScanner::Token token) {
            switch (token) {
            case XmlScanner::Token::StartElement: {
                const QByteArrayView name = xml.localName();
                if (is(name, "si")) {
                    inItem = true;
                    text.resize(0);
                    runFont.clear();
                } else if (is(name, "t")) {
                    inText = inItem && phoneticDepth == 0;
                } else if (is(name, "rPh")) {
                    ++phoneticDepth;
                } else if (is(name, "rPr")) {
                    inRunProperties = true;
                } else if (inRunProperties && is(name, "rFont") && runFont.isEmpty()) {
                    runFont = attributeText(xml.attribute("val"));
                } else if (is(name, "sst")) {
                    const qint64 count = toInteger(xml.attribute("uniqueCount"), 0);
                    m_strings.reserve(std::size_t(std::min<qint64>(count, 1'000'000)));
                }
                return true;
            }
            case XmlScanner::Token::Characters:
                if (inText) {
                    if (!xml.appendText(text)) {
                        failure = {Problem::NotWellFormed, part, {}};
                        return false;
                    }
                    if (text.size() > m_limits.maxCellChars * 4) {
                        failure = {Problem::CellTooLong, part, {}};
                        return false;
                    }
                }
                return true;
            case XmlScanner::Token::EndElement: {
                const QByteArrayView name = xml.localName();
                if (is(name, "t")) {
                    inText = false;
                } else if (is(name, "rPh")) {
                    --phoneticDepth;
                } else if (is(name, "rPr")) {
                    inRunProperties = false;
                } else if (is(name, "si")) {
                    inItem = false;
                    return addString(text, runFont);
                }
                return true;
            }
            default:
                return true;
            }
        },
        simpleItem);
}

std::optional<ReadFailure> XlsxParser::readWorksheet(const QString &part, Sheet &sheet)
{
    SheetBuilder builder(sheet, m_limits, m_cellsUsed);
    static const CellStyle defaultStyle;
    enum class ValueKind
    {
        Number,
        Shared,
        Inline,
        Formula,
        Bool,
        Error,
        IsoDate
    };

    int row = -1;
    int column = -1;
    int cellRow = 0;
    int cellColumn = 0;
    const CellStyle *style = &defaultStyle;
    ValueKind kind = ValueKind::Number;
    bool inSheetData = false;
    bool inValue = false;
    bool inInline = false;
    bool inText = false;
    bool inRunProperties = false;
    int phoneticDepth = 0;
    QByteArray valueBuffer; // the text of <v> when it comes token by token
    QByteArray inlineText;
    QString inlineFont;

    auto cellFailure = [&](Problem problem) {
        m_failure = {problem, sheet.name(), cellName(cellRow, cellColumn)};
        return false;
    };

    bool inCell = false;

    // A <c> element begins: where it goes, its style and its kind of value.
    auto startCell = [&](QByteArrayView ref, QByteArrayView s, QByteArrayView t) {
        if (ref.isNull() || !parseCellReference(ref, cellRow, cellColumn)) {
            cellRow = std::max(row, 0);
            cellColumn = column + 1;
        }
        column = cellColumn;
        const qint64 styleIndex = s.isNull() ? 0 : toInteger(s, 0);
        style = std::size_t(styleIndex) < m_styles.size() ? &m_styles[std::size_t(styleIndex)]
                                                          : &defaultStyle;
        if (t.isNull() || is(t, "n"))
            kind = ValueKind::Number;
        else if (is(t, "s"))
            kind = ValueKind::Shared;
        else if (is(t, "inlineStr"))
            kind = ValueKind::Inline;
        else if (is(t, "str"))
            kind = ValueKind::Formula;
        else if (is(t, "b"))
            kind = ValueKind::Bool;
        else if (is(t, "e"))
            kind = ValueKind::Error;
        else if (is(t, "d"))
            kind = ValueKind::IsoDate;
        else
            kind = ValueKind::Number;
        valueBuffer.resize(0);
        inlineText.resize(0);
        inlineFont.clear();
    };

    // The cell ends, with `value` the text of its <v>.
    auto finishCell = [&](QByteArrayView value) -> bool {
        Cell cell;
        switch (kind) {
        case ValueKind::Shared: {
            // The shared strings are still being read on their own thread:
            // keep the index, resolveSharedStrings() fills the text in.
            const qint64 index = toInteger(value);
            if (index < 0)
                return true;
            cell.number = double(index) + 1;
            cell.font = style->font;
            if (index < m_limits.maxCells) {
                if (std::size_t(index) >= m_stringUses.size())
                    m_stringUses.resize(std::size_t(index) + 1);
                ++m_stringUses[std::size_t(index)];
            }
            break;
        }
        case ValueKind::Inline: {
            if (inlineText.size() > m_limits.maxCellChars * 4)
                return cellFailure(Problem::CellTooLong);
            cell.text = QString::fromUtf8(inlineText);
            if (hasOoxmlEscape(inlineText))
                cell.text = unescapeOoxml(std::move(cell.text));
            cell.font = inlineFont.isEmpty() ? style->font : inlineFont;
            cell.type = CellType::Text;
            break;
        }
        case ValueKind::Formula:
        case ValueKind::Error: {
            QByteArray decoded;
            if (!XmlScanner::decode(value, decoded))
                decoded = value.toByteArray();
            cell.text = QString::fromUtf8(decoded);
            cell.font = style->font;
            cell.type = CellType::Text;
            break;
        }
        case ValueKind::Bool: {
            if (value.isEmpty())
                return true;
            const bool truth = toInteger(value, 0) != 0 || value.trimmed() == "true";
            cell.number = truth ? 1 : 0;
            cell.text = truth ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            cell.type = CellType::Bool;
            cell.font = style->font;
            break;
        }
        case ValueKind::IsoDate: {
            const QDateTime dt =
                QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::ISODateWithMs);
            if (!dt.isValid()) {
                cell.text = QString::fromUtf8(value);
                cell.type = CellType::Text;
            } else {
                cell.number = serialFromDateTime(dt);
                cell.text = style->format.isDateOrTime()
                                ? style->format.formatDate(cell.number)
                                : NumberFormat::builtin(14).formatDate(cell.number);
                cell.type = CellType::Date;
            }
            cell.font = style->font;
            break;
        }
        case ValueKind::Number: {
            if (value.isEmpty())
                return true;
            double number = 0;
            if (!parseNumber(value, number)) {
                cell.text = QString::fromUtf8(value);
                cell.type = CellType::Text;
            } else if (style->format.isDateOrTime()) {
                const double serial = normaliseSerial(number, m_date1904);
                cell.text = style->format.formatDate(serial);
                if (cell.text.isEmpty()) {
                    cell.text = NumberFormat::general(number);
                    cell.number = number;
                    cell.type = CellType::Number;
                } else {
                    cell.number = serial;
                    cell.type = CellType::Date;
                }
            } else {
                cell.number = number;
                cell.text = style->format.format(number);
                cell.type = CellType::Number;
            }
            cell.font = style->font;
            break;
        }
        }
        if (cell.text.isEmpty() && cell.type == CellType::Text)
            return true;
        if (!builder.put(cellRow, cellColumn, std::move(cell))) {
            m_failure = builder.failure();
            return false;
        }
        return true;
    };

    return scanLargeXmlEntry(
        m_zip, part, m_maxToken, m_failure,
        [&](XmlScanner &xml, XmlScanner::Token token) {
            switch (token) {
            case XmlScanner::Token::StartElement: {
                const QByteArrayView name = xml.localName();
                if (!inSheetData) {
                    if (is(name, "sheetData")) {
                        inSheetData = true;
                    } else if (is(name, "mergeCell")) {
                        const auto range =
                            CellRange::fromReference(attributeText(xml.attribute("ref")));
                        if (range) {
                            if (++m_cellsUsed > m_limits.maxCells) {
                                m_failure = {Problem::TooManyCells, sheet.name(), {}};
                                return false;
                            }
                            sheet.addMergedRange(*range);
                        }
                    }
                    return true;
                }
                if (name.size() == 1) {
                    switch (name.at(0)) {
                    case 'c':
                        startCell(xml.attribute("r"), xml.attribute("s"), xml.attribute("t"));
                        inCell = true;
                        return true;
                    case 'v':
                        inValue = true;
                        return true;
                    case 't':
                        inText = inInline && phoneticDepth == 0;
                        return true;
                    default:
                        return true;
                    }
                }
                if (is(name, "row")) {
                    const qint64 r = toInteger(xml.attribute("r"));
                    row = r >= 1 ? int(std::min<qint64>(r - 1, m_limits.maxRows)) : row + 1;
                    column = -1;
                    if (!builder.acceptRow(row)) {
                        m_failure = builder.failure();
                        return false;
                    }
                } else if (is(name, "is")) {
                    inInline = true;
                } else if (is(name, "rPh")) {
                    ++phoneticDepth;
                } else if (is(name, "rPr")) {
                    inRunProperties = true;
                } else if (inRunProperties && inInline && is(name, "rFont") &&
                           inlineFont.isEmpty()) {
                    inlineFont = attributeText(xml.attribute("val"));
                }
                return true;
            }
            case XmlScanner::Token::Characters:
                if (inValue) {
                    valueBuffer.append(xml.rawText());
                    if (valueBuffer.size() > m_limits.maxCellChars * 4)
                        return cellFailure(Problem::CellTooLong);
                } else if (inText) {
                    if (!xml.appendText(inlineText)) {
                        m_failure = {Problem::NotWellFormed, part, {}};
                        return false;
                    }
                    if (inlineText.size() > m_limits.maxCellChars * 4)
                        return cellFailure(Problem::CellTooLong);
                }
                return true;
            case XmlScanner::Token::EndElement: {
                const QByteArrayView name = xml.localName();
                if (name.size() == 1) {
                    switch (name.at(0)) {
                    case 'c':
                        inCell = false;
                        return finishCell(valueBuffer);
                    case 'v':
                        inValue = false;
                        return true;
                    case 't':
                        inText = false;
                        return true;
                    default:
                        return true;
                    }
                }
                if (is(name, "is"))
                    inInline = false;
                else if (is(name, "rPh"))
                    --phoneticDepth;
                else if (is(name, "rPr"))
                    inRunProperties = false;
                else if (is(name, "sheetData"))
                    inSheetData = false;
                return true;
            }
            default:
                return true;
            }
        },
        [&](XmlScanner &xml) {
            // Most cells are <c r=".." s=".." t=".."><v>..</v></c>: read whole.
            if (!inSheetData || inCell)
                return FastStep::None;
            XmlScanner::SimpleCell simple;
            if (!xml.readSimpleCell(simple))
                return FastStep::None;
            startCell(simple.r, simple.s, simple.t);
            if (!simple.inlineText.isNull())
                inlineText.append(simple.inlineText);
            return finishCell(simple.v) ? FastStep::Consumed : FastStep::Stop;
        });
}

// A pass over cells read long ago, bound by memory more than by work: the
// cells of a row a few rows ahead are asked for before they are needed,
// and a string's last cell takes it over rather than sharing it, as most
// of a list's strings (names, phone numbers) have one cell and sharing
// writes to the string's counter, last written on the strings' thread.
// For 100,000 people this step went from about 55 ms to 38.
void XlsxParser::resolveSharedStrings(Sheet &sheet)
{
    constexpr int kRowsAhead = 4;
    for (int r = 0; r < sheet.rowCount(); ++r) {
        if (r + kRowsAhead < sheet.rowCount()) {
            const std::vector<Cell> &ahead = sheet.row(r + kRowsAhead);
            const char *from = reinterpret_cast<const char *>(ahead.data());
            const char *to = reinterpret_cast<const char *>(ahead.data() + ahead.size());
            for (const char *p = from; p < to; p += 64)
                __builtin_prefetch(p, 1);
        }
        const int columns = int(sheet.row(r).size());
        for (int c = 0; c < columns; ++c) {
            Cell &cell = sheet.cellAt(r, c);
            if (cell.type != CellType::Empty || cell.number <= 0)
                continue;
            const auto index = std::size_t(cell.number - 1);
            cell.number = 0;
            if (index >= m_strings.size()) {
                cell.font.clear(); // a dangling index: nothing to show
                continue;
            }
            if (index < m_stringUses.size() && --m_stringUses[index] == 0)
                cell.text = std::move(m_strings[index]);
            else
                cell.text = m_strings[index];
            if (cell.text.isEmpty()) {
                cell.font.clear();
                continue;
            }
            cell.type = CellType::Text;
            if (index < m_stringFonts.size() && !m_stringFonts[index].isEmpty())
                cell.font = m_stringFonts[index];
        }
    }
}

Result<Workbook> XlsxParser::read()
{
    auto fail = [this](const ReadFailure &f) {
        return Result<Workbook>(error(m_path, f, m_limits));
    };
    QElapsedTimer timer;
    timer.start();
    if (!m_zip.open())
        return fail({Problem::CorruptZip, {}, {}});

    // The workbook part, from the package relationships.
    QHash<QString, Relationship> packageRels;
    if (auto f = readRelationships(QStringLiteral("_rels/.rels"), QString(), packageRels))
        return fail(*f);
    QString workbookPart;
    for (const Relationship &rel : std::as_const(packageRels)) {
        if (rel.type.endsWith(QLatin1String("/officeDocument")))
            workbookPart = rel.target;
    }
    if (workbookPart.endsWith(QLatin1String(".bin"), Qt::CaseInsensitive) ||
        m_zip.contains(QStringLiteral("xl/workbook.bin")))
        return fail({Problem::BinaryXlsb, {}, {}});
    if (workbookPart.isEmpty() || !m_zip.contains(workbookPart))
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!m_zip.contains(workbookPart))
        return fail({Problem::NotSpreadsheet, {}, {}});
    workbookPart = m_zip.find(workbookPart);

    if (auto f = readWorkbookPart(workbookPart))
        return fail(*f);
    QHash<QString, Relationship> rels;
    const QString baseDir = directoryOf(workbookPart);
    if (auto f = readRelationships(relsOf(workbookPart), baseDir, rels))
        return fail(*f);

    QString stylesPart;
    QString stringsPart;
    for (const Relationship &rel : std::as_const(rels)) {
        if (rel.type.endsWith(QLatin1String("/styles")))
            stylesPart = rel.target;
        else if (rel.type.endsWith(QLatin1String("/sharedStrings")))
            stringsPart = rel.target;
    }
    if (stylesPart.isEmpty())
        stylesPart = baseDir + QLatin1String("styles.xml");
    if (stringsPart.isEmpty())
        stringsPart = baseDir + QLatin1String("sharedStrings.xml");
    if (m_zip.contains(stylesPart)) {
        if (auto f = readStyles(m_zip.find(stylesPart)))
            return fail(*f);
    }

    // The shared strings are read on a second thread, from a second handle
    // on the archive, while this one reads the worksheets: on the two-core
    // office machines that nearly halves the wait for a long list.
    std::atomic<bool> cancel{false};
    std::optional<ReadFailure> stringsFailure;
    std::thread stringsReader;
    if (m_zip.contains(stringsPart)) {
        const QString part = m_zip.find(stringsPart);
        stringsReader = std::thread([this, part, &cancel, &stringsFailure] {
            ZipArchive zip(m_path, m_limits.maxEntryBytes);
            if (!zip.open())
                stringsFailure = ReadFailure{Problem::CorruptZip, {}, {}};
            else
                stringsFailure = readSharedStrings(zip, part, cancel);
        });
    }
    struct Joiner
    {
        std::thread &thread;
        std::atomic<bool> &cancel;
        ~Joiner()
        {
            cancel = true; // a worksheet failed: the strings are not wanted
            if (thread.joinable())
                thread.join();
        }
    } joiner{stringsReader, cancel};

    Workbook workbook;
    workbook.path = m_path;
    workbook.format = WorkbookFormat::Xlsx;
    workbook.sheets.reserve(m_sheets.size());
    int index = 0;
    for (const SheetEntry &entry : m_sheets) {
        ++index;
        QString part = rels.value(entry.relationId).target;
        if (part.isEmpty())
            part = baseDir + QStringLiteral("worksheets/sheet%1.xml").arg(index);
        if (!m_zip.contains(part)) {
            // A chart sheet or a dialog sheet has no cells; a missing
            // worksheet is damage.
            if (rels.value(entry.relationId).type.endsWith(QLatin1String("/worksheet")))
                return fail({Problem::MissingPart, part, {}});
            continue;
        }
        if (!rels.value(entry.relationId).type.isEmpty() &&
            !rels.value(entry.relationId).type.endsWith(QLatin1String("/worksheet")))
            continue;
        Sheet sheet(entry.name);
        sheet.setHidden(entry.hidden);
        if (auto f = readWorksheet(m_zip.find(part), sheet))
            return fail(*f);
        workbook.sheets.push_back(std::move(sheet));
    }
    qCDebug(lcXlsx) << "worksheets read in" << timer.elapsed() << "ms";
    if (stringsReader.joinable())
        stringsReader.join();
    if (stringsFailure)
        return fail(*stringsFailure);
    for (Sheet &sheet : workbook.sheets) {
        resolveSharedStrings(sheet);
        sheet.trimEmptyEnd();
    }
    if (workbook.sheets.empty())
        return fail({Problem::NoSheets, {}, {}});
    qCDebug(lcXlsx) << "read" << m_path << workbook.sheets.size() << "sheets," << m_cellsUsed
                    << "cells in" << timer.elapsed() << "ms";
    return workbook;
}

} // namespace

Result<Workbook> readXlsx(const QString &path, const ReadLimits &limits)
{
    return XlsxParser(path, limits).read();
}

} // namespace ttcs::sheet
