// A key for a push button of a page, as the Plan and Units pages give their
// toolbar actions: the key works while the focus is in `scope` (a table and
// the widgets around it), and the button's tooltip names it.
#pragma once

#include <QKeySequence>
#include <QString>

#include <functional>

class QAbstractButton;
class QAction;
class QToolBar;
class QWidget;

namespace ttcs::ui {

// "Add a class (Insert)": the tooltip of an action or button with `key`.
QString toolTipWithKey(const QString &tip, const QKeySequence &key);

// Gives `button` the tooltip `tip` with `key`, and `key` in `scope`: it
// clicks the button, so a disabled button ignores the key too. Returns the
// action that holds the key (named after the button, "…Action").
QAction *addButtonShortcut(QAbstractButton *button, QWidget *scope, const QKeySequence &key,
                           const QString &tip);

// Adds the action `text` (object name `name`) to `bar` with the tooltip
// `tip` with `key`, and `key` in `scope`, the page; it runs `slot`.
QAction *addToolAction(QToolBar *bar, QWidget *scope, const QString &text, const QString &name,
                       const QKeySequence &key, const QString &tip,
                       const std::function<void()> &slot);

} // namespace ttcs::ui
