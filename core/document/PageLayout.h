// The pages of a Document, laid out once: paragraphs broken into lines
// (justified, first-line indent, spacing), tables split across pages with
// their header rows repeated, the header and signature blocks, the drawn
// lines and the page numbers (from page 2, centred in the top margin).
// The same pages go to a PDF (PdfWriter), a printer, or a preview widget:
//
//     PageLayout pages(document);
//     for (int i = 0; i < pages.pageCount(); ++i)
//         pages.paintPage(painter, i, targetRect);   // scaled to fit
//
// Needs a QGuiApplication (fonts). The layout keeps its own copy of the
// text; the Document may go away once it is built.
#pragma once

#include "Document.h"
#include "domain/Result.h"

#include <QPageLayout>
#include <QRectF>
#include <QSizeF>

#include <functional>
#include <memory>

class QPainter;
class QPagedPaintDevice;

namespace ttcs::document {

// Told of the pages done out of `total` as they are drawn; returns false to
// stop (the drawing then ends with an error).
using PageProgress = std::function<bool(int done, int total)>;

class PageLayout final
{
public:
    // The unit paintPage(QPainter&, int) paints in: 1/1200 inch.
    static constexpr double kDotsPerInch = 1200;

    explicit PageLayout(const Document &document);
    // The same, asking `shouldStop` every few dozen paragraphs whether to
    // go on: a layout of thousands of pages takes seconds, and one no
    // longer wanted is given up. Stopped, it has no pages and stopped()
    // is true.
    PageLayout(const Document &document, const std::function<bool()> &shouldStop);
    ~PageLayout();
    Q_DISABLE_COPY_MOVE(PageLayout)

    int pageCount() const;
    bool stopped() const;
    Orientation orientation(int page) const;
    // A4, portrait or landscape, in points (595 × 842 or 842 × 595).
    QSizeF pageSizePoints(int page) const;
    // A4 in the page's orientation with no margins: what a QPdfWriter or
    // QPrinter is given before the page is painted.
    QPageLayout pageLayout(int page) const;

    // Paints a page; the painter's unit is 1/1200 inch with the page's top
    // left corner at the origin (a QPdfWriter at resolution 1200).
    void paintPage(QPainter &painter, int page) const;
    // Paints a page scaled into `target` (in the painter's units), keeping
    // its proportions: a preview.
    void paintPage(QPainter &painter, int page, const QRectF &target) const;
    // Paints every page onto a PDF writer or a printer, setting each page's
    // size and orientation. `progress`, when given, is asked after each page
    // whether to go on.
    Status print(QPagedPaintDevice &device, const PageProgress &progress = {}) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ttcs::document
