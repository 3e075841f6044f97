// Shows a document's pages as they will print: the same PageLayout that
// the PDF writer draws, scaled to the width of the view, one page under
// another.
//
// The spokesperson list of a large province runs to thousands of pages,
// which take seconds to read and lay out; so the document is made, laid out
// and its pages drawn on a thread of the preview's own, while the window
// goes on working and says that the preview is being prepared. A newer
// preparation drops the one under way, whose result is never shown.
//
// A layout stays on the thread that made it: its text is shaped with fonts
// that belong to that thread. The window receives the pages as pictures
// (QImage), drawn at the width they are shown, as they scroll into view.
#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace ttcs::document {
struct Document;
} // namespace ttcs::document

namespace ttcs::ui {

class PreviewWorker;
struct WantedPages;

// One preparation of the preview: what an export or a print waits for to
// have the document as it is (or is about to be) shown. Shared between the
// window and the threads that make or wait for the document.
class PreviewJob final
{
public:
    // True once a newer preparation (or closing the page) made this one
    // useless: the work that makes the document asks this between steps.
    bool isDropped() const { return m_dropped.load(); }
    // Waits until the document is made (or could not be, or the job was
    // dropped), asking `giveUp` every tenth of a second whether to stop
    // waiting; the document, or null with error() saying why (empty when
    // dropped or given up).
    std::shared_ptr<const document::Document>
    waitForDocument(const std::function<bool()> &giveUp = {}) const;
    // The document once made, null before or when it could not be.
    std::shared_ptr<const document::Document> document() const;
    QString error() const;
    bool isFinished() const;

    void drop();
    void finish(std::shared_ptr<const document::Document> document, const QString &error);

private:
    std::atomic<bool> m_dropped{false};
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    bool m_finished = false;
    std::shared_ptr<const document::Document> m_document;
    QString m_error;
};

// Makes the document on the preview's thread. It must own what it touches:
// copies of its inputs, its own database connection. It asks
// job.isDropped() between its steps and may then return anything.
using DocumentMaker = std::function<Result<document::Document>(const PreviewJob &job)>;

class DocumentPreview final : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentPreview(QWidget *parent = nullptr);
    // Drops the preparation under way and waits for the preview's thread,
    // which stops at the work's next check.
    ~DocumentPreview() override;

    // Makes the document with `make` on the preview's thread, lays it out
    // and shows it; until then the pages shown so far stay, greyed, under
    // "Preparing the preview…". A preparation under way is dropped.
    std::shared_ptr<const PreviewJob> prepare(DocumentMaker make);
    // Shows nothing; a preparation under way is dropped.
    void clear();

    // The preparation of what is shown or about to be: null after clear().
    std::shared_ptr<const PreviewJob> currentJob() const { return m_job; }
    bool isPreparing() const { return m_preparing; }
    // Pages of the document shown (the previous one while preparing).
    int pageCount() const { return int(m_pageSizes.size()); }
    // Pages drawn and kept for painting, at the width they are shown.
    int pagesDrawn() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    // The latest preparation has ended: its document is shown (`ok`), or
    // `error` says why it cannot be (empty when it was dropped by clear()).
    void prepared(bool ok, const QString &error);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void laidOut(quint64 generation, const QList<QSizeF> &pageSizes);
    void failed(quint64 generation, const QString &error);
    void pageDrawn(quint64 generation, int page, const QImage &image);
    double pageWidth() const;
    QRectF pageRect(int page) const;
    int pageAt(double y) const;
    void updateGeometryOfPages();
    void askForPages(int first, int last);
    void paintBusy(QPainter &painter);

    QThread *m_thread;
    PreviewWorker *m_worker;
    std::shared_ptr<WantedPages> m_wanted;
    std::shared_ptr<PreviewJob> m_job;
    // Of the latest preparation asked for, and of the pages shown.
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0;
    bool m_preparing = false;
    // The busy message shows only when preparing takes a while: a quick
    // one does not make the pages blink.
    bool m_showBusy = false;
    QTimer m_busyDelay;
    QList<QSizeF> m_pageSizes; // points
    QList<double> m_tops;      // pixels, from the widget's top
    QHash<int, QImage> m_images;
    QHash<int, int> m_asked; // page -> pixel width asked for
};

} // namespace ttcs::ui
