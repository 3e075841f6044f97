// Shows a document's pages as they will print: the same PageLayout that
// the PDF writer draws, scaled to the width of the view, one page under
// another.
#pragma once

#include <QWidget>

#include <memory>

namespace ttcs::document {
class PageLayout;
struct Document;
} // namespace ttcs::document

namespace ttcs::ui {

class DocumentPreview final : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentPreview(QWidget *parent = nullptr);
    ~DocumentPreview() override;

    void setDocument(const document::Document &document);
    void clear();
    int pageCount() const;
    const document::PageLayout *layout() const { return m_layout.get(); }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRectF pageRect(int page) const;
    void updateHeight();

    std::unique_ptr<document::PageLayout> m_layout;
};

} // namespace ttcs::ui
