#include "models/ProgressTableModel.h"

#include "SortFilterProxy.h"
#include "models/TaskTreeModel.h"
#include "text/VietnameseText.h"

#include <QColor>
#include <QLocale>

namespace ttcs::ui {

ProgressTableModel::ProgressTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProgressTableModel::setLines(const QList<ProgressLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

const ProgressLine *ProgressTableModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

int ProgressTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ProgressTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor ProgressTableModel::statusColor(TrackedStatus status)
{
    switch (status) {
    case TrackedStatus::Done:
        return QColor(0xc8, 0xe6, 0xc9); // green
    case TrackedStatus::InProgress:
        return QColor(0xff, 0xf9, 0xc4); // yellow
    case TrackedStatus::NotStarted:
        return QColor(0xff, 0xe0, 0xb2); // orange
    case TrackedStatus::Overdue:
        return QColor(0xff, 0xcd, 0xd2); // red
    case TrackedStatus::NotReported:
        return QColor(0xe0, 0xe0, 0xe0); // grey
    case TrackedStatus::NotApplicable:
        return QColor(0xe3, 0xf2, 0xfd); // blue
    }
    return {};
}

QString ProgressTableModel::groupOf(const QString &taskNumber)
{
    return taskNumber.section(QLatin1Char('.'), 0, 0);
}

QString ProgressTableModel::overviewOutcomeKey(const ProgressLine &line)
{
    if (line.status == TrackedStatus::NotReported)
        return trackedStatusKey(TrackedStatus::NotReported);
    return line.outcome ? outcomeKey(*line.outcome) : QString();
}

QVariant ProgressTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProgressLine &l = m_lines.at(index.row());
    const QString result = l.progress ? l.progress->result : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TaskColumn:
            return QString(l.taskNumber + QStringLiteral(". ") + l.taskTitle);
        case UnitColumn:
            return l.unitName;
        case StatusColumn:
            return trackedStatusLabel(l.status);
        case OutcomeColumn:
            return l.outcome ? outcomeLabel(*l.outcome) : QString();
        case DeadlineColumn:
            return l.deadline.isValid() ? QLocale().toString(l.deadline, QLocale::ShortFormat)
                                        : QString();
        case ResultColumn:
            return result;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TaskColumn)
            return QString(l.taskNumber + QStringLiteral(". ") + l.taskTitle);
        if (index.column() == ResultColumn)
            return result;
        return data(index, Qt::DisplayRole);
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn || index.column() == OutcomeColumn)
            return statusColor(l.status);
        break;
    case SortKeyRole:
        switch (index.column()) {
        case TaskColumn:
            return TaskTreeModel::numberSortKey(l.taskNumber);
        case StatusColumn:
            return QByteArray::number(int(l.status));
        case DeadlineColumn:
            return l.deadline.toString(Qt::ISODate).toUtf8();
        default:
            return text::collationKey(data(index, Qt::DisplayRole).toString());
        }
    case SearchTextRole:
        return text::fold(l.taskNumber + QLatin1Char(' ') + l.taskTitle + QLatin1Char(' ') +
                          l.unitName + QLatin1Char(' ') + result);
    case StatusKeyRole:
        return trackedStatusKey(l.status);
    case UnitNameRole:
        return l.unitName;
    case TaskGroupRole:
        return groupOf(l.taskNumber);
    case OverviewOutcomeRole:
        return overviewOutcomeKey(l);
    }
    return {};
}

QVariant ProgressTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case UnitColumn:
        return tr("Unit");
    case StatusColumn:
        return tr("Status");
    case OutcomeColumn:
        return tr("Outcome");
    case DeadlineColumn:
        return tr("Deadline");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

} // namespace ttcs::ui
