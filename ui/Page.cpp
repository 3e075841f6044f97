#include "Page.h"

namespace ttcs::ui {

Page::Page(QWidget *parent)
    : QWidget(parent)
{}

void Page::setContext(db::Database *db, int year)
{
    m_db = db;
    m_year = year;
    m_stale = true;
    if (isVisible()) {
        m_stale = false;
        reload();
    }
}

bool Page::openFiles(const QStringList &paths)
{
    Q_UNUSED(paths);
    return false;
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

} // namespace ttcs::ui
