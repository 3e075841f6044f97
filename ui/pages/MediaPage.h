// Media monitoring: the year's items about the province in the press and
// on social media. A form row at the top takes one item after another
// from the keyboard (Enter saves, the date, outlet, topic and sentiment
// stay for the next); the list below is searched without diacritics and
// filtered by sentiment and month; CSV files import as one batch. Every
// edit can be undone.
#pragma once

#include "Page.h"
#include "domain/MediaItem.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace ttcs::ui {

class MediaTableModel;
class MonthSentimentModel;
class SortFilterProxy;

class MediaPage final : public Page
{
    Q_OBJECT
public:
    MediaPage(QUndoStack *undo, QWidget *parent = nullptr);
    QString title() const override { return tr("Media monitoring"); }
    QString iconName() const override { return QStringLiteral(":/icons/nav/media.png"); }

    // Shows only the items of `sentiment` (none: all) in `month` (1-12;
    // 0: the whole year); the search is cleared.
    void setFilter(std::optional<Sentiment> sentiment, int month);

    MediaTableModel *model() const { return m_model; }
    MonthSentimentModel *monthModel() const { return m_months; }
    QTableView *view() const { return m_view; }

    // Imports the items of a CSV file after showing what would happen (the
    // user confirms). Returns the summary shown, or the error.
    QString importCsv(const QString &path);
    // A CSV file dropped on the window is imported as with Import CSV.
    bool openFiles(const QStringList &paths) override;

protected:
    void reload() override;

private:
    void addFromForm();
    void applyFilter();
    void editCurrent();
    void removeCurrent();
    void importDialog();
    void updateButtons();
    bool itemDialog(MediaItem &item);
    void rememberChoices(const QList<MediaItem> &items);
    const MediaItem *currentItem() const;

    QUndoStack *m_undo;
    MediaTableModel *m_model;
    SortFilterProxy *m_proxy;
    MonthSentimentModel *m_months;
    // The entry form.
    QDateEdit *m_date;
    QComboBox *m_outlet;
    QLineEdit *m_title;
    QLineEdit *m_link;
    QComboBox *m_topic;
    QComboBox *m_sentiment;
    QLineEdit *m_note;
    QLabel *m_formProblem;
    // The list.
    QLineEdit *m_search;
    QComboBox *m_sentimentFilter;
    QComboBox *m_monthFilter;
    QTableView *m_view;
    QTableView *m_monthView;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_import;
    qint64 m_select = 0; // the item to select after the next reload
};

} // namespace ttcs::ui
