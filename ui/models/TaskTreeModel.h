// The plan's tasks as a tree (1, 3 › 3.1 …) with their number, title, lead
// and other units, time frame and, when the year's plan is given, the
// year's deadline (tasks left out that year are shown greyed).
#pragma once

#include "domain/Task.h"
#include "domain/TaskYear.h"
#include "models/NodeTreeModel.h"

#include <QHash>
#include <QList>

namespace ttcs::ui {

class TaskTreeModel final : public NodeTreeModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        LeadColumn,
        OtherUnitsColumn,
        TimeFrameColumn,
        DeadlineColumn,
        ColumnCount
    };

    explicit TaskTreeModel(QObject *parent = nullptr);

    // `tasks` in plan order, parents before children; `year`: the same
    // tasks as planned in one year (may be empty), whose roles and deadline
    // are shown instead of the standing ones.
    void setTasks(const QList<Task> &tasks, const QList<TaskInYear> &year = {});
    const Task *taskAt(const QModelIndex &index) const;
    // The task as planned in the year, null when no year was given for it.
    const TaskInYear *taskInYearAt(const QModelIndex &index) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Drag and drop of one task within the tree: a drop changes nothing
    // here but asks for the move (moveRequested), which the page makes as
    // an undoable edit and shows by reloading the model.
    void setMovable(bool movable) { m_movable = movable; }
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // `position` among the new parent's sub-tasks once the task is taken
    // out of its place (-1: last), as TaskEditRepository::move() wants it.
    void moveRequested(qint64 taskId, qint64 newParentId, int position);

public:

    // A sort key in which "3.10" comes after "3.9".
    static QByteArray numberSortKey(const QString &number);

private:
    QStringList roleNames(int item, TaskRoleKind kind) const;
    QString otherUnits(int item) const;

    // Where a drop of `data` would put the task, or false when it cannot go there.
    bool dropPlace(const QMimeData *data, int row, const QModelIndex &parent, qint64 *taskId,
                   qint64 *newParentId, int *position) const;

    QList<Task> m_tasks;
    QHash<qint64, TaskInYear> m_year;
    bool m_movable = false;
};

} // namespace ttcs::ui
