#include "MainWindow.h"

#include "BackgroundTask.h"
#include "FirstRunDialog.h"
#include "Page.h"
#include "ProfileDialog.h"
#include "SettingsDialog.h"
#include "db/Backup.h"
#include "db/Database.h"
#include "db/PlanRepository.h"
#include "pages/OverviewPage.h"
#include "pages/PlanPage.h"
#include "pages/ProgressPage.h"
#include "pages/ReportsPage.h"
#include "pages/MediaPage.h"
#include "pages/SpokespersonsPage.h"
#include "pages/TrainingPage.h"
#include "pages/UnitsPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QUrl>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>

namespace ttcs::ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentFiles");

// One database file copied to another by db::backupFile.
struct CopyStep
{
    QString from;
    QString to;
    bool readOnly = false; // the journal of `from` is not written back
};

// Makes the copies of `steps`, one after the other, on a thread of their
// own behind a progress dialog (shown when they take more than half a
// second): the window keeps drawing, and the copies never touch its
// connection. All or nothing: cancelled or failed, none of the files is
// left. Returns nothing when cancelled, else how it went, with in
// `failedStep` the step that failed.
std::optional<Status> copyInBackground(QWidget *parent, const QString &title,
                                       const QString &label, const QList<CopyStep> &steps,
                                       int *failedStep = nullptr)
{
    struct Outcome
    {
        Status status = Error{QCoreApplication::translate(
            "ttcs::Database", "The copy was cancelled; nothing was written.")};
        int failedStep = -1;
    };
    auto outcome = std::make_shared<Outcome>();
    auto removeAll = [steps] {
        for (const CopyStep &step : steps)
            QFile::remove(step.to);
    };
    const TaskEnd end = runInBackground(parent, title, label, [steps, outcome, removeAll](
                                                                  TaskProgress &progress) {
        constexpr int scale = 1000;
        const int n = int(steps.size());
        Status st;
        int i = 0;
        for (; i < n && st.ok(); ++i) {
            st = db::backupFile(
                steps.at(i).from, steps.at(i).to,
                [&progress, i, n](qint64 done, qint64 total) {
                    const int part = total > 0 ? int(scale * done / total) : 0;
                    return progress.report((i * scale + part) / n, scale);
                },
                steps.at(i).readOnly);
        }
        // A copy finished before Cancel goes too.
        if (!st.ok() || progress.isCancelled())
            removeAll();
        outcome->failedStep = st.ok() ? -1 : i - 1;
        outcome->status = st;
    });
    if (end == TaskEnd::Cancelled) {
        // Finished as Cancel was pressed: the work did not see it. Still
        // running: it removes what it writes once it sees it.
        removeAll();
        return std::nullopt;
    }
    if (failedStep)
        *failedStep = outcome->failedStep;
    return outcome->status;
}

// Copies the open database to `path` by copyInBackground(), written beside
// it and put in its place once whole: a file already there stays as it was
// until then. Returns nothing when cancelled, else how it went.
std::optional<Status> copyDatabaseTo(QWidget *parent, const db::Database &db, const QString &path,
                                     const QString &title, const QString &label)
{
    const QString staged = path + QStringLiteral(".part");
    const auto copied =
        copyInBackground(parent, title, label, {{db.path(), staged, db.isReadOnly()}});
    if (!copied)
        return std::nullopt;
    Status st = *copied;
    if (st.ok()) {
        st = db::putInPlace(staged, path);
        if (!st.ok())
            QFile::remove(staged);
    }
    return st;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_year(new QComboBox(this))
    , m_pathLabel(new QLabel(this))
    , m_undo(new QUndoStack(this))
    , m_spokespersons(new SpokespersonsPage(m_undo, this))
    , m_noteTurn(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    QIcon appIcon;
    for (int size : {16, 32, 48, 64, 128, 256})
        appIcon.addFile(QStringLiteral(":/icons/png/ttcs-%1.png").arg(size), QSize(size, size));
    setWindowIcon(appIcon);
    setWindowTitle(tr("TTCS – Policy communication"));

    m_pages = {new OverviewPage(this),
               new PlanPage(m_undo, this),
               new ProgressPage(m_undo, this),
               new UnitsPage(m_undo, this),
               m_spokespersons,
               new TrainingPage(m_undo, this),
               new MediaPage(m_undo, this),
               new ReportsPage(this)};

    static_cast<OverviewPage *>(m_pages.first())
        ->linkPages(
            m_pages, [this](Page *page) { showPage(int(m_pages.indexOf(page))); },
            [this](int y) { setYear(y); });

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    int shortcut = 1;
    for (Page *page : std::as_const(m_pages)) {
        auto *item = new QListWidgetItem(QIcon(page->iconName()), page->title(), m_nav);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(page->title()).arg(shortcut));
        m_stack->addWidget(page);
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcut)));
        const int index = shortcut - 1;
        connect(action, &QAction::triggered, this, [this, index] { showPage(index); });
        addAction(action);
        ++shortcut;
    }
    m_nav->setFixedWidth(m_nav->sizeHintForColumn(0) + 40);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto *toolbar = addToolBar(tr("Year"));
    toolbar->setObjectName(QStringLiteral("yearToolBar"));
    toolbar->setMovable(false);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    yearLabel->setContentsMargins(8, 0, 4, 0);
    m_year->setObjectName(QStringLiteral("yearSelector"));
    m_year->setToolTip(tr("The year whose plan, progress and figures are shown"));
    toolbar->addWidget(yearLabel);
    toolbar->addWidget(m_year);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] { refreshPages(); });

    m_pathLabel->setObjectName(QStringLiteral("databasePath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_pathLabel);
    m_noteTurn->setSingleShot(true);
    connect(m_noteTurn, &QTimer::timeout, this, &MainWindow::sayNextNote);
    // Queued: the status bar has finished changing when it is looked at.
    connect(statusBar(), &QStatusBar::messageChanged, this, &MainWindow::statusMessageChanged,
            Qt::QueuedConnection);

    setAcceptDrops(true); // database files, and what the pages take
    buildMenus();
    fillYears();
    m_nav->setCurrentRow(0);

    const QSettings settings;
    m_hasSavedGeometry =
        restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (!m_hasSavedGeometry)
        resize(1280, 720);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    refreshPages();
}

MainWindow::~MainWindow()
{
    stopDailyBackup();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
                                         tr("&New database…"), this, &MainWindow::newDatabase);
    newAction->setObjectName(QStringLiteral("newDatabaseAction"));
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open database…"),
                        this, &MainWindow::openDatabaseDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    // The import of spokesperson lists, from any page.
    QAction *import = m_spokespersons->importAction();
    file->addAction(import);
    connect(import, &QAction::triggered, this,
            [this] { showPage(int(m_pages.indexOf(m_spokespersons))); });
    file->addSeparator();
    QAction *copy = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                    tr("Save a &copy…"), this, &MainWindow::saveCopy);
    copy->setShortcut(QKeySequence::SaveAs);
    QAction *backup = file->addAction(tr("&Back up now"), this, &MainWindow::backupNow);
    backup->setObjectName(QStringLiteral("backupAction"));
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QAction *restore =
        file->addAction(tr("Res&tore from a backup…"), this, &MainWindow::restoreBackup);
    restore->setObjectName(QStringLiteral("restoreAction"));
    m_writeActions << restore;
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")),
                                    tr("&Find on this page"), this, &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction *reload = edit->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                      tr("Re&load"), this, &MainWindow::refreshPages);
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setShortcut(QKeySequence::Refresh);
    reload->setToolTip(tr("Read the data again, e.g. after another copy of TTCS changed it"));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *profile = tools->addAction(tr("Organisation &profile…"), this, [this] {
        if (!m_db)
            return;
        ProfileDialog dialog(*m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            refreshPages();
    });
    profile->setObjectName(QStringLiteral("profileAction"));
    tools->addSeparator();
    QAction *settings =
        tools->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Settings…"),
                         this, [this] { SettingsDialog(this).exec(); });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About TTCS"), this, &MainWindow::about);
    updateRecentMenu();
}

void MainWindow::fillYears()
{
    const QSignalBlocker block(m_year);
    const int current = QDate::currentDate().year();
    int first = 2023;
    if (m_db) {
        auto plan = db::PlanRepository(*m_db).forYear(current);
        if (plan && plan->year > 0)
            first = std::min(plan->year, current);
    }
    const int selected = m_year->count() ? year() : current;
    m_year->clear();
    for (int y = current + 1; y >= first; --y)
        m_year->addItem(QString::number(y), y);
    const int idx = m_year->findData(selected);
    m_year->setCurrentIndex(idx >= 0 ? idx : m_year->findData(current));
}

int MainWindow::year() const
{
    return m_year->currentData().toInt();
}

void MainWindow::setYear(int y)
{
    int idx = m_year->findData(y);
    if (idx < 0 && y > 0) {
        // A year outside the plan's (e.g. of an older training class), in
        // its place among the others, latest first.
        const QSignalBlocker block(m_year);
        idx = 0;
        while (idx < m_year->count() && m_year->itemData(idx).toInt() > y)
            ++idx;
        m_year->insertItem(idx, QString::number(y), y);
    }
    if (idx >= 0)
        m_year->setCurrentIndex(idx);
}

void MainWindow::showPage(int index)
{
    m_nav->setCurrentRow(index);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::refreshPages()
{
    for (Page *page : std::as_const(m_pages))
        page->setContext(m_db.get(), year());
}

QString MainWindow::openDatabase(const QString &path, bool create)
{
    // One writer per file: when another copy of TTCS holds the lock, this
    // one opens the file read-only and says so.
    const QString lockPath = QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock");
    std::unique_ptr<QLockFile> lock;
    db::OpenOptions options;
    options.create = create;
    if (m_lock && m_lockPath == lockPath) {
        lock = std::move(m_lock); // the file is already ours
    } else {
        lock = std::make_unique<QLockFile>(lockPath);
        lock->setStaleLockTime(0);
        if (QFileInfo(path).absoluteDir().exists() && !lock->tryLock(0)) {
            options.readOnly = true;
            options.readOnlyReason = tr("another copy of TTCS has it open");
            lock.reset();
        }
    }
    auto opened = db::Database::open(path, options);
    if (!opened) {
        if (!m_lock && lock && m_lockPath == lockPath)
            m_lock = std::move(lock);
        return opened.error();
    }
    m_undo->clear(); // edits of another file cannot be undone here
    stopDailyBackup(); // a copy of the file being closed
    forgetMessages();  // they were about the file being closed
    m_db.reset();
    m_lock = std::move(lock);
    m_lockPath = lockPath;
    m_db = std::move(opened).value();
    QString label = QDir::toNativeSeparators(m_db->path());
    if (m_db->isReadOnly())
        label = tr("%1 (read-only: %2)").arg(label, m_db->readOnlyReason());
    m_pathLabel->setText(label);
    m_pathLabel->setToolTip(tr("The database file being worked on"));
    setWindowFilePath(m_db->path());
    setWindowTitle(tr("%1 – TTCS").arg(QFileInfo(m_db->path()).fileName()));
    if (!m_db->backupBeforeMigration().isEmpty()) {
        showLasting(tr("The database was upgraded; a copy of the old file is at %1")
                        .arg(QDir::toNativeSeparators(m_db->backupBeforeMigration())));
    }
    if (!m_db->isReadOnly())
        startDailyBackup();
    for (QAction *a : std::as_const(m_writeActions))
        a->setEnabled(!m_db->isReadOnly());
    addRecent(m_db->path());
    fillYears();
    refreshPages();
    return {};
}

// The first open of each day keeps a dated copy, made on a thread of its
// own through a connection of its own: the window is usable meanwhile, and
// the copy of a large file no longer holds up its opening.
void MainWindow::startDailyBackup()
{
    stopDailyBackup();
    const QString database = m_db->path();
    const QString folder = SettingsDialog::backupFolder(*m_db);
    const int keep = SettingsDialog::backupsKept();
    const QDate today = QDate::currentDate();
    // The journal is written back into the file by the copy, on its
    // thread: after a crash it can hold many megabytes, whose writing back
    // would hold up the window. It takes no write lock meanwhile, so an
    // edit made in the window is not kept waiting (see db::backupFile()).
    auto outcome = std::make_shared<Result<QString>>(QString());
    m_dailyBackup = startInBackground(
        this,
        [database, folder, keep, today, outcome](TaskProgress &progress) {
            *outcome = db::dailyBackupFile(
                database, today, keep, folder, [&progress](qint64 done, qint64 total) {
                    return progress.report(total > 0 ? int(1000 * done / total) : 0, 1000);
                });
        },
        [this, outcome](TaskEnd end) {
            if (!*outcome) {
                // Stopped because the window closed or another file was
                // opened: the next open today makes the copy.
                if (end == TaskEnd::Cancelled)
                    return;
                showLasting(tr("The daily backup could not be made: %1").arg(outcome->error()));
                return;
            }
            // Housekeeping, said in passing: after what the status bar
            // shows now, which the user may need to read.
            if (!outcome->value().isEmpty())
                sayInPassing(tr("Today's backup was saved to %1")
                                 .arg(QDir::toNativeSeparators(outcome->value())),
                             10000);
        });
}

// Stops the daily backup and waits for it (a moment: it checks after
// each megabyte); what it had written goes.
void MainWindow::stopDailyBackup()
{
    m_dailyBackup.cancelAndWait();
}

namespace {
// How long a message that stays is left alone before a note said in
// passing takes its turn: time to read it.
constexpr int kReadingTime = 8000;
} // namespace

// A message that stays until another replaces it, such as the notice that
// the database was upgraded: notes said in passing come in between once
// it has been read, and it comes back after them.
void MainWindow::showLasting(const QString &text)
{
    m_lasting = text;
    m_lastingAside = false;
    m_lastingSince.start();
    statusBar()->showMessage(text);
}

// Shows `text` for `timeout` ms once the status bar is free: after a
// message with a time of its own has gone, or once a message that stays
// has been read. Nothing said is lost under another message.
void MainWindow::sayInPassing(const QString &text, int timeout)
{
    m_notes.append({text, timeout});
    sayNextNote();
}

void MainWindow::sayNextNote()
{
    if (m_notes.isEmpty())
        return;
    const QString current = statusBar()->currentMessage();
    if (!current.isEmpty()) {
        if (current != m_lasting)
            return; // its time ends, and statusMessageChanged() comes back here
        const qint64 left = kReadingTime - m_lastingSince.elapsed();
        if (left > 0) {
            m_noteTurn->start(int(left));
            return;
        }
        m_lastingAside = true;
    }
    const Note note = m_notes.takeFirst();
    statusBar()->showMessage(note.text, note.timeout);
}

void MainWindow::statusMessageChanged()
{
    const QString current = statusBar()->currentMessage();
    if (!current.isEmpty()) {
        // Replaced by another message: the one that stayed is gone, unless
        // a note only took its place for a while.
        if (current != m_lasting && !m_lastingAside)
            m_lasting.clear();
        return;
    }
    if (!m_notes.isEmpty()) {
        sayNextNote();
    } else if (m_lastingAside) {
        m_lastingAside = false;
        m_lastingSince.start();
        statusBar()->showMessage(m_lasting);
    }
}

void MainWindow::forgetMessages()
{
    if (!m_lasting.isEmpty() && statusBar()->currentMessage() == m_lasting)
        statusBar()->clearMessage();
    m_notes.clear();
    m_noteTurn->stop();
    m_lasting.clear();
    m_lastingAside = false;
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New database"), QDir::homePath() + QStringLiteral("/ttcs.sqlite"),
        tr("TTCS databases (*.sqlite *.db);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("New database"),
            tr("%1 already exists. Choose another name; an existing file is never overwritten.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    // The same choice as on the first start: the demo data or one's own
    // province. Cancelling it creates nothing and keeps the open database.
    FirstRunDialog choice(path, FirstRunDialog::NewDatabase, this);
    if (choice.exec() != QDialog::Accepted)
        return;
    const QString error = openDatabase(path, false);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("New database"), error);
        return;
    }
    showPage(0); // the overview of the new data
}

void MainWindow::openDatabaseDialog()
{
    const QString start = m_db ? QFileInfo(m_db->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), start, tr("TTCS databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = openDatabase(path, false);
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Open database"), error);
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    int n = 1;
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(n++).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] {
            const QString error = openDatabase(path, false);
            if (!error.isEmpty())
                QMessageBox::critical(this, tr("Open database"), error);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::saveCopy()
{
    if (!m_db)
        return;
    const QFileInfo info(m_db->path());
    const QString suggested = info.absoluteDir().filePath(
        info.completeBaseName() + QStringLiteral("-") + QDate::currentDate().toString(Qt::ISODate) +
        QStringLiteral(".sqlite"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy"), suggested, tr("TTCS databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == info.absoluteFilePath()) {
        QMessageBox::warning(this, tr("Save a copy"),
                             tr("Choose another file than the open database."));
        return;
    }
    const auto copied = copyDatabaseTo(this, *m_db, path, tr("Save a copy"), tr("Saving a copy…"));
    if (!copied) {
        statusBar()->showMessage(tr("Cancelled: no copy was saved."), 8000);
        return;
    }
    if (!copied->ok()) {
        QMessageBox::critical(this, tr("Save a copy"), copied->error());
        return;
    }
    statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::backupNow()
{
    if (!m_db)
        return;
    const QString folder = SettingsDialog::backupFolder(*m_db);
    if (!QDir().mkpath(folder)) {
        QMessageBox::critical(
            this, tr("Back up now"),
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    const QString path = QDir(folder).filePath(
        QFileInfo(m_db->path()).completeBaseName() + QStringLiteral("-") +
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss")) +
        QStringLiteral(".sqlite"));
    const auto copied = copyDatabaseTo(this, *m_db, path, tr("Back up now"), tr("Backing up…"));
    if (!copied) {
        statusBar()->showMessage(tr("Cancelled: no backup was made."), 8000);
        return;
    }
    if (!copied->ok()) {
        QMessageBox::critical(this, tr("Back up now"), copied->error());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::restoreBackup()
{
    if (!m_db || m_db->isReadOnly())
        return;
    const QString source =
        QFileDialog::getOpenFileName(this, tr("Restore from a backup"), SettingsDialog::backupFolder(*m_db),
                                     tr("TTCS databases (*.sqlite *.db);;All files (*)"));
    if (source.isEmpty())
        return;
    const Status usable = db::checkRestorable(source);
    if (!usable.ok()) {
        QMessageBox::critical(this, tr("Restore from a backup"), usable.error());
        return;
    }
    const QString target = m_db->path();
    if (QMessageBox::question(this, tr("Restore from a backup"),
                              tr("Replace the data in %1 with the backup %2?\n\nA copy of the "
                                 "current data is kept in "
                                 "the backups folder first.")
                                  .arg(QDir::toNativeSeparators(target),
                                       QDir::toNativeSeparators(source))) != QMessageBox::Yes)
        return;
    // Today's automatic copy of the data about to be replaced: stopped,
    // as the copy below keeps them, and the two would compete for the
    // disk. It is made again when nothing is restored.
    stopDailyBackup();
    const QString safety =
        QDir(SettingsDialog::backupFolder(*m_db))
            .filePath(QFileInfo(target).completeBaseName() + QStringLiteral("-before-restore-") +
                      QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss")) +
                      QStringLiteral(".sqlite"));
    QDir().mkpath(SettingsDialog::backupFolder(*m_db));
    // Both copies are made while the database stays open: the current data
    // to the safety copy, and the backup to a file beside the database.
    // Only then is the database closed, the copy put in its place in one
    // step, and the database opened again.
    const QString staged = target + QStringLiteral(".restoring");
    int failedStep = -1;
    const auto copied =
        copyInBackground(this, tr("Restore from a backup"), tr("Restoring from the backup…"),
                         {{target, safety, false}, {source, staged, true}}, &failedStep);
    if (!copied) {
        statusBar()->showMessage(tr("Cancelled: nothing was restored."), 8000);
        startDailyBackup();
        return;
    }
    if (!copied->ok()) {
        QMessageBox::critical(
            this, tr("Restore from a backup"),
            failedStep == 0
                ? tr("The current data could not be copied first, so nothing was restored: %1")
                      .arg(copied->error())
                : copied->error());
        startDailyBackup();
        return;
    }
    m_undo->clear();
    stopDailyBackup();
    m_db.reset(); // close the file before replacing it
    const Status replaced = db::putInPlace(staged, target, true);
    if (!replaced.ok())
        QFile::remove(staged);
    const QString error = openDatabase(target, false);
    if (!replaced.ok()) {
        QMessageBox::critical(this, tr("Restore from a backup"), replaced.error());
        return;
    }
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Restore from a backup"), error);
        return;
    }
    showLasting(
        tr("Restored from %1; the data before it are in %2")
            .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(safety)));
}

void MainWindow::showGuide()
{
    // The guide is written in Vietnamese, the language of its readers.
    QFile file(QStringLiteral(":/guide/guide_vi.html"));
    QString html;
    if (file.open(QIODevice::ReadOnly))
        html = QString::fromUtf8(file.readAll());
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("User guide"));
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("guideBrowser"));
    browser->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(760, 600);
    dialog->show();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About TTCS"),
        tr("<h3>TTCS %1</h3><p>Policy communication: the plan, its tasks and units, spokespersons, "
           "training and media monitoring, and the documents that go with them.</p>"
           "<p>Qt %2</p>")
            .arg(QStringLiteral(TTCS_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    stopDailyBackup();
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

void MainWindow::focusSearch()
{
    // The page's search field: its first editable line with a hint in it.
    const QList<QLineEdit *> lines = m_stack->currentWidget()->findChildren<QLineEdit *>();
    for (QLineEdit *line : lines) {
        if (line->isVisible() && line->isEnabled() && !line->isReadOnly() &&
            !line->placeholderText().isEmpty()) {
            line->setFocus(Qt::ShortcutFocusReason);
            line->selectAll();
            return;
        }
    }
}

bool MainWindow::isDatabaseFile(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("sqlite"), QStringLiteral("sqlite3"),
                                         QStringLiteral("ttcs"), QStringLiteral("db")};
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    if (suffixes.contains(info.suffix().toLower()))
        return true;
    // A copy renamed by hand is still recognised by its SQLite header.
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

QString MainWindow::openFiles(const QStringList &paths)
{
    QStringList databases;
    QStringList others;
    for (const QString &path : paths)
        (isDatabaseFile(path) ? databases : others) << path;
    QStringList problems;
    if (databases.size() > 1)
        problems << tr("Drop one database at a time.");
    else if (databases.size() == 1)
        problems << openDatabase(databases.first(), false);
    if (!others.isEmpty()) {
        auto *page = qobject_cast<Page *>(m_stack->currentWidget());
        if (!page || !page->openFiles(others)) {
            QStringList names;
            for (const QString &path : std::as_const(others))
                names << QFileInfo(path).fileName();
            problems << tr("This page cannot open %1. Database files (.sqlite) open anywhere; "
                           "spreadsheets open on the page they are for.")
                            .arg(names.join(QStringLiteral(", ")));
        }
    }
    problems.removeAll(QString());
    return problems.join(QLatin1Char('\n'));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool local = !urls.isEmpty() &&
                       std::all_of(urls.begin(), urls.end(), [](const QUrl &u) { return u.isLocalFile(); });
    if (local)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls)
        paths << url.toLocalFile();
    event->acceptProposedAction();
    const QString problem = openFiles(paths);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Open files"), problem);
}

} // namespace ttcs::ui
