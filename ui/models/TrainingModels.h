// The training classes of a year and the trainees of one class, as flat
// tables for the training page.
#pragma once

#include "domain/Training.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ttcs::ui {

class TrainingClassModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        DatesColumn,
        PlaceColumn,
        OrganiserColumn,
        PlannedColumn,
        TraineesColumn,
        ColumnCount
    };

    explicit TrainingClassModel(QObject *parent = nullptr);

    // `traineeCounts`: class id -> trainees on record.
    void setClasses(const QList<TrainingClass> &classes, const QHash<qint64, int> &traineeCounts);
    const TrainingClass *classAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "12/09 – 14/09/2024", or one date, or empty.
    static QString datesText(const TrainingClass &c);

private:
    QList<TrainingClass> m_classes;
    QHash<qint64, int> m_counts;
    QStringList m_search;
};

class TraineeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, UnitColumn, CategoryColumn, CompletedColumn, ColumnCount };
    // The category key (column 0), for SortFilterProxy::setRoleFilter.
    static constexpr int CategoryKeyRole = Qt::UserRole + 200;

    explicit TraineeTableModel(QObject *parent = nullptr);

    void setTrainees(const QList<Trainee> &trainees);
    const Trainee *traineeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Trainee> m_trainees;
    QStringList m_search;
};

// Trainees by category for a year: one row per category and a total row.
class TraineeTotalsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CategoryColumn, TraineesColumn, CompletedColumn, ColumnCount };

    explicit TraineeTotalsModel(QObject *parent = nullptr);

    void setTotals(const TraineeTotals &totals);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    TraineeTotals m_totals;
};

} // namespace ttcs::ui
