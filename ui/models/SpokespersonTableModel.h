// Spokespersons as a flat table.
#pragma once

#include "domain/Spokesperson.h"
#include "domain/Unit.h"

#include <QAbstractTableModel>
#include <QList>

namespace ttcs::ui {

class SpokespersonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PositionColumn,
        UnitColumn,
        PhoneColumn,
        EmailColumn,
        ServingColumn,
        ColumnCount
    };
    // For filtering: the kind of the person's unit ("department", …; "none"
    // when the file's unit matched none) and the district it lies in (the
    // district's id as text, empty outside districts).
    static constexpr int UnitKindRole = Qt::UserRole + 120;
    static constexpr int DistrictRole = Qt::UserRole + 121;

    explicit SpokespersonTableModel(QObject *parent = nullptr);

    // `units`: every unit, to know each person's kind of unit and district.
    void setPeople(const QList<Spokesperson> &people, const QList<Unit> &units = {});
    const Spokesperson *personAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Spokesperson> m_people;
    QList<QString> m_search; // folded text of each row, built once
    QList<QString> m_kinds;
    QList<QString> m_districts;
};

} // namespace ttcs::ui
