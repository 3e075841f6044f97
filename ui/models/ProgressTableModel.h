// The year's progress lines (task × involved unit) with the status and
// outcome computed for today, coloured the way the office reads them.
#pragma once

#include "domain/ProgressTracking.h"

#include <QAbstractTableModel>
#include <QList>

namespace ttcs::ui {

class ProgressTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TaskColumn,
        UnitColumn,
        StatusColumn,
        OutcomeColumn,
        DeadlineColumn,
        ResultColumn,
        ColumnCount
    };
    enum Roles
    {
        StatusKeyRole = Qt::UserRole + 200,
        UnitNameRole
    };

    explicit ProgressTableModel(QObject *parent = nullptr);

    void setLines(const QList<ProgressLine> &lines);
    const ProgressLine *lineAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QColor statusColor(TrackedStatus status);

private:
    QList<ProgressLine> m_lines;
};

} // namespace ttcs::ui
