#include "DocxWriter.h"

#include "AtomicFile.h"
#include "FontSet.h"
#include "Units.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <memory>
#include <optional>

namespace ttcs::document {

namespace {

// Word is strict about the order of child elements; every writer below
// follows the sequences of the WordprocessingML schema (ECMA-376 Part 1):
//   w:pPr    pStyle keepNext keepLines pageBreakBefore widowControl pBdr
//            spacing ind jc outlineLvl rPr sectPr
//   w:rPr    rFonts b i sz u lang
//   w:tblPr  tblStyle tblW jc tblInd tblBorders tblLayout tblCellMar
//   w:tcPr   tcW gridSpan vMerge tcBorders vAlign
//   w:sectPr headerReference* pgSz pgMar cols titlePg
//   borders  top left bottom right insideH insideV
const QString kNsW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kNsR =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kFontName = QStringLiteral("Times New Roman");
const QString kHeaderDefaultId = QStringLiteral("rIdHeaderDefault");
const QString kHeaderFirstId = QStringLiteral("rIdHeaderFirst");

// Drawn lines under the issuing body, the slogan and the trích yếu: 0.75 pt.
constexpr int kRuleEighths = 6;
// Table borders: 0.5 pt.
constexpr int kBorderEighths = 4;
// Times New Roman 14 pt, in half points: the documents' default size.
constexpr int kDefaultHalfPoints = 28;
// A paragraph that only carries a break or section properties: 1 pt tall.
constexpr int kTinyLineTwips = 20;
// The paragraph whose bottom border is a drawn line: 3 pt tall, so that the
// line clears the descenders of the text above (PageLayout draws it alike).
constexpr int kRuleLineTwips = 60;

QString num(int v)
{
    return QString::number(v);
}

// QXmlStreamWriter with the few calls the parts need. It writes into a
// QString, which is much faster than through a QIODevice piece by piece;
// finish() hands over the UTF-8 bytes.
class Xml
{
public:
    explicit Xml(QByteArray *out)
        : m_out(out)
        , m_w(&m_text)
    {
        m_text.reserve(4096);
        m_text +=
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
    }
    void reserve(qsizetype characters) { m_text.reserve(characters); }
    void start(const QString &name) { m_w.writeStartElement(name); }
    void end() { m_w.writeEndElement(); }
    void attr(const QString &name, const QString &value) { m_w.writeAttribute(name, value); }
    void attr(const QString &name, int value) { m_w.writeAttribute(name, num(value)); }
    void empty(const QString &name) { m_w.writeEmptyElement(name); }
    void val(const QString &name, const QString &value)
    {
        m_w.writeEmptyElement(name);
        m_w.writeAttribute(QStringLiteral("w:val"), value);
    }
    void val(const QString &name, int value) { val(name, num(value)); }
    void textElement(const QString &name, const QString &text) { m_w.writeTextElement(name, text); }
    void characters(const QString &text) { m_w.writeCharacters(text); }
    void finish()
    {
        m_w.writeEndDocument();
        *m_out = m_text.toUtf8();
        m_text.clear();
    }

private:
    QByteArray *m_out;
    QString m_text;
    QXmlStreamWriter m_w;
};

QString jcValue(Alignment a)
{
    switch (a) {
    case Alignment::Left:
        return QStringLiteral("left");
    case Alignment::Center:
        return QStringLiteral("center");
    case Alignment::Right:
        return QStringLiteral("right");
    case Alignment::Justify:
        return QStringLiteral("both");
    }
    return QStringLiteral("left");
}

// Characters XML 1.0 cannot hold are dropped; tabs and line breaks become
// elements of their own.
QString xmlSafe(const QString &s)
{
    return printableText(s);
}

void writeBorderSet(Xml &x, const QStringList &sides, bool on, int eighths)
{
    for (const QString &side : sides) {
        x.empty(side);
        if (on) {
            x.attr(QStringLiteral("w:val"), QStringLiteral("single"));
            x.attr(QStringLiteral("w:sz"), eighths);
            x.attr(QStringLiteral("w:space"), 0);
            x.attr(QStringLiteral("w:color"), QStringLiteral("000000"));
        } else {
            x.attr(QStringLiteral("w:val"), QStringLiteral("nil"));
        }
    }
}

const QStringList &tableBorderSides()
{
    static const QStringList sides = {QStringLiteral("w:top"),     QStringLiteral("w:left"),
                                      QStringLiteral("w:bottom"),  QStringLiteral("w:right"),
                                      QStringLiteral("w:insideH"), QStringLiteral("w:insideV")};
    return sides;
}

// Size (and look) of a run, in the schema's order. Vietnamese is written
// in Latin letters: the complex-script twins (bCs, iCs, szCs) are left out.
void writeRunProperties(Xml &x, bool bold, bool italic, bool underline, double sizePt)
{
    x.start(QStringLiteral("w:rPr"));
    if (bold)
        x.empty(QStringLiteral("w:b"));
    if (italic)
        x.empty(QStringLiteral("w:i"));
    x.val(QStringLiteral("w:sz"), units::pointsToHalfPoints(sizePt));
    if (underline)
        x.val(QStringLiteral("w:u"), QStringLiteral("single"));
    x.end();
}

// Writes word/document.xml.
class BodyWriter
{
public:
    BodyWriter(Xml &xml, const Document &document)
        : m_x(xml)
        , m_doc(document)
    {
        if (FontSet::available())
            m_fonts = std::make_unique<FontSet>();
    }

    void write()
    {
        m_x.start(QStringLiteral("w:document"));
        m_x.attr(QStringLiteral("xmlns:w"), kNsW);
        m_x.attr(QStringLiteral("xmlns:r"), kNsR);
        m_x.start(QStringLiteral("w:body"));
        QList<Section> sections = m_doc.sections;
        if (sections.isEmpty())
            sections.append(Section());
        for (int i = 0; i < sections.size(); ++i)
            writeSection(sections.at(i), i == 0, i == sections.size() - 1);
        m_x.end(); // body
        m_x.end(); // document
    }

private:
    struct ParagraphContext
    {
        double availableMm = 0;
        const Section *sectionEnd = nullptr; // carries this section's w:sectPr
        bool firstSection = false;
        bool pageBreakBefore = false;
    };

    void writeSection(const Section &section, bool first, bool last)
    {
        const double width = section.textWidthMm();
        bool pageBreak = false;
        bool sectPrWritten = false;
        for (int i = 0; i < section.blocks.size(); ++i) {
            const Block &block = section.blocks.at(i);
            const bool lastBlock = i == section.blocks.size() - 1;
            if (std::holds_alternative<PageBreak>(block)) {
                // A break at the end of a section is the section's own.
                pageBreak = !lastBlock;
                continue;
            }
            if (const auto *p = std::get_if<Paragraph>(&block)) {
                ParagraphContext ctx;
                ctx.availableMm = width;
                ctx.pageBreakBefore = pageBreak;
                ctx.firstSection = first;
                if (lastBlock && !last) {
                    ctx.sectionEnd = &section;
                    sectPrWritten = true;
                }
                writeParagraph(*p, ctx);
            } else {
                if (pageBreak)
                    writeTinyParagraph(nullptr, first, true);
                if (const auto *t = std::get_if<Table>(&block))
                    writeTable(*t, width);
                else if (const auto *h = std::get_if<HeaderBlock>(&block))
                    writeTable(h->toTable(width), width);
                else if (const auto *s = std::get_if<SignatureBlock>(&block))
                    writeTable(s->toTable(width), width);
                // A table may not end the body or a section: Word wants a
                // paragraph after it.
                if (lastBlock) {
                    writeTinyParagraph(last ? nullptr : &section, first, false);
                    sectPrWritten = !last;
                }
            }
            pageBreak = false;
        }
        if (!last && !sectPrWritten)
            writeTinyParagraph(&section, first, false);
        if (last)
            writeSectionProperties(section, first);
    }

    void writeTinyParagraph(const Section *sectionEnd, bool firstSection, bool pageBreakBefore)
    {
        m_x.start(QStringLiteral("w:p"));
        m_x.start(QStringLiteral("w:pPr"));
        if (pageBreakBefore)
            m_x.empty(QStringLiteral("w:pageBreakBefore"));
        writeSpacing(0, 0, std::nullopt, kTinyLineTwips);
        m_x.start(QStringLiteral("w:rPr"));
        m_x.val(QStringLiteral("w:sz"), 2);
        m_x.end();
        if (sectionEnd)
            writeSectionProperties(*sectionEnd, firstSection);
        m_x.end(); // pPr
        m_x.end(); // p
    }

    void writeSpacing(double beforePt, double afterPt, std::optional<double> lineMultiple,
                      int exactLineTwips = 0)
    {
        const int before = units::pointsToTwips(beforePt);
        const int after = units::pointsToTwips(afterPt);
        const int line = lineMultiple ? int(std::lround(*lineMultiple * 240)) : 240;
        if (before == 0 && after == 0 && line == 240 && exactLineTwips == 0)
            return;
        m_x.empty(QStringLiteral("w:spacing"));
        if (before != 0)
            m_x.attr(QStringLiteral("w:before"), before);
        if (after != 0)
            m_x.attr(QStringLiteral("w:after"), after);
        if (exactLineTwips > 0) {
            m_x.attr(QStringLiteral("w:line"), exactLineTwips);
            m_x.attr(QStringLiteral("w:lineRule"), QStringLiteral("exact"));
        } else if (line != 240) {
            m_x.attr(QStringLiteral("w:line"), line);
            m_x.attr(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
        }
    }

    void writeIndent(double leftMm, double rightMm, double firstLineMm)
    {
        const int left = units::mmToTwips(leftMm);
        const int right = units::mmToTwips(rightMm);
        const int first = units::mmToTwips(firstLineMm);
        if (left == 0 && right == 0 && first == 0)
            return;
        m_x.empty(QStringLiteral("w:ind"));
        if (left != 0)
            m_x.attr(QStringLiteral("w:left"), left);
        if (right != 0)
            m_x.attr(QStringLiteral("w:right"), right);
        if (first > 0)
            m_x.attr(QStringLiteral("w:firstLine"), first);
        else if (first < 0)
            m_x.attr(QStringLiteral("w:hanging"), -first);
    }

    void writeParagraph(const Paragraph &source, const ParagraphContext &ctx)
    {
        const Paragraph p = m_fonts ? m_fonts->fitted(source, ctx.availableMm) : source;
        const bool rule = p.ruleFraction > 0 && !p.text().trimmed().isEmpty();
        m_x.start(QStringLiteral("w:p"));
        m_x.start(QStringLiteral("w:pPr"));
        if (p.headingLevel > 0)
            m_x.val(QStringLiteral("w:pStyle"), QStringLiteral("Heading") + num(p.headingLevel));
        if (p.keepWithNext || rule)
            m_x.empty(QStringLiteral("w:keepNext"));
        if (ctx.pageBreakBefore)
            m_x.empty(QStringLiteral("w:pageBreakBefore"));
        writeSpacing(p.spaceBeforePt, rule ? 0 : p.spaceAfterPt, p.lineSpacing);
        writeIndent(p.leftIndentMm, p.rightIndentMm, p.firstLineIndentMm);
        m_x.val(QStringLiteral("w:jc"), jcValue(p.alignment));
        // The paragraph mark has the paragraph's size, or an 11 pt line
        // would be as tall as a 14 pt one (the default needs no saying).
        if (units::pointsToHalfPoints(p.sizePt) != kDefaultHalfPoints) {
            const Run *firstRun = p.runs.isEmpty() ? nullptr : &p.runs.first();
            writeRunProperties(m_x, firstRun && firstRun->bold, firstRun && firstRun->italic, false,
                               p.sizePt);
        }
        if (ctx.sectionEnd && !rule)
            writeSectionProperties(*ctx.sectionEnd, ctx.firstSection);
        m_x.end(); // pPr
        for (const Run &run : p.runs)
            writeRun(run, p.sizePt);
        m_x.end(); // p
        if (rule)
            writeRule(p, ctx);
    }

    void writeRun(const Run &run, double paragraphSizePt)
    {
        if (run.text.isEmpty())
            return;
        m_x.start(QStringLiteral("w:r"));
        writeRunProperties(m_x, run.bold, run.italic, run.underline,
                           run.sizePt > 0 ? run.sizePt : paragraphSizePt);
        const QString text = xmlSafe(run.text);
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool end = i == text.size();
            const QChar c = end ? QChar() : text.at(i);
            if (!end && c != u'\n' && c != u'\t')
                continue;
            if (i > start)
                writeText(text.mid(start, i - start));
            if (!end)
                m_x.empty(c == u'\n' ? QStringLiteral("w:br") : QStringLiteral("w:tab"));
            start = i + 1;
        }
        m_x.end(); // r
    }

    void writeText(const QString &text)
    {
        m_x.start(QStringLiteral("w:t"));
        if (text.startsWith(u' ') || text.endsWith(u' ') || text.contains(QStringLiteral("  ")))
            m_x.attr(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        m_x.characters(text);
        m_x.end();
    }

    double widestLineMm(const Paragraph &p, double availableMm)
    {
        if (m_fonts)
            return units::pointsToMm(m_fonts->widestLinePt(p, availableMm));
        // No fonts to measure with (a console program): half an em a letter.
        double widest = 0;
        for (const QString &line : p.text().split(QLatin1Char('\n')))
            widest = std::max(widest, line.size() * p.sizePt * 0.5);
        return units::pointsToMm(widest);
    }

    // The drawn line under a paragraph: the bottom border of an empty,
    // 1 pt tall paragraph indented to the line's length.
    void writeRule(const Paragraph &p, const ParagraphContext &ctx)
    {
        const double box = ctx.availableMm - p.leftIndentMm - p.rightIndentMm;
        const double length = std::min(box, widestLineMm(p, ctx.availableMm) * p.ruleFraction);
        double left = p.leftIndentMm;
        double right = p.rightIndentMm;
        switch (p.alignment) {
        case Alignment::Center:
            left += (box - length) / 2;
            right += (box - length) / 2;
            break;
        case Alignment::Right:
            left += box - length;
            break;
        case Alignment::Left:
        case Alignment::Justify:
            right += box - length;
            break;
        }
        m_x.start(QStringLiteral("w:p"));
        m_x.start(QStringLiteral("w:pPr"));
        if (p.keepWithNext)
            m_x.empty(QStringLiteral("w:keepNext"));
        m_x.start(QStringLiteral("w:pBdr"));
        writeBorderSet(m_x, {QStringLiteral("w:bottom")}, true, kRuleEighths);
        m_x.end();
        writeSpacing(0, p.spaceAfterPt, std::nullopt, kRuleLineTwips);
        writeIndent(left, right, 0);
        m_x.val(QStringLiteral("w:jc"), QStringLiteral("center"));
        m_x.start(QStringLiteral("w:rPr"));
        m_x.val(QStringLiteral("w:sz"), 2);
        m_x.end();
        if (ctx.sectionEnd)
            writeSectionProperties(*ctx.sectionEnd, ctx.firstSection);
        m_x.end(); // pPr
        m_x.end(); // p
    }

    void writeTable(const Table &table, double availableMm)
    {
        const QList<double> widths = table.fittedColumnWidthsMm(availableMm);
        if (widths.isEmpty())
            return;
        QList<int> grid;
        int total = 0;
        for (double w : widths) {
            grid.append(units::mmToTwips(w));
            total += grid.last();
        }

        m_x.start(QStringLiteral("w:tbl"));
        m_x.start(QStringLiteral("w:tblPr"));
        if (table.borders)
            m_x.val(QStringLiteral("w:tblStyle"), QStringLiteral("TableGrid"));
        m_x.empty(QStringLiteral("w:tblW"));
        m_x.attr(QStringLiteral("w:w"), total);
        m_x.attr(QStringLiteral("w:type"), QStringLiteral("dxa"));
        m_x.empty(QStringLiteral("w:tblInd"));
        m_x.attr(QStringLiteral("w:w"), units::mmToTwips(table.indentMm));
        m_x.attr(QStringLiteral("w:type"), QStringLiteral("dxa"));
        m_x.start(QStringLiteral("w:tblBorders"));
        writeBorderSet(m_x, tableBorderSides(), table.borders, kBorderEighths);
        m_x.end();
        m_x.empty(QStringLiteral("w:tblLayout"));
        m_x.attr(QStringLiteral("w:type"), QStringLiteral("fixed"));
        m_x.start(QStringLiteral("w:tblCellMar"));
        m_x.empty(QStringLiteral("w:left"));
        m_x.attr(QStringLiteral("w:w"), units::mmToTwips(table.cellPaddingLeftMm));
        m_x.attr(QStringLiteral("w:type"), QStringLiteral("dxa"));
        m_x.empty(QStringLiteral("w:right"));
        m_x.attr(QStringLiteral("w:w"), units::mmToTwips(table.cellPaddingRightMm));
        m_x.attr(QStringLiteral("w:type"), QStringLiteral("dxa"));
        m_x.end(); // tblCellMar
        m_x.end(); // tblPr

        m_x.start(QStringLiteral("w:tblGrid"));
        for (int w : grid) {
            m_x.empty(QStringLiteral("w:gridCol"));
            m_x.attr(QStringLiteral("w:w"), w);
        }
        m_x.end();

        // Grid columns still covered by a cell spanning rows from above:
        // how many rows more, and how many columns wide.
        QList<int> coveredRows(grid.size(), 0);
        QList<int> coveredSpan(grid.size(), 1);
        const double padding = table.cellPaddingLeftMm + table.cellPaddingRightMm;
        for (int r = 0; r < table.rows.size(); ++r) {
            const TableRow &row = table.rows.at(r);
            m_x.start(QStringLiteral("w:tr"));
            const bool header = r < table.headerRowCount;
            if (!row.allowBreak || header) {
                m_x.start(QStringLiteral("w:trPr"));
                if (!row.allowBreak || header)
                    m_x.empty(QStringLiteral("w:cantSplit"));
                if (header)
                    m_x.empty(QStringLiteral("w:tblHeader"));
                m_x.end();
            }
            int column = 0;
            int next = 0;
            while (column < grid.size()) {
                if (coveredRows.at(column) > 0) {
                    const int span = coveredSpan.at(column);
                    writeCellStart(grid, column, span, QStringLiteral("continue"),
                                   VerticalAlignment::Top);
                    m_x.empty(QStringLiteral("w:p"));
                    m_x.end(); // tc
                    --coveredRows[column];
                    column += span;
                    continue;
                }
                if (next >= row.cells.size())
                    break;
                const TableCell &cell = row.cells.at(next++);
                const int span = qBound(1, cell.columnSpan, int(grid.size()) - column);
                QString merge;
                if (cell.rowSpan > 1) {
                    merge = QStringLiteral("restart");
                    coveredRows[column] = cell.rowSpan - 1;
                    coveredSpan[column] = span;
                }
                writeCellStart(grid, column, span, merge, cell.verticalAlignment);
                double cellWidth = 0;
                for (int c = column; c < column + span; ++c)
                    cellWidth += widths.at(c);
                ParagraphContext ctx;
                ctx.availableMm = cellWidth - padding;
                if (cell.paragraphs.isEmpty())
                    m_x.empty(QStringLiteral("w:p"));
                for (const Paragraph &p : cell.paragraphs)
                    writeParagraph(p, ctx);
                m_x.end(); // tc
                column += span;
            }
            // A short row is filled up so that the grid stays whole.
            if (column < grid.size()) {
                writeCellStart(grid, column, int(grid.size()) - column, QString(),
                               VerticalAlignment::Top);
                m_x.empty(QStringLiteral("w:p"));
                m_x.end();
            }
            m_x.end(); // tr
        }
        m_x.end(); // tbl
    }

    void writeCellStart(const QList<int> &grid, int column, int span, const QString &merge,
                        VerticalAlignment valign)
    {
        int width = 0;
        for (int c = column; c < column + span && c < grid.size(); ++c)
            width += grid.at(c);
        m_x.start(QStringLiteral("w:tc"));
        m_x.start(QStringLiteral("w:tcPr"));
        m_x.empty(QStringLiteral("w:tcW"));
        m_x.attr(QStringLiteral("w:w"), width);
        m_x.attr(QStringLiteral("w:type"), QStringLiteral("dxa"));
        if (span > 1)
            m_x.val(QStringLiteral("w:gridSpan"), span);
        if (!merge.isEmpty())
            m_x.val(QStringLiteral("w:vMerge"), merge);
        if (valign == VerticalAlignment::Center)
            m_x.val(QStringLiteral("w:vAlign"), QStringLiteral("center"));
        else if (valign == VerticalAlignment::Bottom)
            m_x.val(QStringLiteral("w:vAlign"), QStringLiteral("bottom"));
        m_x.end(); // tcPr
    }

    void writeSectionProperties(const Section &section, bool first)
    {
        const bool landscape = section.orientation == Orientation::Landscape;
        const bool numbers = m_doc.pageNumbers.enabled;
        const bool titlePage = numbers && first && !m_doc.pageNumbers.onFirstPage;
        m_x.start(QStringLiteral("w:sectPr"));
        if (numbers) {
            m_x.empty(QStringLiteral("w:headerReference"));
            m_x.attr(QStringLiteral("w:type"), QStringLiteral("default"));
            m_x.attr(QStringLiteral("r:id"), kHeaderDefaultId);
            if (titlePage) {
                m_x.empty(QStringLiteral("w:headerReference"));
                m_x.attr(QStringLiteral("w:type"), QStringLiteral("first"));
                m_x.attr(QStringLiteral("r:id"), kHeaderFirstId);
            }
        }
        const int shortSide = units::mmToTwips(kA4ShortMm);
        const int longSide = units::mmToTwips(kA4LongMm);
        m_x.empty(QStringLiteral("w:pgSz"));
        m_x.attr(QStringLiteral("w:w"), landscape ? longSide : shortSide);
        m_x.attr(QStringLiteral("w:h"), landscape ? shortSide : longSide);
        if (landscape)
            m_x.attr(QStringLiteral("w:orient"), QStringLiteral("landscape"));
        const PageMargins &m = section.margins;
        m_x.empty(QStringLiteral("w:pgMar"));
        m_x.attr(QStringLiteral("w:top"), units::mmToTwips(m.topMm));
        m_x.attr(QStringLiteral("w:right"), units::mmToTwips(m.rightMm));
        m_x.attr(QStringLiteral("w:bottom"), units::mmToTwips(m.bottomMm));
        m_x.attr(QStringLiteral("w:left"), units::mmToTwips(m.leftMm));
        m_x.attr(QStringLiteral("w:header"), units::mmToTwips(m.headerMm));
        m_x.attr(QStringLiteral("w:footer"), units::mmToTwips(m.headerMm));
        m_x.attr(QStringLiteral("w:gutter"), 0);
        m_x.empty(QStringLiteral("w:cols"));
        m_x.attr(QStringLiteral("w:space"), 720);
        if (titlePage)
            m_x.empty(QStringLiteral("w:titlePg"));
        m_x.end(); // sectPr
    }

    Xml &m_x;
    const Document &m_doc;
    std::unique_ptr<FontSet> m_fonts;
};

QByteArray documentPart(const Document &document)
{
    QByteArray out;
    Xml x(&out);
    x.reserve(1 << 20);
    BodyWriter(x, document).write();
    x.finish();
    return out;
}

QByteArray stylesPart()
{
    QByteArray out;
    Xml x(&out);
    x.start(QStringLiteral("w:styles"));
    x.attr(QStringLiteral("xmlns:w"), kNsW);

    x.start(QStringLiteral("w:docDefaults"));
    x.start(QStringLiteral("w:rPrDefault"));
    x.start(QStringLiteral("w:rPr"));
    x.empty(QStringLiteral("w:rFonts"));
    for (const QString &a : {QStringLiteral("w:ascii"), QStringLiteral("w:eastAsia"),
                             QStringLiteral("w:hAnsi"), QStringLiteral("w:cs")})
        x.attr(a, kFontName);
    x.val(QStringLiteral("w:sz"), kDefaultHalfPoints);
    x.val(QStringLiteral("w:szCs"), kDefaultHalfPoints);
    x.empty(QStringLiteral("w:lang"));
    x.attr(QStringLiteral("w:val"), QStringLiteral("vi-VN"));
    x.attr(QStringLiteral("w:eastAsia"), QStringLiteral("en-US"));
    x.attr(QStringLiteral("w:bidi"), QStringLiteral("ar-SA"));
    x.end(); // rPr
    x.end(); // rPrDefault
    x.start(QStringLiteral("w:pPrDefault"));
    x.start(QStringLiteral("w:pPr"));
    x.empty(QStringLiteral("w:widowControl"));
    x.empty(QStringLiteral("w:spacing"));
    x.attr(QStringLiteral("w:after"), 0);
    x.attr(QStringLiteral("w:line"), 240);
    x.attr(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
    x.end(); // pPr
    x.end(); // pPrDefault
    x.end(); // docDefaults

    x.start(QStringLiteral("w:style"));
    x.attr(QStringLiteral("w:type"), QStringLiteral("paragraph"));
    x.attr(QStringLiteral("w:default"), 1);
    x.attr(QStringLiteral("w:styleId"), QStringLiteral("Normal"));
    x.val(QStringLiteral("w:name"), QStringLiteral("Normal"));
    x.empty(QStringLiteral("w:qFormat"));
    x.end();

    for (int level = 1; level <= 3; ++level) {
        x.start(QStringLiteral("w:style"));
        x.attr(QStringLiteral("w:type"), QStringLiteral("paragraph"));
        x.attr(QStringLiteral("w:styleId"), QStringLiteral("Heading") + num(level));
        x.val(QStringLiteral("w:name"), QStringLiteral("heading ") + num(level));
        x.val(QStringLiteral("w:basedOn"), QStringLiteral("Normal"));
        x.val(QStringLiteral("w:next"), QStringLiteral("Normal"));
        x.val(QStringLiteral("w:uiPriority"), 9);
        x.empty(QStringLiteral("w:qFormat"));
        x.start(QStringLiteral("w:pPr"));
        x.empty(QStringLiteral("w:keepNext"));
        x.val(QStringLiteral("w:outlineLvl"), level - 1);
        x.end();
        // No look of its own: each heading's runs say bold or italic.
        x.end();
    }

    x.start(QStringLiteral("w:style"));
    x.attr(QStringLiteral("w:type"), QStringLiteral("character"));
    x.attr(QStringLiteral("w:default"), 1);
    x.attr(QStringLiteral("w:styleId"), QStringLiteral("DefaultParagraphFont"));
    x.val(QStringLiteral("w:name"), QStringLiteral("Default Paragraph Font"));
    x.val(QStringLiteral("w:uiPriority"), 1);
    x.empty(QStringLiteral("w:semiHidden"));
    x.empty(QStringLiteral("w:unhideWhenUsed"));
    x.end();

    auto cellMargins = [&x] {
        x.start(QStringLiteral("w:tblCellMar"));
        for (const auto &[side, w] :
             {std::pair{QStringLiteral("w:top"), 0}, std::pair{QStringLiteral("w:left"), 108},
              std::pair{QStringLiteral("w:bottom"), 0},
              std::pair{QStringLiteral("w:right"), 108}}) {
            x.empty(side);
            x.attr(QStringLiteral("w:w"), w);
            x.attr(QStringLiteral("w:type"), QStringLiteral("dxa"));
        }
        x.end();
    };
    x.start(QStringLiteral("w:style"));
    x.attr(QStringLiteral("w:type"), QStringLiteral("table"));
    x.attr(QStringLiteral("w:default"), 1);
    x.attr(QStringLiteral("w:styleId"), QStringLiteral("TableNormal"));
    x.val(QStringLiteral("w:name"), QStringLiteral("Normal Table"));
    x.val(QStringLiteral("w:uiPriority"), 99);
    x.empty(QStringLiteral("w:semiHidden"));
    x.empty(QStringLiteral("w:unhideWhenUsed"));
    x.start(QStringLiteral("w:tblPr"));
    x.empty(QStringLiteral("w:tblInd"));
    x.attr(QStringLiteral("w:w"), 0);
    x.attr(QStringLiteral("w:type"), QStringLiteral("dxa"));
    cellMargins();
    x.end(); // tblPr
    x.end(); // style

    x.start(QStringLiteral("w:style"));
    x.attr(QStringLiteral("w:type"), QStringLiteral("table"));
    x.attr(QStringLiteral("w:styleId"), QStringLiteral("TableGrid"));
    x.val(QStringLiteral("w:name"), QStringLiteral("Table Grid"));
    x.val(QStringLiteral("w:basedOn"), QStringLiteral("TableNormal"));
    x.val(QStringLiteral("w:uiPriority"), 39);
    x.start(QStringLiteral("w:tblPr"));
    x.start(QStringLiteral("w:tblBorders"));
    writeBorderSet(x, tableBorderSides(), true, kBorderEighths);
    x.end();
    x.end(); // tblPr
    x.end(); // style

    x.end(); // styles
    x.finish();
    return out;
}

QByteArray settingsPart()
{
    QByteArray out;
    Xml x(&out);
    x.start(QStringLiteral("w:settings"));
    x.attr(QStringLiteral("xmlns:w"), kNsW);
    x.empty(QStringLiteral("w:zoom"));
    x.attr(QStringLiteral("w:percent"), 100);
    x.val(QStringLiteral("w:defaultTabStop"), 720);
    x.val(QStringLiteral("w:characterSpacingControl"), QStringLiteral("doNotCompress"));
    x.start(QStringLiteral("w:compat"));
    x.empty(QStringLiteral("w:compatSetting"));
    x.attr(QStringLiteral("w:name"), QStringLiteral("compatibilityMode"));
    x.attr(QStringLiteral("w:uri"), QStringLiteral("http://schemas.microsoft.com/office/word"));
    x.attr(QStringLiteral("w:val"), 15);
    x.end(); // compat
    x.val(QStringLiteral("w:themeFontLang"), QStringLiteral("vi-VN"));
    x.end();
    x.finish();
    return out;
}

// The page number header: a centred PAGE field; or, for the first page,
// an empty paragraph.
QByteArray headerPart(bool pageNumber, double sizePt)
{
    QByteArray out;
    Xml x(&out);
    x.start(QStringLiteral("w:hdr"));
    x.attr(QStringLiteral("xmlns:w"), kNsW);
    x.attr(QStringLiteral("xmlns:r"), kNsR);
    x.start(QStringLiteral("w:p"));
    x.start(QStringLiteral("w:pPr"));
    x.val(QStringLiteral("w:jc"), QStringLiteral("center"));
    writeRunProperties(x, false, false, false, sizePt);
    x.end();
    if (pageNumber) {
        auto fieldChar = [&](const QString &type) {
            x.start(QStringLiteral("w:r"));
            writeRunProperties(x, false, false, false, sizePt);
            x.empty(QStringLiteral("w:fldChar"));
            x.attr(QStringLiteral("w:fldCharType"), type);
            x.end();
        };
        fieldChar(QStringLiteral("begin"));
        x.start(QStringLiteral("w:r"));
        writeRunProperties(x, false, false, false, sizePt);
        x.start(QStringLiteral("w:instrText"));
        x.attr(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        x.characters(QStringLiteral(" PAGE "));
        x.end();
        x.end();
        fieldChar(QStringLiteral("separate"));
        x.start(QStringLiteral("w:r"));
        writeRunProperties(x, false, false, false, sizePt);
        x.textElement(QStringLiteral("w:t"), QStringLiteral("2"));
        x.end();
        fieldChar(QStringLiteral("end"));
    }
    x.end(); // p
    x.end(); // hdr
    x.finish();
    return out;
}

QByteArray contentTypesPart(bool headers)
{
    QByteArray out;
    Xml x(&out);
    x.start(QStringLiteral("Types"));
    x.attr(QStringLiteral("xmlns"),
           QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    auto def = [&](const QString &ext, const QString &type) {
        x.empty(QStringLiteral("Default"));
        x.attr(QStringLiteral("Extension"), ext);
        x.attr(QStringLiteral("ContentType"), type);
    };
    auto over = [&](const QString &part, const QString &type) {
        x.empty(QStringLiteral("Override"));
        x.attr(QStringLiteral("PartName"), part);
        x.attr(QStringLiteral("ContentType"), type);
    };
    const QString wml =
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
    def(QStringLiteral("rels"),
        QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    def(QStringLiteral("xml"), QStringLiteral("application/xml"));
    over(QStringLiteral("/word/document.xml"), wml + QStringLiteral("document.main+xml"));
    over(QStringLiteral("/word/styles.xml"), wml + QStringLiteral("styles+xml"));
    over(QStringLiteral("/word/settings.xml"), wml + QStringLiteral("settings+xml"));
    if (headers) {
        over(QStringLiteral("/word/header1.xml"), wml + QStringLiteral("header+xml"));
        over(QStringLiteral("/word/header2.xml"), wml + QStringLiteral("header+xml"));
    }
    over(QStringLiteral("/docProps/core.xml"),
         QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    over(QStringLiteral("/docProps/app.xml"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
    x.end();
    x.finish();
    return out;
}

struct Relationship
{
    QString id;
    QString type;
    QString target;
};

QByteArray relationshipsPart(const QList<Relationship> &relationships)
{
    QByteArray out;
    Xml x(&out);
    x.start(QStringLiteral("Relationships"));
    x.attr(QStringLiteral("xmlns"),
           QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
    for (const Relationship &r : relationships) {
        x.empty(QStringLiteral("Relationship"));
        x.attr(QStringLiteral("Id"), r.id);
        x.attr(QStringLiteral("Type"), r.type);
        x.attr(QStringLiteral("Target"), r.target);
    }
    x.end();
    x.finish();
    return out;
}

QByteArray corePropertiesPart(const DocumentProperties &props, const QDateTime &created)
{
    QByteArray out;
    Xml x(&out);
    x.start(QStringLiteral("cp:coreProperties"));
    x.attr(
        QStringLiteral("xmlns:cp"),
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
    x.attr(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    x.attr(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
    x.attr(QStringLiteral("xmlns:dcmitype"), QStringLiteral("http://purl.org/dc/dcmitype/"));
    x.attr(QStringLiteral("xmlns:xsi"),
           QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    x.textElement(QStringLiteral("dc:title"), xmlSafe(props.title));
    x.textElement(QStringLiteral("dc:subject"), xmlSafe(props.subject));
    x.textElement(QStringLiteral("dc:creator"), xmlSafe(props.author));
    x.textElement(QStringLiteral("cp:keywords"), xmlSafe(props.keywords));
    x.textElement(QStringLiteral("cp:lastModifiedBy"), xmlSafe(props.author));
    const QString stamp = created.toUTC().toString(Qt::ISODate);
    for (const QString &name :
         {QStringLiteral("dcterms:created"), QStringLiteral("dcterms:modified")}) {
        x.start(name);
        x.attr(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
        x.characters(stamp);
        x.end();
    }
    x.end();
    x.finish();
    return out;
}

QByteArray appPropertiesPart()
{
    QByteArray out;
    Xml x(&out);
    x.start(QStringLiteral("Properties"));
    x.attr(QStringLiteral("xmlns"),
           QStringLiteral(
               "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    x.attr(QStringLiteral("xmlns:vt"),
           QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"));
    x.textElement(QStringLiteral("Application"), QStringLiteral("TTCS"));
    x.textElement(QStringLiteral("DocSecurity"), QStringLiteral("0"));
    x.end();
    x.finish();
    return out;
}

Error zipError(int code)
{
    return Error{QCoreApplication::translate("ttcs::document::DocxWriter",
                                             "Could not put the Word file together (zip error %1).")
                     .arg(code)};
}

} // namespace

Result<QByteArray> DocxWriter::render(const Document &document) const
{
    const QDateTime created = document.properties.created.isValid()
                                  ? document.properties.created
                                  : QDateTime::currentDateTimeUtc();
    const bool headers = document.pageNumbers.enabled;
    const QString rel =
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

    QList<std::pair<QString, QByteArray>> parts;
    parts.append({QStringLiteral("[Content_Types].xml"), contentTypesPart(headers)});
    parts.append(
        {QStringLiteral("_rels/.rels"),
         relationshipsPart(
             {{QStringLiteral("rId1"), rel + QStringLiteral("officeDocument"),
               QStringLiteral("word/document.xml")},
              {QStringLiteral("rId2"),
               QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/"
                              "metadata/core-properties"),
               QStringLiteral("docProps/core.xml")},
              {QStringLiteral("rId3"), rel + QStringLiteral("extended-properties"),
               QStringLiteral("docProps/app.xml")}})});
    parts.append(
        {QStringLiteral("docProps/core.xml"), corePropertiesPart(document.properties, created)});
    parts.append({QStringLiteral("docProps/app.xml"), appPropertiesPart()});
    parts.append({QStringLiteral("word/document.xml"), documentPart(document)});
    parts.append({QStringLiteral("word/styles.xml"), stylesPart()});
    parts.append({QStringLiteral("word/settings.xml"), settingsPart()});
    QList<Relationship> wordRels = {
        {QStringLiteral("rIdStyles"), rel + QStringLiteral("styles"), QStringLiteral("styles.xml")},
        {QStringLiteral("rIdSettings"), rel + QStringLiteral("settings"),
         QStringLiteral("settings.xml")}};
    if (headers) {
        const double size = document.pageNumbers.sizePt;
        parts.append({QStringLiteral("word/header1.xml"), headerPart(true, size)});
        parts.append({QStringLiteral("word/header2.xml"), headerPart(false, size)});
        wordRels.append(
            {kHeaderDefaultId, rel + QStringLiteral("header"), QStringLiteral("header1.xml")});
        wordRels.append(
            {kHeaderFirstId, rel + QStringLiteral("header"), QStringLiteral("header2.xml")});
    }
    parts.append({QStringLiteral("word/_rels/document.xml.rels"), relationshipsPart(wordRels)});

    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    zip.setAutoClose(false);
    if (!zip.open(QuaZip::mdCreate))
        return zipError(zip.getZipError());
    const QDateTime stamp = created.toLocalTime();
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(name);
        info.dateTime = stamp;
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, m_compressionLevel))
            return zipError(file.getZipError());
        if (file.write(bytes) != bytes.size()) {
            const int code = file.getZipError();
            file.close();
            return zipError(code);
        }
        file.close();
        if (file.getZipError() != ZIP_OK)
            return zipError(file.getZipError());
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return zipError(zip.getZipError());
    return buffer.data();
}

Status DocxWriter::write(const Document &document, const QString &path) const
{
    Result<QByteArray> bytes = render(document);
    if (!bytes)
        return Error{bytes.error()};
    return writeFileAtomically(path, bytes.value());
}

} // namespace ttcs::document
