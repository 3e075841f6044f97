// Reports: pick a document and its year, see it as pages, export it to DOCX
// or PDF, print it, open the folder it went to.
#pragma once

#include "Page.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace ttcs::ui {

class DocumentPreview;

class ReportsPage final : public Page
{
    Q_OBJECT
public:
    enum Kind
    {
        AnnualPlan,
        MinistryReport,
        SpokespersonList,
        ReminderLetter
    };

    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;
    QString title() const override { return tr("Reports"); }
    QString iconName() const override { return QStringLiteral(":/icons/nav/reports.png"); }

    DocumentPreview *preview() const { return m_preview; }
    // Starts preparing the chosen document on the preview's thread; the
    // page says so until it shows. A preparation under way is dropped.
    void refresh();
    // Prepares the chosen document and waits for it, the window working
    // on; false with the reason shown when it cannot be made.
    bool rebuild();
    // Waits for the preparation under way, if any; false when the document
    // shown (or none) could not be made.
    bool waitForPreview();
    // Writes the current document as DOCX or PDF, or the spokesperson list
    // as XLSX or CSV, by the file's suffix, on a thread of its own behind a
    // progress dialog with Cancel; returns the error, empty on success.
    // Cancelled, nothing is written and `cancelled` (when given) is set.
    QString exportTo(const QString &path, bool *cancelled = nullptr);
    // Prints the current document on `printer` the same way.
    QString printTo(const std::shared_ptr<QPrinter> &printer, bool *cancelled = nullptr);

protected:
    void reload() override;

private:
    void exportDialog(const QString &format);
    void print();
    void updateControls();
    void editTexts();
    void previewPrepared(bool ok, const QString &error);

    QComboBox *m_kind;
    QSpinBox *m_number;
    QCheckBox *m_dated;
    QDateEdit *m_date;
    QDateEdit *m_asOf;
    QLabel *m_asOfLabel;
    QLabel *m_status;
    QPushButton *m_docx;
    QPushButton *m_pdf;
    QPushButton *m_xlsx;
    QPushButton *m_csv;
    QPushButton *m_print;
    QPushButton *m_openFolder;
    QPushButton *m_texts;
    QScrollArea *m_scroll;
    DocumentPreview *m_preview;
    QString m_lastFolder;
};

} // namespace ttcs::ui
