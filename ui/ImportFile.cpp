#include "ImportFile.h"

#include "DialogButtons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ttcs::ui {

bool isImportFile(const QStringList &paths, const QStringList &suffixes)
{
    return paths.size() == 1 && suffixes.contains(QFileInfo(paths.first()).suffix().toLower());
}

QString chooseImportFile(QWidget *parent, const QString &settingsKey, const QString &title,
                         const QString &filter)
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        parent, title, settings.value(settingsKey).toString(), filter);
    if (!path.isEmpty())
        settings.setValue(settingsKey, QFileInfo(path).absolutePath());
    return path;
}

bool confirmImport(QWidget *parent, const QString &name, const QString &title,
                   const QStringList &summary, const QString &details, const QString &go,
                   bool canGo)
{
    QDialog dialog(parent);
    dialog.setObjectName(name);
    dialog.setWindowTitle(title);
    auto *lines = new QLabel(summary.join(QLatin1Char('\n')), &dialog);
    lines->setWordWrap(true);
    auto *list = new QPlainTextEdit(details, &dialog);
    list->setObjectName(QStringLiteral("importDetails"));
    list->setReadOnly(true);
    list->setVisible(!details.isEmpty());
    auto *buttons = cancelButton(&dialog);
    QPushButton *goButton = buttons->addButton(go, QDialogButtonBox::AcceptRole);
    goButton->setEnabled(canGo);
    goButton->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(lines);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(640, dialog.sizeHint().height());
    return dialog.exec() == QDialog::Accepted;
}

} // namespace ttcs::ui
