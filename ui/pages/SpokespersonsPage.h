// Spokespersons: who speaks for each unit, searchable, filtered by kind of
// unit and district, as of any date; lists imported from the units'
// spreadsheets, with the history of imports and their undo.
#pragma once

#include "Page.h"
#include "domain/Unit.h"

#include <optional>

#include <QPointer>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace ttcs::ui {

class ImportHistoryDialog;
class ImportWizard;
class SortFilterProxy;
class SpokespersonTableModel;

class SpokespersonsPage final : public Page
{
    Q_OBJECT
public:
    explicit SpokespersonsPage(QUndoStack *undo, QWidget *parent = nullptr);
    QString title() const override { return tr("Spokespersons"); }
    QString iconName() const override { return QStringLiteral(":/icons/nav/spokespersons.png"); }
    // Spreadsheets dropped on the window while this page shows: imported.
    bool openFiles(const QStringList &paths) override;

    // "Import list…" (Ctrl+I), also in the File menu.
    QAction *importAction() const { return m_importAction; }
    // Opens the import wizard with `files` (the one already open gets
    // them); null when no database can take an import.
    ImportWizard *startImport(const QStringList &files = {});
    ImportHistoryDialog *showHistory();
    // Opens the edit dialog of the selected person; the edit goes through
    // the undo stack.
    void editSelected();
    // A person typed in by hand (Insert), and the selected one removed
    // after asking (Delete); both through the undo stack.
    void addPerson();
    void removeSelected();

    SpokespersonTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QDate asOf() const;
    void setAsOf(const QDate &date);
    // Shows only the people of units of `kind` (none: every unit).
    void setKindFilter(std::optional<UnitKind> kind);

protected:
    void reload() override;

private:
    void fillFilters();
    void applyFilters();
    void updateCount();

    QUndoStack *m_undo;
    SpokespersonTableModel *m_model;
    SortFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_district;
    QDateEdit *m_asOf;
    QTableView *m_view;
    QLabel *m_count;
    QAction *m_importAction;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_removeAction;
    QAction *m_historyAction;
    QPointer<ImportWizard> m_wizard;
    QPointer<ImportHistoryDialog> m_history;
    int m_shownYear = 0;
};

} // namespace ttcs::ui
