#include "forms/ImportFormsCommand.h"

#include <QCoreApplication>

namespace ttcs::ui {

ImportFormsCommand::ImportFormsCommand(db::Database &db, QList<import::ProgressFormFile> files,
                                       import::ProgressImportOutcome written,
                                       std::function<void(const QString &)> changed)
    : m_db(db)
    , m_files(std::move(files))
    , m_outcome(std::move(written))
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("ttcs::ui::ImportFormsCommand",
                                        "Import of %n progress form(s)", nullptr,
                                        int(m_files.size())));
}

void ImportFormsCommand::redo()
{
    if (m_written)
        return; // pushed right after the import itself
    QString error;
    auto committed = import::ProgressFormImporter(m_db).commit(m_files);
    if (committed) {
        m_outcome = committed.value();
        m_written = true;
    } else {
        error = committed.error();
    }
    if (m_changed)
        m_changed(error);
}

void ImportFormsCommand::undo()
{
    QString error;
    import::ProgressFormImporter importer(m_db);
    for (auto it = m_outcome.batchIds.crbegin(); it != m_outcome.batchIds.crend(); ++it) {
        const Status st = importer.undo(*it);
        if (!st.ok()) {
            error = st.error();
            break;
        }
    }
    if (error.isEmpty())
        m_written = false;
    if (m_changed)
        m_changed(error);
}

} // namespace ttcs::ui
