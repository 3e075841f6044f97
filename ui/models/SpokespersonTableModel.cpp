#include "models/SpokespersonTableModel.h"

#include "SortFilterProxy.h"
#include "text/VietnameseText.h"

namespace ttcs::ui {

SpokespersonTableModel::SpokespersonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SpokespersonTableModel::setPeople(const QList<Spokesperson> &people)
{
    beginResetModel();
    m_people = people;
    m_search.clear();
    m_search.reserve(m_people.size());
    for (const Spokesperson &p : std::as_const(m_people)) {
        m_search << text::fold(p.name + QLatin1Char(' ') + p.position + QLatin1Char(' ') + p.unitName
                               + QLatin1Char(' ') + p.phone + QLatin1Char(' ') + p.email);
    }
    endResetModel();
}

int SpokespersonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int SpokespersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpokespersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Spokesperson &p = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return p.name;
        case PositionColumn: return p.position;
        case UnitColumn: return p.unitName;
        case PhoneColumn: return p.phone;
        case EmailColumn: return p.email;
        }
        break;
    case SortKeyRole:
        if (index.column() == NameColumn)
            return text::personNameKey(p.name);
        return text::collationKey(data(index, Qt::DisplayRole).toString());
    case SearchTextRole: return m_search.at(index.row());
    case IdRole: return p.id;
    }
    return {};
}

QVariant SpokespersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn: return tr("Full name");
    case PositionColumn: return tr("Position");
    case UnitColumn: return tr("Unit");
    case PhoneColumn: return tr("Phone");
    case EmailColumn: return tr("Email");
    }
    return {};
}

} // namespace ttcs::ui
