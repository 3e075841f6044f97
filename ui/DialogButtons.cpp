#include "DialogButtons.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>

namespace ttcs::ui {

QDialogButtonBox *saveCancelButtons(QDialog *dialog)
{
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)
        ->setText(QCoreApplication::translate("ttcs::ui::Dialog", "&Save"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setText(QCoreApplication::translate("ttcs::ui::Dialog", "Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QDialogButtonBox *cancelButton(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Cancel)
        ->setText(QCoreApplication::translate("ttcs::ui::Dialog", "Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yes)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *go = box.addButton(yes, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(
        QCoreApplication::translate("ttcs::ui::Dialog", "Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace ttcs::ui
