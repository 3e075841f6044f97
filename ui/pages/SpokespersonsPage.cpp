#include "pages/SpokespersonsPage.h"

#include "ButtonShortcut.h"
#include "DbCommand.h"
#include "DialogButtons.h"
#include "SortFilterProxy.h"
#include "ViewState.h"
#include "db/Database.h"
#include "db/SpokespersonRepository.h"
#include "db/UnitRepository.h"
#include "import/ImportHistoryDialog.h"
#include "import/ImportWizard.h"
#include "import/SpokespersonDialog.h"
#include "models/SpokespersonTableModel.h"
#include "text/VietnameseText.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace ttcs::ui {

namespace {

// A push button that triggers `action` and follows its text and state (a
// tool button would drop the mnemonic and the ellipsis).
QPushButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button,
                     [button, action] { button->setEnabled(action->isEnabled()); });
    return button;
}

} // namespace

SpokespersonsPage::SpokespersonsPage(QUndoStack *undo, QWidget *parent)
    : Page(parent)
    , m_undo(undo)
    , m_model(new SpokespersonTableModel(this))
    , m_proxy(new SortFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_asOf(new QDateEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_importAction(new QAction(tr("&Import list…"), this))
    , m_addAction(new QAction(tr("&New person…"), this))
    , m_editAction(new QAction(tr("&Edit…"), this))
    , m_removeAction(new QAction(tr("Remove"), this))
    , m_historyAction(new QAction(tr("Import &history…"), this))
{
    m_proxy->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("spokespersonSearch"));
    m_search->setPlaceholderText(
        tr("Search by name, unit, phone or email (without diacritics is fine)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(m_search->placeholderText()); // the hint is cut on small screens
    m_kind->setObjectName(QStringLiteral("spokespersonKind"));
    m_kind->setToolTip(tr("Show the people of one kind of unit"));
    m_district->setObjectName(QStringLiteral("spokespersonDistrict"));
    m_district->setToolTip(tr("Show the people of one district and its communes"));
    m_asOf->setObjectName(QStringLiteral("spokespersonAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_asOf->setToolTip(tr("Show who was serving on this date"));

    m_importAction->setObjectName(QStringLiteral("importSpokespersons"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(
        tr("Import the lists of spokespersons sent by units (.xlsx, .xls, .ods, .csv) (Ctrl+I)"));
    m_editAction->setObjectName(QStringLiteral("editSpokesperson"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2)); // as on the Plan and Units pages
    m_editAction->setToolTip(
        toolTipWithKey(tr("Edit the selected person (Enter or double-click)"), QKeySequence(Qt::Key_F2)));
    m_addAction->setObjectName(QStringLiteral("addSpokesperson"));
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addAction->setToolTip(
        toolTipWithKey(tr("Add a spokesperson by hand"), QKeySequence(Qt::Key_Insert)));
    m_removeAction->setObjectName(QStringLiteral("removeSpokesperson"));
    m_removeAction->setShortcut(QKeySequence(Qt::Key_Delete));
    m_removeAction->setToolTip(
        toolTipWithKey(tr("Remove the selected person from the list"), QKeySequence(Qt::Key_Delete)));
    m_historyAction->setObjectName(QStringLiteral("importHistoryAction"));
    m_historyAction->setToolTip(tr("The lists imported so far; an import can be undone there"));

    m_view->setObjectName(QStringLiteral("spokespersonTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SpokespersonTableModel::UnitColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->resizeSection(SpokespersonTableModel::NameColumn, 200);
    m_view->horizontalHeader()->resizeSection(SpokespersonTableModel::PositionColumn, 200);
    m_view->horizontalHeader()->resizeSection(SpokespersonTableModel::UnitColumn, 260);
    m_view->horizontalHeader()->resizeSection(SpokespersonTableModel::EmailColumn, 200);
    m_view->horizontalHeader()->setStretchLastSection(true);
    rememberHeaderState(m_view->horizontalHeader(), QStringLiteral("spokespersonTable"));

    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto *districtLabel = new QLabel(tr("&District:"), this);
    districtLabel->setBuddy(m_district);
    auto *asOfLabel = new QLabel(tr("Serving &on:"), this);
    asOfLabel->setBuddy(m_asOf);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(districtLabel);
    filters->addWidget(m_district);
    filters->addWidget(asOfLabel);
    filters->addWidget(m_asOf);
    auto *actions = new QHBoxLayout;
    actions->addWidget(actionButton(m_importAction, this));
    actions->addWidget(actionButton(m_historyAction, this));
    actions->addWidget(actionButton(m_addAction, this));
    actions->addWidget(actionButton(m_editAction, this));
    actions->addWidget(actionButton(m_removeAction, this));
    actions->addStretch();
    actions->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view);
    setAcceptDrops(false); // the main window takes dropped files

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SpokespersonsPage::applyFilters);
    connect(m_district, &QComboBox::currentIndexChanged, this, &SpokespersonsPage::applyFilters);
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { reload(); });
    connect(m_importAction, &QAction::triggered, this, [this] { startImport(); });
    connect(m_historyAction, &QAction::triggered, this, [this] { showHistory(); });
    connect(m_editAction, &QAction::triggered, this, &SpokespersonsPage::editSelected);
    connect(m_view, &QTableView::activated, this, &SpokespersonsPage::editSelected);
    connect(m_addAction, &QAction::triggered, this, &SpokespersonsPage::addPerson);
    connect(m_removeAction, &QAction::triggered, this, &SpokespersonsPage::removeSelected);
    addAction(m_addAction);
    addAction(m_editAction);
    // Delete only in the list: the date and the filters have their own use for it.
    m_view->addAction(m_removeAction);
    for (QAction *a : {m_addAction, m_editAction, m_removeAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

QDate SpokespersonsPage::asOf() const
{
    return m_asOf->date();
}

void SpokespersonsPage::setAsOf(const QDate &date)
{
    m_asOf->setDate(date);
}

void SpokespersonsPage::reload()
{
    const bool writable = database() && !database()->isReadOnly();
    m_importAction->setEnabled(writable);
    m_addAction->setEnabled(writable);
    m_editAction->setEnabled(writable);
    m_removeAction->setEnabled(writable);
    m_historyAction->setEnabled(database() != nullptr);
    if (!database()) {
        m_model->setPeople({});
        updateCount();
        return;
    }
    if (m_shownYear != year()) {
        // A new year: the list as it stood at its end (today for the current year).
        m_shownYear = year();
        QDate end(year(), 12, 31);
        if (end > QDate::currentDate() && year() == QDate::currentDate().year())
            end = QDate::currentDate();
        const QSignalBlocker block(m_asOf);
        m_asOf->setDate(end);
    }
    auto units = db::UnitRepository(*database()).all();
    const QList<Unit> allUnits = units ? units.value() : QList<Unit>{};
    auto people = db::SpokespersonRepository(*database()).servingOn(m_asOf->date());
    m_model->setPeople(people ? people.value() : QList<Spokesperson>{}, allUnits);
    fillFilters();
    updateCount();
}

void SpokespersonsPage::fillFilters()
{
    const QString kind = m_kind->currentData().toString();
    const QString district = m_district->currentData().toString();
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockDistrict(m_district);
    m_kind->clear();
    m_kind->addItem(tr("All units"), QString());
    for (UnitKind k : allUnitKinds())
        m_kind->addItem(unitKindLabel(k), unitKindKey(k));
    m_kind->addItem(tr("Unit not found"), QStringLiteral("none"));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));

    m_district->clear();
    m_district->addItem(tr("All districts"), QString());
    if (auto units = db::UnitRepository(*database()).all()) {
        QList<Unit> districts;
        for (const Unit &u : units.value()) {
            if (u.kind == UnitKind::District && u.existsIn(year()))
                districts << u;
        }
        std::sort(districts.begin(), districts.end(), [](const Unit &a, const Unit &b) {
            return text::collationKey(a.name) < text::collationKey(b.name);
        });
        for (const Unit &u : std::as_const(districts))
            m_district->addItem(u.name, QString::number(u.id));
    }
    m_district->setCurrentIndex(std::max(0, m_district->findData(district)));
    applyFilters();
}

void SpokespersonsPage::setKindFilter(std::optional<UnitKind> kind)
{
    if (m_kind->count() == 0)
        fillFilters();
    const QString key = kind ? unitKindKey(*kind) : QString();
    int index = m_kind->findData(key);
    if (index < 0) {
        // The page has not loaded its units yet.
        m_kind->addItem(kind ? unitKindLabel(*kind) : tr("All units"), key);
        index = m_kind->count() - 1;
    }
    m_kind->setCurrentIndex(index);
    applyFilters();
}

void SpokespersonsPage::applyFilters()
{
    m_proxy->setRoleFilter(SpokespersonTableModel::UnitKindRole, m_kind->currentData().toString());
    m_proxy->setRoleFilter(SpokespersonTableModel::DistrictRole,
                           m_district->currentData().toString());
    updateCount();
}

void SpokespersonsPage::updateCount()
{
    const QString date = QLocale().toString(m_asOf->date(), QLocale::ShortFormat);
    if (m_model->rowCount() == 0) {
        m_count->setText(tr("No spokespersons on record on %1.").arg(date));
        return;
    }
    m_count->setText(tr("%1 of %2 people serving on %3")
                         .arg(QLocale().toString(m_proxy->rowCount()),
                              QLocale().toString(m_model->rowCount()), date));
}

bool SpokespersonsPage::openFiles(const QStringList &paths)
{
    // All or none: the window names the files refused.
    if (paths.isEmpty() || !std::all_of(paths.begin(), paths.end(), &ImportWizard::isImportable))
        return false;
    return startImport(paths) != nullptr;
}

ImportWizard *SpokespersonsPage::startImport(const QStringList &files)
{
    if (!database())
        return nullptr;
    if (database()->isReadOnly()) {
        QMessageBox::information(this, tr("Import list"),
                                 tr("The database is open read-only (%1): nothing can be "
                                    "imported.")
                                     .arg(database()->readOnlyReason()));
        return nullptr;
    }
    if (m_wizard) {
        m_wizard->addFiles(files);
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new ImportWizard(*database(), window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->addFiles(files);
    connect(m_wizard, &ImportWizard::imported, this, [this] {
        reload();
        if (m_history)
            m_history->reload();
    });
    m_wizard->open();
    return m_wizard;
}

ImportHistoryDialog *SpokespersonsPage::showHistory()
{
    if (!database())
        return nullptr;
    if (!m_history) {
        m_history = new ImportHistoryDialog(*database(), window());
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_history, &ImportHistoryDialog::changed, this, [this] { reload(); });
    } else {
        m_history->reload();
    }
    m_history->show();
    m_history->raise();
    return m_history;
}

void SpokespersonsPage::editSelected()
{
    if (!database() || database()->isReadOnly())
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(IdRole).toLongLong();
    auto record = db::SpokespersonRepository(*database()).record(id);
    if (!record) {
        QMessageBox::warning(this, tr("Spokesperson"), record.error());
        return;
    }
    SpokespersonDialog dialog(*database(), record.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Both ways through the undo stack report a failed write.
    m_undo->push(new SpokespersonEditCommand(
        *database(), record.value(), dialog.record(), [this](const QString &error) {
            reload();
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Spokesperson"), error);
        }));
}

void SpokespersonsPage::addPerson()
{
    if (!database() || database()->isReadOnly())
        return;
    db::SpokespersonRecord blank;
    blank.person.servingFrom = m_asOf->date();
    SpokespersonDialog dialog(*database(), blank, this);
    dialog.setWindowTitle(tr("New spokesperson"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    db::Database *db = database();
    const db::SpokespersonRecord record = dialog.record();
    // Each redo adds the row anew; undo takes away the row last added.
    auto id = std::make_shared<qint64>(0);
    const QString error = DbCommand::run(
        m_undo, new DbCommand(
                    tr("New spokesperson %1").arg(record.person.name),
                    [db, record, id]() -> Status {
                        return db->transaction([&]() -> Status {
                            auto ids = db::SpokespersonRepository(*db).insertRecords({record});
                            if (!ids)
                                return Error{ids.error()};
                            *id = ids->front();
                            return {};
                        });
                    },
                    [db, id]() -> Status {
                        return db->transaction(
                            [&] { return db::SpokespersonRepository(*db).removeRecords({*id}); });
                    },
                    [this] { reload(); }));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Spokesperson"), error);
}

void SpokespersonsPage::removeSelected()
{
    if (!database() || database()->isReadOnly())
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    auto record = db::SpokespersonRepository(*database()).record(current.data(IdRole).toLongLong());
    if (!record) {
        QMessageBox::warning(this, tr("Spokesperson"), record.error());
        return;
    }
    const db::SpokespersonRecord removed = record.value();
    if (!confirm(this, tr("Remove spokesperson"),
                 tr("Remove %1 from the list? Edit › Undo puts the person back.")
                     .arg(removed.person.name),
                 tr("Remove")))
        return;
    db::Database *db = database();
    const QString error = DbCommand::run(
        m_undo, new DbCommand(
                    tr("Remove spokesperson %1").arg(removed.person.name),
                    [db, id = removed.person.id]() -> Status {
                        return db->transaction(
                            [&] { return db::SpokespersonRepository(*db).removeRecords({id}); });
                    },
                    [db, removed]() -> Status {
                        return db->transaction(
                            [&] { return db::SpokespersonRepository(*db).restoreRecord(removed); });
                    },
                    [this] { reload(); }));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Spokesperson"), error);
}

} // namespace ttcs::ui
