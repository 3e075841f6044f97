// Units: a tree by kind, districts holding their communes.
#pragma once

#include "Page.h"

class QLineEdit;
class QTreeView;

namespace ttcs::ui {

class SortFilterProxy;
class UnitTreeModel;

class UnitsPage final : public Page
{
    Q_OBJECT
public:
    explicit UnitsPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Units"); }
    QString iconName() const override { return QStringLiteral(":/icons/nav/units.png"); }

    QTreeView *view() const { return m_view; }
    UnitTreeModel *model() const { return m_model; }

protected:
    void reload() override;

private:
    UnitTreeModel *m_model;
    SortFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_view;
};

} // namespace ttcs::ui
