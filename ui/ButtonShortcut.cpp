#include "ButtonShortcut.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace ttcs::ui {

QString toolTipWithKey(const QString &tip, const QKeySequence &key)
{
    if (key.isEmpty())
        return tip;
    return QCoreApplication::translate("ttcs::ui::ButtonShortcut", "%1 (%2)")
        .arg(tip, key.toString(QKeySequence::NativeText));
}

QAction *addButtonShortcut(QAbstractButton *button, QWidget *scope, const QKeySequence &key,
                           const QString &tip)
{
    auto *action = new QAction(button->text(), scope);
    if (!button->objectName().isEmpty())
        action->setObjectName(button->objectName() + QStringLiteral("Action"));
    action->setShortcut(key);
    // Only where the focus is in the scope: Delete in one table must not
    // remove from another.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(toolTipWithKey(tip, key));
    button->setToolTip(action->toolTip());
    scope->addAction(action);
    QObject::connect(action, &QAction::triggered, button, &QAbstractButton::click);
    return action;
}

} // namespace ttcs::ui
