// ttcs: the desktop application.
#include "FirstRunDialog.h"
#include "MainWindow.h"
#include "Translations.h"
#include "db/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TTCS"));
    QApplication::setApplicationName(QStringLiteral("ttcs"));
    QApplication::setApplicationDisplayName(QStringLiteral("TTCS"));
    QApplication::setApplicationVersion(QStringLiteral(TTCS_VERSION));

    ttcs::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Policy communication plan, reports and spokesperson lists"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The database file to open."),
                                      QApplication::translate("main", "FILE"));
    parser.addOption(dbOption);
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "When there is no database yet, start with the demo data "
                                        "without asking."));
    parser.addOption(demoOption);
    // A database opened from the file manager (the desktop entry's %f).
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The database file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : QString();
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    const bool chosenFile = !path.isEmpty() || !qEnvironmentVariableIsEmpty("TTCS_DB");
    if (path.isEmpty())
        path = ttcs::db::Database::defaultPath();
    // The first start on this computer: demo data or one's own province.
    // A file named on the command line is simply created with the demo data.
    if (!chosenFile && !parser.isSet(demoOption) && !QFileInfo::exists(path)) {
        ttcs::ui::FirstRunDialog firstRun(path);
        if (firstRun.exec() != QDialog::Accepted)
            return 0;
    }
    ttcs::ui::MainWindow window;
    const QString error = window.openDatabase(path, true);
    if (window.hasSavedGeometry())
        window.show();
    else
        window.showMaximized(); // the first start fills the (often 1366×768) screen
    if (!error.isEmpty())
        QMessageBox::critical(&window, QApplication::translate("main", "Open database"), error);
    // For checks of an installed package: start, show the window, quit.
    const int quitAfter = qEnvironmentVariableIntValue("TTCS_QUIT_AFTER_MS");
    if (quitAfter > 0)
        QTimer::singleShot(quitAfter, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
