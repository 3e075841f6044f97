#include "import/ImportHistoryDialog.h"

#include "db/Database.h"
#include "db/ImportBatchRepository.h"
#include "import/ImportModels.h"
#include "import/SpokespersonImporter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ttcs::ui {

ImportHistoryDialog::ImportHistoryDialog(db::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new ImportBatchModel(this))
    , m_view(new QTableView(this))
    , m_undo(new QPushButton(tr("&Undo this import…"), this))
    , m_rejects(new QPushButton(tr("&Save rows not imported…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("importHistory"));
    setWindowTitle(tr("Import history"));
    m_view->setObjectName(QStringLiteral("importBatches"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(ImportBatchModel::FileColumn,
                                                     QHeaderView::Stretch);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    m_undo->setToolTip(tr("Take the selected import back: the people it added are removed, "
                          "those it changed or ended get their earlier values"));
    m_rejects->setToolTip(tr("Write the rows of the selected import that were not imported, "
                             "with the reason, as CSV or XLSX"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    buttons->addButton(m_rejects, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_rejects, &QPushButton::clicked, this, &ImportHistoryDialog::saveRejected);
    connect(m_view, &QTableView::activated, this, [this] { updateButtons(); });
    reload();
    resize(1000, 460);
}

void ImportHistoryDialog::reload()
{
    const qint64 selected = selectedBatch();
    auto batches =
        db::ImportBatchRepository(m_db).all(import::SpokespersonImporter::batchKind());
    m_model->setBatches(batches ? batches.value() : QList<db::ImportBatch>{});
    if (!batches)
        m_status->setText(batches.error());
    else if (batches->isEmpty())
        m_status->setText(tr("No list has been imported yet."));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportHistoryDialog::updateButtons, Qt::UniqueConnection);
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->batchAt(r)->id == selected)
            row = r;
    }
    if (m_model->rowCount() > 0)
        m_view->selectRow(row);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (c != ImportBatchModel::FileColumn)
            m_view->resizeColumnToContents(c);
    }
    updateButtons();
}

qint64 ImportHistoryDialog::selectedBatch() const
{
    const QModelIndex current = m_view->currentIndex();
    const db::ImportBatch *b = current.isValid() ? m_model->batchAt(current.row()) : nullptr;
    return b ? b->id : 0;
}

void ImportHistoryDialog::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const db::ImportBatch *b = current.isValid() ? m_model->batchAt(current.row()) : nullptr;
    m_undo->setEnabled(b && !b->isUndone() && !m_db.isReadOnly());
    m_rejects->setEnabled(b && b->summary.value(QStringLiteral("rejected")).toInt() > 0);
}

QString ImportHistoryDialog::undoBatch(qint64 batchId)
{
    const Status st = import::SpokespersonImporter(m_db).undo(batchId);
    if (!st.ok()) {
        m_status->setText(st.error());
        return st.error();
    }
    reload();
    m_status->setText(tr("Import %1 was undone.").arg(batchId));
    Q_EMIT changed();
    return {};
}

void ImportHistoryDialog::undoSelected()
{
    const QModelIndex current = m_view->currentIndex();
    const db::ImportBatch *b = current.isValid() ? m_model->batchAt(current.row()) : nullptr;
    if (!b || b->isUndone())
        return;
    const qint64 id = b->id;
    const auto answer = QMessageBox::question(
        this, tr("Undo this import"),
        tr("Undo the import of %1 (batch %2, %3)?\n\nThe %4 people it added are removed; the "
           "people it updated or ended get their earlier values back. The batch stays in the "
           "history, marked as undone.")
            .arg(b->fileName)
            .arg(id)
            .arg(QLocale().toString(b->importedAt.toLocalTime(), QLocale::ShortFormat))
            .arg(QLocale().toString(b->summary.value(QStringLiteral("imported")).toInt())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QString error = undoBatch(id);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Undo this import"), error);
}

void ImportHistoryDialog::saveRejected()
{
    const QModelIndex current = m_view->currentIndex();
    const db::ImportBatch *b = current.isValid() ? m_model->batchAt(current.row()) : nullptr;
    if (!b)
        return;
    const qint64 id = b->id;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save rows not imported"),
        QDir::home().filePath(QFileInfo(b->fileName).completeBaseName() +
                              tr("-not-imported") + QStringLiteral(".xlsx")),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    const Status st = import::SpokespersonImporter(m_db).writeRejects(id, path);
    m_status->setText(st.ok() ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path))
                              : st.error());
}

} // namespace ttcs::ui
