// Buttons of the app's own dialogs with their texts from the app's
// translations: Qt's own (qtbase_vi) are not installed everywhere, and an
// English "Save" in a Vietnamese dialog is the first thing a user notices.
#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QWidget;

namespace ttcs::ui {

// Save and Cancel; Cancel rejects the dialog, Save is left to the caller.
QDialogButtonBox *saveCancelButtons(QDialog *dialog);
// Cancel only; the caller adds the button that goes ahead.
QDialogButtonBox *cancelButton(QDialog *dialog);
// Asks a yes/no question with `yes` on the button that goes ahead; true
// when the user chose it.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yes);

} // namespace ttcs::ui
