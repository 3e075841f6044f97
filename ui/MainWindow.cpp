#include "MainWindow.h"

#include "Page.h"
#include "ProfileDialog.h"
#include "db/Database.h"
#include "db/PlanRepository.h"
#include "pages/OverviewPage.h"
#include "pages/PlaceholderPage.h"
#include "pages/PlanPage.h"
#include "pages/ReportsPage.h"
#include "pages/SpokespersonsPage.h"
#include "pages/UnitsPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace ttcs::ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentFiles");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_year(new QComboBox(this))
    , m_pathLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ttcs.svg")));
    setWindowTitle(tr("TTCS – Policy communication"));

    m_pages = {new OverviewPage(this),
               new PlanPage(this),
               new UnitsPage(this),
               new SpokespersonsPage(this),
               new PlaceholderPage(PlaceholderPage::Training, this),
               new PlaceholderPage(PlaceholderPage::Media, this),
               new ReportsPage(this)};

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    int shortcut = 1;
    for (Page *page : std::as_const(m_pages)) {
        auto *item = new QListWidgetItem(QIcon::fromTheme(page->iconName()), page->title(), m_nav);
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

    buildMenus();
    fillYears();
    m_nav->setCurrentRow(0);

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 720);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    refreshPages();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
                                         tr("&New database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open database…"),
                        this, &MainWindow::openDatabaseDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *profile = tools->addAction(tr("Organisation &profile…"), this, [this] {
        if (!m_db)
            return;
        ProfileDialog dialog(*m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            refreshPages();
    });
    profile->setObjectName(QStringLiteral("profileAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    const int idx = m_year->findData(y);
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
    db::OpenOptions options;
    options.create = create;
    auto opened = db::Database::open(path, options);
    if (!opened)
        return opened.error();
    m_db = std::move(opened).value();
    QString label = QDir::toNativeSeparators(m_db->path());
    if (m_db->isReadOnly())
        label = tr("%1 (read-only: %2)").arg(label, m_db->readOnlyReason());
    m_pathLabel->setText(label);
    m_pathLabel->setToolTip(tr("The database file being worked on"));
    setWindowFilePath(m_db->path());
    setWindowTitle(tr("%1 – TTCS").arg(QFileInfo(m_db->path()).fileName()));
    if (!m_db->backupBeforeMigration().isEmpty()) {
        statusBar()->showMessage(tr("The database was upgraded; a copy of the old file is at %1")
                                     .arg(QDir::toNativeSeparators(m_db->backupBeforeMigration())));
    }
    addRecent(m_db->path());
    fillYears();
    refreshPages();
    return {};
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
    const QString error = openDatabase(path, true);
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("New database"), error);
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
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace ttcs::ui
