#include "models/TaskTreeModel.h"

#include "SortFilterProxy.h"
#include "text/VietnameseText.h"

#include <QHash>

namespace ttcs::ui {

namespace {

QString otherUnits(const Task &t)
{
    QStringList parts;
    const QStringList coordinate = t.roleNames(TaskRoleKind::Coordinate);
    const QStringList implement = t.roleNames(TaskRoleKind::Implement);
    if (!implement.isEmpty())
        parts << TaskTreeModel::tr("Implementing: %1").arg(implement.join(QStringLiteral("; ")));
    if (!coordinate.isEmpty())
        parts << TaskTreeModel::tr("Coordinating: %1").arg(coordinate.join(QStringLiteral("; ")));
    return parts.join(QLatin1Char('\n'));
}

} // namespace

TaskTreeModel::TaskTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_nodes.append(Node{});
}

void TaskTreeModel::setTasks(const QList<Task> &tasks)
{
    beginResetModel();
    m_tasks = tasks;
    m_nodes.clear();
    m_nodes.append(Node{});
    QHash<qint64, int> nodeOfTask;
    for (int i = 0; i < m_tasks.size(); ++i) {
        const Task &t = m_tasks.at(i);
        const int parent = nodeOfTask.value(t.parentId, 0);
        Node n;
        n.task = i;
        n.parent = parent;
        n.row = int(m_nodes[parent].children.size());
        const int id = int(m_nodes.size());
        m_nodes[parent].children.append(id);
        m_nodes.append(n);
        nodeOfTask.insert(t.id, id);
    }
    endResetModel();
}

const TaskTreeModel::Node &TaskTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes.at(int(index.internalId())) : m_nodes.at(0);
}

const Task *TaskTreeModel::taskAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const Node &n = nodeOf(index);
    return n.task >= 0 ? &m_tasks.at(n.task) : nullptr;
}

QModelIndex TaskTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node &p = nodeOf(parent);
    return createIndex(row, column, quintptr(p.children.at(row)));
}

QModelIndex TaskTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node &n = nodeOf(child);
    if (n.parent <= 0)
        return {};
    return createIndex(m_nodes.at(n.parent).row, 0, quintptr(n.parent));
}

int TaskTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent).children.size());
}

int TaskTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TaskTreeModel::data(const QModelIndex &index, int role) const
{
    const Task *t = taskAt(index);
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return t->number;
        case TitleColumn: return t->title;
        case LeadColumn: return t->roleNames(TaskRoleKind::Lead).join(QStringLiteral("; "));
        case OtherUnitsColumn: return otherUnits(*t);
        case TimeFrameColumn:
            return t->frequency ? frequencyLabel(*t->frequency) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return t->content;
        if (index.column() == TimeFrameColumn)
            return t->timeFrame;
        return data(index, Qt::DisplayRole);
    case SortKeyRole:
        if (index.column() == NumberColumn)
            return numberSortKey(t->number);
        return text::collationKey(data(index, Qt::DisplayRole).toString());
    case SearchTextRole:
        return text::fold(t->number + QLatin1Char(' ') + t->title + QLatin1Char(' ') + t->content + QLatin1Char(' ')
                          + data(index.siblingAtColumn(LeadColumn), Qt::DisplayRole).toString() + QLatin1Char(' ')
                          + otherUnits(*t));
    case IdRole:
        return t->id;
    case Qt::FontRole:
        break;
    }
    return {};
}

QVariant TaskTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("No.");
    case TitleColumn: return tr("Task");
    case LeadColumn: return tr("Lead unit");
    case OtherUnitsColumn: return tr("Other units");
    case TimeFrameColumn: return tr("Time frame");
    }
    return {};
}

QByteArray TaskTreeModel::numberSortKey(const QString &number)
{
    QByteArray key;
    const QStringList parts = number.split(QLatin1Char('.'));
    for (const QString &p : parts) {
        bool ok = false;
        const int n = p.toInt(&ok);
        key += ok ? QByteArray::number(n).rightJustified(6, '0') : p.toUtf8();
        key += '.';
    }
    return key;
}

} // namespace ttcs::ui
