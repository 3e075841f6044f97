#include "pages/UnitsPage.h"

#include "SortFilterProxy.h"
#include "ViewState.h"
#include "db/Database.h"
#include "db/UnitRepository.h"
#include "models/UnitTreeModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace ttcs::ui {

UnitsPage::UnitsPage(QWidget *parent)
    : Page(parent)
    , m_model(new UnitTreeModel(this))
    , m_proxy(new SortFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search units (without diacritics is fine)"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("unitTree"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UnitTreeModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->resizeSection(UnitTreeModel::NameColumn, 420);
    m_view->header()->resizeSection(UnitTreeModel::ShortNameColumn, 160);
    rememberHeaderState(m_view->header(), QStringLiteral("unitTree"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        m_view->expandAll();
    });
}

void UnitsPage::reload()
{
    if (!database()) {
        m_model->setUnits({});
        return;
    }
    auto units = db::UnitRepository(*database()).existingIn(year());
    m_model->setUnits(units ? units.value() : QList<Unit>{});
    // Open the kinds, keep districts' communes folded.
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        m_view->expand(m_proxy->index(r, 0));
}

} // namespace ttcs::ui
