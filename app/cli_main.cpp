// ttcs-cli: the headless tool. Links the core only.
#include "Translations.h"
#include "cli/CliApplication.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TTCS"));
    QCoreApplication::setApplicationName(QStringLiteral("ttcs"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TTCS_VERSION));

    ttcs::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    ttcs::cli::CliApplication cli(out, err);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return cli.run(args);
}
