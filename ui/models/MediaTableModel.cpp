#include "models/MediaTableModel.h"

#include "SortFilterProxy.h"
#include "text/VietnameseText.h"

#include <QBrush>
#include <QColor>

namespace ttcs::ui {

MediaTableModel::MediaTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MediaTableModel::setItems(const QList<MediaItem> &items)
{
    beginResetModel();
    m_items = items;
    m_search.clear();
    for (const MediaItem &m : std::as_const(m_items))
        m_search << text::fold(QStringList{m.outlet, m.platform, m.title, m.topic, m.link,
                                           m.unitName, m.actionTaken, sentimentLabel(m.sentiment)}
                                   .join(QLatin1Char(' ')));
    endResetModel();
}

const MediaItem *MediaTableModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int MediaTableModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_items.size(); ++r) {
        if (m_items.at(r).id == id)
            return r;
    }
    return -1;
}

int MediaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int MediaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MediaTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MediaItem &m = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn: return m.date.toString(QStringLiteral("dd/MM/yyyy"));
        case OutletColumn:
            return m.platform.isEmpty() || m.platform == m.outlet
                       ? m.outlet
                       : QStringLiteral("%1 (%2)").arg(m.outlet, m.platform);
        case TitleColumn: return m.title;
        case TopicColumn: return m.topic;
        case SentimentColumn: return sentimentLabel(m.sentiment);
        case UnitColumn: return m.unitName;
        case NoteColumn:
            if (m.falseInformation)
                return m.actionTaken.isEmpty()
                           ? tr("False information")
                           : tr("False information: %1").arg(m.actionTaken);
            return m.actionTaken;
        case LinkColumn: return m.link;
        }
        break;
    case Qt::ForegroundRole:
        // Red and green read at a glance; the text says it too.
        if (index.column() == SentimentColumn) {
            if (m.sentiment == Sentiment::Negative)
                return QBrush(QColor(0xb0, 0x1c, 0x1c));
            if (m.sentiment == Sentiment::Positive)
                return QBrush(QColor(0x1b, 0x6e, 0x2a));
        }
        break;
    case SortKeyRole:
        switch (index.column()) {
        case DateColumn:
            return QByteArray(m.date.toString(Qt::ISODate).toLatin1() +
                              QByteArray::number(m.id + 1000000000));
        case SentimentColumn: return QByteArray::number(int(m.sentiment));
        default: return text::collationKey(data(index, Qt::DisplayRole).toString());
        }
    case SearchTextRole: return m_search.at(index.row());
    case IdRole: return m.id;
    case SentimentKeyRole: return sentimentKey(m.sentiment);
    case MonthRole: return QString::number(m.date.month());
    }
    return {};
}

QVariant MediaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case DateColumn: return tr("Date");
    case OutletColumn: return tr("Outlet");
    case TitleColumn: return tr("Title");
    case TopicColumn: return tr("Topic or task");
    case SentimentColumn: return tr("Sentiment");
    case UnitColumn: return tr("Related unit");
    case NoteColumn: return tr("Action taken, note");
    case LinkColumn: return tr("Link");
    }
    return {};
}

} // namespace ttcs::ui

namespace ttcs::ui {

MonthSentimentModel::MonthSentimentModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MonthSentimentModel::setCounts(const QList<MonthSentiment> &months)
{
    beginResetModel();
    m_months = months;
    endResetModel();
}

std::optional<Sentiment> MonthSentimentModel::sentimentOfRow(int row)
{
    if (row >= 0 && row < allSentiments().size())
        return allSentiments().at(row);
    return std::nullopt;
}

int MonthSentimentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(allSentiments().size()) + 1;
}

int MonthSentimentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 13;
}

int MonthSentimentModel::count(int row, int column) const
{
    int n = 0;
    for (const MonthSentiment &m : m_months) {
        if (column < 12 && m.month != column + 1)
            continue;
        const std::optional<Sentiment> s = sentimentOfRow(row);
        if (!s)
            n += m.total();
        else if (*s == Sentiment::Positive)
            n += m.positive;
        else if (*s == Sentiment::Neutral)
            n += m.neutral;
        else
            n += m.negative;
    }
    return n;
}

QVariant MonthSentimentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const int n = count(index.row(), index.column());
        return n ? QString::number(n) : QStringLiteral("–");
    }
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        if (sentimentOfRow(index.row()) == Sentiment::Negative &&
            count(index.row(), index.column()) > 0)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        break;
    }
    return {};
}

QVariant MonthSentimentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section == 12)
            return tr("Year");
        return tr("M%1", "a month's column, short").arg(section + 1);
    }
    const std::optional<Sentiment> s = sentimentOfRow(section);
    return s ? sentimentLabel(*s) : tr("All");
}

} // namespace ttcs::ui
