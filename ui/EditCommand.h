// An edit that has already been made, as an undoable command: undo and redo
// each run a step through the repositories (so each lands in the audit log)
// and return an error, empty when it worked. The first redo, run by
// QUndoStack::push(), does nothing: the page made the edit itself and could
// tell the user at once when it was refused. A step that fails later (the
// data changed since) makes the command obsolete, and `after` gets the
// error to show; it is also how the page refreshes after every step.
#pragma once

#include <QUndoCommand>

#include <functional>

namespace ttcs::ui {

class EditCommand final : public QUndoCommand
{
public:
    using Step = std::function<QString()>;
    using After = std::function<void(const QString &error)>;

    EditCommand(const QString &text, Step undo, Step redo, After after);

    void undo() override;
    void redo() override;

private:
    void run(const Step &step);

    Step m_undo;
    Step m_redo;
    After m_after;
    bool m_done = true; // the edit has been made: the first redo is already done
};

} // namespace ttcs::ui
