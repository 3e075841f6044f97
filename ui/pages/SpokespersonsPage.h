// Spokespersons: who speaks for each unit, searchable.
#pragma once

#include "Page.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace ttcs::ui {

class SortFilterProxy;
class SpokespersonTableModel;

class SpokespersonsPage final : public Page
{
    Q_OBJECT
public:
    explicit SpokespersonsPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Spokespersons"); }
    QString iconName() const override { return QStringLiteral(":/icons/nav/spokespersons.png"); }

protected:
    void reload() override;

private:
    void updateCount();

    SpokespersonTableModel *m_model;
    SortFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_count;
};

} // namespace ttcs::ui
