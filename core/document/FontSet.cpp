#include "FontSet.h"

#include "Document.h"
#include "Units.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>

#include <algorithm>

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

} // namespace ttcs::document
