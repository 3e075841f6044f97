// The spokesperson lists imported so far, newest first: which file, when,
// how many rows, the file's SHA-256; an import can be undone from here
// and its refused rows written out again.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace ttcs::db {
class Database;
}

namespace ttcs::ui {

class ImportBatchModel;

class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(db::Database &db, QWidget *parent = nullptr);

    ImportBatchModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Undoes the batch without asking; the error, empty when it worked.
    QString undoBatch(qint64 batchId);
    void reload();

Q_SIGNALS:
    // The spokespersons changed (an import was undone).
    void changed();

private:
    qint64 selectedBatch() const;
    void updateButtons();
    void undoSelected();
    void saveRejected();

    db::Database &m_db;
    ImportBatchModel *m_model;
    QTableView *m_view;
    QPushButton *m_undo;
    QPushButton *m_rejects;
    QLabel *m_status;
};

} // namespace ttcs::ui
