#include "models/ProgressTableModel.h"

#include "SortFilterProxy.h"
#include "StatusIcons.h"
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

QString ProgressTableModel::statusExplanation(TrackedStatus status)
{
    switch (status) {
    case TrackedStatus::NotStarted:
        return tr("The unit reported that it has not started; the deadline has not passed, or "
                  "the task has none.");
    case TrackedStatus::InProgress:
        return tr("The unit reported the work under way; the deadline has not passed, or the "
                  "task has none.");
    case TrackedStatus::Done:
        return tr("The unit reported the task done; the outcome tells whether it was done by "
                  "the deadline.");
    case TrackedStatus::NotApplicable:
        return tr("The unit reported that the task did not arise for it this year.");
    case TrackedStatus::Overdue:
        return tr("Worked out, not typed: not started or in progress, and the deadline has "
                  "passed (the deadline day itself is still in time).");
    case TrackedStatus::NotReported:
        return tr("Worked out, not typed: the unit has sent no report on this task for the "
                  "year.");
    }
    return {};
}

QString ProgressTableModel::outcomeExplanation(Outcome outcome)
{
    switch (outcome) {
    case Outcome::OnTime:
        return tr("Done by the deadline (the completion date, else the date reported), or done "
                  "on a task without a deadline.");
    case Outcome::Late:
        return tr("Done after the deadline (the completion date, else the date reported).");
    case Outcome::InProgress:
        return tr("Not done yet; the deadline has not passed, or the task has none.");
    case Outcome::Overdue:
        return tr("Not done, or not reported, and the deadline has passed.");
    }
    return {};
}

QString ProgressTableModel::noOutcomeExplanation()
{
    return tr("No outcome: the task did not arise for the unit, or it is continuous work "
              "without a deadline of its own that year.");
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

namespace {

// A tooltip paragraph: rich text, so that Qt wraps the long lines.
QString explained(const QString &label, const QString &explanation)
{
    return label.isEmpty() ? QStringLiteral("<p>%1</p>").arg(explanation.toHtmlEscaped())
                           : QStringLiteral("<p><b>%1</b>: %2</p>")
                                 .arg(label.toHtmlEscaped(), explanation.toHtmlEscaped());
}

} // namespace

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
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return trackedStatusIcon(l.status);
        if (index.column() == OutcomeColumn && l.outcome)
            return outcomeIcon(*l.outcome);
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return explained(trackedStatusLabel(l.status), statusExplanation(l.status));
        if (index.column() == OutcomeColumn)
            return l.outcome ? explained(outcomeLabel(*l.outcome), outcomeExplanation(*l.outcome))
                             : explained(QString(), noOutcomeExplanation());
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
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        // The header's tooltip is the column's legend.
        QString legend;
        if (section == StatusColumn) {
            for (TrackedStatus s : allTrackedStatuses())
                legend += explained(trackedStatusLabel(s), statusExplanation(s));
        } else if (section == OutcomeColumn) {
            legend += explained(QString(), tr("As the Government Office's task-tracking system "
                                              "counts it, from the deadline and the dates."));
            for (Outcome o : allOutcomes())
                legend += explained(outcomeLabel(o), outcomeExplanation(o));
        }
        return legend.isEmpty() ? QVariant() : QVariant(legend);
    }
    if (role != Qt::DisplayRole)
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
