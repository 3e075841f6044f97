// Spokespersons as a flat table.
#pragma once

#include "domain/Spokesperson.h"

#include <QAbstractTableModel>
#include <QList>

namespace ttcs::ui {

class SpokespersonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PositionColumn, UnitColumn, PhoneColumn, EmailColumn, ColumnCount };

    explicit SpokespersonTableModel(QObject *parent = nullptr);

    void setPeople(const QList<Spokesperson> &people);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Spokesperson> m_people;
    QList<QString> m_search; // folded text of each row, built once
};

} // namespace ttcs::ui
