#include "FormDialog.h"

#include "DialogButtons.h"
#include "db/UnitRepository.h"
#include "text/VietnameseText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace ttcs::ui {

FormDialog::FormDialog(const QString &name, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
{
    setObjectName(name);
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
}

bool FormDialog::run(int width, const std::function<bool()> &check)
{
    // Made last so that they come after the fields in the tab order.
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_problem->setWordWrap(true);
    QDialogButtonBox *buttons = saveCancelButtons(this);
    layout()->addWidget(m_problem);
    layout()->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, check] {
        if (check())
            accept();
    });
    resize(width, sizeHint().height());
    return exec() == QDialog::Accepted;
}

bool FormDialog::refuse(const QString &problem, QWidget *field)
{
    m_problem->setText(problem);
    field->setFocus();
    return false;
}

QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return edit;
}

void addUnitChoices(QComboBox *combo, db::Database &db, int year)
{
    auto units = db::UnitRepository(db).existingIn(year);
    if (!units)
        return;
    QList<Unit> sorted = units.value();
    std::sort(sorted.begin(), sorted.end(), [](const Unit &a, const Unit &b) {
        return text::collationKey(a.name) < text::collationKey(b.name);
    });
    for (const Unit &u : std::as_const(sorted))
        combo->addItem(u.name, u.id);
}

} // namespace ttcs::ui
