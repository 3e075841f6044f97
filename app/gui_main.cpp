// ttcs: the desktop application.
#include "MainWindow.h"
#include "Translations.h"
#include "db/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

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
    parser.process(app);

    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : ttcs::db::Database::defaultPath();
    ttcs::ui::MainWindow window;
    const QString error = window.openDatabase(path, true);
    if (window.hasSavedGeometry())
        window.show();
    else
        window.showMaximized(); // the first start fills the (often 1366×768) screen
    if (!error.isEmpty())
        QMessageBox::critical(&window, QApplication::translate("main", "Open database"), error);
    return QApplication::exec();
}
