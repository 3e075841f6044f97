// Media-monitoring items as a flat table, newest first as read.
#pragma once

#include "domain/MediaItem.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace ttcs::ui {

class MediaTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        OutletColumn,
        TitleColumn,
        TopicColumn,
        SentimentColumn,
        UnitColumn,
        NoteColumn,
        LinkColumn,
        ColumnCount
    };
    // On column 0, for SortFilterProxy::setRoleFilter: the sentiment key
    // and the month ("1" to "12").
    static constexpr int SentimentKeyRole = Qt::UserRole + 210;
    static constexpr int MonthRole = Qt::UserRole + 211;

    explicit MediaTableModel(QObject *parent = nullptr);

    void setItems(const QList<MediaItem> &items);
    const MediaItem *itemAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MediaItem> m_items;
    QStringList m_search;
};

} // namespace ttcs::ui

namespace ttcs::ui {

// Items of a year by sentiment and month: a row per sentiment and a total
// row, a column per month and a total column.
class MonthSentimentModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit MonthSentimentModel(QObject *parent = nullptr);

    void setCounts(const QList<MonthSentiment> &months);
    // The sentiment of a row; null for the total row.
    static std::optional<Sentiment> sentimentOfRow(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int count(int row, int column) const;

    QList<MonthSentiment> m_months; // twelve, January first
};

} // namespace ttcs::ui
