#include "forms/ConflictModel.h"

namespace ttcs::ui {

ConflictModel::ConflictModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConflictModel::setFiles(const QList<import::ProgressFormFile> &files)
{
    beginResetModel();
    m_files = files;
    m_rows.clear();
    for (int f = 0; f < m_files.size(); ++f) {
        for (int c = 0; c < m_files.at(f).conflicts.size(); ++c)
            m_rows.append({f, c});
    }
    endResetModel();
}

import::ProgressFormRow *ConflictModel::rowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_files[m_rows.at(row).first].conflicts[m_rows.at(row).second];
}

const import::ProgressFormRow *ConflictModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_files.at(m_rows.at(row).first).conflicts.at(m_rows.at(row).second);
}

void ConflictModel::setAll(bool takeNew)
{
    for (int r = 0; r < m_rows.size(); ++r)
        rowAt(r)->takeNew = takeNew;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TakeColumn), index(int(m_rows.size()) - 1, TakeColumn),
                         {Qt::CheckStateRole});
}

int ConflictModel::takenCount() const
{
    int n = 0;
    for (int r = 0; r < m_rows.size(); ++r)
        n += rowAt(r)->takeNew ? 1 : 0;
    return n;
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictModel::describe(const std::optional<Progress> &p)
{
    if (!p)
        return tr("(nothing)");
    QStringList lines;
    lines << progressStatusLabel(p->status);
    if (!p->result.isEmpty())
        lines << p->result;
    for (auto it = p->figures.cbegin(); it != p->figures.cend(); ++it)
        lines << tr("%1: %2").arg(progressFigureLabel(it.key())).arg(it.value());
    if (p->completedOn.isValid())
        lines << tr("Completed on %1").arg(p->completedOn.toString(QStringLiteral("dd/MM/yyyy")));
    return lines.join(QLatin1Char('\n'));
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const import::ProgressFormRow *r = rowAt(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TaskColumn:
            return QString(r->taskNumber + QStringLiteral(". ") + r->taskTitle);
        case UnitColumn:
            return r->unitName;
        case OldColumn:
            return describe(r->before);
        case NewColumn:
            return describe(r->after);
        case TakeColumn:
            return r->takeNew ? tr("Form") : tr("On record");
        }
    }
    if (role == Qt::CheckStateRole && index.column() == TakeColumn)
        return r->takeNew ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignTop);
    return {};
}

bool ConflictModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != TakeColumn || role != Qt::CheckStateRole)
        return false;
    rowAt(index.row())->takeNew = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::DisplayRole});
    return true;
}

Qt::ItemFlags ConflictModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TakeColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case UnitColumn:
        return tr("Unit");
    case OldColumn:
        return tr("On record");
    case NewColumn:
        return tr("In the form");
    case TakeColumn:
        return tr("Use");
    }
    return {};
}

} // namespace ttcs::ui
