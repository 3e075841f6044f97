#include "import/ImportWizard.h"

#include "db/Database.h"
#include "db/UnitRepository.h"
#include "import/ChoiceDelegate.h"
#include "import/ImportModels.h"
#include "sheet/WorkbookReader.h"
#include "text/VietnameseText.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace ttcs::ui {

namespace {

const QString kMappingGroup = QStringLiteral("importMappings");

// Rows from which the commit shows a progress dialog: about half a second
// of writing on an office computer.
constexpr std::size_t kCommitProgressRows = 20000;

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("importError"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QTableView *tableView(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QString number(int n)
{
    return QLocale().toString(n);
}

ImportWizard *wizardOf(QWizardPage *page)
{
    return qobject_cast<ImportWizard *>(page->window());
}

} // namespace

// Files ------------------------------------------------------------------------

class ImportFilesPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilesPage(ImportWizard *wizard)
        : m_list(new QListWidget(this))
        , m_error(errorLabel(this))
    {
        setTitle(tr("Files to import"));
        setSubTitle(tr("Choose the lists of spokespersons sent by the units: Excel (.xlsx, .xls), "
                       "OpenDocument (.ods) or text (.csv, .txt). Files can also be dragged here. "
                       "They are imported one after the other."));
        m_list->setObjectName(QStringLiteral("importFiles"));
        m_list->setToolTip(tr("The files to import, in order; Delete removes the selected one"));
        auto *add = new QPushButton(tr("&Add files…"), this);
        add->setObjectName(QStringLiteral("addFiles"));
        add->setToolTip(tr("Choose one or more spreadsheet files"));
        auto *remove = new QPushButton(tr("&Remove"), this);
        remove->setToolTip(tr("Remove the selected file from the list (Delete)"));
        remove->setShortcut(QKeySequence::Delete);
        auto *buttons = new QVBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch();
        auto *row = new QHBoxLayout;
        row->addWidget(m_list, 1);
        row->addLayout(buttons);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(row, 1);
        layout->addWidget(m_error);

        connect(add, &QPushButton::clicked, this, [this, wizard] {
            const QString filter =
                tr("Spreadsheets (%1)").arg(ImportWizard::fileSuffixes().join(QLatin1Char(' '))) +
                QStringLiteral(";;") + tr("All files (*)");
            const QString start = QSettings().value(QStringLiteral("import/lastFolder")).toString();
            const QStringList paths =
                QFileDialog::getOpenFileNames(this, tr("Files to import"), start, filter);
            if (paths.isEmpty())
                return;
            QSettings().setValue(QStringLiteral("import/lastFolder"),
                                 QFileInfo(paths.first()).absolutePath());
            wizard->addFiles(paths);
        });
        connect(remove, &QPushButton::clicked, this, [this, wizard] {
            if (QListWidgetItem *item = m_list->currentItem())
                wizard->removeFile(item->data(Qt::UserRole).toInt());
        });
        connect(wizard, &ImportWizard::filesChanged, this, [this] {
            refresh();
            Q_EMIT completeChanged();
        });
    }

    void initializePage() override
    {
        showError(m_error, {});
        refresh();
    }

    bool isComplete() const override
    {
        const ImportWizard *w = wizardOf(const_cast<ImportFilesPage *>(this));
        return w && w->nextPendingFile() >= 0;
    }

    bool validatePage() override
    {
        ImportWizard *w = wizardOf(this);
        const int index = w->nextPendingFile();
        if (index < 0)
            return false;
        const QString error = w->loadFile(index);
        refresh();
        Q_EMIT completeChanged();
        if (!error.isEmpty()) {
            showError(m_error, tr("%1\nNothing was changed in the database.").arg(error));
            return false;
        }
        showError(m_error, {});
        return true;
    }

private:
    void refresh()
    {
        ImportWizard *w = wizardOf(this);
        if (!w)
            return;
        const int selected = m_list->currentRow();
        m_list->clear();
        const int next = w->nextPendingFile();
        for (int i = 0; i < w->files().size(); ++i) {
            if (w->isRemoved(i))
                continue;
            const QString path = w->files().at(i);
            QString text = QFileInfo(path).fileName();
            if (w->fileBatch(i) > 0)
                text = tr("%1 – imported (batch %2)").arg(text).arg(w->fileBatch(i));
            else if (!w->fileError(i).isEmpty())
                text = tr("%1 – not imported").arg(text);
            else if (i == next)
                text = tr("%1 – next").arg(text);
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, i);
            QString tip = QDir::toNativeSeparators(path);
            if (!w->fileError(i).isEmpty()) {
                tip += QLatin1Char('\n') + w->fileError(i);
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            }
            item->setToolTip(tip);
        }
        m_list->setCurrentRow(std::min(selected, m_list->count() - 1));
    }

    QListWidget *m_list;
    QLabel *m_error;
};

// Sheet and columns ------------------------------------------------------------

class ImportLayoutPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportLayoutPage(ImportWizard *wizard)
        : m_sheet(new QComboBox(this))
        , m_layout(new QLabel(this))
        , m_columns(new ColumnMappingModel(this))
        , m_sample(new SampleRowsModel(this))
        , m_remember(new QCheckBox(tr("Re&member these columns for files with the same header"),
                                   this))
        , m_error(errorLabel(this))
    {
        setTitle(tr("Sheet and columns"));
        setSubTitle(tr("Check where the list is and what each column holds. Change a column by "
                       "double-clicking its “Imported as” cell (or F2)."));
        m_sheet->setObjectName(QStringLiteral("sheetChoice"));
        m_sheet->setToolTip(tr("The sheet of the workbook that holds the list"));
        auto *sheetLabel = new QLabel(tr("&Sheet:"), this);
        sheetLabel->setBuddy(m_sheet);
        m_layout->setObjectName(QStringLiteral("layoutSummary"));
        m_layout->setWordWrap(true);
        m_layout->setTextFormat(Qt::PlainText);

        auto *columnsView = tableView(this, QStringLiteral("columnMapping"));
        columnsView->setModel(m_columns);
        columnsView->setItemDelegateForColumn(ColumnMappingModel::FieldColumn,
                                              new ChoiceDelegate(columnsView));
        columnsView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::SelectedClicked);
        columnsView->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::ExampleColumn,
                                                              QHeaderView::Stretch);
        columnsView->horizontalHeader()->resizeSection(ColumnMappingModel::LetterColumn, 70);
        columnsView->horizontalHeader()->resizeSection(ColumnMappingModel::HeaderColumn, 200);
        columnsView->horizontalHeader()->resizeSection(ColumnMappingModel::FieldColumn, 190);
        columnsView->verticalHeader()->hide();
        columnsView->setToolTip(tr("What each column of the file is imported as"));

        auto *sampleView = m_sampleView = tableView(this, QStringLiteral("sampleRows"));
        sampleView->setModel(m_sample);
        sampleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
        sampleView->horizontalHeader()->setDefaultSectionSize(150);
        sampleView->setToolTip(tr("The first rows of the sheet: title in grey, header in blue, "
                                  "unit rows in yellow"));

        m_remember->setObjectName(QStringLiteral("rememberMapping"));
        m_remember->setToolTip(tr("The next file whose header has the same words gets these "
                                  "columns without asking"));
        auto *detect = new QPushButton(tr("&Detect again"), this);
        detect->setToolTip(tr("Forget the changes and find the columns from the header again"));

        auto *top = new QHBoxLayout;
        top->addWidget(sheetLabel);
        top->addWidget(m_sheet, 1);
        auto *columnsLabel = new QLabel(tr("&Columns:"), this);
        columnsLabel->setBuddy(columnsView);
        auto *sampleLabel = new QLabel(tr("First &rows of the sheet:"), this);
        sampleLabel->setBuddy(sampleView);
        auto *bottom = new QHBoxLayout;
        bottom->addWidget(m_remember, 1);
        bottom->addWidget(detect);

        auto *splitter = new QSplitter(Qt::Vertical, this);
        auto *upper = new QWidget(splitter);
        auto *upperLayout = new QVBoxLayout(upper);
        upperLayout->setContentsMargins(0, 0, 0, 0);
        upperLayout->addWidget(columnsLabel);
        upperLayout->addWidget(columnsView);
        auto *lower = new QWidget(splitter);
        auto *lowerLayout = new QVBoxLayout(lower);
        lowerLayout->setContentsMargins(0, 0, 0, 0);
        lowerLayout->addWidget(sampleLabel);
        lowerLayout->addWidget(sampleView);
        splitter->addWidget(upper);
        splitter->addWidget(lower);
        splitter->setChildrenCollapsible(false);

        auto *layout = new QVBoxLayout(this);
        layout->addLayout(top);
        layout->addWidget(m_layout);
        layout->addWidget(splitter, 1);
        layout->addLayout(bottom);
        layout->addWidget(m_error);

        connect(m_sheet, &QComboBox::activated, this, [this, wizard] {
            wizard->options().sheetName = m_sheet->currentText();
            wizard->options().mapping.reset();
            wizard->options().unitChoices.clear();
            update(wizard->refreshPreview());
        });
        // Checked again after the editor closed: the models are rebuilt.
        connect(m_columns, &ColumnMappingModel::mappingEdited, this, [this, wizard] {
            m_edited = true;
            m_remember->setChecked(true);
            const import::ColumnMapping mapping = m_columns->mapping();
            QTimer::singleShot(0, this, [this, wizard, mapping] {
                wizard->options().mapping = mapping;
                wizard->options().unitChoices.clear();
                update(wizard->refreshPreview());
            });
        });
        connect(detect, &QPushButton::clicked, this, [this, wizard] {
            wizard->options().mapping.reset();
            wizard->options().unitChoices.clear();
            m_edited = false;
            m_remember->setChecked(false);
            update(wizard->refreshPreview());
        });
    }

    void initializePage() override
    {
        m_edited = false;
        m_remember->setChecked(false);
        update({});
    }

    bool isComplete() const override { return m_error->text().isEmpty(); }

    bool validatePage() override
    {
        if (m_remember->isChecked())
            wizardOf(this)->rememberMapping();
        return true;
    }

    int nextId() const override
    {
        const ImportWizard *w = wizardOf(const_cast<ImportLayoutPage *>(this));
        return w && !w->unknownUnits().isEmpty() ? ImportWizard::UnitsPageId
                                                 : ImportWizard::CheckPageId;
    }

private:
    void update(const QString &error)
    {
        ImportWizard *w = wizardOf(this);
        showError(m_error, error);
        Q_EMIT completeChanged();
        const import::ImportPreview *p = w->preview();
        if (!p)
            return;
        {
            const QSignalBlocker block(m_sheet);
            m_sheet->clear();
            m_sheet->addItems(p->sheetNames);
            m_sheet->setCurrentText(w->options().sheetName.isEmpty() ? p->sheetName
                                                                     : w->options().sheetName);
            m_sheet->setEnabled(p->sheetNames.size() > 1);
        }
        if (!error.isEmpty())
            return; // the last good preview stays shown under the message
        m_columns->setPreview(*p);
        m_sample->setPreview(*p);
        // Titles and unit rows are read across the whole width.
        m_sampleView->clearSpans();
        for (int r = 0; r < m_sample->rowCount(); ++r) {
            const SampleRowsModel::Kind kind = m_sample->kindOf(r);
            if ((kind == SampleRowsModel::Kind::Title || kind == SampleRowsModel::Kind::Section) &&
                m_sample->columnCount() > 1)
                m_sampleView->setSpan(r, 0, 1, m_sample->columnCount());
        }
        QStringList lines;
        if (p->mapping.headerRow >= 0)
            lines << tr("Header on row %1.").arg(p->mapping.headerRow + 1);
        if (!p->titleLines.isEmpty())
            lines << tr("Title: %1").arg(p->titleLines.join(QStringLiteral(" / ")));
        if (p->unitsFromSections)
            lines << tr("No unit column: the units are taken from %n section row(s) above their "
                        "people.",
                        nullptr, int(p->sections.size()));
        else if (p->mapping.has(import::Field::Unit))
            lines << tr("Units are taken from the unit column.");
        else
            lines << tr("The file names no unit: the rows are imported without one.");
        if (w->mappingRemembered() && !m_edited)
            lines << tr("The columns were set as remembered for files with this header.");
        if (p->tcvn3Cells + p->vniCells > 0)
            lines << tr("%1 cells typed in old Vietnamese encodings (TCVN3, VNI) were converted.")
                         .arg(number(p->tcvn3Cells + p->vniCells));
        m_layout->setText(lines.join(QLatin1Char('\n')));
    }

    QComboBox *m_sheet;
    QLabel *m_layout;
    ColumnMappingModel *m_columns;
    SampleRowsModel *m_sample;
    QTableView *m_sampleView = nullptr;
    QCheckBox *m_remember;
    QLabel *m_error;
    bool m_edited = false;
};

// Units that matched only approximately -------------------------------------

class ImportUnitsPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportUnitsPage(ImportWizard *wizard)
        : m_model(new UnitChoiceModel(this))
        , m_status(new QLabel(this))
    {
        setTitle(tr("Units not found"));
        setSubTitle(tr("These units of the file match no unit exactly. Confirm a suggestion or "
                       "choose another unit (double-click or F2). People of a unit left without "
                       "one keep the file's text and get a warning; nothing is guessed."));
        auto *view = tableView(this, QStringLiteral("unitChoices"));
        view->setModel(m_model);
        view->setItemDelegateForColumn(UnitChoiceModel::ChoiceColumn, new ChoiceDelegate(view));
        view->setEditTriggers(QAbstractItemView::DoubleClicked |
                              QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::SelectedClicked);
        view->horizontalHeader()->resizeSection(UnitChoiceModel::TextColumn, 360);
        view->horizontalHeader()->resizeSection(UnitChoiceModel::RowsColumn, 80);
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->hide();
        auto *accept = new QPushButton(tr("&Take the first suggestion where none is chosen"), this);
        accept->setObjectName(QStringLiteral("acceptSuggestions"));
        accept->setToolTip(tr("Choose each unit's closest suggestion; check them before going on"));
        m_status->setWordWrap(true);
        auto *row = new QHBoxLayout;
        row->addWidget(m_status, 1);
        row->addWidget(accept);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(view, 1);
        layout->addLayout(row);

        connect(accept, &QPushButton::clicked, m_model, &UnitChoiceModel::acceptSuggestions);
        connect(m_model, &UnitChoiceModel::choicesChanged, this, [this, wizard] {
            QTimer::singleShot(0, this, [this, wizard] {
                wizard->options().unitChoices = m_model->choices();
                wizard->refreshPreview();
                updateStatus();
            });
        });
    }

    void initializePage() override
    {
        ImportWizard *w = wizardOf(this);
        m_model->setUnknownUnits(w->unknownUnits(), w->unitChoices(), w->options().unitChoices);
        updateStatus();
    }

    UnitChoiceModel *model() const { return m_model; }

private:
    void updateStatus()
    {
        int rows = 0;
        int chosen = 0;
        const QHash<QString, qint64> choices = m_model->choices();
        for (const import::UnknownUnit &u : wizardOf(this)->unknownUnits()) {
            if (!choices.contains(u.text))
                rows += u.rows;
            else
                ++chosen;
        }
        m_status->setText(tr("%1 of %2 units chosen; %n people stay without a unit.", nullptr, rows)
                              .arg(number(chosen), number(int(m_model->rowCount()))));
    }

    UnitChoiceModel *m_model;
    QLabel *m_status;
};

// Check ------------------------------------------------------------------------

class ImportCheckPage;

// A row typed over on the check page, or given back its cells.
class RowEditCommand final : public QUndoCommand
{
public:
    RowEditCommand(ImportCheckPage *page, int sheetRow, import::RowEdit before,
                   import::RowEdit after, const QString &text)
        : QUndoCommand(text)
        , m_page(page)
        , m_row(sheetRow)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void undo() override;
    void redo() override;

private:
    ImportCheckPage *m_page;
    int m_row;
    import::RowEdit m_before;
    import::RowEdit m_after;
};

class ImportCheckPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(ImportWizard *wizard)
        : m_model(new CheckRowsModel(this))
        , m_filter(new CheckRowsFilter(this))
        , m_summary(new QLabel(this))
        , m_problem(new QComboBox(this))
        , m_search(new QLineEdit(this))
        , m_count(new QLabel(this))
        , m_undo(new QUndoStack(this))
        , m_undoButton(new QPushButton(tr("&Undo"), this))
        , m_redoButton(new QPushButton(tr("&Redo"), this))
        , m_revert(new QPushButton(tr("Re&vert row"), this))
        , m_error(errorLabel(this))
        , m_detail(new QLabel(this))
    {
        setTitle(tr("Check"));
        setSubTitle(tr("Every row of the list with what is doubtful about it. Rows with a warning "
                       "are imported as they are; rows without a name are not imported. Correct "
                       "a cell where it is: double-click it or press F2 (or just type), then "
                       "Enter; the row is checked again at once."));
        m_summary->setObjectName(QStringLiteral("checkSummary"));
        m_summary->setWordWrap(true);
        m_filter->setSourceModel(m_model);
        m_problem->setObjectName(QStringLiteral("checkFilter"));
        m_problem->setToolTip(tr("Show only some of the rows (rows corrected here always stay "
                                 "in view)"));
        m_problem->addItem(tr("All rows"), 0);
        m_problem->addItem(tr("Rows with a warning or not imported"), -1);
        m_problem->addItem(tr("Phone numbers (invalid or converted)"),
                           int(CheckRowsModel::PhoneProblem));
        m_problem->addItem(tr("Email addresses"), int(CheckRowsModel::EmailProblem));
        m_problem->addItem(tr("Units not found"), int(CheckRowsModel::UnitProblem));
        m_problem->addItem(tr("Same name twice in a unit"), int(CheckRowsModel::SameNameProblem));
        m_problem->addItem(tr("Rows not imported"), int(CheckRowsModel::Rejected));
        auto *showLabel = new QLabel(tr("Sh&ow:"), this);
        showLabel->setBuddy(m_problem);
        m_search->setObjectName(QStringLiteral("checkSearch"));
        m_search->setPlaceholderText(tr("Search the rows (without diacritics is fine)"));
        m_search->setClearButtonEnabled(true);
        m_view = tableView(this, QStringLiteral("checkRows"));
        m_view->setModel(m_filter);
        m_view->setItemDelegateForColumn(CheckRowsModel::UnitColumn, new ChoiceDelegate(m_view));
        m_view->setEditTriggers(QAbstractItemView::DoubleClicked |
                                QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
        m_view->setSortingEnabled(true);
        m_view->sortByColumn(CheckRowsModel::RowColumn, Qt::AscendingOrder);
        m_view->verticalHeader()->hide();
        auto *header = m_view->horizontalHeader();
        // The cells to correct first, the warning last (in full under the
        // table), so that nothing to edit is scrolled out of sight.
        header->moveSection(header->visualIndex(CheckRowsModel::ProblemColumn),
                            CheckRowsModel::ColumnCount - 1);
        header->resizeSection(CheckRowsModel::RowColumn, 50);
        header->resizeSection(CheckRowsModel::StatusColumn, 135);
        header->resizeSection(CheckRowsModel::NameColumn, 160);
        header->resizeSection(CheckRowsModel::PositionColumn, 120);
        header->resizeSection(CheckRowsModel::UnitColumn, 170);
        header->resizeSection(CheckRowsModel::PhoneColumn, 105);
        header->resizeSection(CheckRowsModel::EmailColumn, 160);
        header->resizeSection(CheckRowsModel::ProblemColumn, 150);
        header->setStretchLastSection(true);
        m_detail->setObjectName(QStringLiteral("checkDetail"));
        m_detail->setWordWrap(true);
        m_detail->setTextFormat(Qt::PlainText);
        m_filter->setSortRole(Qt::DisplayRole);

        m_undoButton->setObjectName(QStringLiteral("checkUndo"));
        m_undoButton->setShortcut(QKeySequence::Undo);
        m_redoButton->setObjectName(QStringLiteral("checkRedo"));
        m_redoButton->setShortcut(QKeySequence::Redo);
        m_revert->setObjectName(QStringLiteral("checkRevertRow"));
        m_revert->setToolTip(tr("Give the selected row back the cells of the file"));
        m_undoButton->setEnabled(false);
        m_redoButton->setEnabled(false);
        m_revert->setEnabled(false);

        auto *filters = new QHBoxLayout;
        filters->addWidget(showLabel);
        filters->addWidget(m_problem);
        filters->addWidget(m_search, 1);
        filters->addWidget(m_count);
        auto *edits = new QHBoxLayout;
        edits->addWidget(m_undoButton);
        edits->addWidget(m_redoButton);
        edits->addWidget(m_revert);
        edits->addWidget(m_error, 1);
        edits->addStretch();
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addLayout(filters);
        layout->addWidget(m_view, 1);
        layout->addWidget(m_detail);
        layout->addLayout(edits);

        connect(m_problem, &QComboBox::currentIndexChanged, this, [this] {
            m_filter->setProblem(m_problem->currentData().toInt());
            updateCount();
        });
        connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
            m_filter->setSearchText(text);
            updateCount();
        });
        connect(m_model, &CheckRowsModel::editRequested, this,
                [this, wizard](int sheetRow, int column, const QVariant &value) {
                    edit(wizard, sheetRow, column, value);
                });
        connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QWidget::setEnabled);
        connect(m_undo, &QUndoStack::canRedoChanged, m_redoButton, &QWidget::setEnabled);
        connect(m_undo, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
            m_undoButton->setToolTip(text.isEmpty() ? QString() : tr("Undo: %1").arg(text));
        });
        connect(m_undo, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
            m_redoButton->setToolTip(text.isEmpty() ? QString() : tr("Redo: %1").arg(text));
        });
        connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
        connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
        connect(m_revert, &QPushButton::clicked, this, [this, wizard] {
            const int sheetRow = m_view->currentIndex().data(CheckRowsModel::SheetRowRole).toInt();
            const import::RowEdit before = wizard->rowEdit(sheetRow);
            if (sheetRow > 0 && !before.isEmpty())
                m_undo->push(new RowEditCommand(this, sheetRow, before, {},
                                                tr("give row %1 back its cells").arg(sheetRow)));
        });
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &ImportCheckPage::updateRevert);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &ImportCheckPage::updateRevert);
    }

    // The stack clears itself when it is deleted among the children, once
    // this page is only a QWidget any more: its signals must not reach the
    // handlers above then.
    ~ImportCheckPage() override { m_undo->disconnect(this); }

    void initializePage() override
    {
        ImportWizard *w = wizardOf(this);
        const import::ImportPreview *p = w->preview();
        if (!p)
            return;
        if (m_loadCount != w->loadCount()) {
            // Another file: the corrections of the last one are gone with it.
            m_undo->clear();
            m_loadCount = w->loadCount();
        }
        m_model->setPreview(*p, w->unitChoices());
        showError(m_error, QString());
        updateSummary();
        const bool problems =
            p->warningCount > 0 || !p->rejected.empty() || !w->options().rowEdits.isEmpty();
        m_problem->setCurrentIndex(problems ? 1 : 0);
        m_filter->setProblem(m_problem->currentData().toInt());
        updateCount();
        updateRevert();
    }

    // Types `edit` over `sheetRow` and shows the rows checked again.
    void apply(int sheetRow, const import::RowEdit &edit)
    {
        ImportWizard *w = wizardOf(this);
        showError(m_error, w->setRowEdit(sheetRow, edit));
        if (const import::ImportPreview *p = w->preview())
            m_model->updatePreview(*p);
        updateSummary();
        updateCount();
        // The row concerned is shown, also after an undo from elsewhere.
        const int row = m_model->rowOfSheetRow(sheetRow);
        if (row >= 0) {
            const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column()
                                                                : int(CheckRowsModel::NameColumn);
            const QModelIndex shown = m_filter->mapFromSource(m_model->index(row, column));
            if (shown.isValid() && shown.row() != m_view->currentIndex().row()) {
                m_view->setCurrentIndex(shown);
                m_view->scrollTo(shown);
            }
        }
        updateRevert();
    }

    QUndoStack *undoStack() const { return m_undo; }

private:
    void edit(ImportWizard *wizard, int sheetRow, int column, const QVariant &value)
    {
        const import::RowEdit before = wizard->rowEdit(sheetRow);
        import::RowEdit after = before;
        QString what;
        switch (column) {
        case CheckRowsModel::NameColumn:
            after.name = value.toString();
            what = tr("correct the name of row %1");
            break;
        case CheckRowsModel::PositionColumn:
            after.position = value.toString();
            what = tr("correct the position of row %1");
            break;
        case CheckRowsModel::PhoneColumn:
            after.phone = value.toString();
            what = tr("correct the phone of row %1");
            break;
        case CheckRowsModel::EmailColumn:
            after.email = value.toString();
            what = tr("correct the email of row %1");
            break;
        case CheckRowsModel::UnitColumn: {
            const qint64 id = value.toLongLong();
            after.unitId = 0;
            after.unitText.reset();
            for (const auto &[name, unitId] : wizard->unitChoices()) {
                if (id > 0 && unitId == id) {
                    after.unitId = id;
                    after.unitText = name;
                }
            }
            what = tr("choose the unit of row %1");
            break;
        }
        default: return;
        }
        if (after == before)
            return;
        m_undo->push(new RowEditCommand(this, sheetRow, before, after, what.arg(sheetRow)));
    }

    void updateSummary()
    {
        ImportWizard *w = wizardOf(this);
        const import::ImportPreview *p = w->preview();
        if (!p)
            return;
        const int rejected = int(p->rejected.size());
        QStringList lines;
        lines << tr("%1 rows are imported: %2 new people and %3 already listed, who are updated.")
                     .arg(number(int(p->rows.size())), number(p->toInsert), number(p->toUpdate));
        lines << tr("%1 warnings; %2 rows are not imported.")
                     .arg(number(p->warningCount), number(rejected));
        if (p->ignoredRows > 0)
            lines << tr("%1 rows were skipped as headings or page numbers.")
                         .arg(number(p->ignoredRows));
        const int edited = int(w->options().rowEdits.size());
        if (edited > 0)
            lines << tr("%n rows corrected here.", nullptr, edited);
        m_summary->setText(lines.join(QLatin1Char(' ')));
    }

    void updateCount()
    {
        m_count->setText(tr("%1 of %2 rows")
                             .arg(number(m_filter->rowCount()), number(m_model->rowCount())));
    }

    void updateRevert()
    {
        const QModelIndex current = m_view->currentIndex();
        m_revert->setEnabled(current.data(CheckRowsModel::EditedRole).toBool());
        // The current row's warning in full: the column is narrow.
        if (!current.isValid()) {
            m_detail->clear();
            return;
        }
        const QString problem =
            current.siblingAtColumn(CheckRowsModel::ProblemColumn).data().toString();
        m_detail->setText(
            tr("Row %1: %2")
                .arg(current.data(CheckRowsModel::SheetRowRole).toInt())
                .arg(problem.isEmpty() ? tr("nothing doubtful; it is imported.") : problem));
    }

    CheckRowsModel *m_model;
    CheckRowsFilter *m_filter;
    QLabel *m_summary;
    QComboBox *m_problem;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_view = nullptr;
    QUndoStack *m_undo;
    QPushButton *m_undoButton;
    QPushButton *m_redoButton;
    QPushButton *m_revert;
    QLabel *m_error;
    QLabel *m_detail;
    int m_loadCount = -1;
};

void RowEditCommand::undo()
{
    m_page->apply(m_row, m_before);
}

void RowEditCommand::redo()
{
    m_page->apply(m_row, m_after);
}

// Options and commit -----------------------------------------------------------

class ImportOptionsPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportOptionsPage(ImportWizard *wizard)
        : m_date(new QDateEdit(this))
        , m_close(new QCheckBox(tr("&End the people missing from their unit's new list"), this))
        , m_plan(new QLabel(this))
        , m_earlier(new QLabel(this))
        , m_error(errorLabel(this))
    {
        setTitle(tr("Date of the list"));
        setSubTitle(tr("When the list takes effect, and what becomes of the people it no longer "
                       "names."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Import"));
        m_date->setObjectName(QStringLiteral("listDate"));
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        m_date->setToolTip(tr("The date the unit's list holds from: new people serve from it"));
        m_close->setObjectName(QStringLiteral("closeMissing"));
        m_close->setToolTip(tr("Only units that appear in this file are affected"));
        auto *explain = new QLabel(
            tr("When checked, a person recorded for a unit of this file but missing from the "
               "unit's new list is marked as serving until the day before the list's date. "
               "Nobody is deleted: the history stays, and the Spokespersons page can still show "
               "who served on an earlier date. Units that are not in this file are not touched."),
            this);
        explain->setWordWrap(true);
        explain->setIndent(24);
        m_plan->setObjectName(QStringLiteral("importPlan"));
        m_plan->setWordWrap(true);
        m_earlier->setWordWrap(true);
        m_earlier->setStyleSheet(QStringLiteral("color: #9a5b00;"));
        auto *form = new QFormLayout;
        form->addRow(tr("&Date of the list:"), m_date);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addSpacing(8);
        layout->addWidget(m_close);
        layout->addWidget(explain);
        layout->addSpacing(12);
        layout->addWidget(m_plan);
        layout->addWidget(m_earlier);
        layout->addStretch();
        layout->addWidget(m_error);

        const auto changed = [this, wizard] {
            wizard->options().listDate = m_date->date();
            wizard->options().closeMissing = m_close->isChecked();
            showError(m_error, wizard->refreshPreview());
            updatePlan();
            Q_EMIT completeChanged();
        };
        connect(m_date, &QDateEdit::dateChanged, this, changed);
        connect(m_close, &QCheckBox::toggled, this, changed);
    }

    void initializePage() override
    {
        ImportWizard *w = wizardOf(this);
        const import::ImportPreview *p = w->preview();
        {
            const QSignalBlocker blockDate(m_date);
            const QSignalBlocker blockClose(m_close);
            m_date->setDate(p ? p->listDate : QDate::currentDate());
            m_close->setChecked(w->options().closeMissing);
        }
        showError(m_error, w->database().isReadOnly()
                               ? tr("The database is open read-only (%1): nothing can be "
                                    "imported.")
                                     .arg(w->database().readOnlyReason())
                               : QString());
        updatePlan();
    }

    bool isComplete() const override { return m_error->text().isEmpty(); }

    bool validatePage() override
    {
        ImportWizard *w = wizardOf(this);
        const QString error = w->commit();
        showError(m_error, error.isEmpty()
                               ? QString()
                               : tr("%1\nNothing was changed in the database.").arg(error));
        return error.isEmpty();
    }

private:
    void updatePlan()
    {
        const import::ImportPreview *p = wizardOf(this)->preview();
        if (!p)
            return;
        QString plan = tr("On import: %1 people added, %2 updated, %3 ended; %4 rows not "
                          "imported.")
                           .arg(number(p->toInsert), number(p->toUpdate), number(p->toClose),
                                number(int(p->rejected.size())));
        m_plan->setText(plan);
        if (p->earlierBatches.isEmpty()) {
            m_earlier->clear();
        } else {
            QStringList ids;
            for (qint64 id : p->earlierBatches)
                ids << QString::number(id);
            m_earlier->setText(tr("A file with exactly the same content was imported before "
                                  "(batch %1). Importing it again updates the same people.")
                                   .arg(ids.join(QStringLiteral(", "))));
        }
    }

    QDateEdit *m_date;
    QCheckBox *m_close;
    QLabel *m_plan;
    QLabel *m_earlier;
    QLabel *m_error;
};

// Summary ----------------------------------------------------------------------

class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard *wizard)
        : m_summary(new QLabel(this))
        , m_save(new QPushButton(tr("&Save rows not imported as CSV or XLSX…"), this))
        , m_next(new QPushButton(this))
        , m_saved(new QLabel(this))
    {
        setTitle(tr("Imported"));
        setFinalPage(true);
        m_summary->setObjectName(QStringLiteral("importSummary"));
        m_summary->setWordWrap(true);
        m_summary->setTextFormat(Qt::PlainText);
        m_save->setObjectName(QStringLiteral("saveRejects"));
        m_save->setToolTip(tr("Write the rows that were not imported, with the reason, to send "
                              "back to the unit"));
        m_next->setObjectName(QStringLiteral("importNextFile"));
        m_next->setToolTip(tr("Go on with the next file of the list"));
        m_saved->setWordWrap(true);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_save);
        buttons->addWidget(m_next);
        buttons->addStretch();
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addSpacing(12);
        layout->addLayout(buttons);
        layout->addWidget(m_saved);
        layout->addStretch();

        connect(m_save, &QPushButton::clicked, this, [this, wizard] {
            const import::ImportPreview *p = wizard->preview();
            if (!p)
                return;
            const QString suggested = QDir(QFileInfo(p->path).absolutePath())
                                          .filePath(QFileInfo(p->path).completeBaseName() +
                                                    tr("-not-imported") + QStringLiteral(".xlsx"));
            QString selected;
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save rows not imported"), suggested,
                tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), &selected);
            if (path.isEmpty())
                return;
            const QString error = wizard->saveRejects(path);
            m_saved->setText(error.isEmpty()
                                 ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path))
                                 : error);
        });
        connect(m_next, &QPushButton::clicked, wizard, &QWizard::restart);
    }

    void initializePage() override
    {
        ImportWizard *w = wizardOf(this);
        const import::ImportOutcome &o = w->outcome();
        const import::ImportPreview *p = w->preview();
        m_summary->setText(
            tr("%1 was imported as batch %2:\n\n"
               "• %3 people added\n• %4 updated\n• %5 ended (missing from the new list)\n"
               "• %6 rows not imported\n• %7 warnings\n\n"
               "The import can be undone from the import history of the Spokespersons page.")
                .arg(p ? p->fileName : QString())
                .arg(o.batchId)
                .arg(number(o.inserted), number(o.updated), number(o.closed), number(o.rejected),
                     number(o.warnings)));
        m_save->setEnabled(o.rejected > 0);
        m_saved->clear();
        const int next = w->nextPendingFile();
        m_next->setVisible(next >= 0);
        if (next >= 0)
            m_next->setText(tr("Import the &next file: %1")
                                .arg(QFileInfo(w->files().at(next)).fileName()));
    }

private:
    QLabel *m_summary;
    QPushButton *m_save;
    QPushButton *m_next;
    QLabel *m_saved;
};

// The wizard -------------------------------------------------------------------

ImportWizard::ImportWizard(db::Database &db, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a list of spokespersons"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setAcceptDrops(true);
    setPage(FilesPageId, new ImportFilesPage(this));
    setPage(LayoutPageId, new ImportLayoutPage(this));
    setPage(UnitsPageId, new ImportUnitsPage(this));
    setPage(CheckPageId, new ImportCheckPage(this));
    setPage(OptionsPageId, new ImportOptionsPage(this));
    setPage(SummaryPageId, new ImportSummaryPage(this));
    setStartId(FilesPageId);
    // Qt ships no Vietnamese for its own buttons: they are named here.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    button(QWizard::CancelButton)->setToolTip(tr("Close without importing this file"));
    resize(1100, 680);
}

ImportWizard::~ImportWizard() = default;

QStringList ImportWizard::fileSuffixes()
{
    return {QStringLiteral("*.xlsx"), QStringLiteral("*.xls"), QStringLiteral("*.ods"),
            QStringLiteral("*.csv"), QStringLiteral("*.txt")};
}

bool ImportWizard::isImportable(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return fileSuffixes().contains(QStringLiteral("*.") + suffix);
}

void ImportWizard::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (isImportable(absolute) && !m_files.contains(absolute))
            m_files << absolute;
    }
    Q_EMIT filesChanged();
}

void ImportWizard::removeFile(int index)
{
    if (index < 0 || index >= m_files.size() || m_batches.value(index) > 0)
        return; // an imported file stays listed with its batch
    m_removed.insert(index);
    Q_EMIT filesChanged();
}

int ImportWizard::nextPendingFile() const
{
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_batches.value(i) == 0 && m_errors.value(i).isEmpty() && !m_removed.contains(i))
            return i;
    }
    return -1;
}

QString ImportWizard::loadFile(int index)
{
    const QString path = m_files.value(index);
    m_current = index;
    ++m_loadCount;
    m_workbook.reset();
    m_preview.reset();
    m_unknownUnits.clear();
    m_mappingRemembered = false;
    const QDate listDate = m_options.listDate;
    const bool closeMissing = m_options.closeMissing;
    m_options = import::ImportOptions{};
    m_options.listDate = listDate; // the files of one sitting usually share their date
    m_options.closeMissing = closeMissing;

    // Read on a worker thread so that a large file can be cancelled; the
    // state is shared so that a cancelled read may finish on its own.
    struct ReadState
    {
        std::optional<Result<sheet::Workbook>> workbook;
        QString sha256;
        std::atomic<bool> done{false};
    };
    auto state = std::make_shared<ReadState>();
    const sheet::ReadLimits limits = m_options.limits;
    QThread *thread = QThread::create([state, path, limits] {
        state->workbook = sheet::readWorkbook(path, limits);
        if (state->workbook->ok()) {
            QFile file(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
                state->sha256 = QString::fromLatin1(hash.result().toHex());
        }
        state->done = true;
    });
    QEventLoop loop;
    QProgressDialog progress(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             0, this);
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    thread->start();
    if (!state->done)
        loop.exec();
    progress.reset();
    if (!state->done) {
        m_errors.insert(index, tr("Reading %1 was cancelled.").arg(QFileInfo(path).fileName()));
        return m_errors.value(index);
    }
    if (!state->workbook->ok()) {
        m_errors.insert(index, state->workbook->error());
        return m_errors.value(index);
    }
    if (state->sha256.isEmpty()) {
        m_errors.insert(index, tr("The file %1 cannot be read again to identify it.")
                                   .arg(QFileInfo(path).fileName()));
        return m_errors.value(index);
    }
    m_workbook = std::move(*state->workbook).value();
    m_sha256 = state->sha256;
    QString error = refreshPreview();
    if (!error.isEmpty()) {
        m_errors.insert(index, error);
        return error;
    }
    // Columns remembered for files with the same header.
    const QString key = m_preview->mapping.memoryKey();
    if (!key.isEmpty()) {
        QSettings settings;
        const QByteArray json =
            settings.value(kMappingGroup + QLatin1Char('/') + key).toByteArray();
        const auto remembered = import::ColumnMapping::fromJson(QJsonDocument::fromJson(json).object());
        if (remembered && remembered->isUsable() && *remembered != m_preview->mapping) {
            m_options.mapping = remembered;
            if (refreshPreview().isEmpty()) {
                m_mappingRemembered = true;
            } else {
                m_options.mapping.reset();
                refreshPreview();
            }
        }
    }
    return {};
}

QString ImportWizard::refreshPreview()
{
    if (!m_workbook)
        return tr("No file has been read.");
    auto preview = import::SpokespersonImporter(m_db).preview(*m_workbook, m_sha256, m_options);
    if (!preview)
        return preview.error();
    m_preview = std::move(preview).value();
    if (m_options.unitChoices.isEmpty())
        m_unknownUnits = m_preview->unknownUnits;
    return {};
}

QString ImportWizard::setRowEdit(int sheetRow, const import::RowEdit &edit)
{
    if (edit.isEmpty())
        m_options.rowEdits.remove(sheetRow);
    else
        m_options.rowEdits.insert(sheetRow, edit);
    return refreshPreview();
}

QString ImportWizard::commit()
{
    if (!m_preview)
        return tr("No file has been read.");
    if (m_db.isReadOnly())
        return tr("The database is open read-only (%1).").arg(m_db.readOnlyReason());
    // One transaction on this thread (the connection belongs to it): it
    // cannot be stopped halfway, so the dialog only says it is working.
    std::unique_ptr<QProgressDialog> progress;
    if (m_preview->rows.size() >= kCommitProgressRows) {
        progress = std::make_unique<QProgressDialog>(
            tr("Writing %1 people to the database…").arg(number(int(m_preview->rows.size()))),
            QString(), 0, 0, this);
        progress->setWindowTitle(tr("Import"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setCancelButton(nullptr);
        progress->show();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto outcome = import::SpokespersonImporter(m_db).commit(*m_preview);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!outcome)
        return outcome.error();
    m_outcome = outcome.value();
    m_batches.insert(m_current, m_outcome.batchId);
    Q_EMIT imported(m_outcome.batchId);
    Q_EMIT filesChanged();
    return {};
}

QString ImportWizard::saveRejects(const QString &path) const
{
    if (!m_preview)
        return tr("No file has been read.");
    const Status st = import::SpokespersonImporter::writeRejects(*m_preview, path);
    return st.ok() ? QString() : st.error();
}

QList<QPair<QString, qint64>> ImportWizard::unitChoices() const
{
    QList<QPair<QString, qint64>> out;
    auto units = db::UnitRepository(m_db).all();
    if (!units)
        return out;
    const QDate on = m_preview ? m_preview->listDate : QDate::currentDate();
    for (const Unit &u : units.value()) {
        if ((!u.validFrom.isValid() || u.validFrom <= on) && (!u.validTo.isValid() || u.validTo >= on))
            out << qMakePair(u.name, u.id);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return text::collationKey(a.first) < text::collationKey(b.first);
    });
    return out;
}

void ImportWizard::rememberMapping()
{
    if (!m_preview)
        return;
    const QString key = m_preview->mapping.memoryKey();
    if (key.isEmpty())
        return;
    QSettings().setValue(kMappingGroup + QLatin1Char('/') + key,
                         QJsonDocument(m_preview->mapping.toJson()).toJson(QJsonDocument::Compact));
}

void ImportWizard::forgetRememberedMappings()
{
    QSettings().remove(kMappingGroup);
}

void ImportWizard::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && isImportable(url.toLocalFile())) {
            event->acceptProposedAction();
            return;
        }
    }
}

void ImportWizard::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    addFiles(paths);
    event->acceptProposedAction();
}

} // namespace ttcs::ui

#include "ImportWizard.moc"
