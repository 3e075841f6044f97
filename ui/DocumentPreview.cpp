#include "DocumentPreview.h"

#include "document/Document.h"
#include "document/PageLayout.h"

#include <QPaintEvent>
#include <QPainter>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace ttcs::ui {

namespace {
constexpr int kGap = 16;
// Pages drawn beyond those in view, so that scrolling finds them ready.
constexpr int kDrawAhead = 2;
// Pictures of pages kept at most; those far from the view go first.
constexpr int kKeptPages = 24;
} // namespace

// --- PreviewJob -------------------------------------------------------------

std::shared_ptr<const document::Document>
PreviewJob::waitForDocument(const std::function<bool()> &giveUp) const
{
    std::unique_lock lock(m_mutex);
    while (!m_finished && !m_dropped.load()) {
        if (giveUp && giveUp())
            return nullptr;
        m_changed.wait_for(lock, std::chrono::milliseconds(100));
    }
    return m_document;
}

std::shared_ptr<const document::Document> PreviewJob::document() const
{
    const std::lock_guard lock(m_mutex);
    return m_document;
}

QString PreviewJob::error() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

bool PreviewJob::isFinished() const
{
    const std::lock_guard lock(m_mutex);
    return m_finished;
}

void PreviewJob::drop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_dropped = true;
    }
    m_changed.notify_all();
}

void PreviewJob::finish(std::shared_ptr<const document::Document> document, const QString &error)
{
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_document = std::move(document);
        m_error = error;
    }
    m_changed.notify_all();
}

// --- the preview's thread -----------------------------------------------------

// The pages in view (and a little beyond), set by the window as it paints:
// a page asked for and scrolled away from before its turn is not drawn.
struct WantedPages
{
    std::atomic<quint64> generation{0};
    std::atomic<int> first{0};
    std::atomic<int> last{-1};

    bool wants(quint64 g, int page) const
    {
        return g == generation.load() && page >= first.load() && page <= last.load();
    }
};

// Lives on the preview's thread; the layout it holds never leaves it.
class PreviewWorker final : public QObject
{
    Q_OBJECT
public:
    explicit PreviewWorker(std::shared_ptr<const WantedPages> wanted)
        : m_wanted(std::move(wanted))
    {}

    void build(quint64 generation, const std::shared_ptr<PreviewJob> &job,
               const DocumentMaker &make)
    {
        // Only one layout at a time: the pages of a list of 100,000 people
        // take hundreds of megabytes.
        m_layout.reset();
        m_generation = 0;
        if (job->isDropped())
            return;
        Result<document::Document> made = make(*job);
        if (job->isDropped())
            return;
        if (!made) {
            job->finish(nullptr, made.error());
            Q_EMIT failed(generation, made.error());
            return;
        }
        auto doc = std::make_shared<const document::Document>(std::move(made).value());
        auto layout =
            std::make_unique<document::PageLayout>(*doc, [&job] { return job->isDropped(); });
        if (layout->stopped())
            return;
        QList<QSizeF> sizes;
        sizes.reserve(layout->pageCount());
        for (int i = 0; i < layout->pageCount(); ++i)
            sizes.append(layout->pageSizePoints(i));
        m_layout = std::move(layout);
        m_generation = generation;
        job->finish(std::move(doc), QString());
        Q_EMIT laidOut(generation, sizes);
    }

    void draw(quint64 generation, int page, const QSize &pixels, qreal ratio)
    {
        if (generation != m_generation || !m_layout || page >= m_layout->pageCount() ||
            !m_wanted->wants(generation, page))
            return;
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        m_layout->paintPage(painter, page, QRectF(QPointF(0, 0), QSizeF(pixels)));
        painter.end();
        image.setDevicePixelRatio(ratio);
        Q_EMIT drawn(generation, page, image);
    }

    void forget()
    {
        m_layout.reset();
        m_generation = 0;
    }

Q_SIGNALS:
    void laidOut(quint64 generation, const QList<QSizeF> &pageSizes);
    void failed(quint64 generation, const QString &error);
    void drawn(quint64 generation, int page, const QImage &image);

private:
    std::shared_ptr<const WantedPages> m_wanted;
    std::unique_ptr<document::PageLayout> m_layout;
    quint64 m_generation = 0;
};

// --- DocumentPreview -----------------------------------------------------------

DocumentPreview::DocumentPreview(QWidget *parent)
    : QWidget(parent)
    , m_thread(new QThread(this))
    , m_wanted(std::make_shared<WantedPages>())
{
    setObjectName(QStringLiteral("documentPreview"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0x80, 0x80, 0x80));
    setPalette(pal);

    m_thread->setObjectName(QStringLiteral("documentPreview"));
    m_worker = new PreviewWorker(m_wanted);
    m_worker->moveToThread(m_thread);
    // The worker, and the layout with it, goes on its own thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PreviewWorker::laidOut, this, &DocumentPreview::laidOut);
    connect(m_worker, &PreviewWorker::failed, this, &DocumentPreview::failed);
    connect(m_worker, &PreviewWorker::drawn, this, &DocumentPreview::pageDrawn);
    m_thread->start();

    m_busyDelay.setSingleShot(true);
    m_busyDelay.setInterval(150);
    connect(&m_busyDelay, &QTimer::timeout, this, [this] {
        m_showBusy = m_preparing;
        update();
    });
}

DocumentPreview::~DocumentPreview()
{
    if (m_job)
        m_job->drop();
    m_wanted->generation = 0;
    m_thread->quit();
    m_thread->wait();
}

std::shared_ptr<const PreviewJob> DocumentPreview::prepare(DocumentMaker make)
{
    if (m_job)
        m_job->drop();
    m_job = std::make_shared<PreviewJob>();
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, job = m_job, make = std::move(make)] {
            worker->build(generation, job, make);
        },
        Qt::QueuedConnection);
    m_preparing = true;
    if (!m_busyDelay.isActive() && !m_showBusy)
        m_busyDelay.start();
    update();
    return m_job;
}

void DocumentPreview::clear()
{
    const bool wasPreparing = m_preparing;
    if (m_job)
        m_job->drop();
    m_job.reset();
    ++m_generation; // what is still on its way is not shown
    m_shownGeneration = 0;
    m_wanted->generation = 0;
    m_preparing = false;
    m_showBusy = false;
    m_busyDelay.stop();
    m_pageSizes.clear();
    m_images.clear();
    m_asked.clear();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->forget(); }, Qt::QueuedConnection);
    updateGeometryOfPages();
    update();
    if (wasPreparing)
        Q_EMIT prepared(false, QString());
}

void DocumentPreview::laidOut(quint64 generation, const QList<QSizeF> &pageSizes)
{
    if (generation != m_generation)
        return; // overtaken by a newer preparation
    m_preparing = false;
    m_showBusy = false;
    m_busyDelay.stop();
    m_shownGeneration = generation;
    m_wanted->generation = generation;
    m_pageSizes = pageSizes;
    m_images.clear();
    m_asked.clear();
    updateGeometryOfPages();
    update();
    Q_EMIT prepared(true, QString());
}

void DocumentPreview::failed(quint64 generation, const QString &error)
{
    if (generation != m_generation)
        return;
    m_preparing = false;
    m_showBusy = false;
    m_busyDelay.stop();
    m_shownGeneration = 0;
    m_wanted->generation = 0;
    m_pageSizes.clear();
    m_images.clear();
    m_asked.clear();
    updateGeometryOfPages();
    update();
    Q_EMIT prepared(false, error);
}

void DocumentPreview::pageDrawn(quint64 generation, int page, const QImage &image)
{
    if (generation != m_shownGeneration || page >= pageCount())
        return;
    if (m_asked.value(page) == image.width())
        m_asked.remove(page);
    m_images.insert(page, image);
    if (m_images.size() > kKeptPages) {
        // Forget the pictures farthest from what is in view.
        const int centre = (m_wanted->first.load() + m_wanted->last.load()) / 2;
        QList<int> pages = m_images.keys();
        std::sort(pages.begin(), pages.end(),
                  [centre](int a, int b) { return std::abs(a - centre) > std::abs(b - centre); });
        for (int i = 0; i < int(pages.size()) - kKeptPages; ++i)
            m_images.remove(pages.at(i));
    }
    update(pageRect(page).toAlignedRect().adjusted(-1, -1, 1, 1));
}

int DocumentPreview::pagesDrawn() const
{
    const int width = int(std::lround(pageWidth() * devicePixelRatioF()));
    return int(std::count_if(m_images.cbegin(), m_images.cend(),
                             [width](const QImage &image) { return image.width() == width; }));
}

QSize DocumentPreview::sizeHint() const
{
    return {600, 800};
}

double DocumentPreview::pageWidth() const
{
    // Every page is shown the width of the view less the gaps; a landscape
    // page is simply less tall.
    return std::max(200, width() - 2 * kGap);
}

QRectF DocumentPreview::pageRect(int page) const
{
    const QSizeF s = m_pageSizes.at(page);
    const double width = pageWidth();
    return {double(kGap), m_tops.at(page), width, width * s.height() / s.width()};
}

int DocumentPreview::pageAt(double y) const
{
    // The last page starting at or above y.
    const auto it = std::upper_bound(m_tops.cbegin(), m_tops.cend(), y);
    return std::max(0, int(it - m_tops.cbegin()) - 1);
}

void DocumentPreview::updateGeometryOfPages()
{
    m_tops.clear();
    m_tops.reserve(m_pageSizes.size());
    const double width = pageWidth();
    double y = kGap;
    for (const QSizeF &s : std::as_const(m_pageSizes)) {
        m_tops.append(y);
        y += width * s.height() / s.width() + kGap;
    }
    setMinimumHeight(m_pageSizes.isEmpty() ? 0 : int(y));
}

void DocumentPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateGeometryOfPages();
}

void DocumentPreview::askForPages(int first, int last)
{
    m_wanted->first = std::max(0, first - kDrawAhead);
    m_wanted->last = std::min(pageCount() - 1, last + kDrawAhead);
    const qreal ratio = devicePixelRatioF();
    const int width = int(std::lround(pageWidth() * ratio));
    for (int i = m_wanted->first.load(); i <= m_wanted->last.load(); ++i) {
        if (m_images.value(i).width() == width || m_asked.value(i) == width)
            continue;
        m_asked.insert(i, width);
        const QRectF r = pageRect(i);
        const QSize pixels(width, int(std::lround(r.height() * ratio)));
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, generation = m_shownGeneration, i, pixels, ratio] {
                worker->draw(generation, i, pixels, ratio);
            },
            Qt::QueuedConnection);
    }
}

void DocumentPreview::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!m_pageSizes.isEmpty()) {
        const QRect area = event->rect();
        const int first = pageAt(area.top());
        int last = first;
        for (int i = first; i < pageCount(); ++i) {
            const QRectF r = pageRect(i);
            if (r.top() > area.bottom())
                break;
            last = i;
            painter.fillRect(r.translated(3, 3), QColor(0, 0, 0, 60));
            painter.fillRect(r, Qt::white);
            // A picture drawn for another width does until its own comes.
            const QImage image = m_images.value(i);
            if (!image.isNull())
                painter.drawImage(r, image);
        }
        if (!m_preparing) {
            // What is in view, not only what this paint covers.
            const QRect visible = visibleRegion().boundingRect();
            askForPages(pageAt(visible.top()), std::max(last, pageAt(visible.bottom())));
        }
    }
    if (m_preparing && m_showBusy)
        paintBusy(painter);
}

void DocumentPreview::paintBusy(QPainter &painter)
{
    // The pages of the previous choice stay in sight, greyed, under the
    // message, in the middle of the part of the preview in view.
    QRect visible = visibleRegion().boundingRect();
    if (visible.isEmpty())
        visible = rect();
    painter.fillRect(visible, QColor(0x80, 0x80, 0x80, 150));
    const QString text = tr("Preparing the preview…");
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    QRect box(0, 0, metrics.horizontalAdvance(text) + 48, metrics.height() + 32);
    box.moveCenter(visible.center());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid)));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace ttcs::ui

#include "DocumentPreview.moc"
