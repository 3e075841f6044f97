// The main window: navigation between the pages, the year being worked on,
// the database file, and the File menu.
#pragma once

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace ttcs::db {
class Database;
}

namespace ttcs::ui {

class Page;

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
    int year() const;
    void setYear(int year);
    QList<Page *> pages() const { return m_pages; }
    void showPage(int index);
    int currentPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void fillYears();
    void refreshPages();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void newDatabase();
    void openDatabaseDialog();
    void about();

    std::unique_ptr<db::Database> m_db;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QComboBox *m_year;
    QLabel *m_pathLabel;
    QMenu *m_recentMenu = nullptr;
    QList<Page *> m_pages;
};

} // namespace ttcs::ui
