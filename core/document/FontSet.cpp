#include "FontSet.h"

#include "Document.h"
#include "Units.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTextLayout>

#include <algorithm>
#include <climits>

namespace ttcs::document {

int LayoutDevice::metric(PaintDeviceMetric metric) const
{
    constexpr int kDpi = int(units::kDotsPerInch);
    switch (metric) {
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return kDpi;
    case PdmWidth:
        return int(units::mmToDots(kA4ShortMm));
    case PdmHeight:
        return int(units::mmToDots(kA4LongMm));
    case PdmWidthMM:
        return int(kA4ShortMm);
    case PdmHeightMM:
        return int(kA4LongMm);
    case PdmNumColors:
        return 0x7fffffff;
    case PdmDepth:
        return 32;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

FontSet::FontSet() = default;

bool FontSet::available()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QString FontSet::family()
{
    static const QString resolved = [] {
        const QStringList families = QFontDatabase::families();
        for (const QString &candidate :
             {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"),
              QStringLiteral("Tinos")}) {
            if (families.contains(candidate, Qt::CaseInsensitive))
                return candidate;
        }
        return QStringLiteral("Serif");
    }();
    return resolved;
}

const QFont &FontSet::font(double sizePt, bool bold, bool italic)
{
    const int key = units::pointsToHalfPoints(sizePt) * 4 + (bold ? 2 : 0) + (italic ? 1 : 0);
    auto it = m_fonts.find(key);
    if (it == m_fonts.end()) {
        QFont f(family());
        f.setPointSizeF(units::pointsToHalfPoints(sizePt) / 2.0);
        f.setBold(bold);
        f.setItalic(italic);
        // Word neither hints nor kerns; neither do we, so lines break alike.
        f.setHintingPreference(QFont::PreferNoHinting);
        f.setKerning(false);
        it = m_fonts.emplace(key, f).first;
    }
    return it->second;
}

double FontSet::naturalWidthPt(const Paragraph &paragraph)
{
    double widest = 0;
    double current = 0;
    for (const Run &run : paragraph.runs) {
        const double size = run.sizePt > 0 ? run.sizePt : paragraph.sizePt;
        const QFontMetricsF metrics(font(size, run.bold, run.italic), device());
        const QStringList pieces = run.text.split(QLatin1Char('\n'));
        for (int i = 0; i < pieces.size(); ++i) {
            if (i > 0) {
                widest = std::max(widest, current);
                current = 0;
            }
            current += metrics.horizontalAdvance(pieces.at(i));
        }
    }
    widest = std::max(widest, current);
    return units::dotsToPoints(widest);
}

namespace {

// A balanced paragraph's box is this much wider than the least width that
// keeps its lines, so that Word, measuring in its own rounding, breaks the
// lines at the same words.
constexpr double kBalanceSlackMm = 0.3;

Qt::Alignment qtAlignment(Alignment a)
{
    switch (a) {
    case Alignment::Left:
        return Qt::AlignLeft;
    case Alignment::Center:
        return Qt::AlignHCenter;
    case Alignment::Right:
        return Qt::AlignRight;
    case Alignment::Justify:
        return Qt::AlignJustify;
    }
    return Qt::AlignLeft;
}

// Breaks the layout into lines `width` dots wide (the first `firstIndent`
// narrower); the number of lines, or INT_MAX when a word does not fit.
int breakLines(QTextLayout &layout, double width, double firstIndent, double *widest = nullptr)
{
    layout.beginLayout();
    int lines = 0;
    bool overflow = false;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const double w = std::max(1.0, width - (lines == 0 ? firstIndent : 0));
        line.setLineWidth(w);
        if (line.naturalTextWidth() > w + 0.5)
            overflow = true;
        if (widest)
            *widest = std::max(*widest, line.naturalTextWidth());
        ++lines;
    }
    layout.endLayout();
    return overflow ? INT_MAX : lines;
}

} // namespace

std::unique_ptr<QTextLayout> FontSet::textLayout(const Paragraph &p)
{
    const Run base = p.runs.isEmpty() ? Run{} : p.runs.first();
    const double baseSize = base.sizePt > 0 ? base.sizePt : p.sizePt;
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const Run &run : p.runs) {
        const QString runText = printableText(run.text);
        const int start = int(text.size());
        text += runText;
        const double size = run.sizePt > 0 ? run.sizePt : p.sizePt;
        if (run.bold == base.bold && run.italic == base.italic && size == baseSize &&
            !run.underline)
            continue;
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = int(runText.size());
        range.format.setFont(font(size, run.bold, run.italic));
        if (run.underline)
            range.format.setFontUnderline(true);
        formats.append(range);
    }
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);

    auto layout =
        std::make_unique<QTextLayout>(text, font(baseSize, base.bold, base.italic), device());
    QTextOption option(qtAlignment(p.alignment));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTabStopDistance(units::mmToDots(12.7));
    layout->setTextOption(option);
    if (!formats.isEmpty())
        layout->setFormats(formats);
    return layout;
}

double FontSet::widestLinePt(const Paragraph &p, double availableMm)
{
    const std::unique_ptr<QTextLayout> layout = textLayout(p);
    double widest = 0;
    breakLines(*layout, units::mmToDots(availableMm - p.leftIndentMm - p.rightIndentMm),
               units::mmToDots(p.firstLineIndentMm), &widest);
    return units::dotsToPoints(widest);
}

Paragraph FontSet::fitted(const Paragraph &p, double availableMm)
{
    if (p.minSizePt <= 0 && !p.balanceLines)
        return p;
    Paragraph q = p;
    const double box = availableMm - p.leftIndentMm - p.rightIndentMm;
    if (p.minSizePt > 0 && p.minSizePt < p.sizePt) {
        const double room = units::mmToPoints(box - std::max(0.0, p.firstLineIndentMm));
        for (double size = p.sizePt; size >= p.minSizePt - 1e-9; size -= 0.5) {
            q.sizePt = size;
            if (naturalWidthPt(q) <= room)
                break;
        }
    }
    if (p.balanceLines && p.firstLineIndentMm == 0 && box > 0) {
        const std::unique_ptr<QTextLayout> layout = textLayout(q);
        QTextOption option = layout->textOption();
        option.setWrapMode(QTextOption::WordWrap);
        layout->setTextOption(option);
        const double full = units::mmToDots(box);
        const int lines = breakLines(*layout, full, 0);
        if (lines > 1 && lines != INT_MAX) {
            // The least width that still takes no more lines.
            double low = 1;
            double high = full;
            while (high - low > units::mmToDots(0.05)) {
                const double mid = (low + high) / 2;
                if (breakLines(*layout, mid, 0) <= lines)
                    high = mid;
                else
                    low = mid;
            }
            const double narrowed = std::min(full, high + units::mmToDots(kBalanceSlackMm));
            const double extra = units::dotsToMm(full - narrowed);
            if (extra > 0.5) {
                if (p.alignment == Alignment::Center) {
                    q.leftIndentMm += extra / 2;
                    q.rightIndentMm += extra / 2;
                } else if (p.alignment == Alignment::Right) {
                    q.leftIndentMm += extra;
                } else {
                    q.rightIndentMm += extra;
                }
            }
        }
    }
    return q;
}

} // namespace ttcs::document
