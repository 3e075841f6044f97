// Units: a tree by kind, districts holding their communes, as they exist in
// the selected year; beside it the groups of units with their members that
// year. Units are added and corrected, and renamed, merged or dissolved
// from a date; each change goes on the undo stack.
#pragma once

#include "Page.h"

#include "domain/Unit.h"

#include <QDate>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QToolBar;
class QTreeView;
class QTreeWidget;
class QUndoStack;

namespace ttcs::ui {

class SortFilterProxy;
class UnitTreeModel;

class UnitsPage final : public Page
{
    Q_OBJECT
public:
    explicit UnitsPage(QUndoStack *undo, QWidget *parent = nullptr);
    QString title() const override { return tr("Units"); }
    QString iconName() const override { return QStringLiteral(":/icons/nav/units.png"); }

    QTreeView *view() const { return m_view; }
    UnitTreeModel *model() const { return m_model; }
    QTreeWidget *groups() const { return m_groups; }
    QToolBar *toolBar() const { return m_toolBar; }

    qint64 currentUnitId() const;
    void setCurrentUnit(qint64 unitId);

    // The edits, as the actions run them once the dialogs are answered.
    // Each returns an error (empty when it worked) and pushes an undoable
    // command. addUnit() gives the new unit's id in `id`.
    QString addUnit(const Unit &unit, qint64 *id = nullptr);
    QString updateUnit(const Unit &unit);
    QString renameUnit(qint64 unitId, const QString &name, const QString &shortName,
                       const QDate &from);
    QString mergeUnit(qint64 unitId, qint64 intoId, const QDate &from);
    QString dissolveUnit(qint64 unitId, const QDate &from);

protected:
    void reload() override;

private:
    void reloadGroups();
    void updateActions();
    void newUnit();
    void editCurrent();
    void changeCurrent(int change);

    QUndoStack *m_undo;
    UnitTreeModel *m_model;
    SortFilterProxy *m_proxy;
    QLineEdit *m_search;
    QToolBar *m_toolBar;
    QTreeView *m_view;
    QLabel *m_groupsTitle;
    QTreeWidget *m_groups;
    QAction *m_add, *m_edit, *m_rename, *m_merge, *m_dissolve;
};

} // namespace ttcs::ui
