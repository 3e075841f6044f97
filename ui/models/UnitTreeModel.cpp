#include "models/UnitTreeModel.h"

#include "SortFilterProxy.h"
#include "text/VietnameseText.h"

#include <QFont>
#include <QHash>

namespace ttcs::ui {

UnitTreeModel::UnitTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_nodes.append(Node{});
}

void UnitTreeModel::setUnits(const QList<Unit> &units)
{
    beginResetModel();
    m_units = units;
    m_nodes.clear();
    m_nodes.append(Node{});

    auto addNode = [this](Node n) {
        const int id = int(m_nodes.size());
        n.row = int(m_nodes[n.parent].children.size());
        m_nodes[n.parent].children.append(id);
        m_nodes.append(n);
        return id;
    };

    QHash<qint64, int> unitIndex;
    for (int i = 0; i < m_units.size(); ++i)
        unitIndex.insert(m_units.at(i).id, i);

    // Kind branches, in the order of allUnitKinds(), only those in use at the top.
    QHash<int, int> branchOfKind;
    for (UnitKind kind : allUnitKinds()) {
        bool used = false;
        for (const Unit &u : m_units) {
            if (u.kind == kind && !unitIndex.contains(u.parentId)) {
                used = true;
                break;
            }
        }
        if (used) {
            Node n;
            n.kind = kind;
            n.parent = 0;
            branchOfKind.insert(int(kind), addNode(n));
        }
    }

    // Parents before children: place units breadth-first from the top.
    QHash<qint64, int> nodeOfUnit;
    QList<int> pending;
    for (int i = 0; i < m_units.size(); ++i)
        pending << i;
    while (!pending.isEmpty()) {
        QList<int> later;
        for (int i : std::as_const(pending)) {
            const Unit &u = m_units.at(i);
            int parentNode = -1;
            if (unitIndex.contains(u.parentId)) {
                if (!nodeOfUnit.contains(u.parentId)) {
                    later << i;
                    continue;
                }
                parentNode = nodeOfUnit.value(u.parentId);
            } else {
                parentNode = branchOfKind.value(int(u.kind));
            }
            Node n;
            n.unit = i;
            n.kind = u.kind;
            n.parent = parentNode;
            nodeOfUnit.insert(u.id, addNode(n));
        }
        if (later.size() == pending.size()) {
            // A parent cycle in the data: show the rest under their kind.
            for (int i : std::as_const(later)) {
                Node n;
                n.unit = i;
                n.kind = m_units.at(i).kind;
                n.parent = branchOfKind.value(int(n.kind), 0);
                nodeOfUnit.insert(m_units.at(i).id, addNode(n));
            }
            break;
        }
        pending = later;
    }
    endResetModel();
}

const UnitTreeModel::Node &UnitTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes.at(int(index.internalId())) : m_nodes.at(0);
}

const Unit *UnitTreeModel::unitAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const Node &n = nodeOf(index);
    return n.unit >= 0 ? &m_units.at(n.unit) : nullptr;
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(nodeOf(parent).children.at(row)));
}

QModelIndex UnitTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node &n = nodeOf(child);
    if (n.parent <= 0)
        return {};
    return createIndex(m_nodes.at(n.parent).row, 0, quintptr(n.parent));
}

int UnitTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent).children.size());
}

int UnitTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = nodeOf(index);
    const Unit *u = unitAt(index);
    if (!u) {
        // A kind branch.
        if (index.column() != NameColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole: return tr("%1 (%2)").arg(unitKindLabel(n.kind)).arg(n.children.size());
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case SortKeyRole: return QByteArray::number(int(n.kind));
        case SearchTextRole: return QString();
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return u->name;
        case ShortNameColumn: return u->shortName;
        case ValidColumn:
            if (u->validFrom.isValid() && u->validTo.isValid())
                return tr("%1 – %2").arg(QLocale().toString(u->validFrom, QLocale::ShortFormat),
                                         QLocale().toString(u->validTo, QLocale::ShortFormat));
            if (u->validFrom.isValid())
                return tr("since %1").arg(QLocale().toString(u->validFrom, QLocale::ShortFormat));
            if (u->validTo.isValid())
                return tr("until %1").arg(QLocale().toString(u->validTo, QLocale::ShortFormat));
            return QString();
        }
        break;
    case SortKeyRole:
        if (index.column() == ValidColumn)
            return u->validFrom.toString(Qt::ISODate).toUtf8();
        return text::collationKey(data(index, Qt::DisplayRole).toString());
    case SearchTextRole: return text::fold(u->name + QLatin1Char(' ') + u->shortName);
    case IdRole: return u->id;
    }
    return {};
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Unit");
    case ShortNameColumn: return tr("Short name");
    case ValidColumn: return tr("Exists");
    }
    return {};
}

} // namespace ttcs::ui
