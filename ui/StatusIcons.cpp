#include "StatusIcons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace ttcs::ui {

namespace {

// What an icon shows. The colours follow the overview's charts (on time
// green, late olive, in progress blue, overdue red, not reported grey) and
// the table's cell colours (not started orange). Icons that share a shape
// differ in lightness too: a dark mark on a light ground against a white
// mark on a dark one, so that they read apart without colour.
enum class Glyph
{
    Check,       // done, done on time: a white check on a green disc
    LateCheck,   // done late: a dark check on a light olive disc, a clock at its foot
    Clock,       // in progress: a clock face with its hands
    Ring,        // not started: an empty ring
    Dash,        // not applicable: a dark dash on a light blue-grey disc
    Exclamation, // overdue: an exclamation mark in a red triangle
    Question,    // not reported: a question mark on a grey disc
    All          // every status: four small discs in the statuses' colours
};

QColor glyphColor(Glyph g)
{
    switch (g) {
    case Glyph::Check:
        return QColor(0x2e, 0x7d, 0x32);
    case Glyph::LateCheck:
        return QColor(0xaf, 0xb4, 0x2b);
    case Glyph::Clock:
        return QColor(0x15, 0x65, 0xc0);
    case Glyph::Ring:
        return QColor(0xef, 0x6c, 0x00);
    case Glyph::Dash:
        return QColor(0xb0, 0xbe, 0xc5);
    case Glyph::Exclamation:
        return QColor(0xc6, 0x28, 0x28);
    case Glyph::Question:
    case Glyph::All:
        return QColor(0x75, 0x75, 0x75);
    }
    return Qt::black;
}

// A disabled icon keeps its shape in a light grey.
QColor forMode(const QColor &c, QIcon::Mode mode)
{
    if (mode != QIcon::Disabled)
        return c;
    const int grey = 160 + qGray(c.rgb()) / 4;
    return QColor(grey, grey, grey);
}

// Paints on a 24 × 24 grid scaled to the rectangle, so that the strokes are
// drawn at the target resolution rather than scaled from a bitmap.
class StatusIconEngine final : public QIconEngine
{
public:
    explicit StatusIconEngine(Glyph glyph)
        : m_glyph(glyph)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height());
        if (side <= 0)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        draw(*painter, mode);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        if (!size.isEmpty()) {
            QPainter p(&pm);
            paint(&p, QRect(QPoint(0, 0), size), mode, state);
        }
        return pm;
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal) override
    {
        return pixmap(size, mode, state);
    }

    QIconEngine *clone() const override { return new StatusIconEngine(m_glyph); }
    QString key() const override { return QStringLiteral("ttcs-status"); }
    bool isNull() override { return false; }

private:
    void draw(QPainter &p, QIcon::Mode mode) const
    {
        const QColor color = forMode(glyphColor(m_glyph), mode);
        const QColor white(Qt::white);
        const QColor dark = forMode(QColor(0x26, 0x32, 0x38), mode);
        QPen mark(white, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        const QRectF disc(2, 2, 20, 20);

        switch (m_glyph) {
        case Glyph::Check: {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawEllipse(disc);
            p.setPen(mark);
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(QPolygonF({{7, 12.5}, {10.5, 16}, {17, 8.5}}));
            break;
        }
        case Glyph::LateCheck: {
            // The done check, on a light ground, with a small clock at its
            // foot: done, but after the deadline.
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawEllipse(QRectF(1, 1, 19, 19));
            mark.setColor(dark);
            p.setPen(mark);
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(QPolygonF({{5.5, 10.5}, {9, 14}, {15, 6.5}}));
            p.setPen(QPen(white, 1.5));
            p.setBrush(dark);
            p.drawEllipse(QPointF(17.5, 17.5), 5.8, 5.8);
            p.setPen(QPen(white, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPolyline(QPolygonF({{17.5, 14.3}, {17.5, 17.7}, {20, 19}}));
            break;
        }
        case Glyph::Clock: {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawEllipse(disc);
            mark.setWidthF(2.2);
            p.setPen(mark);
            p.drawLine(QPointF(12, 12), QPointF(12, 6));
            p.drawLine(QPointF(12, 12), QPointF(16.5, 14.5));
            break;
        }
        case Glyph::Ring: {
            p.setPen(QPen(color, 2.6));
            p.setBrush(white);
            p.drawEllipse(QRectF(3.3, 3.3, 17.4, 17.4));
            break;
        }
        case Glyph::Dash: {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawEllipse(disc);
            mark.setWidthF(3);
            mark.setColor(dark);
            p.setPen(mark);
            p.drawLine(QPointF(7, 12), QPointF(17, 12));
            break;
        }
        case Glyph::Exclamation: {
            QPainterPath triangle;
            triangle.moveTo(12, 2);
            triangle.lineTo(23, 21.5);
            triangle.lineTo(1, 21.5);
            triangle.closeSubpath();
            p.setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(color);
            p.drawPath(triangle);
            p.setPen(mark);
            p.drawLine(QPointF(12, 9), QPointF(12, 14));
            p.setPen(Qt::NoPen);
            p.setBrush(white);
            p.drawEllipse(QPointF(12, 18), 1.5, 1.5);
            break;
        }
        case Glyph::Question: {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawEllipse(disc);
            QPainterPath hook;
            const QRectF bow(8.8, 5.6, 6.4, 6.4);
            hook.arcMoveTo(bow, 160);
            hook.arcTo(bow, 160, -250);
            hook.lineTo(12, 13.6);
            mark.setWidthF(2.4);
            p.setPen(mark);
            p.setBrush(Qt::NoBrush);
            p.drawPath(hook);
            p.setPen(Qt::NoPen);
            p.setBrush(white);
            p.drawEllipse(QPointF(12, 17.2), 1.5, 1.5);
            break;
        }
        case Glyph::All: {
            // The colours of done, in progress, not started and overdue,
            // as small discs filling the same square as the other icons.
            const Glyph corners[] = {Glyph::Check, Glyph::Clock, Glyph::Ring, Glyph::Exclamation};
            const QPointF centres[] = {{7, 7}, {17, 7}, {7, 17}, {17, 17}};
            p.setPen(Qt::NoPen);
            for (int i = 0; i < 4; ++i) {
                p.setBrush(forMode(glyphColor(corners[i]), mode));
                p.drawEllipse(centres[i], 4.6, 4.6);
            }
            break;
        }
        }
    }

    Glyph m_glyph;
};

QIcon iconOf(Glyph glyph)
{
    return QIcon(new StatusIconEngine(glyph));
}

} // namespace

QIcon trackedStatusIcon(TrackedStatus status)
{
    switch (status) {
    case TrackedStatus::NotStarted:
        return iconOf(Glyph::Ring);
    case TrackedStatus::InProgress:
        return iconOf(Glyph::Clock);
    case TrackedStatus::Done:
        return iconOf(Glyph::Check);
    case TrackedStatus::NotApplicable:
        return iconOf(Glyph::Dash);
    case TrackedStatus::Overdue:
        return iconOf(Glyph::Exclamation);
    case TrackedStatus::NotReported:
        return iconOf(Glyph::Question);
    }
    return {};
}

QIcon allStatusesIcon()
{
    return iconOf(Glyph::All);
}

QIcon progressStatusIcon(ProgressStatus status)
{
    switch (status) {
    case ProgressStatus::NotStarted:
        return trackedStatusIcon(TrackedStatus::NotStarted);
    case ProgressStatus::InProgress:
        return trackedStatusIcon(TrackedStatus::InProgress);
    case ProgressStatus::Done:
        return trackedStatusIcon(TrackedStatus::Done);
    case ProgressStatus::NotApplicable:
        return trackedStatusIcon(TrackedStatus::NotApplicable);
    }
    return {};
}

QIcon outcomeIcon(Outcome outcome)
{
    switch (outcome) {
    case Outcome::OnTime:
        return iconOf(Glyph::Check);
    case Outcome::Late:
        return iconOf(Glyph::LateCheck);
    case Outcome::InProgress:
        return iconOf(Glyph::Clock);
    case Outcome::Overdue:
        return iconOf(Glyph::Exclamation);
    }
    return {};
}

} // namespace ttcs::ui
