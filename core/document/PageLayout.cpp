#include "PageLayout.h"

#include "FontSet.h"
#include "Units.h"

#include <QCoreApplication>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <vector>

namespace ttcs::document {

namespace {

double mm(double v)
{
    return units::mmToDots(v);
}

double pt(double v)
{
    return units::pointsToDots(v);
}

// Tolerance for "fits on the page", in dots (well under a point).
constexpr double kEpsilon = 0.5;
// The drawn line under a paragraph: 4 pt below the text, 0.75 pt thick,
// as the DOCX's bottom border of a 3 pt paragraph comes out.
constexpr double kRuleGapPt = 4.0;
constexpr double kRuleBelowPt = 0.75;
constexpr double kRuleWidthPt = 0.75;
constexpr double kBorderWidthPt = 0.5;

// One line of a laid-out paragraph, placed relative to the top left of the
// flow (paragraph or table cell) it belongs to. The line's own position
// holds its indent; y here is its top.
struct LineBox
{
    const QTextLayout *layout = nullptr;
    int line = 0;
    double y = 0;
    double height = 0;
    double bottom() const { return y + height; }
};

struct RuleBox
{
    double x1 = 0;
    double x2 = 0;
    double y = 0;
};

// Paragraphs stacked: a body paragraph, or the content of a table cell.
struct Flow
{
    std::vector<LineBox> lines;
    std::vector<RuleBox> rules;
    double height = 0;
    double spaceBefore = 0;
    double spaceAfter = 0;
    bool keepWithNext = false;

    double contentHeight() const { return height - spaceAfter; }
};

struct Cell
{
    int column = 0;
    int span = 1;
    int rowSpan = 1;
    double x = 0; // from the table's left edge
    double width = 0;
    VerticalAlignment verticalAlignment = VerticalAlignment::Top;
    Flow flow;
};

struct Row
{
    std::vector<Cell> cells;
    double height = 0;
    bool allowBreak = true;
};

struct LaidTable
{
    double indent = 0;
    std::vector<double> columnX; // n + 1 edges from the table's left
    std::vector<Row> rows;
    // For each row, the last row of the group it starts that rows spans tie
    // together (the row itself when nothing spans).
    std::vector<int> groupEnd;
    int headerRows = 0;
    bool borders = true;
    double paddingLeft = 0;
    // Cell content starts below the cell's top border, as in Word and
    // LibreOffice, which add the border's width to the row's height.
    double contentTop = 0;

    double width() const { return columnX.empty() ? 0 : columnX.back(); }
};

// A block laid out, before it is placed on pages.
struct PageBreakMark
{};
using LaidBlock = std::variant<PageBreakMark, Flow, LaidTable>;

struct TextPiece
{
    const QTextLayout *layout = nullptr;
    int line = 0;
    QPointF origin;
};

struct Page
{
    Orientation orientation = Orientation::Portrait;
    QSizeF size; // dots
    const QTextLayout *pageNumber = nullptr;
    std::vector<TextPiece> text;
    QList<QLineF> rules;
    QList<QLineF> borders;
};

} // namespace

struct PageLayout::Private
{
    FontSet fonts;
    std::vector<std::unique_ptr<QTextLayout>> layouts;
    std::vector<Page> pages;
    PageNumbering numbering;

    // Where the next block goes.
    const Section *section = nullptr;
    double y = 0;
    double top = 0;
    double bottom = 0;
    double left = 0;
    bool pageStartedByFlow = false;
    bool pageEmpty = true;
    // The space after the last paragraph placed, 0 after anything else.
    double lastSpaceAfter = 0;

    // Asked now and then whether to give up (see the constructor).
    std::function<bool()> shouldStop;
    bool stopped = false;
    int sinceAsked = 0;

    bool stopNow()
    {
        if (stopped || !shouldStop)
            return stopped;
        if (++sinceAsked < 64)
            return false;
        sinceAsked = 0;
        stopped = shouldStop();
        return stopped;
    }

    // --- laying out, independent of pages --------------------------------

    // Height of an empty paragraph's line in a font, by its key.
    QHash<const QFont *, double> emptyLineHeights;

    double emptyLineHeight(const QFont &font)
    {
        auto it = emptyLineHeights.find(&font);
        if (it == emptyLineHeights.end()) {
            QTextLayout probe(QStringLiteral(" "), font, fonts.device());
            probe.beginLayout();
            QTextLine line = probe.createLine();
            line.setLeadingIncluded(true);
            probe.endLayout();
            it = emptyLineHeights.insert(&font, line.height());
        }
        return *it;
    }

    // Lays a paragraph out `width` dots wide, below what `flow` holds.
    void layoutParagraph(const Paragraph &source, double width, Flow &flow)
    {
        const Paragraph p = fonts.fitted(source, units::dotsToMm(width));
        const double before = pt(p.spaceBeforePt);
        const double after = pt(p.spaceAfterPt);
        // Between two paragraphs Word leaves the larger of the space after
        // the first and the space before the second, not both.
        const double collapsed = flow.height > 0 ? std::min(before, flow.spaceAfter) : 0;
        double y = flow.height + before - collapsed;

        std::unique_ptr<QTextLayout> owned = fonts.textLayout(p);
        if (owned->text().isEmpty()) {
            // An empty paragraph is as tall as one line of its font.
            const Run base = p.runs.isEmpty() ? Run{} : p.runs.first();
            const double size = base.sizePt > 0 ? base.sizePt : p.sizePt;
            y += emptyLineHeight(fonts.font(size, base.bold, base.italic)) * p.lineSpacing;
        } else {
            QTextLayout *layout = owned.get();
            layouts.push_back(std::move(owned));
            // Keep the shaped glyphs: the lines are drawn later, one by one.
            layout->setCacheEnabled(true);
            const double leftIndent = mm(p.leftIndentMm);
            const double rightIndent = mm(p.rightIndentMm);
            const double first = mm(p.firstLineIndentMm);
            double widest = 0;
            layout->beginLayout();
            for (int i = 0;; ++i) {
                QTextLine line = layout->createLine();
                if (!line.isValid())
                    break;
                line.setLeadingIncluded(true);
                const double indent = i == 0 ? first : 0;
                line.setLineWidth(std::max(1.0, width - leftIndent - rightIndent - indent));
                line.setPosition(QPointF(leftIndent + indent, 0));
                widest = std::max(widest, line.naturalTextWidth());
                flow.lines.push_back(LineBox{layout, i, y, line.height()});
                y += line.height() * p.lineSpacing;
            }
            layout->endLayout();

            if (p.ruleFraction > 0 && !layout->text().trimmed().isEmpty()) {
                const double box = width - leftIndent - rightIndent;
                const double length = std::min(box, widest * p.ruleFraction);
                double x1 = leftIndent;
                if (p.alignment == Alignment::Center)
                    x1 += (box - length) / 2;
                else if (p.alignment == Alignment::Right)
                    x1 += box - length;
                const double ruleY = y + pt(kRuleGapPt);
                flow.rules.push_back(RuleBox{x1, x1 + length, ruleY});
                y = ruleY + pt(kRuleBelowPt);
            }
        }
        flow.height = y + after;
        flow.spaceAfter = after;
        flow.keepWithNext = p.keepWithNext;
    }

    Flow layoutBodyParagraph(const Paragraph &p, double width)
    {
        Flow flow;
        layoutParagraph(p, width, flow);
        flow.spaceBefore = pt(p.spaceBeforePt);
        return flow;
    }

    LaidTable layoutTable(const Table &table, double availableMm)
    {
        LaidTable t;
        const QList<double> widths = table.fittedColumnWidthsMm(availableMm);
        const int n = int(widths.size());
        t.indent = mm(table.indentMm);
        t.columnX.push_back(0);
        for (double w : widths)
            t.columnX.push_back(t.columnX.back() + mm(w));
        t.headerRows = std::clamp(table.headerRowCount, 0, int(table.rows.size()));
        t.borders = table.borders;
        t.paddingLeft = mm(table.cellPaddingLeftMm);
        t.contentTop = table.borders ? pt(kBorderWidthPt) : 0;
        const double padding = mm(table.cellPaddingLeftMm + table.cellPaddingRightMm);

        std::vector<int> coveredRows(size_t(n), 0);
        std::vector<int> coveredSpan(size_t(n), 1);
        for (const TableRow &source : table.rows) {
            if (stopNow())
                break;
            Row row;
            row.allowBreak = source.allowBreak;
            int column = 0;
            int next = 0;
            while (column < n) {
                if (coveredRows[size_t(column)] > 0) {
                    --coveredRows[size_t(column)];
                    column += coveredSpan[size_t(column)];
                    continue;
                }
                if (next >= source.cells.size())
                    break;
                const TableCell &sourceCell = source.cells.at(next++);
                Cell cell;
                cell.column = column;
                cell.span = std::clamp(sourceCell.columnSpan, 1, n - column);
                cell.rowSpan = std::max(1, sourceCell.rowSpan);
                cell.x = t.columnX[size_t(column)];
                cell.width = t.columnX[size_t(column) + size_t(cell.span)] - cell.x;
                cell.verticalAlignment = sourceCell.verticalAlignment;
                for (const Paragraph &p : sourceCell.paragraphs)
                    layoutParagraph(p, std::max(1.0, cell.width - padding), cell.flow);
                if (cell.rowSpan > 1) {
                    coveredRows[size_t(column)] = cell.rowSpan - 1;
                    coveredSpan[size_t(column)] = cell.span;
                }
                column += cell.span;
                row.cells.push_back(std::move(cell));
            }
            for (const Cell &cell : row.cells)
                if (cell.rowSpan == 1)
                    row.height = std::max(row.height, cell.flow.height);
            if (row.height <= 0)
                row.height = pt(13 * 1.15);
            row.height += t.contentTop;
            t.rows.push_back(std::move(row));
        }

        // Cells spanning rows: the group's last row grows when the cell is
        // taller than the rows it spans.
        const int rowCount = int(t.rows.size());
        t.groupEnd.assign(size_t(rowCount), 0);
        for (int r = 0; r < rowCount; ++r) {
            t.groupEnd[size_t(r)] = r;
            for (const Cell &cell : t.rows[size_t(r)].cells) {
                if (cell.rowSpan <= 1)
                    continue;
                const int last = std::min(rowCount - 1, r + cell.rowSpan - 1);
                double have = 0;
                for (int k = r; k <= last; ++k)
                    have += t.rows[size_t(k)].height;
                const double need = cell.flow.height + t.contentTop;
                if (need > have)
                    t.rows[size_t(last)].height += need - have;
                t.groupEnd[size_t(r)] = std::max(t.groupEnd[size_t(r)], last);
            }
        }
        for (int r = 0; r < rowCount; ++r) {
            const int end = t.groupEnd[size_t(r)];
            for (int k = r + 1; k <= end && k < rowCount; ++k)
                t.groupEnd[size_t(r)] = std::max(t.groupEnd[size_t(r)], t.groupEnd[size_t(k)]);
        }
        return t;
    }

    // --- pages --------------------------------------------------------------

    Page &page() { return pages.back(); }

    void newPage(bool byFlow)
    {
        Page p;
        p.orientation = section->orientation;
        p.size = QSizeF(mm(section->pageWidthMm()), mm(section->pageHeightMm()));
        pages.push_back(std::move(p));
        top = mm(section->margins.topMm);
        bottom = mm(section->pageHeightMm() - section->margins.bottomMm);
        left = mm(section->margins.leftMm);
        y = top;
        pageStartedByFlow = byFlow;
        pageEmpty = true;
        lastSpaceAfter = 0;
    }

    double room() const { return bottom - y; }

    void placeLines(const Flow &flow, size_t from, size_t to, double shift, double x)
    {
        for (size_t i = from; i < to; ++i) {
            const LineBox &l = flow.lines[i];
            page().text.push_back(TextPiece{l.layout, l.line, QPointF(x, l.y + shift)});
        }
        if (to > from)
            pageEmpty = false;
    }

    void placeRules(const Flow &flow, double minY, double shift, double x)
    {
        for (const RuleBox &r : flow.rules)
            if (r.y >= minY)
                page().rules.append(QLineF(x + r.x1, r.y + shift, x + r.x2, r.y + shift));
    }

    // A body paragraph, split between pages where needed: never one first
    // line alone at the foot of a page, nor one last line alone at the top.
    void placeFlow(const Flow &flow)
    {
        // The space before is dropped at the top of a page the text ran
        // onto, and overlaps the space after the paragraph above.
        double skip = (pageEmpty && pageStartedByFlow) ? flow.spaceBefore
                                                       : std::min(flow.spaceBefore, lastSpaceAfter);
        const size_t total = flow.lines.size();
        if (total == 0 || y - skip + flow.contentHeight() <= bottom + kEpsilon) {
            placeLines(flow, 0, total, y - skip, left);
            placeRules(flow, 0, y - skip, left);
            y += flow.height - skip;
            pageEmpty = false;
            lastSpaceAfter = flow.spaceAfter;
            return;
        }
        size_t start = 0;
        while (start < total) {
            const double pieceTop = start == 0 ? skip : flow.lines[start].y;
            const double shift = y - pieceTop;
            size_t fit = start;
            while (fit < total && flow.lines[fit].bottom() + shift <= bottom + kEpsilon)
                ++fit;
            size_t n = fit - start;
            const size_t remaining = total - start;
            if (n >= remaining) {
                placeLines(flow, start, total, shift, left);
                placeRules(flow, 0, shift, left);
                y = flow.height + shift;
                lastSpaceAfter = flow.spaceAfter;
                return;
            }
            if (start == 0 && n < 2)
                n = 0;
            if (n > 0 && remaining - n == 1) {
                --n;
                if (start == 0 && n < 2)
                    n = 0;
            }
            if (n == 0 && pageEmpty)
                n = std::max<size_t>(1, fit - start);
            placeLines(flow, start, start + n, shift, left);
            start += n;
            newPage(true);
            // Moved whole, the paragraph starts at the top without its space.
            skip = flow.spaceBefore;
        }
    }

    // Height needed on this page to start block `i` without leaving a
    // heading or a table header alone.
    double startHeight(const std::vector<LaidBlock> &laid, size_t i, int depth = 0)
    {
        if (i >= laid.size() || depth > 4)
            return 0;
        if (const Flow *f = std::get_if<Flow>(&laid[i])) {
            if (f->keepWithNext)
                return f->height + startHeight(laid, i + 1, depth + 1);
            if (f->lines.empty())
                return f->height;
            const size_t k = std::min<size_t>(f->lines.size(), 2) - 1;
            return f->lines[k].bottom();
        }
        if (const LaidTable *t = std::get_if<LaidTable>(&laid[i])) {
            double h = 0;
            const int firstBody = t->headerRows;
            for (int r = 0; r < t->headerRows; ++r)
                h += t->rows[size_t(r)].height;
            if (firstBody < int(t->rows.size())) {
                const Row &row = t->rows[size_t(firstBody)];
                h += row.allowBreak ? std::min(row.height, pt(40)) : row.height;
            }
            return h;
        }
        return 0;
    }

    // --- tables -------------------------------------------------------------

    // Text of a whole row (or of the rows a span ties together) at `y`.
    void placeRowWhole(const LaidTable &t, int r, double rowTop, double x0,
                       const std::vector<double> &rowTops)
    {
        const Row &row = t.rows[size_t(r)];
        for (const Cell &cell : row.cells) {
            const int last = std::min(int(t.rows.size()) - 1, r + cell.rowSpan - 1);
            const size_t end = std::min(size_t(last - r + 1), rowTops.size() - 1);
            const double spanHeight = rowTops[end] - rowTops[0];
            const double free = spanHeight - t.contentTop - cell.flow.height;
            double offset = t.contentTop;
            if (cell.verticalAlignment == VerticalAlignment::Center)
                offset += free / 2;
            else if (cell.verticalAlignment == VerticalAlignment::Bottom)
                offset += free;
            const double x = x0 + cell.x + t.paddingLeft;
            offset = std::max(t.contentTop, offset);
            placeLines(cell.flow, 0, cell.flow.lines.size(), rowTop + offset, x);
            placeRules(cell.flow, 0, rowTop + offset, x);
            if (t.borders) {
                page().borders.append(
                    QLineF(x0 + cell.x, rowTop, x0 + cell.x + cell.width, rowTop));
                page().borders.append(
                    QLineF(x0 + cell.x, rowTop, x0 + cell.x, rowTop + spanHeight));
                if (cell.column + cell.span == int(t.columnX.size()) - 1)
                    page().borders.append(QLineF(x0 + cell.x + cell.width, rowTop,
                                                 x0 + cell.x + cell.width, rowTop + spanHeight));
            }
        }
        pageEmpty = false;
    }

    // Rows first..last (a group) placed whole at y.
    void placeGroup(const LaidTable &t, int first, int last, double x0)
    {
        std::vector<double> tops;
        double h = y;
        tops.push_back(h);
        for (int k = first; k <= last; ++k) {
            h += t.rows[size_t(k)].height;
            tops.push_back(h);
        }
        for (int k = first; k <= last; ++k) {
            std::vector<double> rowTops(tops.begin() + (k - first), tops.end());
            placeRowWhole(t, k, tops[size_t(k - first)], x0, rowTops);
        }
        y = h;
    }

    void closeTableOnPage(const LaidTable &t, double x0)
    {
        if (t.borders)
            page().borders.append(QLineF(x0, y, x0 + t.width(), y));
    }

    void placeHeaderRows(const LaidTable &t, double x0)
    {
        if (t.headerRows > 0)
            placeGroup(t, 0, t.headerRows - 1, x0);
    }

    void tableNewPage(const LaidTable &t, double x0)
    {
        closeTableOnPage(t, x0);
        newPage(true);
        placeHeaderRows(t, x0);
    }

    // A row too tall for the space left: as many lines of each cell as fit
    // here, the rest on the following pages under the repeated header.
    void placeRowSplit(const LaidTable &t, int r, double x0)
    {
        const Row &row = t.rows[size_t(r)];
        const size_t cells = row.cells.size();
        std::vector<size_t> next(cells, 0);
        std::vector<bool> finished(cells, false);
        bool firstPiece = true;
        bool freshPage = false;
        while (true) {
            // Where each cell's part on this page starts, in its own flow,
            // and how far it goes.
            std::vector<double> from(cells, 0);
            std::vector<size_t> upto(next);
            double pieceHeight = 0;
            bool any = false;
            bool last = true;
            for (size_t c = 0; c < cells; ++c) {
                if (finished[c])
                    continue;
                const Flow &flow = row.cells[c].flow;
                const size_t count = flow.lines.size();
                from[c] = next[c] == 0 ? 0 : flow.lines[next[c]].y;
                size_t k = next[c];
                while (k < count &&
                       flow.lines[k].bottom() - from[c] + t.contentTop <= room() + kEpsilon)
                    ++k;
                upto[c] = k;
                any = any || k > next[c];
                if (k < count) {
                    last = false;
                    if (k > next[c])
                        pieceHeight = std::max(pieceHeight,
                                               flow.lines[k - 1].bottom() - from[c] + t.contentTop);
                } else {
                    pieceHeight = std::max(pieceHeight, flow.height - from[c] + t.contentTop);
                }
            }
            if (!any && !last) {
                // Not even one line fits under the repeated header of a new
                // page: give up on the rest of the row rather than loop.
                if (freshPage || room() <= 0)
                    break;
                tableNewPage(t, x0);
                freshPage = true;
                continue;
            }
            if (last && firstPiece)
                pieceHeight = std::max(pieceHeight, row.height);
            for (size_t c = 0; c < cells; ++c) {
                const Cell &cell = row.cells[c];
                const double x = x0 + cell.x + t.paddingLeft;
                const double shift = y + t.contentTop - from[c];
                if (!finished[c]) {
                    placeLines(cell.flow, next[c], upto[c], shift, x);
                    if (upto[c] == cell.flow.lines.size()) {
                        placeRules(cell.flow, from[c], shift, x);
                        finished[c] = true;
                    }
                    next[c] = upto[c];
                }
                if (t.borders) {
                    page().borders.append(QLineF(x0 + cell.x, y, x0 + cell.x + cell.width, y));
                    page().borders.append(QLineF(x0 + cell.x, y, x0 + cell.x, y + pieceHeight));
                    if (cell.column + cell.span == int(t.columnX.size()) - 1)
                        page().borders.append(QLineF(x0 + cell.x + cell.width, y,
                                                     x0 + cell.x + cell.width, y + pieceHeight));
                }
            }
            pageEmpty = false;
            y += pieceHeight;
            if (last)
                break;
            tableNewPage(t, x0);
            firstPiece = false;
            freshPage = true;
        }
    }

    void placeTable(const LaidTable &t, double firstUnitRoom)
    {
        lastSpaceAfter = 0;
        const double x0 = left + t.indent;
        const int rowCount = int(t.rows.size());
        if (rowCount == 0)
            return;
        if (!pageEmpty && firstUnitRoom > room() + kEpsilon)
            newPage(true);
        placeHeaderRows(t, x0);
        double headerHeight = 0;
        for (int k = 0; k < t.headerRows; ++k)
            headerHeight += t.rows[size_t(k)].height;
        int r = t.headerRows;
        while (r < rowCount && !stopNow()) {
            const int last = t.groupEnd[size_t(r)];
            double h = 0;
            for (int k = r; k <= last; ++k)
                h += t.rows[size_t(k)].height;
            if (h <= room() + kEpsilon) {
                placeGroup(t, r, last, x0);
                r = last + 1;
                continue;
            }
            // A row that may break runs over the foot of the page, as in
            // Word; any other goes whole to the next page, and is split only
            // when it is taller than a page.
            const bool single = last == r;
            if (single && t.rows[size_t(r)].allowBreak) {
                placeRowSplit(t, r, x0);
                ++r;
                continue;
            }
            const bool onlyHeader = std::abs(y - top - headerHeight) < kEpsilon;
            if (!onlyHeader)
                tableNewPage(t, x0);
            if (h <= room() + kEpsilon || !single) {
                placeGroup(t, r, last, x0);
                r = last + 1;
            } else {
                placeRowSplit(t, r, x0);
                ++r;
            }
        }
        closeTableOnPage(t, x0);
    }

    // --- the document -------------------------------------------------------

    void layoutSection(const Section &s)
    {
        section = &s;
        newPage(false);
        const double width = mm(s.textWidthMm());
        std::vector<LaidBlock> laid;
        laid.reserve(size_t(s.blocks.size()));
        for (const Block &block : s.blocks) {
            if (stopNow())
                return;
            if (const auto *p = std::get_if<Paragraph>(&block))
                laid.emplace_back(layoutBodyParagraph(*p, width));
            else if (const auto *t = std::get_if<Table>(&block))
                laid.emplace_back(layoutTable(*t, s.textWidthMm()));
            else if (const auto *h = std::get_if<HeaderBlock>(&block))
                laid.emplace_back(layoutTable(h->toTable(s.textWidthMm()), s.textWidthMm()));
            else if (const auto *g = std::get_if<SignatureBlock>(&block))
                laid.emplace_back(layoutTable(g->toTable(s.textWidthMm()), s.textWidthMm()));
            else
                laid.emplace_back(PageBreakMark());
        }
        for (size_t i = 0; i < laid.size(); ++i) {
            if (stopNow())
                return;
            if (std::holds_alternative<PageBreakMark>(laid[i])) {
                if (!pageEmpty)
                    newPage(false);
            } else if (const Flow *f = std::get_if<Flow>(&laid[i])) {
                if (f->keepWithNext && !pageEmpty) {
                    const double need = startHeight(laid, i);
                    if (need > room() + kEpsilon && need <= bottom - top)
                        newPage(true);
                }
                placeFlow(*f);
            } else if (const LaidTable *t = std::get_if<LaidTable>(&laid[i])) {
                placeTable(*t, startHeight(laid, i));
            }
        }
    }

    void addPageNumbers()
    {
        if (!numbering.enabled)
            return;
        for (size_t i = 0; i < pages.size(); ++i) {
            if (i == 0 && !numbering.onFirstPage)
                continue;
            Page &p = pages[i];
            Paragraph number = Paragraph::centered(QString::number(i + 1), numbering.sizePt);
            number.balanceLines = false;
            layouts.push_back(fonts.textLayout(number));
            QTextLayout *layout = layouts.back().get();
            layout->setCacheEnabled(true);
            layout->beginLayout();
            QTextLine line = layout->createLine();
            line.setLeadingIncluded(true);
            // Centred over the text, as Word centres the header paragraph.
            const Section *s = sectionOfPage[i];
            line.setLineWidth(mm(s->textWidthMm()));
            line.setPosition(QPointF(mm(s->margins.leftMm), mm(s->margins.headerMm)));
            layout->endLayout();
            p.pageNumber = layout;
        }
    }

    std::vector<const Section *> sectionOfPage;
    Document document;
};

PageLayout::PageLayout(const Document &document)
    : PageLayout(document, {})
{}

PageLayout::PageLayout(const Document &document, const std::function<bool()> &shouldStop)
    : d(std::make_unique<Private>())
{
    d->shouldStop = shouldStop;
    // The layout keeps a copy, so that its sections outlive the caller's.
    d->document = document;
    d->numbering = document.pageNumbers;
    if (d->document.sections.isEmpty())
        d->document.sections.append(Section());
    for (int i = 0; i < d->document.sections.size() && !d->stopped; ++i) {
        const size_t before = d->pages.size();
        d->layoutSection(d->document.sections.at(i));
        for (size_t k = before; k < d->pages.size(); ++k)
            d->sectionOfPage.push_back(&d->document.sections.at(i));
    }
    // Asked only while laying out: what it refers to may go before the
    // layout does.
    d->shouldStop = nullptr;
    if (d->stopped) {
        // Half a layout is of no use to anyone.
        d->sectionOfPage.clear();
        d->pages.clear();
        d->layouts.clear();
        return;
    }
    d->addPageNumbers();
}

PageLayout::~PageLayout() = default;

int PageLayout::pageCount() const
{
    return int(d->pages.size());
}

bool PageLayout::stopped() const
{
    return d->stopped;
}

Orientation PageLayout::orientation(int page) const
{
    return d->pages.at(size_t(page)).orientation;
}

QSizeF PageLayout::pageSizePoints(int page) const
{
    const QSizeF s = d->pages.at(size_t(page)).size;
    return QSizeF(units::dotsToPoints(s.width()), units::dotsToPoints(s.height()));
}

QPageLayout PageLayout::pageLayout(int page) const
{
    return QPageLayout(QPageSize(QPageSize::A4),
                       orientation(page) == Orientation::Landscape ? QPageLayout::Landscape
                                                                   : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0));
}

void PageLayout::paintPage(QPainter &painter, int index) const
{
    const Page &page = d->pages.at(size_t(index));
    painter.save();
    painter.setPen(QPen(Qt::black));
    painter.setBrush(Qt::NoBrush);
    // The number first: it is the first thing read from the page.
    if (page.pageNumber)
        page.pageNumber->draw(&painter, QPointF(0, 0));
    for (const TextPiece &piece : page.text)
        piece.layout->lineAt(piece.line).draw(&painter, piece.origin);
    QPen pen(Qt::black);
    pen.setCapStyle(Qt::FlatCap);
    if (!page.borders.isEmpty()) {
        pen.setWidthF(pt(kBorderWidthPt));
        painter.setPen(pen);
        painter.drawLines(page.borders);
    }
    if (!page.rules.isEmpty()) {
        pen.setWidthF(pt(kRuleWidthPt));
        painter.setPen(pen);
        painter.drawLines(page.rules);
    }
    painter.restore();
}

void PageLayout::paintPage(QPainter &painter, int index, const QRectF &target) const
{
    const QSizeF size = d->pages.at(size_t(index)).size;
    const double scale = std::min(target.width() / size.width(), target.height() / size.height());
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    paintPage(painter, index);
    painter.restore();
}

Status PageLayout::print(QPagedPaintDevice &device, const PageProgress &progress) const
{
    device.setPageLayout(pageLayout(0));
    QPainter painter;
    if (!painter.begin(&device))
        return Error{QCoreApplication::translate("ttcs::document::PageLayout",
                                                 "Could not start drawing the pages.")};
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0) {
            device.setPageLayout(pageLayout(i));
            if (!device.newPage()) {
                painter.end();
                return Error{QCoreApplication::translate("ttcs::document::PageLayout",
                                                         "Could not start page %1.")
                                 .arg(i + 1)};
            }
        }
        const int dpi = device.logicalDpiX();
        const QRect paintRect = device.pageLayout().paintRectPixels(dpi);
        painter.save();
        painter.resetTransform();
        painter.translate(-paintRect.left(), -paintRect.top());
        const double scale = dpi / kDotsPerInch;
        painter.scale(scale, scale);
        paintPage(painter, i);
        painter.restore();
        if (progress && !progress(i + 1, pageCount())) {
            painter.end();
            return Error{QCoreApplication::translate("ttcs::document::PageLayout",
                                                     "Stopped after page %1.")
                             .arg(i + 1)};
        }
    }
    if (!painter.end())
        return Error{QCoreApplication::translate("ttcs::document::PageLayout",
                                                 "Could not finish the pages.")};
    return Status::success();
}

} // namespace ttcs::document
