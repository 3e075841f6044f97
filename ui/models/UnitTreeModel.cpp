#include "models/UnitTreeModel.h"

#include "SortFilterProxy.h"
#include "text/VietnameseText.h"

#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace ttcs::ui {

UnitTreeModel::UnitTreeModel(QObject *parent)
    : NodeTreeModel(parent)
{}

void UnitTreeModel::setUnits(const QList<Unit> &units)
{
    NodeTree tree;
    QHash<qint64, int> unitIndex;
    for (int i = 0; i < units.size(); ++i)
        unitIndex.insert(units.at(i).id, i);

    // Kind branches, in the order of allUnitKinds(), only those in use at the top.
    QHash<int, int> branchOfKind;
    for (UnitKind kind : allUnitKinds()) {
        const bool used = std::any_of(units.cbegin(), units.cend(), [&](const Unit &u) {
            return u.kind == kind && !unitIndex.contains(u.parentId);
        });
        if (used)
            branchOfKind.insert(int(kind), tree.add(0, -1, branchKey(kind)));
    }

    // Parents before children: place units breadth-first from the top.
    QHash<qint64, int> nodeOfUnit;
    QList<int> pending;
    for (int i = 0; i < units.size(); ++i)
        pending << i;
    while (!pending.isEmpty()) {
        QList<int> later;
        for (int i : std::as_const(pending)) {
            const Unit &u = units.at(i);
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
            nodeOfUnit.insert(u.id, tree.add(parentNode, i, u.id));
        }
        if (later.size() == pending.size()) {
            // A parent cycle in the data: show the rest under their kind.
            for (int i : std::as_const(later)) {
                const Unit &u = units.at(i);
                nodeOfUnit.insert(u.id, tree.add(branchOfKind.value(int(u.kind), 0), i, u.id));
            }
            break;
        }
        pending = later;
    }
    replaceTree(std::move(tree), [&] { m_units = units; });
}

const Unit *UnitTreeModel::unitAt(const QModelIndex &index) const
{
    const int item = itemAt(index);
    return item >= 0 ? &m_units.at(item) : nullptr;
}

int UnitTreeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const TreeNode &n = nodeOf(index);
    const Unit *u = unitAt(index);
    if (!u) {
        // A kind branch.
        const auto kind = UnitKind(-1 - n.key);
        if (index.column() != NameColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole: return tr("%1 (%2)").arg(unitKindLabel(kind)).arg(n.children.size());
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case SortKeyRole: return QByteArray::number(int(kind));
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
