#include "models/TrainingModels.h"

#include "SortFilterProxy.h"
#include "text/VietnameseText.h"

#include <QFont>
#include <QLocale>

namespace ttcs::ui {

// ---- classes ----------------------------------------------------------------

TrainingClassModel::TrainingClassModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TrainingClassModel::setClasses(const QList<TrainingClass> &classes,
                                    const QHash<qint64, int> &traineeCounts)
{
    beginResetModel();
    m_classes = classes;
    m_counts = traineeCounts;
    m_search.clear();
    for (const TrainingClass &c : std::as_const(m_classes))
        m_search << text::fold(c.title + QLatin1Char(' ') + c.place + QLatin1Char(' ') +
                               c.organiserName);
    endResetModel();
}

const TrainingClass *TrainingClassModel::classAt(int row) const
{
    return row >= 0 && row < m_classes.size() ? &m_classes.at(row) : nullptr;
}

int TrainingClassModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_classes.size(); ++r) {
        if (m_classes.at(r).id == id)
            return r;
    }
    return -1;
}

int TrainingClassModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_classes.size());
}

int TrainingClassModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrainingClassModel::datesText(const TrainingClass &c)
{
    const QString full = QStringLiteral("dd/MM/yyyy");
    if (c.startDate.isValid() && c.endDate.isValid() && c.startDate != c.endDate) {
        const QString first = c.startDate.year() == c.endDate.year()
                                  ? c.startDate.toString(QStringLiteral("dd/MM"))
                                  : c.startDate.toString(full);
        return first + QStringLiteral(" – ") + c.endDate.toString(full);
    }
    if (c.startDate.isValid())
        return c.startDate.toString(full);
    if (c.endDate.isValid())
        return c.endDate.toString(full);
    return {};
}

QVariant TrainingClassModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TrainingClass &c = m_classes.at(index.row());
    const int trainees = m_counts.value(c.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return c.title;
        case DatesColumn: return datesText(c);
        case PlaceColumn: return c.place;
        case OrganiserColumn: return c.organiserName;
        case PlannedColumn: return c.plannedSize ? QLocale().toString(*c.plannedSize) : QString();
        case TraineesColumn: return QLocale().toString(trainees);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TraineesColumn && c.plannedSize && trainees > *c.plannedSize)
            return tr("More trainees than planned");
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == PlannedColumn || index.column() == TraineesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortKeyRole:
        switch (index.column()) {
        case DatesColumn:
            return c.startDate.isValid() ? c.startDate.toString(Qt::ISODate).toLatin1()
                                         : QByteArray("9999");
        case PlannedColumn:
            return QByteArray::number(c.plannedSize.value_or(-1) + 1000000);
        case TraineesColumn: return QByteArray::number(trainees + 1000000);
        default: return text::collationKey(data(index, Qt::DisplayRole).toString());
        }
    case SearchTextRole: return m_search.at(index.row());
    case IdRole: return c.id;
    }
    return {};
}

QVariant TrainingClassModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TitleColumn: return tr("Class");
    case DatesColumn: return tr("Dates");
    case PlaceColumn: return tr("Place");
    case OrganiserColumn: return tr("Organiser");
    case PlannedColumn: return tr("Planned");
    case TraineesColumn: return tr("Trainees");
    }
    return {};
}

// ---- trainees ---------------------------------------------------------------

TraineeTableModel::TraineeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TraineeTableModel::setTrainees(const QList<Trainee> &trainees)
{
    beginResetModel();
    m_trainees = trainees;
    m_search.clear();
    for (const Trainee &t : std::as_const(m_trainees))
        m_search << text::fold(t.name + QLatin1Char(' ') + t.unitText + QLatin1Char(' ') +
                               traineeCategoryLabel(t.category));
    endResetModel();
}

const Trainee *TraineeTableModel::traineeAt(int row) const
{
    return row >= 0 && row < m_trainees.size() ? &m_trainees.at(row) : nullptr;
}

int TraineeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trainees.size());
}

int TraineeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraineeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Trainee &t = m_trainees.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: return t.name;
        case UnitColumn: return t.unitText;
        case CategoryColumn: return traineeCategoryLabel(t.category);
        case CompletedColumn: return t.completed ? tr("Completed") : tr("Not completed");
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == CompletedColumn)
            return t.completed ? Qt::Checked : Qt::Unchecked;
        break;
    case SortKeyRole:
        switch (index.column()) {
        case NameColumn: return text::personNameKey(t.name);
        case CategoryColumn: return QByteArray::number(int(t.category));
        case CompletedColumn: return QByteArray(t.completed ? "1" : "0");
        default: return text::collationKey(t.unitText);
        }
    case SearchTextRole: return m_search.at(index.row());
    case IdRole: return t.id;
    case CategoryKeyRole: return traineeCategoryKey(t.category);
    }
    return {};
}

QVariant TraineeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn: return tr("Full name");
    case UnitColumn: return tr("Unit");
    case CategoryColumn: return tr("Category");
    case CompletedColumn: return tr("Completed");
    }
    return {};
}

// ---- totals -----------------------------------------------------------------

TraineeTotalsModel::TraineeTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TraineeTotalsModel::setTotals(const TraineeTotals &totals)
{
    beginResetModel();
    m_totals = totals;
    endResetModel();
}

int TraineeTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(allTraineeCategories().size()) + 1;
}

int TraineeTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraineeTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool totalRow = index.row() == allTraineeCategories().size();
    switch (role) {
    case Qt::DisplayRole: {
        if (index.column() == CategoryColumn)
            return totalRow ? tr("Total")
                            : traineeCategoryLabel(allTraineeCategories().at(index.row()));
        TraineeCount n;
        if (totalRow) {
            n.trainees = m_totals.trainees();
            n.completed = m_totals.completed();
        } else {
            n = m_totals.byCategory.value(allTraineeCategories().at(index.row()));
        }
        return QLocale().toString(index.column() == TraineesColumn ? n.trainees : n.completed);
    }
    case Qt::TextAlignmentRole:
        if (index.column() != CategoryColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (totalRow) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    }
    return {};
}

QVariant TraineeTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case CategoryColumn: return tr("Category");
    case TraineesColumn: return tr("Trainees");
    case CompletedColumn: return tr("Completed");
    }
    return {};
}

} // namespace ttcs::ui
