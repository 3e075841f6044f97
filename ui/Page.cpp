#include "Page.h"

#include "EditCommand.h"
#include "db/Database.h"

#include <QMessageBox>
#include <QUndoStack>

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

bool Page::isWritable() const
{
    return m_db && !m_db->isReadOnly();
}

bool Page::checkWritable()
{
    if (!m_db)
        return false;
    if (m_db->isReadOnly()) {
        QMessageBox::information(this, title(),
                                 tr("The database is read-only (%1).").arg(m_db->readOnlyReason()));
        return false;
    }
    return true;
}

QString Page::failed(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, title(), error);
    return error;
}

void Page::pushEdit(QUndoStack *stack, const QString &text, std::function<QString()> undo,
                    std::function<QString()> redo)
{
    stack->push(new EditCommand(text, std::move(undo), std::move(redo),
                                [this](const QString &error) {
                                    reload();
                                    failed(error);
                                }));
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
