#include "DocumentPreview.h"

#include "document/PageLayout.h"

#include <QPaintEvent>
#include <QPainter>

namespace ttcs::ui {

namespace {
constexpr int kGap = 16;
} // namespace

DocumentPreview::DocumentPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("documentPreview"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0x80, 0x80, 0x80));
    setPalette(pal);
}

DocumentPreview::~DocumentPreview() = default;

void DocumentPreview::setDocument(const document::Document &document)
{
    m_layout = std::make_unique<document::PageLayout>(document);
    updateHeight();
    update();
}

void DocumentPreview::clear()
{
    m_layout.reset();
    updateHeight();
    update();
}

int DocumentPreview::pageCount() const
{
    return m_layout ? m_layout->pageCount() : 0;
}

QSize DocumentPreview::sizeHint() const
{
    return {600, 800};
}

QRectF DocumentPreview::pageRect(int page) const
{
    // Every page is shown the width of the view less the gaps; a landscape
    // page is simply less tall.
    const double width = std::max(200, this->width() - 2 * kGap);
    auto heightOf = [&](int i) {
        const QSizeF s = m_layout->pageSizePoints(i);
        return width * s.height() / s.width();
    };
    double y = kGap;
    for (int i = 0; i < page; ++i)
        y += heightOf(i) + kGap;
    return {double(kGap), y, width, heightOf(page)};
}

void DocumentPreview::updateHeight()
{
    if (!m_layout || m_layout->pageCount() == 0) {
        setMinimumHeight(0);
        return;
    }
    const QRectF last = pageRect(m_layout->pageCount() - 1);
    setMinimumHeight(int(last.bottom()) + kGap);
}

void DocumentPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateHeight();
}

void DocumentPreview::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    if (!m_layout)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int i = 0; i < m_layout->pageCount(); ++i) {
        const QRectF r = pageRect(i);
        if (!r.intersects(event->rect()))
            continue;
        painter.fillRect(r.translated(3, 3), QColor(0, 0, 0, 60));
        painter.fillRect(r, Qt::white);
        painter.save();
        m_layout->paintPage(painter, i, r);
        painter.restore();
    }
}

} // namespace ttcs::ui
