// Chooses units or unit groups for a task's role: groups first, then the
// units that exist in the year, filtered as one types (diacritics aside).
#pragma once

#include "domain/Task.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace ttcs::db {
class Database;
}

namespace ttcs::ui {

class UnitPickerDialog final : public QDialog
{
    Q_OBJECT
public:
    UnitPickerDialog(db::Database &db, int year, const QString &title, QWidget *parent = nullptr);

    // The chosen units and groups, as roles of `kind` (names filled in).
    QList<TaskRole> chosen(TaskRoleKind kind) const;
    QListWidget *list() const { return m_list; }
    QLineEdit *search() const { return m_search; }

private:
    void filter(const QString &text);

    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace ttcs::ui
