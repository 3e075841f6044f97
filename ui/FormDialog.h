// The edit dialogs of the pages: a form of fields, a line under it that
// says what is wrong, and Save / Cancel. Save checks the fields first and
// keeps the dialog open on a problem, so the user corrects it without
// typing everything again.
#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QDate;
class QDateEdit;
class QFormLayout;
class QLabel;

namespace ttcs::db {
class Database;
}

namespace ttcs::ui {

class FormDialog final : public QDialog
{
    Q_OBJECT
public:
    // `name` is the object name the dialog is found by.
    FormDialog(const QString &name, const QString &title, QWidget *parent);

    // The rows of fields. Fields made before run() come before Save and
    // Cancel in the tab order.
    QFormLayout *form() const { return m_form; }

    // Shows the dialog `width` pixels wide until it is cancelled or
    // `check` lets Save through; true when saved.
    bool run(int width, const std::function<bool()> &check);
    // For `check`: shows `problem`, puts the focus in `field` and returns
    // false.
    bool refuse(const QString &problem, QWidget *field);

private:
    QFormLayout *m_form;
    QLabel *m_problem = nullptr;
};

// A date field of a form: dd/MM/yyyy with a calendar.
QDateEdit *dateEdit(const QDate &date, QWidget *parent);

// Adds the units that exist in `year` to `combo` in Vietnamese order, each
// with its id as the item data.
void addUnitChoices(QComboBox *combo, db::Database &db, int year);

} // namespace ttcs::ui
