#include "pages/SpokespersonsPage.h"

#include "SortFilterProxy.h"
#include "ViewState.h"
#include "db/Database.h"
#include "db/SpokespersonRepository.h"
#include "models/SpokespersonTableModel.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace ttcs::ui {

SpokespersonsPage::SpokespersonsPage(QWidget *parent)
    : Page(parent)
    , m_model(new SpokespersonTableModel(this))
    , m_proxy(new SortFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_search->setPlaceholderText(
        tr("Search by name, unit, phone or email (without diacritics is fine)"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("spokespersonTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SpokespersonTableModel::UnitColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->resizeSection(SpokespersonTableModel::NameColumn, 200);
    m_view->horizontalHeader()->resizeSection(SpokespersonTableModel::PositionColumn, 200);
    m_view->horizontalHeader()->resizeSection(SpokespersonTableModel::UnitColumn, 260);
    m_view->horizontalHeader()->setStretchLastSection(true);
    rememberHeaderState(m_view->horizontalHeader(), QStringLiteral("spokespersonTable"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
}

void SpokespersonsPage::reload()
{
    if (!database()) {
        m_model->setPeople({});
        updateCount();
        return;
    }
    // The list as it stood at the end of the year (today for the current year).
    QDate asOf(year(), 12, 31);
    if (asOf > QDate::currentDate() && year() == QDate::currentDate().year())
        asOf = QDate::currentDate();
    auto people = db::SpokespersonRepository(*database()).servingOn(asOf);
    m_model->setPeople(people ? people.value() : QList<Spokesperson>{});
    updateCount();
}

void SpokespersonsPage::updateCount()
{
    if (m_model->rowCount() == 0) {
        m_count->setText(tr("No spokespersons on record for %1.").arg(year()));
        return;
    }
    m_count->setText(
        tr("%1 of %2 people")
            .arg(QLocale().toString(m_proxy->rowCount()), QLocale().toString(m_model->rowCount())));
}

} // namespace ttcs::ui
