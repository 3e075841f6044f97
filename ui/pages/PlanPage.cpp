#include "pages/PlanPage.h"

#include "SortFilterProxy.h"
#include "ViewState.h"
#include "db/Database.h"
#include "db/PlanRepository.h"
#include "db/TaskRepository.h"
#include "models/TaskTreeModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace ttcs::ui {

PlanPage::PlanPage(QWidget *parent)
    : Page(parent)
    , m_model(new TaskTreeModel(this))
    , m_proxy(new SortFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_detail(new QTextBrowser(this))
{
    m_proxy->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search tasks and units (without diacritics is fine)"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("taskTree"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskTreeModel::NumberColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->header()->resizeSection(TaskTreeModel::NumberColumn, 70);
    m_view->header()->resizeSection(TaskTreeModel::TitleColumn, 380);
    m_view->header()->resizeSection(TaskTreeModel::LeadColumn, 220);
    m_view->header()->resizeSection(TaskTreeModel::OtherUnitsColumn, 240);
    rememberHeaderState(m_view->header(), QStringLiteral("taskTree"));
    m_detail->setObjectName(QStringLiteral("taskDetail"));
    m_detail->setOpenExternalLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlanPage::showCurrent);
}

void PlanPage::reload()
{
    if (!database()) {
        m_model->setTasks({});
        m_detail->clear();
        return;
    }
    auto tasks = db::TaskRepository(*database()).all();
    if (!tasks) {
        m_model->setTasks({});
        m_detail->setPlainText(tasks.error());
        return;
    }
    m_model->setTasks(tasks.value());
    m_view->expandAll();
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void PlanPage::showCurrent()
{
    const Task *t = m_model->taskAt(m_proxy->mapToSource(m_view->currentIndex()));
    if (!t) {
        m_detail->clear();
        return;
    }
    QString html =
        QStringLiteral("<h3>%1. %2</h3>").arg(t->number.toHtmlEscaped(), t->title.toHtmlEscaped());
    if (t->content != t->title)
        html += QStringLiteral("<p>%1</p>").arg(t->content.toHtmlEscaped());
    auto line = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QString sep = QStringLiteral("; ");
    line(tr("Lead unit:"),
         t->leadText.isEmpty() ? t->roleNames(TaskRoleKind::Lead).join(sep) : t->leadText);
    line(tr("Implementing units:"), t->implementText.isEmpty()
                                        ? t->roleNames(TaskRoleKind::Implement).join(sep)
                                        : t->implementText);
    line(tr("Coordinating units:"), t->coordinateText.isEmpty()
                                        ? t->roleNames(TaskRoleKind::Coordinate).join(sep)
                                        : t->coordinateText);
    line(tr("Time frame:"), t->timeFrame);
    m_detail->setHtml(html);
}

} // namespace ttcs::ui
