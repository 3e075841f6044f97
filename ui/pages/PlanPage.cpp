#include "pages/PlanPage.h"

#include "ButtonShortcut.h"
#include "SearchableTree.h"
#include "SortFilterProxy.h"
#include "TaskDialogs.h"
#include "ViewState.h"
#include "db/Database.h"
#include "db/PlanRepository.h"
#include "db/TaskRepository.h"
#include "db/YearPlanRepository.h"
#include "models/TaskTreeModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace ttcs::ui {

PlanPage::PlanPage(QUndoStack *undo, QWidget *parent)
    : Page(parent)
    , m_undo(undo)
    , m_model(new TaskTreeModel(this))
    , m_proxy(new SortFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_toolBar(new QToolBar(this))
    , m_view(new QTreeView(this))
    , m_detail(new QTextBrowser(this))
{
    setUpSearchableTree(m_view, QStringLiteral("taskTree"), m_proxy, m_model,
                        TaskTreeModel::NumberColumn, m_search,
                        tr("Search tasks and units (without diacritics is fine)"));
    m_view->setWordWrap(false);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->header()->resizeSection(TaskTreeModel::NumberColumn, 70);
    m_view->header()->resizeSection(TaskTreeModel::TitleColumn, 310);
    m_view->header()->resizeSection(TaskTreeModel::LeadColumn, 190);
    m_view->header()->resizeSection(TaskTreeModel::OtherUnitsColumn, 210);
    m_view->header()->resizeSection(TaskTreeModel::TimeFrameColumn, 135);
    m_view->header()->resizeSection(TaskTreeModel::DeadlineColumn, 110);
    // A key of its own since the year's deadline became a column: widths
    // saved for the five columns before would hide it.
    rememberHeaderState(m_view->header(), QStringLiteral("taskTreeByYear"));
    m_detail->setObjectName(QStringLiteral("taskDetail"));
    m_detail->setOpenExternalLinks(false);

    m_toolBar->setObjectName(QStringLiteral("planToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto action = [this](const QString &text, const QString &name, const QKeySequence &key,
                         const QString &tip, const std::function<void()> &slot) {
        return addToolAction(m_toolBar, this, text, name, key, tip, slot);
    };
    m_add = action(tr("New task"), QStringLiteral("addTask"), QKeySequence(Qt::Key_Insert),
                   tr("Add a task after the selected one, at the same level"),
                   [this] { newTask(false); });
    m_addSub = action(tr("New sub-task"), QStringLiteral("addSubTask"),
                      QKeySequence(Qt::SHIFT | Qt::Key_Insert),
                      tr("Add a sub-task under the selected task"), [this] { newTask(true); });
    m_edit = action(tr("Edit…"), QStringLiteral("editTask"), QKeySequence(Qt::Key_F2),
                    tr("Edit the task's text and units"), [this] { editCurrent(); });
    m_year = action(tr("This year…"), QStringLiteral("editTaskYear"), QKeySequence(Qt::Key_F4),
                    tr("The task in the selected year: deadline, target, expected output, "
                       "budget, or left out"),
                    [this] { editYear(); });
    m_toolBar->addSeparator();
    m_up = action(tr("Move up"), QStringLiteral("moveTaskUp"), QKeySequence(Qt::CTRL | Qt::Key_Up),
                  tr("Move the task before the previous one"), [this] { moveCurrent(-1); });
    m_down = action(tr("Move down"), QStringLiteral("moveTaskDown"),
                    QKeySequence(Qt::CTRL | Qt::Key_Down), tr("Move the task after the next one"),
                    [this] { moveCurrent(1); });
    m_moveUnder = action(tr("Move under…"), QStringLiteral("moveTaskUnder"), QKeySequence(),
                         tr("Make the task a sub-task of another task, or a main task"),
                         [this] { moveCurrentUnder(); });
    m_renumber = action(tr("Renumber"), QStringLiteral("renumberTasks"), QKeySequence(),
                        tr("Number every task again from its place in the plan"),
                        [this] { failed(renumber()); });
    m_toolBar->addSeparator();
    m_remove = action(tr("Remove"), QStringLiteral("removeTask"), QKeySequence(Qt::Key_Delete),
                      tr("Remove the task with its sub-tasks"), [this] { removeCurrent(); });
    m_toolBar->addSeparator();
    m_startYear = action(tr("Start the year…"), QStringLiteral("startYear"), QKeySequence(),
                         tr("Carry the previous year's deadlines, targets and units over to "
                            "the selected year"),
                         [this] { confirmStartYear(); });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_search);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showCurrent();
        updateActions();
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this] { editCurrent(); });
    // Queued: the move reloads the model, which must not happen inside the drop.
    connect(
        m_model, &TaskTreeModel::moveRequested, this,
        [this](qint64 taskId, qint64 newParentId, int position) {
            m_view->sortByColumn(TaskTreeModel::NumberColumn, Qt::AscendingOrder);
            failed(moveTask(taskId, newParentId, position));
        },
        Qt::QueuedConnection);
    // Fields that changed in place (same rows) show in the detail too.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PlanPage::showCurrent);
    updateActions();
}

qint64 PlanPage::currentTaskId() const
{
    const Task *t = m_model->taskAt(m_proxy->mapToSource(m_view->currentIndex()));
    return t ? t->id : 0;
}

void PlanPage::setCurrentTask(qint64 taskId)
{
    selectSourceRow(m_view, m_proxy, m_model->indexOfKey(taskId));
}

void PlanPage::reload()
{
    const qint64 current = currentTaskId();
    m_planId = 0;
    m_yearInPlan = false;
    if (!database()) {
        m_model->setTasks({});
        m_detail->clear();
        updateActions();
        return;
    }
    auto tasks = db::TaskRepository(*database()).all();
    if (!tasks) {
        m_model->setTasks({});
        m_detail->setPlainText(tasks.error());
        updateActions();
        return;
    }
    QList<Task> shown = tasks.value();
    if (auto plan = db::PlanRepository(*database()).forYear(year())) {
        m_planId = plan->id;
        m_yearInPlan = year() >= plan->year;
        shown.removeIf([this](const Task &t) { return t.planId != m_planId; });
    }
    QList<TaskInYear> inYear;
    if (m_yearInPlan) {
        if (auto y = db::YearPlanRepository(*database()).tasks(year()))
            inYear = y.value();
    }
    const int rowsBefore = m_model->rowCount();
    m_model->setTasks(shown, inYear);
    if (rowsBefore == 0 || !m_view->currentIndex().isValid()) {
        m_view->expandAll();
        setCurrentTask(current);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    }
    m_startYear->setText(tr("Start %1 from %2…").arg(year()).arg(year() - 1));
    showCurrent();
    updateActions();
}

void PlanPage::updateActions()
{
    const bool writable = database() && !database()->isReadOnly();
    const bool hasTask = currentTaskId() != 0;
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const int siblings = m_model->rowCount(current.parent());
    m_add->setEnabled(writable && m_planId != 0);
    m_addSub->setEnabled(writable && hasTask);
    m_edit->setEnabled(writable && hasTask);
    m_year->setEnabled(writable && hasTask && m_yearInPlan);
    m_remove->setEnabled(writable && hasTask);
    m_up->setEnabled(writable && hasTask && current.row() > 0);
    m_down->setEnabled(writable && hasTask && current.row() < siblings - 1);
    m_moveUnder->setEnabled(writable && hasTask);
    m_renumber->setEnabled(writable && m_planId != 0);
    m_startYear->setEnabled(writable && m_yearInPlan);
    m_model->setMovable(writable);
}

void PlanPage::showCurrent()
{
    const QModelIndex source = m_proxy->mapToSource(m_view->currentIndex());
    const Task *t = m_model->taskAt(source);
    if (!t) {
        m_detail->clear();
        return;
    }
    const TaskInYear *y = m_model->taskInYearAt(source);
    QString html =
        QStringLiteral("<h3>%1. %2</h3>").arg(t->number.toHtmlEscaped(), t->title.toHtmlEscaped());
    if (t->content != t->title)
        html += QStringLiteral("<p>%1</p>").arg(t->content.toHtmlEscaped());
    auto line = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QString sep = QStringLiteral("; ");
    auto names = [&](TaskRoleKind kind) {
        QStringList out;
        for (const TaskRole &r : y ? y->roles : t->roles) {
            if (r.role == kind)
                out << r.name;
        }
        return out.join(sep);
    };
    line(tr("Lead unit:"), t->leadText.isEmpty() ? names(TaskRoleKind::Lead) : t->leadText);
    line(tr("Implementing units:"),
         t->implementText.isEmpty() ? names(TaskRoleKind::Implement) : t->implementText);
    line(tr("Coordinating units:"),
         t->coordinateText.isEmpty() ? names(TaskRoleKind::Coordinate) : t->coordinateText);
    line(tr("Time frame:"), t->timeFrame);
    if (y) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("In %1").arg(year()).toHtmlEscaped());
        if (!y->plan.planned) {
            line(tr("Left out:"), tr("the task is not carried out this year"));
        } else {
            line(tr("Deadline:"), y->deadline.isValid()
                                      ? QLocale().toString(y->deadline, QLocale::ShortFormat)
                                      : tr("none"));
            line(tr("Target:"), y->plan.target);
            line(tr("Expected output:"), y->plan.expectedOutput);
            if (y->plan.budget)
                line(tr("Budget estimate:"), tr("%1 đồng").arg(QLocale().toString(*y->plan.budget)));
            if (y->plan.ownRoles)
                line(tr("Units:"), tr("planned for this year, not the standing plan's"));
        }
    }
    m_detail->setHtml(html);
}

void PlanPage::pushTreeChange(const QString &text, const db::TaskTreeChange &change)
{
    // The change flips on each undo and redo: reverting it returns the
    // change that puts it back.
    auto state = std::make_shared<db::TaskTreeChange>(change);
    db::Database *db = database();
    auto flip = [db, state]() -> QString {
        auto inverse = db::TaskEditRepository(*db).revert(*state);
        if (!inverse)
            return inverse.error();
        *state = inverse.value();
        return {};
    };
    pushEdit(m_undo, text, flip, flip);
}

QString PlanPage::addTask(const db::NewTask &task)
{
    if (!database())
        return {};
    auto change = db::TaskEditRepository(*database()).add(task);
    if (!change)
        return change.error();
    const QString number =
        change->added.isEmpty() ? QString() : change->added.first().task.number;
    pushTreeChange(tr("Add task %1").arg(number), change.value());
    setCurrentTask(change->taskId);
    return {};
}

QString PlanPage::updateTask(qint64 taskId, const db::TaskFields &fields,
                             const QList<TaskRole> &roles)
{
    if (!database())
        return {};
    db::Database *db = database();
    auto record = db::TaskEditRepository(*db).record(taskId);
    if (!record)
        return record.error();
    const db::TaskFields oldFields = db::TaskFields::of(record->task);
    const QList<TaskRole> oldRoles = record->task.roles;
    // Fields and roles in one step: each write is its own transaction, and
    // a refused second write puts the first back.
    auto apply = [db, taskId](const db::TaskFields &f, const QList<TaskRole> &r,
                              const db::TaskFields &undoF) -> QString {
        db::TaskEditRepository edits(*db);
        auto previous = edits.update(taskId, f);
        if (!previous)
            return previous.error();
        auto previousRoles = edits.setRoles(taskId, r);
        if (!previousRoles) {
            // Put the fields back; if even that fails, the first error says what went wrong.
            (void)edits.update(taskId, undoF);
            return previousRoles.error();
        }
        return {};
    };
    const QString error = apply(fields, roles, oldFields);
    if (!error.isEmpty())
        return error;
    pushEdit(
        m_undo, tr("Edit task %1").arg(record->task.number),
        [=] { return apply(oldFields, oldRoles, fields); },
        [=] { return apply(fields, roles, oldFields); });
    return {};
}

QString PlanPage::moveTask(qint64 taskId, qint64 newParentId, int position)
{
    if (!database())
        return {};
    auto change = db::TaskEditRepository(*database()).move(taskId, newParentId, position);
    if (!change)
        return change.error();
    QString from, to;
    for (const db::TaskPlace &p : change->layoutBefore)
        from = p.id == taskId ? p.number : from;
    for (const db::TaskPlace &p : change->layoutAfter)
        to = p.id == taskId ? p.number : to;
    pushTreeChange(tr("Move task %1 to %2").arg(from, to), change.value());
    setCurrentTask(taskId);
    return {};
}

QString PlanPage::removeTask(qint64 taskId)
{
    if (!database())
        return {};
    auto change = db::TaskEditRepository(*database()).remove(taskId);
    if (!change)
        return change.error();
    const QString number =
        change->removed.isEmpty() ? QString() : change->removed.first().task.number;
    pushTreeChange(tr("Remove task %1").arg(number), change.value());
    return {};
}

QString PlanPage::renumber()
{
    if (!database() || m_planId == 0)
        return {};
    auto change = db::TaskEditRepository(*database()).renumber(m_planId);
    if (!change)
        return change.error();
    pushTreeChange(tr("Renumber the plan"), change.value());
    return {};
}

QString PlanPage::setYearPlan(qint64 taskId, const TaskYearPlan &plan)
{
    if (!database())
        return {};
    db::Database *db = database();
    const int y = year();
    auto previous = db::YearPlanRepository(*db).put(taskId, y, plan);
    if (!previous)
        return previous.error();
    const std::optional<TaskYearPlan> before = previous.value();
    const std::optional<TaskYearPlan> after = plan;
    auto put = [db, taskId, y](const std::optional<TaskYearPlan> &p) -> QString {
        auto r = db::YearPlanRepository(*db).put(taskId, y, p);
        return r ? QString() : r.error();
    };
    QString number;
    if (const Task *t = m_model->taskAt(m_model->indexOfKey(taskId)))
        number = t->number;
    pushEdit(
        m_undo, tr("Plan task %1 in %2").arg(number).arg(y), [=] { return put(before); },
        [=] { return put(after); });
    return {};
}

QString PlanPage::startYear()
{
    if (!database())
        return {};
    db::Database *db = database();
    auto start = db::YearPlanRepository(*db).startYear(year());
    if (!start)
        return start.error();
    auto state = std::make_shared<db::YearStart>(start.value());
    pushEdit(
        m_undo, tr("Start %1 from %2").arg(state->year).arg(state->fromYear),
        [db, state]() -> QString {
            const Status st = db::YearPlanRepository(*db).revertStart(*state);
            return st.ok() ? QString() : st.error();
        },
        [db, state]() -> QString {
            auto again = db::YearPlanRepository(*db).startYear(state->year);
            if (!again)
                return again.error();
            *state = again.value();
            return {};
        });
    return {};
}

void PlanPage::newTask(bool subTask)
{
    if (!database())
        return;
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const Task *t = m_model->taskAt(current);
    db::NewTask spec;
    spec.planId = m_planId;
    if (subTask) {
        if (!t)
            return;
        spec.parentId = t->id;
    } else if (t) {
        spec.parentId = t->parentId;
        spec.position = current.row() + 1;
    }
    TaskDialog dialog(*database(), year(), nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    spec.fields = dialog.fields();
    spec.roles = dialog.roles();
    failed(addTask(spec));
}

void PlanPage::editCurrent()
{
    const Task *t = m_model->taskAt(m_proxy->mapToSource(m_view->currentIndex()));
    if (!t || !database() || database()->isReadOnly())
        return;
    const Task task = *t;
    TaskDialog dialog(*database(), year(), &task, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const db::TaskFields fields = dialog.fields();
    const QList<TaskRole> roles = dialog.roles();
    if (fields == db::TaskFields::of(task) && sameRoles(roles, task.roles))
        return;
    failed(updateTask(task.id, fields, roles));
}

void PlanPage::editYear()
{
    const TaskInYear *y = m_model->taskInYearAt(m_proxy->mapToSource(m_view->currentIndex()));
    if (!y || !database() || database()->isReadOnly())
        return;
    const TaskInYear task = *y;
    TaskYearDialog dialog(*database(), task, year(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TaskYearPlan plan = dialog.plan();
    if (task.stored && plan == task.plan)
        return;
    failed(setYearPlan(task.task.id, plan));
}

void PlanPage::removeCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const Task *t = m_model->taskAt(current);
    if (!t || !database())
        return;
    int below = 0;
    std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            ++below;
            count(m_model->index(r, 0, parent));
        }
    };
    count(current);
    QString question = tr("Remove task %1 \"%2\"?").arg(t->number, t->title);
    if (below > 0)
        question += QLatin1Char(' ') + tr("Its %n sub-task(s) go with it.", nullptr, below);
    question += QStringLiteral("\n\n") +
                tr("Progress reported on it goes too. Edit › Undo brings everything back.");
    if (QMessageBox::question(this, tr("Remove task"), question) != QMessageBox::Yes)
        return;
    failed(removeTask(t->id));
}

void PlanPage::moveCurrent(int by)
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const Task *t = m_model->taskAt(current);
    if (!t)
        return;
    const int to = current.row() + by;
    if (to < 0 || to >= m_model->rowCount(current.parent()))
        return;
    // Up and down follow the plan's order, whatever column the view is sorted by.
    m_view->sortByColumn(TaskTreeModel::NumberColumn, Qt::AscendingOrder);
    failed(moveTask(t->id, t->parentId, to));
}

void PlanPage::moveCurrentUnder()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const Task *t = m_model->taskAt(current);
    if (!t)
        return;
    const qint64 movedId = t->id;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("moveTaskDialog"));
    dialog.setWindowTitle(tr("Move task %1").arg(t->number));
    auto *parents = new QComboBox(&dialog);
    parents->setObjectName(QStringLiteral("newParent"));
    parents->addItem(tr("(a main task, at the end of the plan)"), 0);
    // Every task but the one moved and its own sub-tasks, in plan order.
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            const Task *c = m_model->taskAt(i);
            if (c->id == movedId)
                continue;
            parents->addItem(QStringLiteral("%1. %2").arg(c->number, c->title), c->id);
            walk(i);
        }
    };
    walk({});
    parents->setCurrentIndex(std::max(0, parents->findData(t->parentId)));
    parents->setMaximumWidth(640);
    auto *form = new QFormLayout;
    form->addRow(tr("Make it the last sub-task of:"), parents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    failed(moveTask(movedId, parents->currentData().toLongLong(), -1));
}

void PlanPage::confirmStartYear()
{
    const int y = year();
    if (QMessageBox::question(
            this, tr("Start the year"),
            tr("Start %1 from the plan of %2?\n\nEach task's deadline, target, expected output, "
               "budget and units planned for %2 are copied to %1, deadlines one year later; "
               "progress starts empty. Without this step %1 follows the standing plan. "
               "Edit › Undo takes it back.")
                .arg(y)
                .arg(y - 1)) != QMessageBox::Yes)
        return;
    if (failed(startYear()).isEmpty())
        QMessageBox::information(this, tr("Start the year"),
                                 tr("%1 has been started from %2.").arg(y).arg(y - 1));
}

} // namespace ttcs::ui
