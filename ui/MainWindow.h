// The main window: navigation between the pages, the year being worked on,
// the database file, and the File menu.
#pragma once

#include "BackgroundTask.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QComboBox;
class QLockFile;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace ttcs::db {
class Database;
}

namespace ttcs::ui {

class Page;
class SpokespersonsPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the database at `path` (creating it with the default data when
    // `create` is set and it does not exist). On failure the current
    // database stays open and the error is returned.
    QString openDatabase(const QString &path, bool create);

    db::Database *database() const { return m_db.get(); }
    QUndoStack *undoStack() const { return m_undo; }
    int year() const;
    // Shows `year` on every page; a year the selector does not list yet is
    // added to it.
    void setYear(int year);
    QList<Page *> pages() const { return m_pages; }
    void showPage(int index);
    // False on the first start: the window has no size of its own yet.
    bool hasSavedGeometry() const { return m_hasSavedGeometry; }
    int currentPage() const;

    // Opens dropped or passed files: a database file replaces the open one,
    // anything else goes to the current page. Returns what was refused,
    // as a message for the user (empty when everything was taken).
    QString openFiles(const QStringList &paths);
    static bool isDatabaseFile(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void fillYears();
    void refreshPages();
    void focusSearch();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void newDatabase();
    void openDatabaseDialog();
    void about();
    void showGuide();
    void saveCopy();
    void backupNow();
    void restoreBackup();
    void startDailyBackup();
    void stopDailyBackup();
    // The status bar's messages: one that stays until it is replaced, and
    // notes said in passing, each in its turn after what is shown.
    void showLasting(const QString &text);
    void sayInPassing(const QString &text, int timeout);
    void sayNextNote();
    void statusMessageChanged();
    void forgetMessages();

    std::unique_ptr<db::Database> m_db;
    // Held while this window has the database open: a second copy of the
    // app opens it read-only.
    std::unique_ptr<QLockFile> m_lock;
    QString m_lockPath;
    bool m_hasSavedGeometry = false;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QComboBox *m_year;
    QLabel *m_pathLabel;
    QUndoStack *m_undo;
    QMenu *m_recentMenu = nullptr;
    QList<Page *> m_pages;
    SpokespersonsPage *m_spokespersons;
    QList<QAction *> m_writeActions; // disabled while the database is read-only
    // The copy made on the first open of each day, while it runs.
    BackgroundJob m_dailyBackup;
    struct Note
    {
        QString text;
        int timeout;
    };
    QList<Note> m_notes; // said in passing, waiting for their turn
    QString m_lasting;   // the message that stays, while it is shown
    bool m_lastingAside = false; // a note is shown in its place; it comes back after
    QElapsedTimer m_lastingSince;
    QTimer *m_noteTurn; // when the message that stays has been read
};

} // namespace ttcs::ui
