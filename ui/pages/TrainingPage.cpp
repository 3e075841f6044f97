#include "pages/TrainingPage.h"

#include "ButtonShortcut.h"
#include "DbCommand.h"
#include "DialogButtons.h"
#include "FormDialog.h"
#include "ImportFile.h"
#include "SortFilterProxy.h"
#include "ViewState.h"
#include "db/Database.h"
#include "db/TrainingRepository.h"
#include "import/TraineeImporter.h"
#include "models/TrainingModels.h"
#include "text/VietnameseText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace ttcs::ui {

namespace {

QTableView *makeTable(const QString &name, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel *boldLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

TrainingPage::TrainingPage(QUndoStack *undo, QWidget *parent)
    : Page(parent)
    , m_undo(undo)
    , m_classes(new TrainingClassModel(this))
    , m_classProxy(new SortFilterProxy(this))
    , m_trainees(new TraineeTableModel(this))
    , m_traineeProxy(new SortFilterProxy(this))
    , m_totals(new TraineeTotalsModel(this))
    , m_heading(boldLabel(this))
    , m_traineeHeading(boldLabel(this))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_totalsHeading(boldLabel(this))
    , m_status(new QLabel(this))
{
    m_classProxy->setSourceModel(m_classes);
    m_traineeProxy->setSourceModel(m_trainees);

    // The classes of the year.
    m_classView = makeTable(QStringLiteral("classTable"), m_classProxy, this);
    m_classView->setSortingEnabled(true);
    m_classView->sortByColumn(TrainingClassModel::DatesColumn, Qt::AscendingOrder);
    auto *classHeader = m_classView->horizontalHeader();
    classHeader->resizeSection(TrainingClassModel::TitleColumn, 340);
    classHeader->resizeSection(TrainingClassModel::DatesColumn, 150);
    classHeader->resizeSection(TrainingClassModel::PlaceColumn, 200);
    classHeader->resizeSection(TrainingClassModel::OrganiserColumn, 220);
    classHeader->resizeSection(TrainingClassModel::PlannedColumn, 90);
    rememberHeaderState(classHeader, QStringLiteral("classTable"));

    auto *addClass = new QPushButton(tr("&New class…"), this);
    addClass->setObjectName(QStringLiteral("addClassButton"));
    m_editClass = new QPushButton(tr("Edit c&lass…"), this);
    m_removeClass = new QPushButton(tr("Remove class"), this);
    m_removeClass->setObjectName(QStringLiteral("removeClassButton"));
    m_editClass->setObjectName(QStringLiteral("editClassButton"));
    auto *classBar = new QHBoxLayout;
    classBar->addWidget(m_heading, 1);
    classBar->addWidget(addClass);
    classBar->addWidget(m_editClass);
    classBar->addWidget(m_removeClass);
    auto *classBox = new QWidget(this);
    auto *classLayout = new QVBoxLayout(classBox);
    classLayout->setContentsMargins(0, 0, 0, 0);
    classLayout->addLayout(classBar);
    classLayout->addWidget(m_classView);

    // The trainees of the selected class.
    m_search->setPlaceholderText(tr("Search names and units (without diacritics is fine)"));
    m_search->setToolTip(m_search->placeholderText()); // the hint is cut on small screens
    m_search->setClearButtonEnabled(true);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->addItem(tr("All categories"), QString());
    for (TraineeCategory c : allTraineeCategories())
        m_category->addItem(traineeCategoryLabel(c), traineeCategoryKey(c));
    m_traineeView = makeTable(QStringLiteral("traineeTable"), m_traineeProxy, this);
    m_traineeView->setSortingEnabled(true);
    m_traineeView->sortByColumn(TraineeTableModel::NameColumn, Qt::AscendingOrder);
    auto *traineeHeader = m_traineeView->horizontalHeader();
    traineeHeader->resizeSection(TraineeTableModel::NameColumn, 180);
    traineeHeader->resizeSection(TraineeTableModel::UnitColumn, 170);
    traineeHeader->resizeSection(TraineeTableModel::CategoryColumn, 190);
    rememberHeaderState(traineeHeader, QStringLiteral("traineeTable"));

    m_addTrainee = new QPushButton(tr("Add &trainee…"), this);
    m_addTrainee->setObjectName(QStringLiteral("addTraineeButton"));
    m_editTrainee = new QPushButton(tr("Edit…"), this);
    m_removeTrainee = new QPushButton(tr("Remove"), this);
    m_editTrainee->setObjectName(QStringLiteral("editTraineeButton"));
    m_removeTrainee->setObjectName(QStringLiteral("removeTraineeButton"));
    m_import = new QPushButton(tr("&Import list…"), this);
    m_import->setObjectName(QStringLiteral("importTraineesButton"));
    m_import->setToolTip(tr("Add the trainees of a spreadsheet (XLSX, XLS, ODS or CSV) to the "
                            "selected class"));
    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_category);
    auto *traineeBar = new QHBoxLayout;
    traineeBar->addWidget(m_addTrainee);
    traineeBar->addWidget(m_editTrainee);
    traineeBar->addWidget(m_removeTrainee);
    traineeBar->addWidget(m_import);
    traineeBar->addStretch();
    auto *traineeBox = new QWidget(this);
    auto *traineeLayout = new QVBoxLayout(traineeBox);
    traineeLayout->setContentsMargins(0, 0, 0, 0);
    traineeLayout->addWidget(m_traineeHeading);
    traineeLayout->addLayout(traineeBar);
    traineeLayout->addLayout(filterBar);
    traineeLayout->addWidget(m_traineeView);

    // The same keys as on the Plan and Units pages, each in its own table.
    addButtonShortcut(addClass, classBox, QKeySequence(Qt::Key_Insert), tr("Add a class"));
    addButtonShortcut(m_editClass, classBox, QKeySequence(Qt::Key_F2),
                      tr("Edit the selected class"));
    addButtonShortcut(m_removeClass, classBox, QKeySequence(Qt::Key_Delete),
                      tr("Remove the selected class with its trainees"));
    addButtonShortcut(m_addTrainee, traineeBox, QKeySequence(Qt::Key_Insert),
                      tr("Add a trainee to the selected class"));
    addButtonShortcut(m_editTrainee, traineeBox, QKeySequence(Qt::Key_F2),
                      tr("Edit the selected trainee"));
    addButtonShortcut(m_removeTrainee, traineeBox, QKeySequence(Qt::Key_Delete),
                      tr("Remove the selected trainee from the class"));

    // The year's trainees by category.
    m_totalsView = makeTable(QStringLiteral("traineeTotals"), m_totals, this);
    m_totalsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_totalsView->verticalHeader()->hide();
    // The long category names take the room, not the two counts.
    m_totalsView->horizontalHeader()->setStretchLastSection(false);
    m_totalsView->horizontalHeader()->setSectionResizeMode(TraineeTotalsModel::CategoryColumn,
                                                           QHeaderView::Stretch);
    m_totalsView->horizontalHeader()->setSectionResizeMode(TraineeTotalsModel::TraineesColumn,
                                                           QHeaderView::ResizeToContents);
    m_totalsView->horizontalHeader()->setSectionResizeMode(TraineeTotalsModel::CompletedColumn,
                                                           QHeaderView::ResizeToContents);
    m_totalsView->setWordWrap(false);
    auto *totalsBox = new QWidget(this);
    auto *totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->setContentsMargins(0, 0, 0, 0);
    totalsLayout->addWidget(m_totalsHeading);
    totalsLayout->addWidget(m_totalsView);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(traineeBox);
    lower->addWidget(totalsBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 1);
    lower->setChildrenCollapsible(false);
    // The totals need room for the long category names.
    lower->setSizes({640, 400});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(classBox);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    // A long class title wraps rather than widening the window.
    m_heading->setWordWrap(true);
    m_traineeHeading->setWordWrap(true);
    m_totalsHeading->setWordWrap(true);
    m_category->setMinimumContentsLength(16);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setObjectName(QStringLiteral("trainingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(addClass, &QPushButton::clicked, this, &TrainingPage::addClass);
    connect(m_editClass, &QPushButton::clicked, this, &TrainingPage::editClass);
    connect(m_removeClass, &QPushButton::clicked, this, &TrainingPage::removeClass);
    connect(m_classView, &QTableView::activated, this, &TrainingPage::editClass);
    connect(m_classView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { reloadTrainees(); });
    connect(m_addTrainee, &QPushButton::clicked, this, &TrainingPage::addTrainee);
    connect(m_editTrainee, &QPushButton::clicked, this, &TrainingPage::editTrainee);
    connect(m_removeTrainee, &QPushButton::clicked, this, &TrainingPage::removeTrainee);
    connect(m_traineeView, &QTableView::activated, this, &TrainingPage::editTrainee);
    connect(m_traineeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrainingPage::updateButtons);
    connect(m_import, &QPushButton::clicked, this, &TrainingPage::importDialog);
    connect(m_search, &QLineEdit::textChanged, this, &TrainingPage::applyTraineeFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &TrainingPage::applyTraineeFilter);
    updateButtons();
}

void TrainingPage::setCategoryFilter(std::optional<TraineeCategory> category)
{
    m_search->clear();
    m_category->setCurrentIndex(
        category ? std::max(0, m_category->findData(traineeCategoryKey(*category))) : 0);
    // With a category asked for, a class that has such trainees is more
    // use than an empty one.
    if (category && database() && m_traineeProxy->rowCount() == 0) {
        db::TrainingRepository repo(*database());
        for (int r = 0; r < m_classProxy->rowCount(); ++r) {
            const qint64 id = m_classProxy->index(r, 0).data(IdRole).toLongLong();
            auto people = repo.trainees(id);
            if (people && std::any_of(people->cbegin(), people->cend(), [&](const Trainee &t) {
                    return t.category == *category;
                })) {
                selectClass(id);
                break;
            }
        }
    }
}

void TrainingPage::selectClass(qint64 id)
{
    const int row = m_classes->rowOf(id);
    if (row < 0) {
        m_pendingClass = id; // not loaded yet
        return;
    }
    const QModelIndex index = m_classProxy->mapFromSource(m_classes->index(row, 0));
    m_classView->setCurrentIndex(index);
    m_classView->scrollTo(index);
}

void TrainingPage::reload()
{
    const qint64 keep = m_pendingClass ? m_pendingClass : currentClassId();
    m_pendingClass = 0;
    m_status->clear();
    m_heading->setText(tr("Training classes in %1").arg(year()));
    m_totalsHeading->setText(tr("Trainees in %1 by category").arg(year()));
    if (!database()) {
        m_classes->setClasses({}, {});
        m_totals->setTotals({});
        reloadTrainees();
        return;
    }
    db::TrainingRepository repo(*database());
    auto classes = repo.classes(year());
    if (!classes) {
        m_status->setText(classes.error());
        return;
    }
    QHash<qint64, int> counts;
    for (const TrainingClass &c : classes.value()) {
        auto people = repo.trainees(c.id);
        counts.insert(c.id, people ? int(people->size()) : 0);
    }
    m_classes->setClasses(classes.value(), counts);
    auto totals = repo.totals(year());
    m_totals->setTotals(totals ? totals.value() : TraineeTotals{});
    if (!totals)
        m_status->setText(totals.error());
    if (m_classes->rowOf(keep) >= 0)
        selectClass(keep);
    else if (m_classProxy->rowCount() > 0)
        m_classView->setCurrentIndex(m_classProxy->index(0, 0));
    reloadTrainees();
}

qint64 TrainingPage::currentClassId() const
{
    const QModelIndex index = m_classView->currentIndex();
    return index.isValid() ? m_classProxy->index(index.row(), 0).data(IdRole).toLongLong() : 0;
}

const Trainee *TrainingPage::currentTrainee() const
{
    const QModelIndex index = m_traineeProxy->mapToSource(m_traineeView->currentIndex());
    return index.isValid() ? m_trainees->traineeAt(index.row()) : nullptr;
}

void TrainingPage::reloadTrainees()
{
    const qint64 id = currentClassId();
    const TrainingClass *c = m_classes->classAt(m_classes->rowOf(id));
    if (!database() || !c) {
        m_trainees->setTrainees({});
        m_traineeHeading->setText(m_classes->rowCount() ? tr("Trainees: select a class above")
                                                        : tr("Trainees: add a class first"));
        applyTraineeFilter();
        return;
    }
    auto people = db::TrainingRepository(*database()).trainees(id);
    m_trainees->setTrainees(people ? people.value() : QList<Trainee>{});
    if (!people)
        m_status->setText(people.error());
    applyTraineeFilter();
}

void TrainingPage::applyTraineeFilter()
{
    m_traineeProxy->setSearchText(m_search->text());
    m_traineeProxy->setRoleFilter(TraineeTableModel::CategoryKeyRole,
                                  m_category->currentData().toString());
    const TrainingClass *c = m_classes->classAt(m_classes->rowOf(currentClassId()));
    if (c) {
        int completed = 0;
        for (int r = 0; r < m_trainees->rowCount(); ++r)
            completed += m_trainees->traineeAt(r)->completed ? 1 : 0;
        const QString shown = m_traineeProxy->rowCount() == m_trainees->rowCount()
                                  ? QString()
                                  : tr(" (%1 shown)").arg(m_traineeProxy->rowCount());
        m_traineeHeading->setText(tr("Trainees of “%1”: %2, %3 completed%4")
                                      .arg(c->title)
                                      .arg(m_trainees->rowCount())
                                      .arg(completed)
                                      .arg(shown));
        m_traineeHeading->setToolTip(c->title);
    }
    updateButtons();
}

void TrainingPage::updateButtons()
{
    const bool writable = isWritable();
    const bool hasClass = currentClassId() > 0;
    m_editClass->setEnabled(writable && hasClass);
    m_removeClass->setEnabled(writable && hasClass);
    m_addTrainee->setEnabled(writable && hasClass);
    m_import->setEnabled(writable && hasClass);
    m_editTrainee->setEnabled(writable && currentTrainee());
    m_removeTrainee->setEnabled(writable && currentTrainee());
}

void TrainingPage::run(DbCommand *command)
{
    DbCommand::run(m_undo, command, this, title());
}

// ---- classes ----------------------------------------------------------------

bool TrainingPage::classDialog(TrainingClass &c, const QString &title)
{
    FormDialog dialog(QStringLiteral("classDialog"), title, this);
    auto *name = new QLineEdit(c.title, &dialog);
    name->setObjectName(QStringLiteral("classTitle"));
    name->setPlaceholderText(tr("e.g. Skills for spokespersons of departments and districts"));
    auto *hasDates = new QCheckBox(tr("The dates are set"), &dialog);
    hasDates->setChecked(c.startDate.isValid() || c.id == 0);
    const QDate today = QDate::currentDate();
    const QDate fallback = today.year() == c.year ? today : QDate(c.year, 1, 1);
    QDateEdit *start = dateEdit(c.startDate.isValid() ? c.startDate : fallback, &dialog);
    start->setObjectName(QStringLiteral("classStart"));
    QDateEdit *end = dateEdit(c.endDate.isValid() ? c.endDate : start->date(), &dialog);
    end->setObjectName(QStringLiteral("classEnd"));
    auto *place = new QLineEdit(c.place, &dialog);
    place->setObjectName(QStringLiteral("classPlace"));
    auto *organiser = new QComboBox(&dialog);
    organiser->setObjectName(QStringLiteral("classOrganiser"));
    organiser->addItem(tr("(none)"), 0);
    addUnitChoices(organiser, *database(), c.year);
    if (c.organiserId > 0 && organiser->findData(c.organiserId) < 0)
        organiser->addItem(c.organiserName, c.organiserId); // ended since
    organiser->setCurrentIndex(std::max(0, organiser->findData(c.organiserId)));
    organiser->setMinimumContentsLength(30);
    organiser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *planned = new QSpinBox(&dialog);
    planned->setObjectName(QStringLiteral("classPlanned"));
    planned->setRange(0, 100000);
    planned->setSpecialValueText(tr("not set"));
    planned->setValue(c.plannedSize.value_or(0));
    auto updateDates = [=] {
        start->setEnabled(hasDates->isChecked());
        end->setEnabled(hasDates->isChecked());
    };
    updateDates();
    connect(hasDates, &QCheckBox::toggled, &dialog, updateDates);
    connect(start, &QDateEdit::dateChanged, &dialog, [=](const QDate &d) {
        if (end->date() < d)
            end->setDate(d);
    });

    QFormLayout *form = dialog.form();
    form->addRow(tr("&Title:"), name);
    form->addRow(QString(), hasDates);
    form->addRow(tr("&From:"), start);
    form->addRow(tr("&To:"), end);
    form->addRow(tr("&Place:"), place);
    form->addRow(tr("&Organiser:"), organiser);
    form->addRow(tr("Planned &size:"), planned);
    const bool saved = dialog.run(560, [&] {
        if (text::clean(name->text()).isEmpty())
            return dialog.refuse(tr("The class needs a title."), name);
        if (hasDates->isChecked() && start->date().year() != c.year)
            return dialog.refuse(
                tr("The class is filed under %1: it must start in %1.").arg(c.year), start);
        if (hasDates->isChecked() && end->date() < start->date())
            return dialog.refuse(tr("The class cannot end before it starts."), end);
        return true;
    });
    if (!saved)
        return false;
    c.title = text::clean(name->text());
    c.startDate = hasDates->isChecked() ? start->date() : QDate();
    c.endDate = hasDates->isChecked() ? end->date() : QDate();
    c.place = text::clean(place->text());
    c.organiserId = organiser->currentData().toLongLong();
    c.organiserName = c.organiserId ? organiser->currentText() : QString();
    c.plannedSize = planned->value() > 0 ? std::optional<int>(planned->value()) : std::nullopt;
    return true;
}

void TrainingPage::addClass()
{
    if (!checkWritable())
        return;
    TrainingClass c;
    c.year = year();
    if (!classDialog(c, tr("New training class")))
        return;
    db::Database *db = database();
    auto id = std::make_shared<qint64>(0);
    auto record = std::make_shared<TrainingClassRecord>();
    run(new DbCommand(
        tr("New class “%1”").arg(c.title),
        [db, c, id, record]() -> Status {
            db::TrainingRepository repo(*db);
            if (*id > 0)
                return repo.restoreClass(*record);
            auto added = repo.addClass(c);
            if (!added)
                return Error{added.error()};
            *id = added.value();
            return {};
        },
        [db, id, record]() -> Status {
            auto removed = db::TrainingRepository(*db).removeClass(*id);
            if (!removed)
                return Error{removed.error()};
            *record = removed.value();
            return {};
        },
        [this, id] {
            m_pendingClass = *id;
            reload();
        }));
}

void TrainingPage::editClass()
{
    const TrainingClass *current = m_classes->classAt(m_classes->rowOf(currentClassId()));
    if (!current || !checkWritable())
        return;
    const TrainingClass before = *current;
    TrainingClass after = before;
    if (!classDialog(after, tr("Edit training class")) || after == before)
        return;
    db::Database *db = database();
    run(DbCommand::replacing(
        tr("Edit class “%1”").arg(after.title), before, after,
        [db](const TrainingClass &c) {
            return statusOf(db::TrainingRepository(*db).updateClass(c));
        },
        [this, id = before.id] {
            m_pendingClass = id;
            reload();
        }));
}

void TrainingPage::removeClass()
{
    const TrainingClass *current = m_classes->classAt(m_classes->rowOf(currentClassId()));
    if (!current || !checkWritable())
        return;
    const qint64 id = current->id;
    const int trainees = m_trainees->rowCount();
    const QString question =
        trainees > 0 ? tr("Remove “%1” and its %2 trainees? Edit › Undo puts them back.")
                           .arg(current->title)
                           .arg(trainees)
                     : tr("Remove “%1”? Edit › Undo puts it back.").arg(current->title);
    if (!confirm(this, tr("Remove class"), question, tr("Remove class")))
        return;
    db::Database *db = database();
    auto record = std::make_shared<TrainingClassRecord>();
    run(new DbCommand(
        tr("Remove class “%1”").arg(current->title),
        [db, id, record]() -> Status {
            auto removed = db::TrainingRepository(*db).removeClass(id);
            if (!removed)
                return Error{removed.error()};
            *record = removed.value();
            return {};
        },
        [db, record]() -> Status { return db::TrainingRepository(*db).restoreClass(*record); },
        [this, id] {
            m_pendingClass = id;
            reload();
        }));
}

// ---- trainees ---------------------------------------------------------------

bool TrainingPage::traineeDialog(Trainee &t, const QString &title)
{
    FormDialog dialog(QStringLiteral("traineeDialog"), title, this);
    auto *name = new QLineEdit(t.name, &dialog);
    name->setObjectName(QStringLiteral("traineeName"));
    auto *unit = new QComboBox(&dialog);
    unit->setObjectName(QStringLiteral("traineeUnit"));
    unit->setEditable(true);
    unit->setInsertPolicy(QComboBox::NoInsert);
    const TrainingClass *c = m_classes->classAt(m_classes->rowOf(t.classId));
    addUnitChoices(unit, *database(), c ? c->year : year());
    unit->completer()->setFilterMode(Qt::MatchContains);
    unit->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    unit->setCurrentIndex(t.unitId > 0 ? unit->findData(t.unitId) : -1);
    unit->setEditText(t.unitText);
    unit->setMinimumContentsLength(30);
    unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    unit->setToolTip(tr("A unit of the list, or any other workplace typed in"));
    auto *category = new QComboBox(&dialog);
    category->setObjectName(QStringLiteral("traineeCategory"));
    for (TraineeCategory k : allTraineeCategories())
        category->addItem(traineeCategoryLabel(k), int(k));
    category->setCurrentIndex(category->findData(int(t.category)));
    auto *completed = new QCheckBox(tr("Completed the class"), &dialog);
    completed->setObjectName(QStringLiteral("traineeCompleted"));
    completed->setChecked(t.completed);

    QFormLayout *form = dialog.form();
    form->addRow(tr("&Full name:"), name);
    form->addRow(tr("&Unit:"), unit);
    form->addRow(tr("&Category:"), category);
    form->addRow(QString(), completed);
    const bool saved = dialog.run(520, [&] {
        if (text::clean(name->text()).isEmpty())
            return dialog.refuse(tr("The trainee needs a name."), name);
        return true;
    });
    if (!saved)
        return false;
    t.name = text::clean(name->text());
    t.unitText = text::clean(unit->currentText());
    // A unit of the list only when the text is its name.
    const int match = unit->findText(t.unitText, Qt::MatchFixedString);
    t.unitId = match >= 0 ? unit->itemData(match).toLongLong() : 0;
    t.category = TraineeCategory(category->currentData().toInt());
    t.completed = completed->isChecked();
    return true;
}

void TrainingPage::addTrainee()
{
    const qint64 classId = currentClassId();
    if (classId <= 0 || !checkWritable())
        return;
    Trainee t;
    t.classId = classId;
    if (!traineeDialog(t, tr("New trainee")))
        return;
    db::Database *db = database();
    auto added = std::make_shared<Trainee>(t);
    run(new DbCommand(
        tr("Add trainee %1").arg(t.name),
        [db, added]() -> Status {
            db::TrainingRepository repo(*db);
            if (added->id > 0)
                return repo.restoreTrainee(*added);
            auto id = repo.addTrainee(*added);
            if (!id)
                return Error{id.error()};
            added->id = id.value();
            return {};
        },
        [db, added]() -> Status {
            return statusOf(db::TrainingRepository(*db).removeTrainee(added->id));
        },
        [this, classId] {
            m_pendingClass = classId;
            reload();
        }));
}

void TrainingPage::editTrainee()
{
    const Trainee *current = currentTrainee();
    if (!current || !checkWritable())
        return;
    const Trainee before = *current;
    Trainee after = before;
    if (!traineeDialog(after, tr("Edit trainee")) || after == before)
        return;
    db::Database *db = database();
    run(DbCommand::replacing(
        tr("Edit trainee %1").arg(after.name), before, after,
        [db](const Trainee &t) { return statusOf(db::TrainingRepository(*db).updateTrainee(t)); },
        [this, classId = before.classId] {
            m_pendingClass = classId;
            reload();
        }));
}

void TrainingPage::removeTrainee()
{
    const Trainee *current = currentTrainee();
    if (!current || !checkWritable())
        return;
    if (!confirm(this, tr("Remove trainee"),
                 tr("Remove %1 from the class? Edit › Undo puts the trainee back.")
                     .arg(current->name),
                 tr("Remove trainee")))
        return;
    const Trainee removed = *current;
    db::Database *db = database();
    run(new DbCommand(
        tr("Remove trainee %1").arg(removed.name),
        [db, id = removed.id]() -> Status {
            return statusOf(db::TrainingRepository(*db).removeTrainee(id));
        },
        [db, removed]() -> Status { return db::TrainingRepository(*db).restoreTrainee(removed); },
        [this, classId = removed.classId] {
            m_pendingClass = classId;
            reload();
        }));
    m_status->setText(tr("%1 was removed. Edit › Undo puts the trainee back.").arg(removed.name));
}

// ---- import -----------------------------------------------------------------

void TrainingPage::importDialog()
{
    if (currentClassId() <= 0 || !checkWritable())
        return;
    const QString path =
        chooseImportFile(this, QStringLiteral("training/importFolder"), tr("Import trainees"),
                         tr("Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString summary = importTrainees(path);
    if (!summary.isEmpty())
        m_status->setText(summary);
}

bool TrainingPage::openFiles(const QStringList &paths)
{
    if (!isImportFile(paths, {QStringLiteral("xlsx"), QStringLiteral("xls"), QStringLiteral("ods"),
                              QStringLiteral("csv")}) ||
        currentClassId() <= 0)
        return false;
    importTrainees(paths.first());
    return true;
}

QString TrainingPage::importTrainees(const QString &path)
{
    const qint64 classId = currentClassId();
    const TrainingClass *c = m_classes->classAt(m_classes->rowOf(classId));
    if (!c || !checkWritable())
        return {};
    const QString classTitle = c->title;
    import::TraineeImporter importer(*database());
    auto preview = importer.preview(path, classId);
    if (!preview) {
        QMessageBox::warning(this, tr("Import trainees"), preview.error());
        return preview.error();
    }
    const import::TraineePreview &p = preview.value();

    // What would happen, before anything is written.
    QStringList lines;
    lines << tr("%1, sheet “%2”: %3 trainees to add to “%4”.")
                 .arg(p.fileName, p.sheetName)
                 .arg(p.toInsert())
                 .arg(classTitle);
    if (p.alreadyInClass)
        lines << tr("%1 already in the class (same name and unit) are left out.")
                     .arg(p.alreadyInClass);
    if (!p.rejected.empty())
        lines << tr("%1 rows cannot be imported (listed below).").arg(p.rejected.size());
    if (p.warningCount)
        lines << tr("%1 warnings: the rows are imported as shown below.").arg(p.warningCount);
    if (!confirmImport(this, QStringLiteral("traineeImportDialog"), tr("Import trainees"), lines,
                       p.rowMessages().join(QLatin1Char('\n')),
                       tr("&Import %1 trainees").arg(p.toInsert()), p.toInsert() > 0))
        return {};

    auto outcome = importer.commit(p, classId);
    if (!outcome) {
        QMessageBox::critical(this, tr("Import trainees"),
                              tr("Nothing was imported: %1").arg(outcome.error()));
        return outcome.error();
    }
    m_pendingClass = classId;
    reload();
    const QString done =
        tr("Imported %1 trainees from %2 into “%3”; %4 left out as already listed, %5 rows "
           "refused, %6 warnings.")
            .arg(outcome->inserted)
            .arg(p.fileName, classTitle)
            .arg(outcome->skipped)
            .arg(outcome->rejected)
            .arg(outcome->warnings);
    m_status->setText(done);
    return done;
}

} // namespace ttcs::ui
