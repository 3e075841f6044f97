#include "pages/ReportsPage.h"

#include "BackgroundTask.h"
#include "DocumentPreview.h"
#include "db/Database.h"
#include "document/AtomicFile.h"
#include "document/Document.h"
#include "document/DocxWriter.h"
#include "document/PageLayout.h"
#include "document/PdfWriter.h"
#include "report/AnnualPlanBuilder.h"
#include "report/MinistryReportBuilder.h"
#include "report/ReminderLetterBuilder.h"
#include "report/SpokespersonListBuilder.h"
#include "sheet/TableWriter.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace ttcs::ui {

ReportsPage::ReportsPage(QWidget *parent)
    : Page(parent)
    , m_kind(new QComboBox(this))
    , m_number(new QSpinBox(this))
    , m_dated(new QCheckBox(tr("Dated"), this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_asOfLabel(new QLabel(tr("List as of:"), this))
    , m_status(new QLabel(this))
    , m_docx(new QPushButton(tr("Export &DOCX…"), this))
    , m_pdf(new QPushButton(tr("Export &PDF…"), this))
    , m_xlsx(new QPushButton(tr("Export &XLSX…"), this))
    , m_csv(new QPushButton(tr("Export &CSV…"), this))
    , m_print(new QPushButton(tr("P&rint…"), this))
    , m_openFolder(new QPushButton(tr("Open &folder"), this))
    , m_texts(new QPushButton(tr("Edit report &texts…"), this))
    , m_scroll(new QScrollArea(this))
    , m_preview(new DocumentPreview(this))
{
    m_kind->setObjectName(QStringLiteral("documentKind"));
    // The longest title would otherwise push the form's labels out of the
    // side panel.
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(16);
    m_kind->addItem(tr("Annual implementation plan"), AnnualPlan);
    m_kind->addItem(tr("Report to the Ministry"), MinistryReport);
    m_kind->addItem(tr("Spokesperson list"), SpokespersonList);
    m_kind->addItem(tr("Reminder to units that have not reported"), ReminderLetter);
    m_number->setRange(0, 99999);
    m_number->setSpecialValueText(tr("draft (blank)"));
    m_number->setToolTip(tr("The document's number; 0 leaves it blank for a draft"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setEnabled(false);
    m_dated->setToolTip(
        tr("Without a date, the day and month are left blank for the signer to fill in"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("reportStatus"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Document:"), m_kind);
    form->addRow(tr("&Number:"), m_number);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dated);
    dateRow->addWidget(m_date, 1);
    form->addRow(tr("Date:"), dateRow);
    form->addRow(m_asOfLabel, m_asOf);

    auto *buttons = new QVBoxLayout;
    m_texts->setToolTip(
        tr("Shortcomings, next year's tasks and recommendations of the year's report"));
    m_docx->setToolTip(tr("Save the document for Word or LibreOffice, to edit before signing"));
    m_pdf->setToolTip(tr("Save the document as PDF, as it is shown here"));
    m_print->setToolTip(tr("Print the document (%1)")
                            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_openFolder->setToolTip(tr("Open the folder of the last exported file"));
    m_xlsx->setToolTip(tr("The list as a spreadsheet for Excel or LibreOffice"));
    m_csv->setToolTip(tr("The list as comma-separated text (UTF-8)"));
    for (QPushButton *b : {m_texts, m_docx, m_pdf, m_xlsx, m_csv, m_print, m_openFolder})
        buttons->addWidget(b);
    m_openFolder->setEnabled(false);

    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addLayout(buttons);
    side->addWidget(m_status);
    side->addStretch();
    auto *sideWidget = new QWidget(this);
    sideWidget->setLayout(side);
    // As wide as its fields need in the language shown (the date, in
    // Vietnamese, was cut at 300 pixels), the rest for the pages.
    sideWidget->setFixedWidth(std::max(300, sideWidget->sizeHint().width()));

    m_scroll->setWidget(m_preview);
    m_scroll->setWidgetResizable(true);
    m_scroll->setObjectName(QStringLiteral("previewScroll"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(sideWidget);
    layout->addWidget(m_scroll, 1);

    m_lastFolder = QSettings().value(QStringLiteral("reports/folder"), QDir::homePath()).toString();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        refresh();
    });
    connect(m_number, &QSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        refresh();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_docx, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("docx")); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("pdf")); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("xlsx")); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportDialog(QStringLiteral("csv")); });
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    // Ctrl+P prints while this page shows.
    auto *printAction = new QAction(this);
    printAction->setObjectName(QStringLiteral("printReport"));
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WindowShortcut); // only while the page shows
    connect(printAction, &QAction::triggered, this, &ReportsPage::print);
    addAction(printAction);
    connect(m_texts, &QPushButton::clicked, this, &ReportsPage::editTexts);
    connect(m_preview, &DocumentPreview::prepared, this, &ReportsPage::previewPrepared);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastFolder)); });
    updateControls();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::updateControls()
{
    const int kind = m_kind->currentData().toInt();
    const bool list = kind == SpokespersonList;
    m_asOf->setVisible(kind != AnnualPlan);
    m_asOfLabel->setVisible(kind != AnnualPlan);
    m_asOfLabel->setText(list ? tr("List as of:") : tr("Data as of:"));
    m_number->setEnabled(!list);
    m_texts->setVisible(kind == MinistryReport);
    m_xlsx->setVisible(list);
    m_csv->setVisible(list);
}

void ReportsPage::reload()
{
    // The list as of the end of the year, or today for the current year.
    QDate asOf(year(), 12, 31);
    if (asOf > QDate::currentDate())
        asOf = QDate::currentDate();
    const QSignalBlocker block(m_asOf);
    m_asOf->setDate(asOf);
    refresh();
}

namespace {

// Reads the chosen document's data through a connection of its own and
// builds the document: runs on the preview's thread.
Result<document::Document> makeDocument(const QString &path, int kind, int year, QDate asOf,
                                        const report::DocumentOptions &options,
                                        const PreviewJob &job)
{
    db::OpenOptions openOptions;
    openOptions.readOnly = true;
    auto own = db::Database::open(path, openOptions);
    if (!own)
        return Error{own.error()};
    db::Database &db = *own.value();
    // Each step is checked: a newer choice makes this one useless.
    auto dropped = [] {
        return Error{QString()};
    };
    if (job.isDropped())
        return dropped();
    // The data read, then the document built from them.
    const auto built = [&](auto data, auto build) -> Result<document::Document> {
        if (!data)
            return Error{data.error()};
        if (job.isDropped())
            return dropped();
        return build(data.value(), options);
    };
    switch (kind) {
    case ReportsPage::AnnualPlan:
        return built(report::loadAnnualPlanData(db, year), report::buildAnnualPlan);
    case ReportsPage::MinistryReport:
        return built(report::loadMinistryReportData(db, year, asOf), report::buildMinistryReport);
    case ReportsPage::ReminderLetter:
        return built(report::loadReminderData(db, year, asOf), report::buildReminderLetter);
    default:
        return built(report::loadSpokespersonList(db, asOf), report::buildSpokespersonList);
    }
}

} // namespace

void ReportsPage::refresh()
{
    if (!database()) {
        m_preview->clear();
        m_status->setText(tr("No database is open."));
        return;
    }
    report::DocumentOptions options;
    options.year = year();
    options.number = m_number->value();
    if (m_dated->isChecked())
        options.date = m_date->date();
    m_preview->prepare([path = database()->path(), kind = m_kind->currentData().toInt(),
                        year = year(), asOf = m_asOf->date(), options](const PreviewJob &job) {
        return makeDocument(path, kind, year, asOf, options, job);
    });
    m_status->setText(tr("Preparing the preview…"));
}

void ReportsPage::previewPrepared(bool ok, const QString &error)
{
    if (ok)
        m_status->setText(tr("%n page(s)", nullptr, m_preview->pageCount()));
    else if (!error.isEmpty())
        m_status->setText(error);
}

bool ReportsPage::rebuild()
{
    refresh();
    return waitForPreview();
}

bool ReportsPage::waitForPreview()
{
    if (m_preview->isPreparing()) {
        QEventLoop loop;
        connect(m_preview, &DocumentPreview::prepared, &loop, &QEventLoop::quit);
        // A newer choice made while waiting is waited for too: prepared()
        // comes only for the latest.
        loop.exec();
    }
    const auto job = m_preview->currentJob();
    return job && job->document();
}

QString ReportsPage::exportTo(const QString &path, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    // The file's bytes are made on a thread of their own, from a copy of the
    // document or, for a spreadsheet, through a connection of its own; they
    // are written here once the work has finished, so that Cancel leaves no
    // file behind.
    auto bytes = std::make_shared<std::optional<Result<QByteArray>>>();
    std::function<void(TaskProgress &)> work;
    const QString name = QFileInfo(path).fileName();
    if (const auto table = sheet::tableFormatForPath(path)) {
        if (m_kind->currentData().toInt() != SpokespersonList || !database())
            return tr("Only the spokesperson list can be saved as a spreadsheet.");
        work = [bytes, db = database()->path(), asOf = m_asOf->date(),
                xlsx = *table == sheet::TableFormat::Xlsx](TaskProgress &) {
            db::OpenOptions options;
            options.readOnly = true;
            auto own = db::Database::open(db, options);
            if (!own) {
                *bytes = Error{own.error()};
                return;
            }
            const auto data = report::loadSpokespersonList(*own.value(), asOf);
            if (!data) {
                *bytes = Error{data.error()};
                return;
            }
            const sheet::Table sheet = report::spokespersonSheet(data.value());
            *bytes = xlsx ? sheet::tableToXlsx(sheet) : Result<QByteArray>(sheet::tableToCsv(sheet));
        };
    } else {
        if (!m_preview->currentJob())
            refresh();
        const auto job = m_preview->currentJob();
        if (!job)
            return m_status->text();
        const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
        // The document as shown, or as it is being prepared: then the
        // work waits for it first, behind the same dialog.
        work = [bytes, pdf, job](TaskProgress &progress) {
            const auto shown = job->waitForDocument([&progress] { return progress.isCancelled(); });
            if (!shown) {
                if (!job->error().isEmpty())
                    *bytes = Error{job->error()};
                return;
            }
            const document::Document &doc = *shown;
            if (pdf) {
                *bytes = document::PdfWriter().render(
                    doc, [&progress](int done, int total) { return progress.report(done, total); });
            } else {
                *bytes = document::DocxWriter().render(doc);
            }
        };
    }
    if (runInBackground(this, tr("Export document"), tr("Writing %1…").arg(name), work) ==
        TaskEnd::Cancelled) {
        if (cancelled)
            *cancelled = true;
        return tr("Cancelled: %1 was not written.").arg(name);
    }
    if (!bytes->has_value())
        return tr("%1 could not be written.").arg(name);
    if (!bytes->value())
        return bytes->value().error();
    const Status st = document::writeFileAtomically(path, bytes->value().value());
    return st.ok() ? QString() : st.error();
}

void ReportsPage::exportDialog(const QString &format)
{
    QString base;
    switch (m_kind->currentData().toInt()) {
    case AnnualPlan:
        base = QStringLiteral("ke-hoach-truyen-thong-chinh-sach-%1").arg(year());
        break;
    case MinistryReport:
        base = QStringLiteral("bao-cao-truyen-thong-chinh-sach-%1").arg(year());
        break;
    case ReminderLetter:
        base = QStringLiteral("cong-van-don-doc-bao-cao-%1").arg(year());
        break;
    default:
        base = QStringLiteral("danh-sach-nguoi-phat-ngon-%1")
                   .arg(m_asOf->date().toString(Qt::ISODate));
        break;
    }
    QString filter = tr("Word documents (*.docx)");
    if (format == QLatin1String("pdf"))
        filter = tr("PDF documents (*.pdf)");
    else if (format == QLatin1String("xlsx"))
        filter = tr("Excel workbooks (*.xlsx)");
    else if (format == QLatin1String("csv"))
        filter = tr("CSV files (*.csv)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export document"), QDir(m_lastFolder).filePath(base + QLatin1Char('.') + format),
        filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    bool cancelled = false;
    const QString error = exportTo(path, &cancelled);
    if (cancelled) {
        m_status->setText(error);
        return;
    }
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Export document"), error);
        return;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    QSettings().setValue(QStringLiteral("reports/folder"), m_lastFolder);
    m_openFolder->setEnabled(true);
    m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ReportsPage::editTexts()
{
    if (!database())
        return;
    auto texts = report::loadReportTexts(*database(), year());
    if (!texts) {
        QMessageBox::critical(this, tr("Report texts"), texts.error());
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Report texts for %1").arg(year()));
    auto *form = new QFormLayout;
    auto *shortcomings = new QPlainTextEdit(texts->shortcomings, &dialog);
    auto *next = new QPlainTextEdit(texts->nextYearTasks, &dialog);
    auto *recommendations = new QPlainTextEdit(texts->recommendations, &dialog);
    for (QPlainTextEdit *e : {shortcomings, next, recommendations}) {
        e->setTabChangesFocus(true);
        e->setReadOnly(database()->isReadOnly());
    }
    form->addRow(tr("Shortcomings and causes:"), shortcomings);
    form->addRow(tr("Tasks for next year:"), next);
    form->addRow(tr("Recommendations:"), recommendations);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Save)->setEnabled(!database()->isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(
        tr("One paragraph per line. These texts are kept in the database for %1.").arg(year()),
        &dialog));
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(720, 560);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const report::ReportTexts changed{shortcomings->toPlainText().trimmed(),
                                      next->toPlainText().trimmed(),
                                      recommendations->toPlainText().trimmed()};
    const Status st = report::saveReportTexts(*database(), year(), changed);
    if (!st.ok()) {
        QMessageBox::critical(this, tr("Report texts"), st.error());
        return;
    }
    refresh();
}

void ReportsPage::print()
{
    if (!m_preview->currentJob())
        refresh();
    if (!m_preview->currentJob())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    bool cancelled = false;
    const QString error = printTo(printer, &cancelled);
    if (cancelled)
        m_status->setText(error);
    else if (!error.isEmpty())
        QMessageBox::critical(this, tr("Print"), error);
    else
        m_status->setText(tr("Sent to the printer."));
}

QString ReportsPage::printTo(const std::shared_ptr<QPrinter> &printer, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    if (!m_preview->currentJob())
        refresh();
    const auto job = m_preview->currentJob();
    if (!job)
        return m_status->text();
    // The pages are laid out again on the worker thread: the preview's
    // layout belongs to the preview's own. Printed to a file, they go to a scratch
    // file first, which replaces the chosen one only when all went well.
    const QString target = printer->outputFileName();
    auto scratch = std::make_shared<QTemporaryDir>();
    if (!target.isEmpty()) {
        if (!scratch->isValid())
            return tr("No scratch folder to print into: %1").arg(scratch->errorString());
        printer->setOutputFileName(scratch->filePath(QStringLiteral("print.pdf")));
    }
    auto result = std::make_shared<Status>(Error{tr("Printing did not finish.")});
    const QString label = m_preview->isPreparing()
                              ? tr("Preparing the document to print…")
                              : tr("Printing %n page(s)…", nullptr, m_preview->pageCount());
    const auto end = runInBackground(
        this, tr("Print"), label, [printer, scratch, result, job](TaskProgress &progress) {
            const auto doc = job->waitForDocument([&progress] { return progress.isCancelled(); });
            if (!doc) {
                if (!job->error().isEmpty())
                    *result = Error{job->error()};
                return; // nothing reached the printer
            }
            const document::PageLayout pages(*doc, [&progress] { return progress.isCancelled(); });
            if (progress.isCancelled())
                return; // nothing reached the printer
            *result = pages.print(*printer, [&progress, &printer](int done, int total) {
                if (progress.report(done, total))
                    return true;
                // Where the printer allows it, the pages drawn so far are
                // thrown away too.
                printer->abort();
                return false;
            });
        });
    if (end == TaskEnd::Cancelled) {
        if (cancelled)
            *cancelled = true;
        return tr("Printing cancelled.");
    }
    if (!result->ok())
        return result->error();
    if (!target.isEmpty()) {
        QFile printed(scratch->filePath(QStringLiteral("print.pdf")));
        if (!printed.open(QIODevice::ReadOnly))
            return tr("The printed file cannot be read: %1").arg(printed.errorString());
        const Status st = document::writeFileAtomically(target, printed.readAll());
        if (!st.ok())
            return st.error();
    }
    return {};
}

} // namespace ttcs::ui
