// Overview: the year's figures at a glance.
#pragma once

#include "Page.h"

class QLabel;
class QGridLayout;

namespace ttcs::ui {

class OverviewPage final : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Overview"); }
    QString iconName() const override { return QStringLiteral(":/icons/nav/overview.png"); }

protected:
    void reload() override;

private:
    QLabel *m_heading;
    QLabel *m_planLine;
    QGridLayout *m_grid;
    QLabel *m_error;
};

} // namespace ttcs::ui
