#include "ButtonShortcut.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QToolBar>
#include <QWidget>

namespace ttcs::ui {

QString toolTipWithKey(const QString &tip, const QKeySequence &key)
{
    if (key.isEmpty())
        return tip;
    return QCoreApplication::translate("ttcs::ui::ButtonShortcut", "%1 (%2)")
        .arg(tip, key.toString(QKeySequence::NativeText));
}

namespace {

void giveKey(QAction *action, QWidget *scope, const QKeySequence &key, const QString &tip)
{
    action->setShortcut(key);
    // Only where the focus is in the scope: Delete in one table must not
    // remove from another.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(toolTipWithKey(tip, key));
    scope->addAction(action);
}

} // namespace

QAction *addButtonShortcut(QAbstractButton *button, QWidget *scope, const QKeySequence &key,
                           const QString &tip)
{
    auto *action = new QAction(button->text(), scope);
    if (!button->objectName().isEmpty())
        action->setObjectName(button->objectName() + QStringLiteral("Action"));
    giveKey(action, scope, key, tip);
    button->setToolTip(action->toolTip());
    QObject::connect(action, &QAction::triggered, button, &QAbstractButton::click);
    return action;
}

QAction *addToolAction(QToolBar *bar, QWidget *scope, const QString &text, const QString &name,
                       const QKeySequence &key, const QString &tip,
                       const std::function<void()> &slot)
{
    QAction *action = bar->addAction(text);
    action->setObjectName(name);
    giveKey(action, scope, key, tip);
    QObject::connect(action, &QAction::triggered, scope, slot);
    return action;
}

} // namespace ttcs::ui
