#include "Document.h"

#include "Units.h"

#include <algorithm>
#include <numeric>

namespace ttcs::document {

namespace {

// Body text indent and spacing of Nghị định 30: first line 1 cm, at least
// 6 pt between paragraphs.
constexpr double kBodyIndentMm = 10;
constexpr double kBodySpaceAfterPt = 6;

Paragraph centredParagraph(const QString &text, double sizePt, bool bold, bool italic)
{
    Paragraph p;
    p.runs.append(Run{text, bold, italic});
    p.alignment = Alignment::Center;
    p.sizePt = sizePt;
    p.balanceLines = true;
    return p;
}

// Empty cells stand in for the gap between the two columns of a header or
// signature block on a wide page.
TableCell emptyCell()
{
    TableCell cell;
    cell.paragraphs.append(Paragraph());
    return cell;
}

// The widths and indent of a two-column block in a text area `textWidth`
// wide: wider than the text, it reaches into the left margin; much narrower
// (a landscape page), a gap column keeps the columns at the two edges.
struct BlockGeometry
{
    QList<double> widths;
    double indent = 0;
    bool gap = false;
};

BlockGeometry blockGeometry(double left, double right, double textWidth)
{
    constexpr double kGapWorthAColumnMm = 10;
    BlockGeometry g;
    const double spare = textWidth - left - right;
    if (spare >= kGapWorthAColumnMm) {
        g.widths = {left, spare, right};
        g.gap = true;
    } else {
        g.widths = {left, right};
        g.indent = spare;
    }
    return g;
}

QString withoutListPunctuation(QString s)
{
    s = s.trimmed();
    if (s.startsWith(QLatin1Char('-')))
        s = s.mid(1).trimmed();
    while (s.endsWith(QLatin1Char(';')) || s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s.trimmed();
}

} // namespace

QString printableText(const QString &text)
{
    const auto unwanted = [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n') || u == 0x7F || u == 0xFFFE || u == 0xFFFF;
    };
    if (std::none_of(text.cbegin(), text.cend(), unwanted))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!unwanted(c))
            out.append(c);
    return out;
}

QString Paragraph::text() const
{
    QString s;
    for (const Run &run : runs)
        s += run.text;
    return s;
}

Paragraph Paragraph::body(const QString &text)
{
    Paragraph p(text);
    p.alignment = Alignment::Justify;
    p.firstLineIndentMm = kBodyIndentMm;
    p.spaceAfterPt = kBodySpaceAfterPt;
    return p;
}

Paragraph Paragraph::listItem(const QString &marker, const QString &text)
{
    return body(marker + QLatin1Char(' ') + text);
}

Paragraph Paragraph::legalBasis(const QString &text)
{
    Paragraph p = body(text);
    p.runs.first().italic = true;
    return p;
}

Paragraph Paragraph::heading(int level, const QString &text)
{
    Paragraph p = body(text);
    p.headingLevel = qBound(1, level, 3);
    p.keepWithNext = true;
    p.spaceBeforePt = 6;
    Run &run = p.runs.first();
    run.bold = p.headingLevel <= 2;
    run.italic = p.headingLevel == 3;
    return p;
}

Paragraph Paragraph::documentTitle(const QString &text)
{
    Paragraph p = centredParagraph(text.toUpper(), 14, true, false);
    p.spaceBeforePt = 18;
    p.keepWithNext = true;
    return p;
}

Paragraph Paragraph::documentSubject(const QString &text)
{
    Paragraph p = centredParagraph(text, 14, true, false);
    p.ruleFraction = 1.0 / 3.0;
    p.spaceAfterPt = 12;
    p.keepWithNext = true;
    return p;
}

Paragraph Paragraph::centered(const QString &text, double sizePt, bool bold, bool italic)
{
    return centredParagraph(text, sizePt, bold, italic);
}

TableCell TableCell::text(const QString &text, double sizePt, Alignment alignment, bool bold)
{
    Paragraph p;
    p.runs.append(Run{text, bold});
    p.sizePt = sizePt;
    p.alignment = alignment;
    p.spaceBeforePt = 2;
    p.spaceAfterPt = 2;
    TableCell cell;
    cell.paragraphs.append(p);
    return cell;
}

double Table::widthMm() const
{
    return std::accumulate(columnWidthsMm.cbegin(), columnWidthsMm.cend(), 0.0);
}

QList<double> Table::fittedColumnWidthsMm(double availableMm) const
{
    const double width = widthMm();
    const double room = availableMm - indentMm;
    if (width <= room + 0.1 || width <= 0 || room <= 0)
        return columnWidthsMm;
    QList<double> fitted = columnWidthsMm;
    for (double &w : fitted)
        w *= room / width;
    return fitted;
}

TableRow &Table::addRow(const QStringList &texts, double sizePt, bool bold, Alignment alignment)
{
    TableRow row;
    for (const QString &t : texts)
        row.cells.append(TableCell::text(t, sizePt, alignment, bold));
    rows.append(row);
    return rows.last();
}

Table HeaderBlock::toTable(double textWidthMm) const
{
    const BlockGeometry g = blockGeometry(leftWidthMm, rightWidthMm, textWidthMm);
    Table table;
    table.borders = false;
    table.columnWidthsMm = g.widths;
    table.indentMm = g.indent;
    table.cellPaddingLeftMm = 0;
    table.cellPaddingRightMm = 0;

    TableCell bodies;
    // Names are 12 to 13 pt: 13 where they fit on a line.
    if (!parentBody.isEmpty()) {
        Paragraph parent =
            centredParagraph(parentBody.join(QLatin1Char('\n')).toUpper(), 13, false, false);
        parent.minSizePt = 12;
        bodies.paragraphs.append(parent);
    }
    if (!issuingBody.isEmpty()) {
        Paragraph issuing =
            centredParagraph(issuingBody.join(QLatin1Char('\n')).toUpper(), 13, true, false);
        issuing.minSizePt = 12;
        issuing.ruleFraction = issuingRuleFraction;
        bodies.paragraphs.append(issuing);
    }
    if (bodies.paragraphs.isEmpty())
        bodies.paragraphs.append(Paragraph());

    TableCell nation;
    Paragraph mottoParagraph = centredParagraph(motto, 13, true, false);
    mottoParagraph.minSizePt = 12;
    nation.paragraphs.append(mottoParagraph);
    Paragraph sloganParagraph = centredParagraph(slogan, 14, true, false);
    sloganParagraph.minSizePt = 13;
    sloganParagraph.ruleFraction = 1.0;
    nation.paragraphs.append(sloganParagraph);

    // The number and the date sit on one level: a row of their own.
    constexpr double kSpaceAboveNumberPt = 6;
    TableCell number;
    Paragraph numberParagraph = centredParagraph(numberLine, 13, false, false);
    numberParagraph.spaceBeforePt = kSpaceAboveNumberPt;
    number.paragraphs.append(numberParagraph);
    if (!subject.isEmpty()) {
        Paragraph subjectParagraph = centredParagraph(subject, 12, false, false);
        subjectParagraph.spaceBeforePt = 3;
        subjectParagraph.balanceLines = true;
        number.paragraphs.append(subjectParagraph);
    }
    TableCell date;
    Paragraph dateParagraph = centredParagraph(dateLine, 14, false, true);
    dateParagraph.minSizePt = 13;
    dateParagraph.spaceBeforePt = kSpaceAboveNumberPt;
    date.paragraphs.append(dateParagraph);

    TableRow top;
    top.allowBreak = false;
    top.cells = {bodies, nation};
    TableRow bottom;
    bottom.allowBreak = false;
    bottom.cells = {number, date};
    if (g.gap) {
        top.cells.insert(1, emptyCell());
        bottom.cells.insert(1, emptyCell());
    }
    table.rows = {top, bottom};
    return table;
}

QStringList SignatureBlock::recipientLines() const
{
    QStringList lines;
    for (const QString &r : recipients) {
        const QString name = withoutListPunctuation(r);
        if (!name.isEmpty())
            lines.append(QStringLiteral("- ") + name + QLatin1Char(';'));
    }
    lines.append(QStringLiteral("- Lưu: ") + withoutListPunctuation(archive) + QLatin1Char('.'));
    return lines;
}

Table SignatureBlock::toTable(double textWidthMm) const
{
    const BlockGeometry g = blockGeometry(leftWidthMm, rightWidthMm, textWidthMm);
    Table table;
    table.borders = false;
    table.columnWidthsMm = g.widths;
    table.indentMm = g.indent;
    table.cellPaddingLeftMm = 0;
    table.cellPaddingRightMm = 0;

    // Both columns start 6 pt below the text above; "Nơi nhận:" (12 pt)
    // gets a little more so that it stands level with the first authority
    // line (14 pt): the difference of the two ascents.
    constexpr double kSpaceAbovePt = 6;
    constexpr double kAscent = 0.891; // Times New Roman, of the em
    TableCell left;
    Paragraph title = Paragraph::centered(QStringLiteral("Nơi nhận:"), 12, true, true);
    title.alignment = Alignment::Left;
    title.spaceBeforePt = kSpaceAbovePt + (14 - 12) * kAscent;
    left.paragraphs.append(title);
    for (const QString &line : recipientLines()) {
        Paragraph p = Paragraph::centered(line, 11);
        p.alignment = Alignment::Left;
        left.paragraphs.append(p);
    }

    TableCell right;
    for (const QString &line : authority) {
        Paragraph p = Paragraph::centered(line.toUpper(), 14, true);
        if (right.paragraphs.isEmpty())
            p.spaceBeforePt = kSpaceAbovePt;
        right.paragraphs.append(p);
    }
    Paragraph name = Paragraph::centered(signerName, 14, true);
    name.spaceBeforePt = units::mmToPoints(signatureSpaceMm);
    right.paragraphs.append(name);

    TableRow row;
    row.allowBreak = false;
    row.cells = {left, right};
    if (g.gap)
        row.cells.insert(1, emptyCell());
    table.rows = {row};
    return table;
}

double Section::pageWidthMm() const
{
    return orientation == Orientation::Portrait ? kA4ShortMm : kA4LongMm;
}

double Section::pageHeightMm() const
{
    return orientation == Orientation::Portrait ? kA4LongMm : kA4ShortMm;
}

double Section::textWidthMm() const
{
    return pageWidthMm() - margins.leftMm - margins.rightMm;
}

double Section::textHeightMm() const
{
    return pageHeightMm() - margins.topMm - margins.bottomMm;
}

Section &Document::addSection(Orientation orientation)
{
    Section s;
    s.orientation = orientation;
    sections.append(s);
    return sections.last();
}

namespace {

void appendParagraph(QStringList &lines, const Paragraph &p)
{
    const QString t = printableText(p.text());
    if (!t.trimmed().isEmpty())
        lines.append(t);
}

void appendTable(QStringList &lines, const Table &table)
{
    for (const TableRow &row : table.rows)
        for (const TableCell &cell : row.cells)
            for (const Paragraph &p : cell.paragraphs)
                appendParagraph(lines, p);
}

} // namespace

QStringList Document::textLines() const
{
    QStringList lines;
    for (const Section &section : sections) {
        for (const Block &block : section.blocks) {
            if (const auto *p = std::get_if<Paragraph>(&block))
                appendParagraph(lines, *p);
            else if (const auto *t = std::get_if<Table>(&block))
                appendTable(lines, *t);
            else if (const auto *h = std::get_if<HeaderBlock>(&block))
                appendTable(lines, h->toTable(section.textWidthMm()));
            else if (const auto *s = std::get_if<SignatureBlock>(&block))
                appendTable(lines, s->toTable(section.textWidthMm()));
        }
    }
    return lines;
}

} // namespace ttcs::document
