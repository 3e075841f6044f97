// ttcs-cli: the headless tool. Links the core only.
#include "Translations.h"
#include "cli/CliApplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstring>
#include <memory>

namespace {

// Documents need fonts, so exporting runs a GUI application on the
// offscreen platform; every other command starts without one.
bool needsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("TTCS"));
    QCoreApplication::setApplicationName(QStringLiteral("ttcs"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TTCS_VERSION));

    ttcs::installTranslations(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    ttcs::cli::CliApplication cli(out, err);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return cli.run(args);
}
