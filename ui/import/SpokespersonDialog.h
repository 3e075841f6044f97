// Editing one spokesperson by hand, and the edit as an undoable command of
// the main window's undo stack.
#pragma once

#include "db/SpokespersonRepository.h"

#include <QDialog>
#include <QUndoCommand>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace ttcs::db {
class Database;
}

namespace ttcs::ui {

class SpokespersonDialog final : public QDialog
{
    Q_OBJECT
public:
    SpokespersonDialog(db::Database &db, const db::SpokespersonRecord &record,
                       QWidget *parent = nullptr);

    // The record as edited (valid after accept()).
    const db::SpokespersonRecord &record() const { return m_record; }

    void accept() override;

private:
    db::SpokespersonRecord m_record;
    QLineEdit *m_name;
    QLineEdit *m_position;
    QComboBox *m_unit;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_decision;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_error;
};

class SpokespersonEditCommand final : public QUndoCommand
{
public:
    SpokespersonEditCommand(db::Database &db, db::SpokespersonRecord before,
                            db::SpokespersonRecord after,
                            std::function<void(const QString &error)> changed);

    void redo() override;
    void undo() override;
    const QString &error() const { return m_error; }

private:
    void apply(const db::SpokespersonRecord &record);

    db::Database &m_db;
    db::SpokespersonRecord m_before;
    db::SpokespersonRecord m_after;
    std::function<void(const QString &error)> m_changed;
    QString m_error;
};

} // namespace ttcs::ui
