// Test runner shared by every test executable: sets up the Qt application
// object the code under test expects, then hands over to Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef TTCS_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests never touch the user's own database or settings.
    qputenv("TTCS_DB", QByteArray());
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("ttcs-tests"));
    TestApplication::setApplicationName(QStringLiteral("ttcs-tests"));
    return Catch::Session().run(argc, argv);
}
