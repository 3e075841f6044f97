#include "models/SpokespersonTableModel.h"

#include "SortFilterProxy.h"
#include "text/VietnameseText.h"

#include <QHash>
#include <QLocale>

namespace ttcs::ui {

SpokespersonTableModel::SpokespersonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SpokespersonTableModel::setPeople(const QList<Spokesperson> &people, const QList<Unit> &units)
{
    beginResetModel();
    m_people = people;
    m_search.clear();
    m_kinds.clear();
    m_districts.clear();
    m_search.reserve(m_people.size());
    QHash<qint64, const Unit *> byId;
    for (const Unit &u : units)
        byId.insert(u.id, &u);
    for (const Spokesperson &p : std::as_const(m_people)) {
        m_search << text::fold(p.name + QLatin1Char(' ') + p.position + QLatin1Char(' ') + p.unitName
                               + QLatin1Char(' ') + p.phone + QLatin1Char(' ') + p.email);
        const Unit *unit = byId.value(p.unitId);
        m_kinds << (unit ? unitKindKey(unit->kind) : QStringLiteral("none"));
        // A district's own people and those of its communes.
        QString district;
        for (const Unit *u = unit; u; u = byId.value(u->parentId)) {
            if (u->kind == UnitKind::District) {
                district = QString::number(u->id);
                break;
            }
            if (u->parentId == u->id)
                break;
        }
        m_districts << district;
    }
    endResetModel();
}

const Spokesperson *SpokespersonTableModel::personAt(int row) const
{
    return row >= 0 && row < m_people.size() ? &m_people.at(row) : nullptr;
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
        case ServingColumn: {
            const QString from = p.servingFrom.isValid()
                                     ? QLocale().toString(p.servingFrom, QLocale::ShortFormat)
                                     : QString();
            if (!p.servingTo.isValid())
                return from.isEmpty() ? QString() : tr("since %1").arg(from);
            return tr("%1 – %2").arg(from, QLocale().toString(p.servingTo, QLocale::ShortFormat));
        }
        }
        break;
    case SortKeyRole:
        if (index.column() == NameColumn)
            return text::personNameKey(p.name);
        if (index.column() == ServingColumn)
            return p.servingFrom.toString(Qt::ISODate).toLatin1();
        return text::collationKey(data(index, Qt::DisplayRole).toString());
    case SearchTextRole: return m_search.at(index.row());
    case IdRole: return p.id;
    case UnitKindRole: return m_kinds.value(index.row());
    case DistrictRole: return m_districts.value(index.row());
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
    case ServingColumn: return tr("Serving");
    }
    return {};
}

} // namespace ttcs::ui
