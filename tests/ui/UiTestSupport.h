// Helpers shared by the GUI tests: settings kept apart from other tests,
// answering a modal dialog once it shows, and finding a page of the window.
#pragma once

#include "BackgroundTask.h"
#include "MainWindow.h"
#include "Translations.h"
#include "db/Database.h"
#include "db/SyntheticData.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace ttcs::test {

// Keeps the settings of the test program in a folder of its own, emptied,
// so that tests running at the same time do not see each other's.
inline void useOwnSettings()
{
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();
}

// The folder asked for with TTCS_SCREENSHOTS=DIR for the pictures of the
// "when asked" test cases, made if missing, with the translations of
// TTCS_LANGUAGE installed; empty when no pictures are asked for.
inline QString screenshotFolder()
{
    const QString out = qEnvironmentVariable("TTCS_SCREENSHOTS");
    if (out.isEmpty())
        return out;
    QDir().mkpath(out);
    if (!qEnvironmentVariableIsEmpty("TTCS_LANGUAGE"))
        installTranslations(*QCoreApplication::instance());
    return out;
}

// A database of synthetic data of `size` (without the demo data), made
// in `dir` as `name`; its path.
inline QString syntheticDatabase(const QTemporaryDir &dir, const db::SyntheticSize &size,
                                 const QString &name = QStringLiteral("large.sqlite"))
{
    const QString path = dir.filePath(name);
    db::OpenOptions options;
    options.create = true;
    options.loadDefaultData = false;
    auto db = db::Database::open(path, options);
    REQUIRE(db.ok());
    QSqlDatabase connection = db.value()->connection();
    const Status st = db.value()->transaction(
        [&connection, &size] { return db::generateSyntheticData(connection, size); });
    INFO(st.error().toStdString());
    REQUIRE(st.ok());
    return path;
}

// Waits until the work behind the window has ended, such as the daily
// backup started when a database is opened; false after a minute.
inline bool backgroundWorkDone()
{
    const bool ended =
        QTest::qWaitFor([] { return ui::backgroundTasksRunning() == 0; }, 60000);
    // The ended task's clean-up and report run from the event loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    return ended;
}

// The longest wait between two turns of the event loop, from start() on.
struct LoopWatch
{
    LoopWatch()
    {
        QObject::connect(&timer, &QTimer::timeout, [this] {
            longest = std::max(longest, sinceLast.restart());
            ++ticks;
        });
        timer.setInterval(10);
    }
    void start()
    {
        longest = 0;
        ticks = 0;
        sinceLast.start();
        timer.start();
    }
    qint64 stop()
    {
        longest = std::max(longest, sinceLast.elapsed());
        timer.stop();
        return longest;
    }
    QTimer timer;
    QElapsedTimer sinceLast;
    qint64 longest = 0;
    int ticks = 0;
};

// Runs `answer` on the next modal dialog of type T once it shows; answer
// must close it. When none shows within two seconds, whatever modal dialog
// is open is rejected so the test goes on (and fails on what it checks next).
template<class T>
void whenShown(std::function<void(T *)> answer, int tries = 200)
{
    QTimer::singleShot(10, [answer, tries] {
        if (auto *d = qobject_cast<T *>(QApplication::activeModalWidget())) {
            answer(d);
            return;
        }
        if (tries > 0) {
            whenShown<T>(answer, tries - 1);
            return;
        }
        if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            d->reject();
    });
}

// The window's page of type T and, through index, its place; null if none.
template<class T>
T *pageOf(ui::MainWindow &w, int *index = nullptr)
{
    for (int i = 0; i < w.pages().size(); ++i) {
        if (auto *p = qobject_cast<T *>(w.pages().at(i))) {
            if (index)
                *index = i;
            return p;
        }
    }
    return nullptr;
}

// The window's page of type T, shown.
template<class T>
T *shownPage(ui::MainWindow &w)
{
    int index = -1;
    T *page = pageOf<T>(w, &index);
    REQUIRE(page);
    w.showPage(index);
    return page;
}

} // namespace ttcs::test
