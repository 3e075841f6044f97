// Plan and tasks: the task tree and the selected task in full.
#pragma once

#include "Page.h"

class QLineEdit;
class QTextBrowser;
class QTreeView;

namespace ttcs::ui {

class SortFilterProxy;
class TaskTreeModel;

class PlanPage final : public Page
{
    Q_OBJECT
public:
    explicit PlanPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Plan and tasks"); }
    QString iconName() const override { return QStringLiteral(":/icons/nav/plan.png"); }

    QTreeView *view() const { return m_view; }
    TaskTreeModel *model() const { return m_model; }

protected:
    void reload() override;

private:
    void showCurrent();

    TaskTreeModel *m_model;
    SortFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_view;
    QTextBrowser *m_detail;
};

} // namespace ttcs::ui
