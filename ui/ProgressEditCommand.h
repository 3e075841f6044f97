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
                        const QString &text, std::function<void()> changed);

    void redo() override;
    void undo() override;
    // The error of the last redo or undo, empty when it worked.
    const QString &error() const { return m_error; }

private:
    void apply(const std::optional<Progress> &value);

    db::Database &m_db;
    db::ProgressKey m_key;
    std::optional<Progress> m_before;
    std::optional<Progress> m_after;
    std::function<void()> m_changed;
    QString m_error;
};

} // namespace ttcs::ui
