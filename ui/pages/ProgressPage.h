// Progress: every task of the year with each unit involved, what it
// reported and where it stands, each status with its icon and a legend;
// filters by status, unit, task group and text; a double-click edits a
// line, and every edit can be undone. Progress forms go out to the units
// from here and come back in (also dropped onto the window), with the rows
// that change what is on record shown side by side.
#pragma once

#include "Page.h"
#include "domain/Progress.h"

#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class QUndoStack;

namespace ttcs::ui {

class ProgressTableModel;
class SortFilterProxy;

class ProgressPage final : public Page
{
    Q_OBJECT
public:
    ProgressPage(QUndoStack *undo, QWidget *parent = nullptr);
    QString title() const override { return tr("Progress"); }
    QString iconName() const override { return QStringLiteral(":/icons/nav/plan.png"); }
    // Spreadsheets dropped on the window: imported as progress forms.
    bool openFiles(const QStringList &paths) override;

    // Shows only the lines of a task group ("3") and/or a unit with one
    // outcome as the overview counts them (ProgressTableModel::
    // overviewOutcomeKey); empty values leave that part open. The group and
    // the unit are set in their filters, so the user sees them there; a bar
    // above the list names the outcome and clears everything.
    void setOverviewFilter(const QString &taskGroup, const QString &unitName,
                           const QString &outcomeKey);

    ProgressTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Writes the form of one unit (unitId > 0) to the file `target`, or of
    // every unit of the year (unitId 0) into the folder `target`, on a
    // thread of its own behind a progress dialog with Cancel. All or
    // nothing: cancelled or failed, no form is left in the folder, and a
    // file it replaces is either the old one or the new one. Returns the
    // message, empty when every form was written; `cancelled` tells a
    // cancelled export, `written` how many forms were written.
    QString exportForms(qint64 unitId, const QString &target, bool *cancelled = nullptr,
                        int *written = nullptr);
    // Reads the files, lets the user settle the conflicts, imports and
    // shows a summary; the import can be undone.
    void importForms(const QStringList &paths);

protected:
    void reload() override;

private:
    void exportFormsDialog();
    void importFormsDialog();
    void applyFilter();
    void fillGroups();
    void updateOverviewBar();
    void editCurrent();

    QUndoStack *m_undo;
    ProgressTableModel *m_model;
    SortFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_unit;
    QComboBox *m_group;
    QTableView *m_view;
    QLabel *m_summary;
    QMap<TrackedStatus, QToolButton *> m_legend; // under the list, in status order
    QWidget *m_overviewBar;
    QLabel *m_overviewText;
    QString m_overviewOutcome; // set by the overview, cleared by its bar
};

} // namespace ttcs::ui
