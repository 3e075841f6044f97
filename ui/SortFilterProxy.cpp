#include "SortFilterProxy.h"

#include "text/VietnameseText.h"

namespace ttcs::ui {

SortFilterProxy::SortFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void SortFilterProxy::setSearchText(const QString &text)
{
    m_words = text::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void SortFilterProxy::setRoleFilter(int role, const QString &value)
{
    if (value.isEmpty())
        m_roleFilters.remove(role);
    else
        m_roleFilters.insert(role, value);
    invalidateFilter();
}

bool SortFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(SortKeyRole);
    const QVariant r = right.data(SortKeyRole);
    if (l.isValid() && r.isValid())
        return l.toByteArray() < r.toByteArray();
    return QSortFilterProxyModel::lessThan(left, right);
}

bool SortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    for (auto it = m_roleFilters.cbegin(); it != m_roleFilters.cend(); ++it) {
        if (idx.data(it.key()).toString() != it.value())
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = idx.data(SearchTextRole).toString();
    for (const QString &w : m_words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}

} // namespace ttcs::ui
