// An edit of the database as an undoable command, built from two
// functions: one that makes the edit and one that takes it back (each
// through a repository, so each lands in the audit log). The edit is made
// once before the command goes on the stack: when it fails, nothing goes
// on the stack and the error comes back to the caller.
#pragma once

#include "domain/Result.h"

#include <QUndoCommand>

#include <functional>

class QUndoStack;
class QWidget;

namespace ttcs::ui {

class DbCommand final : public QUndoCommand
{
public:
    DbCommand(const QString &text, std::function<Status()> redo, std::function<Status()> undo,
              std::function<void()> changed);

    void redo() override;
    void undo() override;

    // Makes the edit of `command` and, when it worked, puts it on `stack`
    // (without making it twice); otherwise deletes it. Returns the error,
    // empty when it worked.
    static QString run(QUndoStack *stack, DbCommand *command);
    // run(), and the error in a message box titled `title` over `parent`.
    static QString run(QUndoStack *stack, DbCommand *command, QWidget *parent,
                       const QString &title);

    // The edit of one record from `before` to `after`: `write` stores a
    // version of it, `after` to make the edit and `before` to take it back.
    template<typename T, typename Write>
    static DbCommand *replacing(const QString &text, const T &before, const T &after,
                                Write write, std::function<void()> changed)
    {
        return new DbCommand(
            text, [write, after]() -> Status { return write(after); },
            [write, before]() -> Status { return write(before); }, std::move(changed));
    }

private:
    void apply(const std::function<Status()> &work);

    std::function<Status()> m_redo;
    std::function<Status()> m_undo;
    std::function<void()> m_changed;
    QString m_error;
    bool m_done = false; // made by run(); push() must not make it again
};

// A repository's answer as the Status the functions of a DbCommand return.
template<typename T>
Status statusOf(const Result<T> &result)
{
    return result ? Status{} : Status{Error{result.error()}};
}

} // namespace ttcs::ui
