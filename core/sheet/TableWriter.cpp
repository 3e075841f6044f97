#include "sheet/TableWriter.h"

#include "sheet/Sheet.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <cmath>

namespace ttcs::sheet {

namespace {

// Excel keeps at most this many characters in a cell.
constexpr qsizetype kMaxCellChars = 32767;

bool startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.at(0).unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

// Characters XML 1.0 cannot hold (the file would not open) are dropped.
QString xmlSafe(const QString &text)
{
    const auto bad = [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF;
    };
    QString out;
    if (std::any_of(text.begin(), text.end(), bad)) {
        out.reserve(text.size());
        for (const QChar c : text) {
            if (!bad(c))
                out += c;
        }
    } else {
        out = text;
    }
    if (out.size() > kMaxCellChars)
        out.truncate(kMaxCellChars);
    return out;
}

void appendCsvField(QString &line, const QString &cell, QChar separator)
{
    const QString text = neutraliseFormula(cell);
    const bool quote = text.contains(separator) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote) {
        line += text;
        return;
    }
    line += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            line += QLatin1Char('"');
        line += c;
    }
    line += QLatin1Char('"');
}

Status checkTarget(const QString &path)
{
    if (path.isEmpty())
        return Error{
            QCoreApplication::translate("ttcs::sheet::TableWriter", "No file name was given.")};
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{
            QCoreApplication::translate("ttcs::sheet::TableWriter", "The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(info.absolutePath()))};
    if (info.isDir())
        return Error{
            QCoreApplication::translate("ttcs::sheet::TableWriter", "%1 is a folder, not a file.")
                .arg(QDir::toNativeSeparators(path))};
    return {};
}

Status saveAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("ttcs::sheet::TableWriter", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error{QCoreApplication::translate("ttcs::sheet::TableWriter", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), why)};
    }
    if (!file.commit())
        return Error{QCoreApplication::translate("ttcs::sheet::TableWriter", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\.
QString sheetNameFor(const QString &wanted)
{
    QString name;
    for (const QChar c : wanted) {
        if (QStringLiteral("[]:*?/\\").contains(c) || c.unicode() < 0x20)
            continue;
        name += c;
    }
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    if (name.size() > 31)
        name.truncate(31);
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

QString xmlEscaped(const QString &text)
{
    const QString safe = xmlSafe(text);
    QString out;
    out.reserve(safe.size() + 8);
    for (const QChar c : safe) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\r':
            out += QLatin1String("&#13;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

// The cell styles of styles.xml, by index.
enum Style
{
    StyleDefault = 0,
    StyleTitle = 1,
    StyleHeader = 2,
    StyleGroup = 3,
    StyleCell = 4,
    StyleNumber = 5,
    StyleDate = 6,
    StyleNote = 7
};

const char kContentTypes[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>)";

const char kRootRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";

const char kWorkbookRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";

// Times New Roman, as Vietnamese administrative documents use; bold for
// the title, header and group rows; thin borders around the table.
const char kStyles[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="3"><font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font><font><b/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font><font><b/><sz val="13"/><name val="Times New Roman"/><family val="1"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="8"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="49" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>)";

QByteArray workbookXml(const QString &sheetName, int headerRow)
{
    QString xml = QStringLiteral(
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name=")");
    xml += xmlEscaped(sheetName);
    xml += QStringLiteral(R"(" sheetId="1" r:id="rId1"/></sheets>)");
    if (headerRow >= 0) {
        // The header is printed again on every page.
        QString quoted = sheetName;
        quoted.replace(QLatin1Char('\''), QLatin1String("''"));
        xml += QStringLiteral(
                   R"(<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">')") +
               xmlEscaped(quoted) +
               QStringLiteral("'!$%1:$%1</definedName></definedNames>").arg(headerRow + 1);
    }
    xml += QStringLiteral("</workbook>");
    return xml.toUtf8();
}

// The number a cell of a Number or Date column is written with, if its
// text reads as one; such a cell is a value, never a formula.
std::optional<double> cellValue(const QString &text, ColumnKind kind)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (kind == ColumnKind::Number) {
        static const QRegularExpression number(QStringLiteral("^-?[0-9]{1,15}(\\.[0-9]{1,15})?$"));
        if (!number.match(t).hasMatch())
            return std::nullopt;
        return t.toDouble();
    }
    if (kind == ColumnKind::Date) {
        QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
        if (!d.isValid() || d.year() < 1900)
            return std::nullopt;
        return serialFromDateTime(QDateTime(d, QTime(0, 0)));
    }
    return std::nullopt;
}

void appendValueCell(QString &xml, int row, int column, double value, Style style)
{
    xml += QStringLiteral(R"(<c r="%1" s="%2"><v>%3</v></c>)")
               .arg(cellName(row, column))
               .arg(int(style))
               .arg(QString::number(value, 'g', 17));
}

void appendCell(QString &xml, int row, int column, const QString &text, Style style)
{
    xml += QStringLiteral(R"(<c r="%1" s="%2")").arg(cellName(row, column)).arg(int(style));
    if (text.isEmpty()) {
        xml += QLatin1String("/>");
        return;
    }
    // Always an inline string: text that looks like a formula stays text.
    xml += QLatin1String(R"( t="inlineStr"><is><t xml:space="preserve">)");
    xml += xmlEscaped(text);
    xml += QLatin1String("</t></is></c>");
}

// How many lines `text` takes in a column `widthChars` wide when wrapped
// (an estimate: spreadsheet programs do not measure rows they are given
// without a height, so wrapped text would stay cut off).
// `perWidth`: characters of running text per unit of column width (about
// 1.2 for Times New Roman 12; less for bold).
int wrappedLines(const QString &text, double widthChars, double perWidth)
{
    if (text.isEmpty() || widthChars <= 0)
        return 1;
    const double perLine = std::max(1.0, widthChars * perWidth);
    int lines = 0;
    for (const QString &paragraph : text.split(QLatin1Char('\n')))
        lines += std::max(1, int(std::ceil(double(paragraph.size()) / perLine)));
    return std::min(lines, 30);
}

QByteArray worksheetXml(const Table &table, int *headerRow)
{
    const int columns = std::max(1, table.columnCount());
    QString rows;
    QStringList merges;
    int row = 0;
    *headerRow = -1;
    double tableWidth = 0;
    for (int c = 0; c < columns; ++c) {
        if (!table.hiddenColumns.contains(c))
            tableWidth += table.columnWidths.value(c) > 0 ? table.columnWidths.value(c) : 8.43;
    }
    // A row's start, tall enough for its most wrapped cell (12 pt lines).
    const auto openRow = [&](const QStringList &cells, bool acrossTable, double perWidth) {
        int lines = 1;
        if (!table.columnWidths.isEmpty()) {
            for (int c = 0; c < cells.size() && c < columns; ++c) {
                if (table.hiddenColumns.contains(c))
                    continue;
                const double width = acrossTable ? tableWidth : table.columnWidths.value(c);
                lines = std::max(lines, wrappedLines(cells.at(c), width, perWidth));
            }
        }
        if (lines <= 1)
            rows += QStringLiteral(R"(<row r="%1">)").arg(row + 1);
        else
            rows += QStringLiteral(R"(<row r="%1" ht="%2" customHeight="1">)")
                        .arg(row + 1)
                        .arg(lines * 15.75 + 1.5, 0, 'f', 2);
    };
    const auto across = [&](const QString &text, Style style) {
        openRow({text}, true, 1.1);
        for (int c = 0; c < columns; ++c)
            appendCell(rows, row, c, c == 0 ? text : QString(), style);
        rows += QLatin1String("</row>");
        if (columns > 1)
            merges << CellRange{row, 0, row, columns - 1}.reference();
    };
    if (!table.title.isEmpty()) {
        across(table.title, StyleTitle);
        ++row;
    }
    for (const QString &line : table.subtitle) {
        across(line, StyleNote);
        ++row;
    }
    if (!table.title.isEmpty() || !table.subtitle.isEmpty())
        ++row; // a blank row before the table
    int firstDataRow = -1;
    int lastDataRow = -1;
    if (!table.header.isEmpty()) {
        *headerRow = row;
        openRow(table.header, false, 0.85);
        for (int c = 0; c < columns; ++c)
            appendCell(rows, row, c, table.header.value(c), StyleHeader);
        rows += QLatin1String("</row>");
        ++row;
    }
    for (const TableRow &r : table.rows) {
        if (row >= 1'048'576)
            break;
        if (r.group) {
            across(r.cells.value(0), StyleGroup);
        } else {
            if (firstDataRow < 0)
                firstDataRow = row;
            lastDataRow = row;
            openRow(r.cells, false, 1.2);
            for (int c = 0; c < columns; ++c) {
                const ColumnKind kind = table.columnKinds.value(c, ColumnKind::Text);
                const QString &text = r.cells.value(c);
                const Style style = kind == ColumnKind::Number ? StyleNumber
                                    : kind == ColumnKind::Date ? StyleDate
                                                               : StyleCell;
                if (const auto value = cellValue(text, kind))
                    appendValueCell(rows, row, c, *value, style);
                else
                    appendCell(rows, row, c, text, text.isEmpty() ? style : StyleCell);
            }
            rows += QLatin1String("</row>");
        }
        ++row;
    }

    QString xml = QStringLiteral(
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)");
    if (table.fitToWidth)
        xml += QLatin1String(R"(<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>)");
    xml += QLatin1String(R"(<sheetViews><sheetView workbookViewId="0">)");
    if (*headerRow >= 0) {
        const int below = *headerRow + 1;
        xml +=
            QStringLiteral(
                R"(<pane ySplit="%1" topLeftCell="A%2" activePane="bottomLeft" state="frozen"/>)")
                .arg(below)
                .arg(below + 1);
    }
    xml += QLatin1String("</sheetView></sheetViews>");
    QString cols;
    for (int c = 0; c < columns; ++c) {
        const double width = table.columnWidths.value(c);
        const bool hidden = table.hiddenColumns.contains(c);
        if (width > 0 || hidden)
            cols += QStringLiteral(R"(<col min="%1" max="%1" width="%2" customWidth="1"%3/>)")
                        .arg(c + 1)
                        .arg(width > 0 ? std::min(width, 255.0) : 8.43, 0, 'f', 2)
                        .arg(hidden ? QStringLiteral(R"( hidden="1")") : QString());
    }
    if (!cols.isEmpty())
        xml += QLatin1String("<cols>") + cols + QLatin1String("</cols>");
    xml += QLatin1String("<sheetData>") + rows + QLatin1String("</sheetData>");
    if (!merges.isEmpty()) {
        xml += QStringLiteral(R"(<mergeCells count="%1">)").arg(merges.size());
        for (const QString &m : std::as_const(merges))
            xml += QStringLiteral(R"(<mergeCell ref="%1"/>)").arg(m);
        xml += QLatin1String("</mergeCells>");
    }
    QString validations;
    int validationCount = 0;
    for (const ListValidation &v : table.validations) {
        if (firstDataRow < 0 || v.column < 0 || v.column >= columns || v.choices.isEmpty())
            continue;
        ++validationCount;
        validations +=
            QStringLiteral(R"(<dataValidation type="list" allowBlank="1" showInputMessage="1" )"
                           R"(showErrorMessage="1" errorStyle="stop")");
        if (!v.error.isEmpty())
            validations += QStringLiteral(R"( error="%1")").arg(xmlEscaped(v.error));
        if (!v.prompt.isEmpty())
            validations += QStringLiteral(R"( prompt="%1")").arg(xmlEscaped(v.prompt));
        validations += QStringLiteral(R"( sqref="%1"><formula1>"%2"</formula1></dataValidation>)")
                           .arg(CellRange{firstDataRow, v.column, lastDataRow, v.column}.reference(),
                                xmlEscaped(v.choices.join(QLatin1Char(','))
                                               .replace(QLatin1Char('"'), QLatin1String("\"\""))));
    }
    if (validationCount > 0)
        xml += QStringLiteral(R"(<dataValidations count="%1">)").arg(validationCount) +
               validations + QLatin1String("</dataValidations>");
    xml += QLatin1String(
        R"(<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>)"
        R"(<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>)"
        R"(</worksheet>)");
    return xml.toUtf8();
}

// The package in memory; false when QuaZip could not write it.
bool zipParts(QByteArray &out, const std::vector<std::pair<QString, QByteArray>> &parts)
{
    QBuffer buffer(&out);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const QDateTime stamp(QDate(2000, 1, 1), QTime(0, 0));
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(name);
        info.dateTime = stamp;
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION))
            return false;
        if (file.write(data) != data.size())
            return false;
        file.close();
        if (file.getZipError() != ZIP_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

} // namespace

int Table::columnCount() const
{
    int n = int(header.size());
    for (const TableRow &r : rows) {
        if (!r.group)
            n = std::max(n, int(r.cells.size()));
    }
    return n;
}

std::optional<TableFormat> tableFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return TableFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return TableFormat::Xlsx;
    return std::nullopt;
}

QString neutraliseFormula(const QString &cell)
{
    return startsLikeFormula(cell) ? QString(QLatin1Char('\'') + cell) : cell;
}

QByteArray tableToCsv(const Table &table, QChar separator)
{
    QString text;
    const int columns = std::max(1, table.columnCount());
    const auto addLine = [&](const QStringList &cells) {
        QString line;
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                line += separator;
            appendCsvField(line, cells.value(c), separator);
        }
        text += line;
        text += QLatin1String("\r\n");
    };
    if (!table.title.isEmpty())
        addLine({table.title});
    for (const QString &line : table.subtitle)
        addLine({line});
    if (!table.header.isEmpty())
        addLine(table.header);
    for (const TableRow &r : table.rows)
        addLine(r.group ? QStringList{r.cells.value(0)} : r.cells);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status writeCsv(const Table &table, const QString &path, QChar separator)
{
    if (Status st = checkTarget(path); !st.ok())
        return st;
    return saveAtomically(path, tableToCsv(table, separator));
}

Result<QByteArray> tableToXlsx(const Table &table)
{
    const QString sheetName = sheetNameFor(table.sheetName);
    int headerRow = -1;
    const QByteArray sheetXml = worksheetXml(table, &headerRow);
    QByteArray bytes;
    if (!zipParts(bytes, {{QStringLiteral("[Content_Types].xml"), QByteArray(kContentTypes)},
                          {QStringLiteral("_rels/.rels"), QByteArray(kRootRels)},
                          {QStringLiteral("xl/workbook.xml"), workbookXml(sheetName, headerRow)},
                          {QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray(kWorkbookRels)},
                          {QStringLiteral("xl/styles.xml"), QByteArray(kStyles)},
                          {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml}}))
        return Error{QCoreApplication::translate("ttcs::sheet::TableWriter",
                                                 "the spreadsheet could not be packed.")};
    return bytes;
}

Status writeXlsx(const Table &table, const QString &path)
{
    if (Status st = checkTarget(path); !st.ok())
        return st;
    const Result<QByteArray> bytes = tableToXlsx(table);
    if (!bytes)
        return Error{QCoreApplication::translate("ttcs::sheet::TableWriter", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), bytes.error())};
    return saveAtomically(path, bytes.value());
}

Status writeTable(const Table &table, const QString &path)
{
    const auto format = tableFormatForPath(path);
    if (!format)
        return Error{
            QCoreApplication::translate("ttcs::sheet::TableWriter", "%1 must end in .csv or .xlsx.")
                .arg(QDir::toNativeSeparators(path))};
    return *format == TableFormat::Csv ? writeCsv(table, path) : writeXlsx(table, path);
}

} // namespace ttcs::sheet
