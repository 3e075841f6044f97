// The dialogs that edit a task: its fields and standing units (TaskDialog),
// and its plan for one year (TaskYearDialog). Both edit units through a
// RolesEditor: lead, coordinating and implementing units or groups, chosen
// with the UnitPickerDialog.
#pragma once

#include "db/TaskEditRepository.h"
#include "domain/Task.h"
#include "domain/TaskYear.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace ttcs::db {
class Database;
}

namespace ttcs::ui {

class RolesEditor final : public QWidget
{
    Q_OBJECT
public:
    RolesEditor(db::Database &db, int year, QWidget *parent = nullptr);

    void setRoles(const QList<TaskRole> &roles);
    // Lead, then coordinating, then implementing, each in the order shown.
    QList<TaskRole> roles() const;
    QListWidget *list(TaskRoleKind kind) const;
    // Adds roles as if chosen in the picker (keeps out a unit already listed).
    void addRoles(TaskRoleKind kind, const QList<TaskRole> &roles);

private:
    void pick(TaskRoleKind kind);

    db::Database &m_db;
    int m_year;
    QListWidget *m_lists[3];
};

class TaskDialog final : public QDialog
{
    Q_OBJECT
public:
    // `task` null: a new task.
    TaskDialog(db::Database &db, int year, const Task *task, QWidget *parent = nullptr);

    db::TaskFields fields() const;
    QList<TaskRole> roles() const;
    RolesEditor *rolesEditor() const { return m_roles; }

    void accept() override;

private:
    QLineEdit *m_title;
    QPlainTextEdit *m_content;
    QComboBox *m_frequency;
    QLineEdit *m_timeFrame;
    QLineEdit *m_leadText;
    QLineEdit *m_coordinateText;
    QLineEdit *m_implementText;
    RolesEditor *m_roles;
};

class TaskYearDialog final : public QDialog
{
    Q_OBJECT
public:
    TaskYearDialog(db::Database &db, const TaskInYear &task, int year, QWidget *parent = nullptr);

    // The year's plan as entered; empty when it is invalid (see accept()).
    TaskYearPlan plan() const;

    void accept() override;

private:
    std::optional<qint64> budget(bool *ok) const;
    void updateEnabled();

    TaskInYear m_task;
    int m_year;
    QCheckBox *m_leftOut;
    QCheckBox *m_ownDeadline;
    QDateEdit *m_deadline;
    QLabel *m_deadlineHint;
    QPlainTextEdit *m_target;
    QPlainTextEdit *m_output;
    QLineEdit *m_budget;
    QCheckBox *m_ownRoles;
    RolesEditor *m_roles;
};

} // namespace ttcs::ui
