// Sorts the Vietnamese way (collation keys given by the source model under
// SortKeyRole) and filters by text ignoring case and diacritics.
#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace ttcs::ui {

enum ItemRoles
{
    SortKeyRole = Qt::UserRole + 100, // QByteArray collation key
    SearchTextRole,                   // folded text of the whole row
    IdRole,
};

class SortFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SortFilterProxy(QObject *parent = nullptr);

    // Rows whose SearchTextRole contains every word of `text`, folded.
    void setSearchText(const QString &text);
    // Rows whose column-0 data under `role` equals `value` (empty: any).
    void setRoleFilter(int role, const QString &value);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QHash<int, QString> m_roleFilters;
};

} // namespace ttcs::ui
