// The overview's tiles and chart titles read on one line, whole, on the
// common office screens, in English and in Vietnamese (whose titles are the
// longer).
#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "pages/OverviewPage.h"

#include <QFrame>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace ttcs;
using namespace ttcs::ui;
using namespace ttcs::test;

namespace {

// Every title of a tile or a chart on the page: on one line, none cut.
void checkTitles(MainWindow &w, OverviewPage *overview, const QString &language)
{
    for (const QSize &size : {QSize(1366, 768), QSize(1920, 1080)}) {
        INFO(language.toStdString() << " at " << size.width() << "x" << size.height());
        w.resize(size);
        QTest::qWait(50);
        REQUIRE(w.width() <= size.width());
        const QList<QLabel *> tiles =
            overview->findChildren<QLabel *>(QStringLiteral("overviewCardTitle"));
        REQUIRE(tiles.size() == 6);
        QList<QLabel *> titles = tiles;
        // The charts' titles: the bold labels of their frames.
        for (QLabel *label : overview->findChildren<QLabel *>()) {
            if (label->font().bold() && qobject_cast<QFrame *>(label->parentWidget()) &&
                label->objectName().isEmpty())
                titles << label;
        }
        REQUIRE(titles.size() > tiles.size());
        for (QLabel *title : std::as_const(titles)) {
            INFO(title->text().toStdString());
            REQUIRE(title->isVisible());
            const QFontMetrics metrics(title->font());
            // One line: the label is no taller than a line of its font
            // needs, and wide enough for the whole text.
            CHECK(title->contentsRect().height() < 2 * metrics.height());
            CHECK(metrics.horizontalAdvance(title->text()) <= title->contentsRect().width());
            // Not cut by the window's right edge either (the page scrolls
            // down, not sideways).
            const int left = title->mapTo(&w, QPoint(0, 0)).x();
            CHECK(left >= 0);
            CHECK(left + title->width() <= w.width());
        }
    }
}

} // namespace

TEST_CASE(
    "the overview's tile and chart titles are on one line and whole at 1366x768 and 1920x1080")
{
    useOwnSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tiles.sqlite"));
    auto check = [&path](bool create, const QString &language) {
        MainWindow w;
        REQUIRE(w.openDatabase(path, create).isEmpty());
        w.setYear(2023);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        auto *overview = shownPage<OverviewPage>(w);
        REQUIRE(QTest::qWaitFor([overview] { return !overview->isLoading(); }, 20000));
        if (language == QLatin1String("vi")) {
            // The longest title, which used to break in two.
            const QList<QLabel *> tiles =
                overview->findChildren<QLabel *>(QStringLiteral("overviewCardTitle"));
            CHECK(std::any_of(tiles.cbegin(), tiles.cend(), [](QLabel *l) {
                return l->text() == QStringLiteral("Người phát ngôn đương nhiệm");
            }));
        }
        checkTitles(w, overview, language);
    };
    check(true, QStringLiteral("en"));

    // In Vietnamese: a window made with the translated titles.
    QTranslator vietnamese;
    REQUIRE(vietnamese.load(QStringLiteral(":/i18n/ttcs_vi.qm")));
    QCoreApplication::installTranslator(&vietnamese);
    check(false, QStringLiteral("vi"));
    QCoreApplication::removeTranslator(&vietnamese);
}
