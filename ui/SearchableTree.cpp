#include "SearchableTree.h"

#include "SortFilterProxy.h"

#include <QLineEdit>
#include <QTreeView>

namespace ttcs::ui {

void setUpSearchableTree(QTreeView *view, const QString &name, SortFilterProxy *proxy,
                         QAbstractItemModel *model, int sortColumn, QLineEdit *search,
                         const QString &placeholder)
{
    proxy->setSourceModel(model);
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QObject::connect(search, &QLineEdit::textChanged, view, [view, proxy](const QString &text) {
        proxy->setSearchText(text);
        view->expandAll();
    });
}

void selectSourceRow(QTreeView *view, const SortFilterProxy *proxy, const QModelIndex &source)
{
    if (!source.isValid())
        return;
    const QModelIndex index = proxy->mapFromSource(source);
    view->setCurrentIndex(index);
    view->scrollTo(index);
}

} // namespace ttcs::ui
