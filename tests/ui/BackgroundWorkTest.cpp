// Work that takes seconds on a large database, driven through the real
// window: every unit's progress forms and the copies of the database run
// on a thread of their own while the window keeps turning, and Cancel
// leaves the folders exactly as they were.
#include <catch2/catch.hpp>

#include "BackgroundTask.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "db/Backup.h"
#include "db/Database.h"
#include "db/ProgressRepository.h"
#include "db/SyntheticData.h"
#include "import/ProgressForm.h"
#include "pages/ProgressPage.h"
#include "sheet/WorkbookReader.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMap>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace ttcs;
using namespace ttcs::ui;
using namespace ttcs::test;

namespace {

// Every name in the folder, hidden ones too, with each file's bytes.
QMap<QString, QByteArray> folderState(const QString &path)
{
    QMap<QString, QByteArray> state;
    for (const QFileInfo &info : QDir(path).entryInfoList(QDir::AllEntries | QDir::Hidden |
                                                          QDir::System | QDir::NoDotAndDotDot)) {
        QByteArray bytes = QByteArrayLiteral("<folder>");
        if (!info.isDir()) {
            QFile f(info.absoluteFilePath());
            bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArrayLiteral("<unreadable>");
        }
        state.insert(info.fileName(), bytes);
    }
    return state;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Watches the event loop while work runs: counts the ticks of a timer and
// whether a task was running on its thread at one of them. With `cancelAt`
// set, presses Cancel on the task's dialog (shown or not yet) once its bar
// has reached that value: the work is then well under way.
struct Watch
{
    explicit Watch(int cancelAt = -1)
    {
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [this, cancelAt] {
            ++ticks;
            if (backgroundTasksRunning() > 0)
                sawTask = true;
            if (cancelAt < 0 || cancelled)
                return;
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = w->findChild<QProgressDialog *>(QStringLiteral("taskProgress"));
                if (auto *own = qobject_cast<QProgressDialog *>(w);
                    own && own->objectName() == QLatin1String("taskProgress"))
                    dialog = own;
                if (dialog && dialog->value() >= cancelAt) {
                    valueAtCancel = dialog->value();
                    cancelled = true;
                    dialog->findChild<QPushButton *>()->click();
                    return;
                }
            }
        });
        timer.start();
        clock.start();
    }
    QTimer timer;
    QElapsedTimer clock;
    int ticks = 0;
    bool sawTask = false;
    bool cancelled = false;
    int valueAtCancel = -1;
};

bool noTasksLeft()
{
    const bool ended = QTest::qWaitFor([] { return backgroundTasksRunning() == 0; }, 60000);
    // The ended task's clean-up runs from the event loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    return ended;
}

} // namespace

TEST_CASE("every unit's forms: cancelled midway the folder is as it was, finished one per unit")
{
    useOwnSettings();
    QTemporaryDir dir;
    db::SyntheticSize size;
    size.years = 1;
    size.firstYear = 2025;
    size.units = 800;
    size.tasks = 600;
    size.progressRows = 2000;
    size.spokespersons = 100;
    size.trainees = 10;
    size.mediaItems = 10;
    MainWindow w;
    REQUIRE(w.openDatabase(syntheticDatabase(dir, size), false).isEmpty());
    w.setYear(2025);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *page = shownPage<ProgressPage>(w);

    auto lines = db::ProgressRepository(*w.database()).lines(2025);
    REQUIRE(lines);
    const QList<import::FormUnit> units = import::progressFormUnits(lines.value());
    REQUIRE(units.size() > 50);
    QStringList expected;
    for (const import::FormUnit &u : units)
        expected << import::progressFormFileName(2025, u.name);

    // The user's folder already holds an older form of one unit and a
    // file of their own.
    const QString folder = dir.filePath(QStringLiteral("phieu"));
    REQUIRE(QDir().mkpath(folder));
    const QString older = QDir(folder).filePath(expected.first());
    writeFile(older, "an older form");
    writeFile(QDir(folder).filePath(QStringLiteral("ghi chu.txt")), "the user's notes");
    const auto before = folderState(folder);

    {
        Watch watch(/*cancelAt*/ 2);
        bool cancelled = false;
        int written = -1;
        const QString message = page->exportForms(0, folder, &cancelled, &written);
        INFO(message.toStdString());
        REQUIRE(watch.cancelled);
        CHECK(watch.valueAtCancel < int(units.size()));
        CHECK(watch.sawTask);
        CHECK(cancelled);
        CHECK(written == 0);
        CHECK_FALSE(message.isEmpty());
        REQUIRE(noTasksLeft());
        CHECK(folderState(folder) == before);
    }

    // Left alone: one form per unit, the older one replaced by a whole
    // workbook, the user's file untouched, no scratch folder left.
    Watch watch;
    bool cancelled = true;
    int written = 0;
    const QString message = page->exportForms(0, folder, &cancelled, &written);
    const qint64 took = watch.clock.elapsed();
    INFO(message.toStdString());
    CHECK(message.isEmpty());
    CHECK_FALSE(cancelled);
    CHECK(written == units.size());
    WARN("forms of " << units.size() << " units written in " << took << " ms, " << watch.ticks
                     << " timer ticks meanwhile");
    CHECK(watch.sawTask);
    CHECK(watch.ticks >= took / 10 / 4); // the window was not frozen
    REQUIRE(noTasksLeft());
    const auto after = folderState(folder);
    QStringList names = expected;
    names << QStringLiteral("ghi chu.txt");
    names.sort();
    QStringList found = after.keys();
    found.sort();
    CHECK(found == names);
    CHECK(after.value(QStringLiteral("ghi chu.txt")) == QByteArrayLiteral("the user's notes"));
    auto book = sheet::readWorkbook(older);
    REQUIRE(book.ok());
    CHECK(book.value().firstSheet()->rowCount() > 1);
}

TEST_CASE("a backup of a large database keeps the window turning, and cancelled leaves no file")
{
    useOwnSettings();
    QTemporaryDir dir;
    db::SyntheticSize size;
    size.years = 2;
    size.firstYear = 2024;
    size.units = 300;
    size.tasks = 40;
    size.progressRows = 2000;
    size.spokespersons = 2000;
    size.trainees = 200;
    size.mediaItems = 200;
    const QString path = syntheticDatabase(dir, size);
    {
        // Years of spokespersons with long notes: a file of about 150 MB,
        // whose copy takes a good part of a second.
        auto db = db::Database::open(path);
        REQUIRE(db.ok());
        QSqlQuery grow(db.value()->connection());
        REQUIRE(grow.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90000) "
            "INSERT INTO spokespersons(unit_id, name, position, notes) "
            "SELECT 1 + i % 300, 'Người phát ngôn ' || i, 'Chánh Văn phòng', "
            "hex(randomblob(800)) FROM n")));
    }
    MainWindow w;
    REQUIRE(w.openDatabase(path, false).isEmpty());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *backup = w.findChild<QAction *>(QStringLiteral("backupAction"));
    REQUIRE(backup);
    const QString folder = SettingsDialog::backupFolder(*w.database());
    REQUIRE(backgroundWorkDone()); // today's automatic copy
    const auto before = folderState(folder);

    {
        Watch watch(/*cancelAt*/ 1);
        backup->trigger();
        REQUIRE(watch.cancelled);
        CHECK(watch.sawTask);
        CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("Cancelled")));
        REQUIRE(noTasksLeft());
        CHECK(folderState(folder) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
    }

    // Left alone, the copy is made while the timer goes on ticking.
    QSqlQuery q(w.database()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM spokespersons")));
    REQUIRE(q.next());
    const int people = q.value(0).toInt();
    q.finish();
    Watch watch;
    backup->trigger();
    const qint64 took = watch.clock.elapsed();
    WARN("backup of " << QFileInfo(path).size() / 1024 / 1024 << " MiB made in " << took << " ms, "
                      << watch.ticks << " timer ticks meanwhile");
    CHECK(watch.sawTask);
    CHECK(watch.ticks >= took / 10 / 4);
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("Backed up")));
    REQUIRE(noTasksLeft());
    const auto after = folderState(folder);
    REQUIRE(after.size() == before.size() + 1);
    QString made;
    for (const QString &name : after.keys()) {
        if (!before.contains(name))
            made = QDir(folder).filePath(name);
    }
    CHECK(made.endsWith(QStringLiteral(".sqlite")));
    db::OpenOptions ro;
    ro.readOnly = true;
    auto copy = db::Database::open(made, ro);
    REQUIRE(copy.ok());
    QSqlQuery counted(copy.value()->connection());
    REQUIRE(counted.exec(QStringLiteral("SELECT count(*) FROM spokespersons")));
    REQUIRE(counted.next());
    CHECK(counted.value(0).toInt() == people);
}

TEST_CASE("a restore copies on a worker thread, then swaps the file with the database closed")
{
    useOwnSettings();
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("office.sqlite"));
    MainWindow w;
    REQUIRE(w.openDatabase(live, true).isEmpty());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto count = [&w] {
        QSqlQuery q(w.database()->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM task_roles")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    const int roles = count();
    REQUIRE(roles > 0);
    const QString saved = dir.filePath(QStringLiteral("saved.sqlite"));
    REQUIRE(db::backupTo(*w.database(), saved).ok());
    {
        QSqlQuery q(w.database()->connection());
        REQUIRE(q.exec(QStringLiteral("DELETE FROM task_roles")));
    }
    REQUIRE(count() == 0);
    const QString backups = SettingsDialog::backupFolder(*w.database());
    REQUIRE(backgroundWorkDone()); // today's automatic copy
    const auto before = folderState(backups);

    whenShown<QFileDialog>([saved](QFileDialog *files) {
        files->selectFile(saved);
        whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        static_cast<QDialog *>(files)->accept(); // as the Open button does
    });
    auto *restore = w.findChild<QAction *>(QStringLiteral("restoreAction"));
    REQUIRE(restore);
    restore->trigger();
    INFO(w.statusBar()->currentMessage().toStdString());
    REQUIRE(noTasksLeft());
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("Restored")));
    REQUIRE(w.database());
    CHECK_FALSE(w.database()->isReadOnly());
    CHECK(count() == roles);
    CHECK_FALSE(QFile::exists(live + QStringLiteral(".restoring")));

    // The data before the restore were kept aside first.
    const auto after = folderState(backups);
    REQUIRE(after.size() == before.size() + 1);
    QString safety;
    for (const QString &name : after.keys()) {
        if (!before.contains(name))
            safety = QDir(backups).filePath(name);
    }
    CHECK(safety.contains(QStringLiteral("before-restore")));
    db::OpenOptions ro;
    ro.readOnly = true;
    auto kept = db::Database::open(safety, ro);
    REQUIRE(kept.ok());
    QSqlQuery q(kept.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM task_roles")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

// Not a check: with TTCS_SCREENSHOTS=DIR set, saves the window at 1366×768
// with the progress dialog of the forms export over it, to look at (in
// the language of TTCS_LANGUAGE).
TEST_CASE("screenshots of the forms export's progress dialog when asked")
{
    const QString out = ttcs::test::screenshotFolder();
    if (out.isEmpty())
        return;
    useOwnSettings();
    QTemporaryDir dir;
    db::SyntheticSize size;
    size.years = 1;
    size.firstYear = 2025;
    size.units = 800;
    size.tasks = 600;
    size.progressRows = 2000;
    size.spokespersons = 100;
    size.trainees = 10;
    size.mediaItems = 10;
    MainWindow w;
    REQUIRE(w.openDatabase(syntheticDatabase(dir, size), false).isEmpty());
    w.setYear(2025);
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *page = shownPage<ProgressPage>(w);

    // Once the dialog shows and its bar has moved: the window with the
    // dialog drawn where it stands, then Cancel.
    bool shot = false;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QProgressDialog *>(top);
            if (!dialog)
                dialog = top->findChild<QProgressDialog *>(QStringLiteral("taskProgress"));
            if (shot || !dialog || !dialog->isVisible() || dialog->value() < 20)
                continue;
            shot = true;
            QPixmap picture = w.grab();
            QPainter painter(&picture);
            painter.drawPixmap(dialog->mapToGlobal(QPoint(0, 0)) - w.mapToGlobal(QPoint(0, 0)),
                               dialog->grab());
            painter.end();
            picture.save(out + QStringLiteral("/forms-export-progress.png"));
            dialog->grab().save(out + QStringLiteral("/forms-export-dialog.png"));
            dialog->findChild<QPushButton *>()->click();
        }
    });
    timer.start();
    const QString folder = dir.filePath(QStringLiteral("phieu"));
    REQUIRE(QDir().mkpath(folder));
    // As a user does: the button, every unit, the folder.
    whenShown<QDialog>([folder](QDialog *choice) {
        choice->findChild<QComboBox *>(QStringLiteral("formUnit"))->setCurrentIndex(0);
        whenShown<QFileDialog>([folder](QFileDialog *files) {
            files->setFileMode(QFileDialog::Directory);
            files->selectFile(folder);
            static_cast<QDialog *>(files)->accept();
        });
        choice->accept();
    });
    page->findChild<QPushButton *>(QStringLiteral("exportForms"))->click();
    REQUIRE(noTasksLeft());
    QTest::qWait(50);
    w.grab().save(out + QStringLiteral("/forms-export-cancelled.png"));
    CHECK(shot);
}

TEST_CASE("the forms export from its button tells in the status bar how many forms were written")
{
    useOwnSettings();
    QTemporaryDir dir;
    MainWindow w;
    REQUIRE(w.openDatabase(dir.filePath(QStringLiteral("forms.sqlite")), true).isEmpty());
    w.setYear(2024);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *page = shownPage<ProgressPage>(w);
    auto lines = db::ProgressRepository(*w.database()).lines(2024);
    REQUIRE(lines);
    const int units = int(import::progressFormUnits(lines.value()).size());
    REQUIRE(units > 0);
    const QString folder = dir.filePath(QStringLiteral("phieu"));
    REQUIRE(QDir().mkpath(folder));

    // Every unit, into the folder; the summary box is read and closed.
    QString summary;
    whenShown<QDialog>([folder, &summary](QDialog *choice) {
        auto *unit = choice->findChild<QComboBox *>(QStringLiteral("formUnit"));
        REQUIRE(unit);
        unit->setCurrentIndex(0);
        whenShown<QFileDialog>([folder, &summary](QFileDialog *files) {
            files->setFileMode(QFileDialog::Directory);
            files->selectFile(folder);
            whenShown<QMessageBox>([&summary](QMessageBox *box) {
                summary = box->text();
                box->accept();
            });
            static_cast<QDialog *>(files)->accept();
        });
        choice->accept();
    });
    page->findChild<QPushButton *>(QStringLiteral("exportForms"))->click();
    REQUIRE(noTasksLeft());
    const QString message = w.statusBar()->currentMessage();
    INFO(message.toStdString());
    CHECK(message.startsWith(QString::number(units) + QLatin1Char(' ')));
    CHECK(message.contains(QStringLiteral("written to")));
    CHECK(summary == message);
    CHECK(QDir(folder).entryList({QStringLiteral("*.xlsx")}).size() == units);

    // A form that cannot be put in place (a folder holds its name): none is
    // written, and the forms already there stay as they were.
    const QStringList names =
        QDir(folder).entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
    REQUIRE(QFile::remove(QDir(folder).filePath(names.last())));
    REQUIRE(QDir(folder).mkpath(names.last() + QStringLiteral("/inside")));
    const auto before = folderState(folder);
    bool cancelled = true;
    int written = -1;
    const QString refused = page->exportForms(0, folder, &cancelled, &written);
    INFO(refused.toStdString());
    CHECK(refused.startsWith(QStringLiteral("No form was written")));
    CHECK(refused.contains(names.last()));
    CHECK_FALSE(cancelled);
    CHECK(written == 0);
    REQUIRE(noTasksLeft());
    CHECK(folderState(folder) == before);
}

TEST_CASE("the progress dialog shows the text the work sets, at its next look")
{
    QWidget parent;
    parent.show();
    QStringList seen;
    QTimer look;
    look.setInterval(20);
    QObject::connect(&look, &QTimer::timeout, [&parent, &seen] {
        if (auto *d = parent.findChild<QProgressDialog *>(QStringLiteral("taskProgress"))) {
            if (seen.isEmpty() || seen.last() != d->labelText())
                seen << d->labelText();
        }
    });
    look.start();
    const TaskEnd end = runInBackground(&parent, QStringLiteral("Steps"), QStringLiteral("Starting"),
                                        [](TaskProgress &progress) {
                                            for (int i = 1; i <= 3; ++i) {
                                                progress.setLabel(QStringLiteral("Step %1").arg(i));
                                                progress.report(i, 3);
                                                QThread::msleep(300);
                                            }
                                        });
    CHECK(end == TaskEnd::Finished);
    INFO(seen.join(QLatin1String(", ")).toStdString());
    CHECK(seen.value(0) == QStringLiteral("Starting"));
    CHECK(seen.contains(QStringLiteral("Step 1")));
    CHECK(seen.contains(QStringLiteral("Step 2")));
    CHECK(seen.contains(QStringLiteral("Step 3")));
}
