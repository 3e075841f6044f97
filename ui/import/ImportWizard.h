// The wizard that imports units' lists of spokespersons: the files, then
// for each file the sheet and its columns, the units that matched only
// approximately, the check of every row, the date of the list, and the
// summary. The file is read on a worker thread (it can be cancelled); the
// database is only written by the commit, in one transaction.
#pragma once

#include "import/SpokespersonImporter.h"
#include "sheet/Workbook.h"

#include <QSet>
#include <QWizard>

#include <optional>

namespace ttcs::db {
class Database;
}

namespace ttcs::ui {

class ImportWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilesPageId, LayoutPageId, UnitsPageId, CheckPageId, OptionsPageId, SummaryPageId };

    explicit ImportWizard(db::Database &db, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The file name patterns offered and accepted when dropped.
    static QStringList fileSuffixes();
    static bool isImportable(const QString &path);

    // Adds files to import (spreadsheets only; others are ignored).
    void addFiles(const QStringList &paths);
    QStringList files() const { return m_files; }
    // Takes a file not imported yet off the list.
    void removeFile(int index);
    bool isRemoved(int index) const { return m_removed.contains(index); }
    // The next file waiting to be imported, -1 when none.
    int nextPendingFile() const;

    // Reads file `index` and makes its first preview; the error, if any,
    // is also kept for the file's entry in the list.
    QString loadFile(int index);
    // Checks the file again with the current options (no new read).
    QString refreshPreview();
    // Types `edit` over sheet row `sheetRow` of the current file (an empty
    // edit gives the row back its cells) and checks the file again.
    QString setRowEdit(int sheetRow, const import::RowEdit &edit);
    import::RowEdit rowEdit(int sheetRow) const { return m_options.rowEdits.value(sheetRow); }
    // Counts the files read, so that pages know when their state belongs to
    // an earlier one.
    int loadCount() const { return m_loadCount; }
    // Writes the current preview to the database.
    QString commit();
    // Writes the refused rows of the current file, CSV or XLSX by the name.
    QString saveRejects(const QString &path) const;

    db::Database &database() const { return m_db; }
    const import::ImportPreview *preview() const
    {
        return m_preview ? &*m_preview : nullptr;
    }
    import::ImportOptions &options() { return m_options; }
    // The unit texts that matched no unit before the user chose any.
    const QList<import::UnknownUnit> &unknownUnits() const { return m_unknownUnits; }
    const import::ImportOutcome &outcome() const { return m_outcome; }
    int currentFile() const { return m_current; }
    QString fileError(int index) const { return m_errors.value(index); }
    qint64 fileBatch(int index) const { return m_batches.value(index); }
    // True when the columns came from a mapping remembered for this shape.
    bool mappingRemembered() const { return m_mappingRemembered; }
    // Every unit existing on the list's date, as (name, id), sorted.
    QList<QPair<QString, qint64>> unitChoices() const;

    // Remembers the current columns for files with the same header.
    void rememberMapping();
    static void forgetRememberedMappings();

Q_SIGNALS:
    void imported(qint64 batchId);
    void filesChanged();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    db::Database &m_db;
    QStringList m_files;
    QHash<int, QString> m_errors;  // file index -> why it was not imported
    QHash<int, qint64> m_batches;  // file index -> batch it was imported as
    QSet<int> m_removed;
    int m_current = -1;
    std::optional<sheet::Workbook> m_workbook;
    QString m_sha256;
    import::ImportOptions m_options;
    std::optional<import::ImportPreview> m_preview;
    QList<import::UnknownUnit> m_unknownUnits;
    import::ImportOutcome m_outcome;
    bool m_mappingRemembered = false;
    int m_loadCount = 0;
};

} // namespace ttcs::ui
