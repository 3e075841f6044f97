#include "pages/UnitsPage.h"

#include "ButtonShortcut.h"
#include "SearchableTree.h"
#include "SortFilterProxy.h"
#include "UnitDialogs.h"
#include "ViewState.h"
#include "db/Database.h"
#include "db/UnitRepository.h"
#include "models/UnitTreeModel.h"
#include "text/VietnameseText.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace ttcs::ui {

UnitsPage::UnitsPage(QUndoStack *undo, QWidget *parent)
    : Page(parent)
    , m_undo(undo)
    , m_model(new UnitTreeModel(this))
    , m_proxy(new SortFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_toolBar(new QToolBar(this))
    , m_view(new QTreeView(this))
    , m_groupsTitle(new QLabel(this))
    , m_groups(new QTreeWidget(this))
{
    setUpSearchableTree(m_view, QStringLiteral("unitTree"), m_proxy, m_model,
                        UnitTreeModel::NameColumn, m_search,
                        tr("Search units (without diacritics is fine)"));
    m_view->header()->resizeSection(UnitTreeModel::NameColumn, 380);
    m_view->header()->resizeSection(UnitTreeModel::ShortNameColumn, 140);
    rememberHeaderState(m_view->header(), QStringLiteral("unitTree"));

    m_groups->setObjectName(QStringLiteral("unitGroups"));
    m_groups->setHeaderHidden(true);
    m_groups->setUniformRowHeights(true);
    m_groupsTitle->setObjectName(QStringLiteral("unitGroupsTitle"));

    m_toolBar->setObjectName(QStringLiteral("unitsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto action = [this](const QString &text, const QString &name, const QKeySequence &key,
                         const QString &tip, const std::function<void()> &slot) {
        return addToolAction(m_toolBar, this, text, name, key, tip, slot);
    };
    m_add = action(tr("New unit…"), QStringLiteral("addUnit"), QKeySequence(Qt::Key_Insert),
                   tr("Add a unit"), [this] { newUnit(); });
    m_edit = action(tr("Edit…"), QStringLiteral("editUnit"), QKeySequence(Qt::Key_F2),
                    tr("Correct the unit's name, kind or place in every year"),
                    [this] { editCurrent(); });
    m_toolBar->addSeparator();
    m_rename = action(tr("Rename…"), QStringLiteral("renameUnit"), QKeySequence(),
                      tr("The unit takes a new name from a date; earlier years keep the old one"),
                      [this] { changeCurrent(UnitChangeDialog::Rename); });
    m_merge = action(tr("Merge into…"), QStringLiteral("mergeUnit"), QKeySequence(),
                     tr("From a date the unit is part of another unit"),
                     [this] { changeCurrent(UnitChangeDialog::Merge); });
    m_dissolve = action(tr("Dissolve…"), QStringLiteral("dissolveUnit"), QKeySequence(),
                        tr("From a date the unit no longer exists"),
                        [this] { changeCurrent(UnitChangeDialog::Dissolve); });

    auto *groupsPane = new QWidget(this);
    auto *groupsLayout = new QVBoxLayout(groupsPane);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->addWidget(m_groupsTitle);
    groupsLayout->addWidget(m_groups);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(groupsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_search);
    layout->addWidget(splitter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UnitsPage::updateActions);
    connect(m_view, &QTreeView::doubleClicked, this, [this] { editCurrent(); });
    updateActions();
}

qint64 UnitsPage::currentUnitId() const
{
    const Unit *u = m_model->unitAt(m_proxy->mapToSource(m_view->currentIndex()));
    return u ? u->id : 0;
}

void UnitsPage::setCurrentUnit(qint64 unitId)
{
    selectSourceRow(m_view, m_proxy, m_model->indexOfKey(unitId));
}

void UnitsPage::reload()
{
    const qint64 current = currentUnitId();
    if (!database()) {
        m_model->setUnits({});
        reloadGroups();
        updateActions();
        return;
    }
    auto units = db::UnitRepository(*database()).existingIn(year());
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->setUnits(units ? units.value() : QList<Unit>{});
    if (wasEmpty || !m_view->currentIndex().isValid()) {
        // Open the kinds, keep districts' communes folded.
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            m_view->expand(m_proxy->index(r, 0));
        setCurrentUnit(current);
    }
    reloadGroups();
    updateActions();
}

void UnitsPage::reloadGroups()
{
    m_groups->clear();
    m_groupsTitle->setText(QStringLiteral("<b>%1</b>").arg(tr("Groups of units in %1").arg(year())));
    if (!database())
        return;
    db::UnitRepository repo(*database());
    auto groups = repo.groups();
    if (!groups)
        return;
    for (const UnitGroup &g : groups.value()) {
        auto members = repo.expandGroup(g.id, year());
        QList<Unit> list = members ? members.value() : QList<Unit>{};
        std::sort(list.begin(), list.end(), [](const Unit &a, const Unit &b) {
            return text::collationKey(a.name) < text::collationKey(b.name);
        });
        auto *item = new QTreeWidgetItem(m_groups);
        item->setText(0, tr("%1 (%2)").arg(g.name).arg(list.size()));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setToolTip(0, tr("A task given to the group goes to each of these units in %1")
                                .arg(year()));
        for (const Unit &u : std::as_const(list))
            new QTreeWidgetItem(item, {u.name});
    }
    m_groups->expandAll();
}

void UnitsPage::updateActions()
{
    const bool writable = database() && !database()->isReadOnly();
    const Unit *u = m_model->unitAt(m_proxy->mapToSource(m_view->currentIndex()));
    const bool ongoing = u && !u->validTo.isValid();
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && u);
    m_rename->setEnabled(writable && ongoing);
    m_merge->setEnabled(writable && ongoing);
    m_dissolve->setEnabled(writable && ongoing);
}

namespace {

// A unit change that flips on each undo and redo.
std::function<QString()> flipper(db::Database *db, const db::UnitChange &change)
{
    auto state = std::make_shared<db::UnitChange>(change);
    return [db, state]() -> QString {
        auto inverse = db::UnitRepository(*db).revert(*state);
        if (!inverse)
            return inverse.error();
        *state = inverse.value();
        return {};
    };
}

} // namespace

QString UnitsPage::addUnit(const Unit &unit, qint64 *id)
{
    if (!database())
        return {};
    db::Database *db = database();
    auto added = db::UnitRepository(*db).insert(unit);
    if (!added)
        return added.error();
    Unit again = unit;
    again.id = added.value(); // a redo puts it back under the same id
    pushEdit(
        m_undo, tr("Add unit %1").arg(unit.name),
        [db, again]() -> QString {
            const Status st = db::UnitRepository(*db).remove(again.id);
            return st.ok() ? QString() : st.error();
        },
        [db, again]() -> QString {
            auto r = db::UnitRepository(*db).insert(again);
            return r ? QString() : r.error();
        });
    setCurrentUnit(again.id);
    if (id)
        *id = again.id;
    return {};
}

QString UnitsPage::updateUnit(const Unit &unit)
{
    if (!database())
        return {};
    db::Database *db = database();
    auto previous = db::UnitRepository(*db).update(unit);
    if (!previous)
        return previous.error();
    const Unit before = previous.value();
    auto put = [db](const Unit &u) -> QString {
        auto r = db::UnitRepository(*db).update(u);
        return r ? QString() : r.error();
    };
    pushEdit(
        m_undo, tr("Edit unit %1").arg(before.name), [=] { return put(before); },
        [=] { return put(unit); });
    return {};
}

QString UnitsPage::renameUnit(qint64 unitId, const QString &name, const QString &shortName,
                              const QDate &from)
{
    if (!database())
        return {};
    auto change = db::UnitRepository(*database()).rename(unitId, name, shortName, from);
    if (!change)
        return change.error();
    auto flip = flipper(database(), change.value());
    pushEdit(m_undo, tr("Rename %1 to %2").arg(change->before.name, name), flip, flip);
    if (change->added && from.year() <= year())
        setCurrentUnit(change->added->id);
    return {};
}

QString UnitsPage::mergeUnit(qint64 unitId, qint64 intoId, const QDate &from)
{
    if (!database())
        return {};
    auto change = db::UnitRepository(*database()).mergeInto(unitId, intoId, from);
    if (!change)
        return change.error();
    auto flip = flipper(database(), change.value());
    pushEdit(m_undo, tr("Merge %1").arg(change->before.name), flip, flip);
    return {};
}

QString UnitsPage::dissolveUnit(qint64 unitId, const QDate &from)
{
    if (!database())
        return {};
    auto change = db::UnitRepository(*database()).dissolve(unitId, from);
    if (!change)
        return change.error();
    auto flip = flipper(database(), change.value());
    pushEdit(m_undo, tr("Dissolve %1").arg(change->before.name), flip, flip);
    return {};
}

void UnitsPage::newUnit()
{
    if (!database() || database()->isReadOnly())
        return;
    auto units = db::UnitRepository(*database()).existingIn(year());
    UnitDialog dialog(nullptr, units ? units.value() : QList<Unit>{}, year(), this);
    if (const Unit *current = m_model->unitAt(m_proxy->mapToSource(m_view->currentIndex())))
        dialog.startLike(*current);
    if (dialog.exec() == QDialog::Accepted)
        failed(addUnit(dialog.unit()));
}

void UnitsPage::editCurrent()
{
    const Unit *u = m_model->unitAt(m_proxy->mapToSource(m_view->currentIndex()));
    if (!u || !database() || database()->isReadOnly())
        return;
    const Unit unit = *u;
    auto units = db::UnitRepository(*database()).existingIn(year());
    UnitDialog dialog(&unit, units ? units.value() : QList<Unit>{}, year(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Unit edited = dialog.unit();
    if (edited.name == unit.name && edited.shortName == unit.shortName &&
        edited.kind == unit.kind && edited.parentId == unit.parentId)
        return;
    failed(updateUnit(edited));
}

void UnitsPage::changeCurrent(int change)
{
    const Unit *u = m_model->unitAt(m_proxy->mapToSource(m_view->currentIndex()));
    if (!u || !database() || database()->isReadOnly())
        return;
    const Unit unit = *u;
    auto units = db::UnitRepository(*database()).existingIn(year());
    UnitChangeDialog dialog(UnitChangeDialog::Change(change), unit,
                            units ? units.value() : QList<Unit>{}, year(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    switch (UnitChangeDialog::Change(change)) {
    case UnitChangeDialog::Rename:
        failed(renameUnit(unit.id, dialog.newName(), dialog.newShortName(), dialog.from()));
        break;
    case UnitChangeDialog::Merge:
        failed(mergeUnit(unit.id, dialog.intoId(), dialog.from()));
        break;
    case UnitChangeDialog::Dissolve:
        failed(dissolveUnit(unit.id, dialog.from()));
        break;
    }
}

} // namespace ttcs::ui
