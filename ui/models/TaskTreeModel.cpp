#include "models/TaskTreeModel.h"

#include "SortFilterProxy.h"
#include "text/VietnameseText.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QPalette>

namespace ttcs::ui {

TaskTreeModel::TaskTreeModel(QObject *parent)
    : NodeTreeModel(parent)
{}

void TaskTreeModel::setTasks(const QList<Task> &tasks, const QList<TaskInYear> &year)
{
    NodeTree tree;
    QHash<qint64, int> nodeOfTask;
    for (int i = 0; i < tasks.size(); ++i) {
        const Task &t = tasks.at(i);
        nodeOfTask.insert(t.id, tree.add(nodeOfTask.value(t.parentId, 0), i, t.id));
    }
    QHash<qint64, TaskInYear> byId;
    for (const TaskInYear &t : year)
        byId.insert(t.task.id, t);
    replaceTree(std::move(tree), [&] {
        m_tasks = tasks;
        m_year = std::move(byId);
    });
}

const Task *TaskTreeModel::taskAt(const QModelIndex &index) const
{
    const int item = itemAt(index);
    return item >= 0 ? &m_tasks.at(item) : nullptr;
}

const TaskInYear *TaskTreeModel::taskInYearAt(const QModelIndex &index) const
{
    const Task *t = taskAt(index);
    if (!t)
        return nullptr;
    const auto it = m_year.constFind(t->id);
    return it == m_year.cend() ? nullptr : &it.value();
}

QStringList TaskTreeModel::roleNames(int item, TaskRoleKind kind) const
{
    const Task &t = m_tasks.at(item);
    const auto it = m_year.constFind(t.id);
    if (it == m_year.cend())
        return t.roleNames(kind);
    QStringList names;
    for (const TaskRole &r : it->roles) {
        if (r.role == kind)
            names << r.name;
    }
    return names;
}

QString TaskTreeModel::otherUnits(int item) const
{
    QStringList parts;
    const QStringList implement = roleNames(item, TaskRoleKind::Implement);
    const QStringList coordinate = roleNames(item, TaskRoleKind::Coordinate);
    if (!implement.isEmpty())
        parts << tr("Implementing: %1").arg(implement.join(QStringLiteral("; ")));
    if (!coordinate.isEmpty())
        parts << tr("Coordinating: %1").arg(coordinate.join(QStringLiteral("; ")));
    return parts.join(QLatin1Char('\n'));
}

int TaskTreeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant TaskTreeModel::data(const QModelIndex &index, int role) const
{
    const int item = itemAt(index);
    if (item < 0)
        return {};
    const Task &t = m_tasks.at(item);
    const TaskInYear *y = taskInYearAt(index);
    const bool leftOut = y && !y->plan.planned;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return t.number;
        case TitleColumn: return t.title;
        case LeadColumn: return roleNames(item, TaskRoleKind::Lead).join(QStringLiteral("; "));
        case OtherUnitsColumn: return otherUnits(item);
        case TimeFrameColumn: return t.frequency ? frequencyLabel(*t.frequency) : QString();
        case DeadlineColumn:
            if (leftOut)
                return tr("Left out this year");
            if (y && y->deadline.isValid())
                return QLocale().toString(y->deadline, QLocale::ShortFormat);
            return QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return t.content;
        if (index.column() == TimeFrameColumn)
            return t.timeFrame;
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (leftOut)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (leftOut) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case SortKeyRole:
        if (index.column() == NumberColumn)
            return numberSortKey(t.number);
        if (index.column() == DeadlineColumn)
            return y ? y->deadline.toString(Qt::ISODate).toUtf8() : QByteArray();
        return text::collationKey(data(index, Qt::DisplayRole).toString());
    case SearchTextRole:
        return text::fold(t.number + QLatin1Char(' ') + t.title + QLatin1Char(' ') + t.content +
                          QLatin1Char(' ') +
                          roleNames(item, TaskRoleKind::Lead).join(QLatin1Char(' ')) +
                          QLatin1Char(' ') + otherUnits(item));
    case IdRole: return t.id;
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
    case DeadlineColumn: return tr("Deadline this year");
    }
    return {};
}

namespace {
const QString kTaskMime = QStringLiteral("application/x-ttcs-task-id");
}

Qt::ItemFlags TaskTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = NodeTreeModel::flags(index);
    if (!m_movable)
        return f;
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled;
    return f | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList TaskTreeModel::mimeTypes() const
{
    return {kTaskMime};
}

QMimeData *TaskTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (const Task *t = taskAt(i)) {
            auto *data = new QMimeData;
            data->setData(kTaskMime, QByteArray::number(t->id));
            return data;
        }
    }
    return nullptr;
}

bool TaskTreeModel::dropPlace(const QMimeData *data, int row, const QModelIndex &parent,
                              qint64 *taskId, qint64 *newParentId, int *position) const
{
    if (!m_movable || !data || !data->hasFormat(kTaskMime))
        return false;
    bool ok = false;
    *taskId = data->data(kTaskMime).toLongLong(&ok);
    const QModelIndex moved = indexOfKey(*taskId);
    if (!ok || !moved.isValid())
        return false;
    const QModelIndex target = parent.isValid() ? parent.siblingAtColumn(0) : QModelIndex();
    // Not into itself or one of its own sub-tasks.
    for (QModelIndex p = target; p.isValid(); p = p.parent()) {
        if (p == moved)
            return false;
    }
    const Task *parentTask = taskAt(target);
    *newParentId = parentTask ? parentTask->id : 0;
    *position = row;
    // The row counts the task itself when it stays under the same parent
    // and moves down; the repository counts without it.
    if (row >= 0 && moved.parent() == target && moved.row() < row)
        *position = row - 1;
    return true;
}

bool TaskTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                    const QModelIndex &parent) const
{
    qint64 id = 0, newParent = 0;
    int position = 0;
    return action == Qt::MoveAction && dropPlace(data, row, parent, &id, &newParent, &position);
}

bool TaskTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    qint64 id = 0, newParent = 0;
    int position = 0;
    if (action != Qt::MoveAction || !dropPlace(data, row, parent, &id, &newParent, &position))
        return false;
    Q_EMIT moveRequested(id, newParent, position);
    // Not accepted as a drop: the view must not take the rows away itself.
    return false;
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
