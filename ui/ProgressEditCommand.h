// One progress edit as an undoable command: redo stores the new row, undo
// puts the previous one back, both through ProgressRepository (so each lands
// in the audit log).
#pragma once

#include "db/ProgressRepository.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace ttcs::ui {

class ProgressEditCommand final : public QUndoCommand
{
public:
    ProgressEditCommand(db::Database &db, const db::ProgressKey &key,
                        std::optional<Progress> before, std::optional<Progress> after,
                        const QString &text, std::function<void(const QString &error)> changed);

    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<Progress> &value);

    db::Database &m_db;
    db::ProgressKey m_key;
    std::optional<Progress> m_before;
    std::optional<Progress> m_after;
    // Told after each redo and undo, with the error or an empty text. A
    // command whose edit failed is made obsolete, and QUndoStack deletes it
    // inside push(): its caller learns of the failure here, not from the
    // command afterwards.
    std::function<void(const QString &error)> m_changed;
};

} // namespace ttcs::ui
