// The year's progress lines (task × involved unit) with the status and
// outcome computed for today, coloured the way the office reads them and
// each with its icon (see StatusIcons.h), so that they read apart without
// colour too.
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
        UnitNameRole,
        TaskGroupRole,      // the top-level task's number
        OverviewOutcomeRole // see overviewOutcomeKey()
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
    // What a status or an outcome means and, for the computed ones, how it
    // is worked out from the deadline and the dates; for tooltips and the
    // page's legend.
    static QString statusExplanation(TrackedStatus status);
    static QString outcomeExplanation(Outcome outcome);
    static QString noOutcomeExplanation();
    // "3.2.1" -> "3": the task group the overview counts a line under.
    static QString groupOf(const QString &taskNumber);
    // How the overview counts a line: "not_reported" when the unit has not
    // reported, otherwise its outcome key ("on_time", "late",
    // "in_progress", "overdue"), or empty when it has none.
    static QString overviewOutcomeKey(const ProgressLine &line);

private:
    QList<ProgressLine> m_lines;
};

} // namespace ttcs::ui
