// A page of the main window: one entry of the navigation. Pages read the
// database through repositories and show one year at a time.
#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

namespace ttcs::db {
class Database;
}

class QUndoStack;

namespace ttcs::ui {

class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget *parent = nullptr);

    // Shows the data of `db` (null: no database open) for `year`.
    // Pages load lazily: the data is read when the page is first shown.
    void setContext(db::Database *db, int year);

    virtual QString title() const = 0;
    // The navigation icon, a resource path.
    virtual QString iconName() const = 0;

    // Files dropped on the main window that are not databases (the window
    // opens those itself), e.g. spreadsheets to import. Returns true when
    // the page takes them; the default takes none.
    virtual bool openFiles(const QStringList &paths);

protected:
    virtual void reload() = 0;
    void showEvent(QShowEvent *event) override;

    db::Database *database() const { return m_db; }
    int year() const { return m_year; }
    // True when a database is open and may be changed.
    bool isWritable() const;
    // isWritable(), telling the user when the database is read-only.
    bool checkWritable();
    // Shows `error`, when there is one, in a warning titled with the
    // page's title; returns it.
    QString failed(const QString &error);
    // Puts an edit the page has made on `stack`. Its undo and redo steps
    // return an error (empty when they worked); after each the page reloads
    // and shows the error.
    void pushEdit(QUndoStack *stack, const QString &text, std::function<QString()> undo,
                  std::function<QString()> redo);

private:
    db::Database *m_db = nullptr;
    int m_year = 0;
    bool m_stale = true;
};

} // namespace ttcs::ui
