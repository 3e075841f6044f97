// Plan and tasks: the task tree with the selected year's deadlines, the
// selected task in full, and every edit of the plan: add, edit, move,
// renumber and remove tasks, their units, their plan for the year, and
// starting a year from the previous one. Each edit goes on the undo stack.
#pragma once

#include "Page.h"

#include "db/TaskEditRepository.h"

class QAction;
class QLineEdit;
class QTextBrowser;
class QToolBar;
class QTreeView;
class QUndoStack;

namespace ttcs::ui {

class SortFilterProxy;
class TaskTreeModel;

class PlanPage final : public Page
{
    Q_OBJECT
public:
    explicit PlanPage(QUndoStack *undo, QWidget *parent = nullptr);
    QString title() const override { return tr("Plan and tasks"); }
    QString iconName() const override { return QStringLiteral(":/icons/nav/plan.png"); }

    QTreeView *view() const { return m_view; }
    TaskTreeModel *model() const { return m_model; }
    QToolBar *toolBar() const { return m_toolBar; }

    // The task shown as current (0: none), and choosing it.
    qint64 currentTaskId() const;
    void setCurrentTask(qint64 taskId);

    // The edits, as the actions run them once the dialogs are answered.
    // Each returns an error (empty when it worked) and pushes an undoable
    // command.
    QString addTask(const db::NewTask &task);
    QString updateTask(qint64 taskId, const db::TaskFields &fields, const QList<TaskRole> &roles);
    QString moveTask(qint64 taskId, qint64 newParentId, int position);
    QString removeTask(qint64 taskId);
    QString renumber();
    QString setYearPlan(qint64 taskId, const TaskYearPlan &plan);
    QString startYear();

protected:
    void reload() override;

private:
    void showCurrent();
    void updateActions();
    void pushTreeChange(const QString &text, const db::TaskTreeChange &change);

    void newTask(bool subTask);
    void editCurrent();
    void editYear();
    void removeCurrent();
    void moveCurrent(int by);
    void moveCurrentUnder();
    void confirmStartYear();

    QUndoStack *m_undo;
    TaskTreeModel *m_model;
    SortFilterProxy *m_proxy;
    QLineEdit *m_search;
    QToolBar *m_toolBar;
    QTreeView *m_view;
    QTextBrowser *m_detail;
    qint64 m_planId = 0;
    bool m_yearInPlan = false;
    QAction *m_add, *m_addSub, *m_edit, *m_year, *m_remove, *m_up, *m_down, *m_moveUnder,
        *m_renumber, *m_startYear;
};

} // namespace ttcs::ui
