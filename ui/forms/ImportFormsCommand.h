// An import of progress forms as an undoable command. It is pushed after
// the import was written (so a failed import never reaches the undo
// stack): the first redo does nothing, undo takes the import batches back,
// a later redo writes the rows again.
#pragma once

#include "import/ProgressFormImporter.h"

#include <QUndoCommand>

#include <functional>

namespace ttcs::ui {

class ImportFormsCommand final : public QUndoCommand
{
public:
    // `changed` runs after every undo and redo with the error, empty when
    // it worked.
    ImportFormsCommand(db::Database &db, QList<import::ProgressFormFile> files,
                       import::ProgressImportOutcome written,
                       std::function<void(const QString &)> changed);

    void redo() override;
    void undo() override;

private:
    db::Database &m_db;
    QList<import::ProgressFormFile> m_files;
    import::ProgressImportOutcome m_outcome;
    std::function<void(const QString &)> m_changed;
    bool m_written = true;
};

} // namespace ttcs::ui
