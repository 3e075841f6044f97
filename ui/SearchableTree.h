// The tree of a page that lists a hierarchy (tasks, units): a search line
// above it and a sorting proxy between it and its model.
#pragma once

class QAbstractItemModel;
class QLineEdit;
class QModelIndex;
class QString;
class QTreeView;

namespace ttcs::ui {

class SortFilterProxy;

// `view` (named `name`) shows `model` through `proxy`, read-only, sorted by
// `sortColumn`. The words typed in `search` filter it, and the whole tree
// opens so that every match shows.
void setUpSearchableTree(QTreeView *view, const QString &name, SortFilterProxy *proxy,
                         QAbstractItemModel *model, int sortColumn, QLineEdit *search,
                         const QString &placeholder);

// Makes the row of `source` (an index of the proxy's model) current and
// scrolls to it; nothing when it is not valid.
void selectSourceRow(QTreeView *view, const SortFilterProxy *proxy, const QModelIndex &source);

} // namespace ttcs::ui
