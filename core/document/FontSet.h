// The fonts a document is drawn with: Times New Roman where it is installed,
// else the metric-compatible Liberation Serif. One QFont per look, made
// once; text is laid out at 1200 dots per inch on a device of its own, so
// line breaks are the same whatever screen or printer the pages end on.
// Needs a QGuiApplication.
#pragma once

#include <QFont>
#include <QPaintDevice>
#include <QString>

#include <map>
#include <memory>

class QTextLayout;

namespace ttcs::document {

struct Paragraph;

// A paint device that only answers "1200 dots per inch": what QTextLayout
// needs to turn point sizes into dots.
class LayoutDevice final : public QPaintDevice
{
public:
    LayoutDevice() = default;
    QPaintEngine *paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override;
};

class FontSet final
{
public:
    FontSet();
    Q_DISABLE_COPY_MOVE(FontSet)

    // "Times New Roman" or its stand-in.
    static QString family();
    // True when fonts can be used (a QGuiApplication exists).
    static bool available();

    // The font of a look; the reference stays valid as long as the set.
    const QFont &font(double sizePt, bool bold, bool italic);
    const QPaintDevice *device() const { return &m_device; }

    // Width in points of the widest line of the paragraph ('\n' breaks).
    double naturalWidthPt(const Paragraph &paragraph);
    // Width in points of the widest line once the paragraph is broken into
    // lines `availableMm` wide: what its drawn line is a fraction of.
    double widestLinePt(const Paragraph &paragraph, double availableMm);

    // The paragraph's text in its looks, ready to be broken into lines at
    // 1200 dots per inch; line breaks are QChar::LineSeparator.
    std::unique_ptr<QTextLayout> textLayout(const Paragraph &paragraph);

    // The paragraph as it is laid out in a space `availableMm` wide: the
    // size that fits (Paragraph::minSizePt) and the indents that even its
    // lines out (Paragraph::balanceLines). DocxWriter and PageLayout both
    // use it, so Word and the PDF wrap alike.
    Paragraph fitted(const Paragraph &paragraph, double availableMm);

private:
    LayoutDevice m_device;
    // A map, not a hash: its elements never move, so references hold.
    std::map<int, QFont> m_fonts;
};

} // namespace ttcs::document
