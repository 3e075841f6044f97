#include "EditCommand.h"

namespace ttcs::ui {

EditCommand::EditCommand(const QString &text, Step undo, Step redo, After after)
    : QUndoCommand(text)
    , m_undo(std::move(undo))
    , m_redo(std::move(redo))
    , m_after(std::move(after))
{}

void EditCommand::run(const Step &step)
{
    const QString error = step();
    if (!error.isEmpty())
        setObsolete(true); // QUndoStack drops it: it can no longer be applied
    if (m_after)
        m_after(error);
}

void EditCommand::undo()
{
    run(m_undo);
}

void EditCommand::redo()
{
    if (m_done) {
        m_done = false;
        if (m_after)
            m_after(QString());
        return;
    }
    run(m_redo);
}

} // namespace ttcs::ui
