// Editing the plan's tasks: add, edit, move, renumber and remove tasks and
// sub-tasks, and set the units or groups that lead, coordinate or carry
// them out. Numbers follow the tree ("3.1", "3.2" under "3"): every
// structural edit numbers the plan again in plan order.
//
// Each edit runs in one transaction with an audit entry and returns what it
// takes to undo it: update() and setRoles() return the previous value (set
// it again to undo); the structural edits return a TaskTreeChange, and
// revert(change) puts the tasks back exactly (ids, numbers, order, roles,
// years and progress of removed tasks) and returns the change that redoes
// it. An undo command keeps the change and swaps it on each undo and redo.
#pragma once

#include "domain/Progress.h"
#include "domain/Result.h"
#include "domain/Task.h"
#include "domain/TaskYear.h"

#include <QList>

#include <optional>

namespace ttcs::db {

class Database;

// What the user edits of a task, besides its place and roles.
struct TaskFields
{
    QString title;
    QString content;
    std::optional<Frequency> frequency;
    QString timeFrame;
    QString leadText, coordinateText, implementText;

    static TaskFields of(const Task &task);
    bool operator==(const TaskFields &o) const;
    bool operator!=(const TaskFields &o) const { return !(*this == o); }
};

struct NewTask
{
    qint64 planId = 0;   // 0: the parent's plan, or the latest plan
    qint64 parentId = 0; // 0: top level
    int position = -1;   // among the parent's sub-tasks; -1: last
    TaskFields fields;
    QList<TaskRole> roles;
};

// A task's place in the plan.
struct TaskPlace
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString number;
    int sortOrder = 0;
    bool operator==(const TaskPlace &o) const
    {
        return id == o.id && parentId == o.parentId && number == o.number &&
               sortOrder == o.sortOrder;
    }
};

// A task with everything that hangs on it.
struct TaskRecord
{
    Task task; // with its roles
    QList<TaskYearPlan> years;
    QList<Progress> progress;
};

struct TaskTreeChange
{
    qint64 planId = 0;
    qint64 taskId = 0;             // the task added, removed or moved; 0 for a renumbering
    QList<TaskPlace> layoutBefore; // every task of the plan, in plan order
    QList<TaskPlace> layoutAfter;
    QList<TaskRecord> removed; // tasks there before only, parents first
    QList<TaskRecord> added;   // tasks there after only, parents first
};

class TaskEditRepository final
{
public:
    explicit TaskEditRepository(Database &db);

    // The task with its roles, years and progress.
    Result<TaskRecord> record(qint64 taskId) const;
    // The places of the plan's tasks, in plan order.
    Result<QList<TaskPlace>> layout(qint64 planId) const;

    // Adds a task (change.taskId is its id). Refused under a task on which
    // progress has been reported.
    Result<TaskTreeChange> add(const NewTask &task);
    // Removes the task with its sub-tasks, roles, years and progress.
    Result<TaskTreeChange> remove(qint64 taskId);
    // Moves the task (with its sub-tasks) under `newParentId` (0: top
    // level) at `position` among its sub-tasks (-1: last).
    Result<TaskTreeChange> move(qint64 taskId, qint64 newParentId, int position);
    // Numbers the whole plan again from the tree.
    Result<TaskTreeChange> renumber(qint64 planId);
    // Undoes `change`; refused when the plan's tasks changed since.
    Result<TaskTreeChange> revert(const TaskTreeChange &change);

    // Sets the fields; returns the previous ones.
    Result<TaskFields> update(qint64 taskId, const TaskFields &fields);
    // Sets the standing roles, in order; returns the previous ones.
    Result<QList<TaskRole>> setRoles(qint64 taskId, const QList<TaskRole> &roles);

private:
    Database &m_db;
};

} // namespace ttcs::db
