// The plan's tasks as a tree (1, 3 › 3.1 …) with their number, title, lead
// and other units and time frame.
#pragma once

#include "domain/Task.h"

#include <QAbstractItemModel>
#include <QList>

namespace ttcs::ui {

class TaskTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, LeadColumn, OtherUnitsColumn, TimeFrameColumn, ColumnCount };

    explicit TaskTreeModel(QObject *parent = nullptr);

    // `tasks` in plan order, parents before children.
    void setTasks(const QList<Task> &tasks);
    const Task *taskAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A sort key in which "3.10" comes after "3.9".
    static QByteArray numberSortKey(const QString &number);

private:
    struct Node
    {
        int task = -1;   // index in m_tasks, -1 for the root
        int parent = -1; // index in m_nodes
        int row = 0;     // row under its parent
        QList<int> children;
    };
    const Node &nodeOf(const QModelIndex &index) const;

    QList<Task> m_tasks;
    QList<Node> m_nodes; // m_nodes[0] is the root
};

} // namespace ttcs::ui
