// Units as a tree: one branch per kind, each unit under its parent when it
// has one (communes under their district).
#pragma once

#include "domain/Unit.h"

#include <QAbstractItemModel>
#include <QList>

namespace ttcs::ui {

class UnitTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ShortNameColumn, ValidColumn, ColumnCount };

    explicit UnitTreeModel(QObject *parent = nullptr);

    void setUnits(const QList<Unit> &units);
    // The unit at `index`, null for a kind branch.
    const Unit *unitAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        int unit = -1; // index in m_units; -1 for the root and kind branches
        UnitKind kind = UnitKind::Other;
        int parent = -1;
        int row = 0;
        QList<int> children;
    };
    const Node &nodeOf(const QModelIndex &index) const;

    QList<Unit> m_units;
    QList<Node> m_nodes;
};

} // namespace ttcs::ui
