// Units as a tree: one branch per kind, each unit under its parent when it
// has one (communes under their district).
#pragma once

#include "domain/Unit.h"
#include "models/NodeTreeModel.h"

#include <QList>

namespace ttcs::ui {

class UnitTreeModel final : public NodeTreeModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ShortNameColumn, ValidColumn, ColumnCount };

    explicit UnitTreeModel(QObject *parent = nullptr);

    void setUnits(const QList<Unit> &units);
    // The unit at `index`, null for a kind branch.
    const Unit *unitAt(const QModelIndex &index) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Kind branches have the key -1 - kind, units their id.
    static qint64 branchKey(UnitKind kind) { return -1 - qint64(kind); }

    QList<Unit> m_units;
};

} // namespace ttcs::ui
