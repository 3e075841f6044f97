#include "DbCommand.h"

#include <QMessageBox>
#include <QUndoStack>

namespace ttcs::ui {

DbCommand::DbCommand(const QString &text, std::function<Status()> redo,
                     std::function<Status()> undo, std::function<void()> changed)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_changed(std::move(changed))
{}

void DbCommand::apply(const std::function<Status()> &work)
{
    const Status st = work();
    m_error = st.ok() ? QString() : st.error();
    // An edit that cannot be made again (someone changed the same rows
    // meanwhile) leaves the stack rather than staying there half done.
    if (!st.ok())
        setObsolete(true);
    if (m_changed)
        m_changed();
}

void DbCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    apply(m_redo);
}

void DbCommand::undo()
{
    apply(m_undo);
}

QString DbCommand::run(QUndoStack *stack, DbCommand *command)
{
    command->apply(command->m_redo);
    if (!command->m_error.isEmpty()) {
        const QString error = command->m_error;
        delete command;
        return error;
    }
    if (!stack) {
        delete command;
        return {};
    }
    command->m_done = true;
    stack->push(command);
    return {};
}

QString DbCommand::run(QUndoStack *stack, DbCommand *command, QWidget *parent,
                       const QString &title)
{
    const QString error = run(stack, command);
    if (!error.isEmpty())
        QMessageBox::critical(parent, title, error);
    return error;
}

} // namespace ttcs::ui
