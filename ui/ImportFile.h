// The steps a page takes to import one file: choosing it (the folder is
// remembered), and showing what would happen before anything is written.
#pragma once

#include <QStringList>

class QWidget;

namespace ttcs::ui {

// True when `paths` is one file whose suffix is one of `suffixes` (lower
// case): a file dropped on the window that the page imports.
bool isImportFile(const QStringList &paths, const QStringList &suffixes);

// Asks for the file to import, starting in the folder of the last one
// (kept under `settingsKey`). Empty when the user cancelled.
QString chooseImportFile(QWidget *parent, const QString &settingsKey, const QString &title,
                         const QString &filter);

// The dialog (object name `name`) that shows `summary`, the `details` of
// the rows below it when there are any, Cancel and the button `go`
// (enabled when `canGo`). True when the user chose `go`.
bool confirmImport(QWidget *parent, const QString &name, const QString &title,
                   const QStringList &summary, const QString &details, const QString &go,
                   bool canGo);

} // namespace ttcs::ui
