#include "ProgressEditCommand.h"

namespace ttcs::ui {

ProgressEditCommand::ProgressEditCommand(db::Database &db, const db::ProgressKey &key,
                                         std::optional<Progress> before,
                                         std::optional<Progress> after, const QString &text,
                                         std::function<void(const QString &error)> changed)
    : QUndoCommand(text)
    , m_db(db)
    , m_key(key)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{}

void ProgressEditCommand::apply(const std::optional<Progress> &value)
{
    auto previous = db::ProgressRepository(m_db).put(m_key, value);
    if (!previous.ok())
        setObsolete(true);
    if (m_changed)
        m_changed(previous.ok() ? QString() : previous.error());
}

void ProgressEditCommand::redo()
{
    apply(m_after);
}

void ProgressEditCommand::undo()
{
    apply(m_before);
}

} // namespace ttcs::ui
