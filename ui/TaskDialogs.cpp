#include "TaskDialogs.h"

#include "UnitPickerDialog.h"
#include "db/Database.h"
#include "text/VietnameseText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ttcs::ui {

namespace {

enum { UnitIdRole = Qt::UserRole + 1, GroupIdRole };

constexpr TaskRoleKind kKinds[3] = {TaskRoleKind::Lead, TaskRoleKind::Coordinate,
                                    TaskRoleKind::Implement};

QDialogButtonBox *saveCancel(QDialog *dialog)
{
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setText(RolesEditor::tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(RolesEditor::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

RolesEditor::RolesEditor(db::Database &db, int year, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_year(year)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        const TaskRoleKind kind = kKinds[i];
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(roleLabel(kind)), this);
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("roles_") + roleKey(kind));
        list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        list->setWordWrap(true);
        m_lists[i] = list;
        auto *add = new QPushButton(tr("Add…"), this);
        add->setObjectName(QStringLiteral("addRole_") + roleKey(kind));
        add->setToolTip(tr("Choose units or groups of units"));
        auto *remove = new QPushButton(tr("Remove"), this);
        remove->setObjectName(QStringLiteral("removeRole_") + roleKey(kind));
        connect(add, &QPushButton::clicked, this, [this, kind] { pick(kind); });
        connect(remove, &QPushButton::clicked, this, [list] { qDeleteAll(list->selectedItems()); });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch();
        grid->addWidget(label, 0, i);
        grid->addWidget(list, 1, i);
        grid->addLayout(buttons, 2, i);
        grid->setColumnStretch(i, 1);
    }
}

QListWidget *RolesEditor::list(TaskRoleKind kind) const
{
    return m_lists[int(kind)];
}

void RolesEditor::setRoles(const QList<TaskRole> &roles)
{
    for (QListWidget *l : m_lists)
        l->clear();
    for (const TaskRole &r : roles)
        addRoles(r.role, {r});
}

void RolesEditor::addRoles(TaskRoleKind kind, const QList<TaskRole> &roles)
{
    QListWidget *l = list(kind);
    for (const TaskRole &r : roles) {
        bool present = false;
        for (int i = 0; i < l->count(); ++i) {
            present = present || (l->item(i)->data(UnitIdRole).toLongLong() == r.unitId &&
                                  l->item(i)->data(GroupIdRole).toLongLong() == r.groupId);
        }
        if (present)
            continue;
        auto *item = new QListWidgetItem(r.name, l);
        item->setData(UnitIdRole, r.unitId);
        item->setData(GroupIdRole, r.groupId);
        if (r.groupId > 0) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            item->setToolTip(tr("A group: every unit of it that exists in the year"));
        }
    }
}

QList<TaskRole> RolesEditor::roles() const
{
    QList<TaskRole> out;
    for (int k = 0; k < 3; ++k) {
        for (int i = 0; i < m_lists[k]->count(); ++i) {
            const QListWidgetItem *item = m_lists[k]->item(i);
            TaskRole r;
            r.role = kKinds[k];
            r.unitId = item->data(UnitIdRole).toLongLong();
            r.groupId = item->data(GroupIdRole).toLongLong();
            r.name = item->text();
            out << r;
        }
    }
    return out;
}

void RolesEditor::pick(TaskRoleKind kind)
{
    UnitPickerDialog picker(m_db, m_year, tr("%1 units").arg(roleLabel(kind)), this);
    if (picker.exec() == QDialog::Accepted)
        addRoles(kind, picker.chosen(kind));
}

TaskDialog::TaskDialog(db::Database &db, int year, const Task *task, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_content(new QPlainTextEdit(this))
    , m_frequency(new QComboBox(this))
    , m_timeFrame(new QLineEdit(this))
    , m_leadText(new QLineEdit(this))
    , m_coordinateText(new QLineEdit(this))
    , m_implementText(new QLineEdit(this))
    , m_roles(new RolesEditor(db, year, this))
{
    setObjectName(QStringLiteral("taskDialog"));
    setWindowTitle(task ? tr("Task %1").arg(task->number) : tr("New task"));
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_content->setObjectName(QStringLiteral("taskContent"));
    m_content->setTabChangesFocus(true);
    m_content->setPlaceholderText(tr("What the task asks, as the plan words it"));
    m_frequency->setObjectName(QStringLiteral("taskFrequency"));
    m_frequency->addItem(tr("None (a group of sub-tasks)"));
    for (Frequency f :
         {Frequency::Regular, Frequency::Annual, Frequency::OnRequest, Frequency::Once})
        m_frequency->addItem(frequencyLabel(f), int(f));
    m_timeFrame->setObjectName(QStringLiteral("taskTimeFrame"));
    m_timeFrame->setPlaceholderText(tr("e.g. Thường xuyên; Hằng năm; Quý IV"));
    const QString wordingHint =
        tr("Only when the plan words it otherwise than the list of units, e.g. \"Các sở, "
           "ban, ngành\"");
    for (QLineEdit *e : {m_leadText, m_coordinateText, m_implementText})
        e->setPlaceholderText(wordingHint);

    auto *taskTab = new QWidget(this);
    auto *form = new QFormLayout(taskTab);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Content:"), m_content);
    form->addRow(tr("&Frequency:"), m_frequency);
    form->addRow(tr("T&ime frame as written:"), m_timeFrame);

    auto *unitsTab = new QWidget(this);
    auto *unitsLayout = new QVBoxLayout(unitsTab);
    unitsLayout->addWidget(m_roles, 1);
    auto *wording = new QGroupBox(tr("Wording in the plan's document (optional)"), unitsTab);
    auto *wordingForm = new QFormLayout(wording);
    wordingForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    wordingForm->addRow(tr("Lead:"), m_leadText);
    wordingForm->addRow(tr("Coordinating:"), m_coordinateText);
    wordingForm->addRow(tr("Implementing:"), m_implementText);
    unitsLayout->addWidget(wording);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(taskTab, tr("&Task"));
    tabs->addTab(unitsTab, tr("&Units"));

    if (task) {
        m_title->setText(task->title);
        m_title->setCursorPosition(0); // long titles: show how they begin
        m_content->setPlainText(task->content);
        m_frequency->setCurrentIndex(task->frequency ? m_frequency->findData(int(*task->frequency))
                                                     : 0);
        m_timeFrame->setText(task->timeFrame);
        m_leadText->setText(task->leadText);
        m_coordinateText->setText(task->coordinateText);
        m_implementText->setText(task->implementText);
        m_roles->setRoles(task->roles);
    } else {
        m_frequency->setCurrentIndex(m_frequency->findData(int(Frequency::Annual)));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(saveCancel(this));
    resize(820, 560);
}

db::TaskFields TaskDialog::fields() const
{
    db::TaskFields f;
    f.title = m_title->text();
    f.content = m_content->toPlainText();
    if (m_frequency->currentIndex() > 0)
        f.frequency = Frequency(m_frequency->currentData().toInt());
    f.timeFrame = m_timeFrame->text();
    f.leadText = m_leadText->text();
    f.coordinateText = m_coordinateText->text();
    f.implementText = m_implementText->text();
    return f;
}

QList<TaskRole> TaskDialog::roles() const
{
    return m_roles->roles();
}

void TaskDialog::accept()
{
    if (text::clean(m_title->text()).isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("A task needs a title."));
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

TaskYearDialog::TaskYearDialog(db::Database &db, const TaskInYear &task, int year,
                               QWidget *parent)
    : QDialog(parent)
    , m_task(task)
    , m_year(year)
    , m_leftOut(new QCheckBox(tr("&Left out this year (not carried out in %1)").arg(year), this))
    , m_ownDeadline(new QCheckBox(tr("Own &deadline:"), this))
    , m_deadline(new QDateEdit(this))
    , m_deadlineHint(new QLabel(this))
    , m_target(new QPlainTextEdit(this))
    , m_output(new QPlainTextEdit(this))
    , m_budget(new QLineEdit(this))
    , m_ownRoles(new QCheckBox(tr("Other &units than the standing plan this year"), this))
    , m_roles(new RolesEditor(db, year, this))
{
    setObjectName(QStringLiteral("taskYearDialog"));
    setWindowTitle(tr("Task %1 in %2").arg(task.task.number).arg(year));
    m_leftOut->setObjectName(QStringLiteral("leftOut"));
    m_ownDeadline->setObjectName(QStringLiteral("ownDeadline"));
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_deadlineHint->setWordWrap(true);
    m_deadlineHint->setEnabled(false);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setTabChangesFocus(true);
    m_target->setPlaceholderText(tr("e.g. 100% of units publish their plan"));
    m_output->setObjectName(QStringLiteral("expectedOutput"));
    m_output->setTabChangesFocus(true);
    m_output->setPlaceholderText(tr("e.g. 12 news items; 01 training class"));
    for (QPlainTextEdit *e : {m_target, m_output})
        e->setMaximumHeight(e->fontMetrics().lineSpacing() * 4 + 12);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9 .,]{0,24}")), m_budget));
    m_budget->setPlaceholderText(tr("in đồng, e.g. 50.000.000"));
    m_ownRoles->setObjectName(QStringLiteral("ownRoles"));

    auto *title = new QLabel(QStringLiteral("<b>%1. %2</b>")
                                 .arg(task.task.number.toHtmlEscaped(),
                                      task.task.title.toHtmlEscaped()),
                             this);
    title->setWordWrap(true);

    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_ownDeadline);
    deadlineRow->addWidget(m_deadline);
    deadlineRow->addWidget(m_deadlineHint, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_leftOut);
    form->addRow(deadlineRow);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("E&xpected output:"), m_output);
    form->addRow(tr("&Budget estimate (đồng):"), m_budget);
    form->addRow(m_ownRoles);

    const TaskYearPlan &p = task.plan;
    m_leftOut->setChecked(!p.planned);
    m_ownDeadline->setChecked(p.deadline.isValid());
    m_deadline->setDate(p.deadline.isValid() ? p.deadline
                        : task.deadline.isValid() ? task.deadline
                                                  : QDate(year, 12, 31));
    const QDate standing = effectiveDeadline(task.task.frequency, QDate(), year);
    m_deadlineHint->setText(standing.isValid()
                                ? tr("Otherwise %1, as for every annual task.")
                                      .arg(QLocale().toString(standing, QLocale::ShortFormat))
                                : tr("Otherwise none: the task is not annual."));
    m_target->setPlainText(p.target);
    m_output->setPlainText(p.expectedOutput);
    if (p.budget)
        m_budget->setText(QLocale().toString(*p.budget));
    m_ownRoles->setChecked(p.ownRoles);
    m_roles->setRoles(p.ownRoles ? p.roles : task.task.roles);

    connect(m_leftOut, &QCheckBox::toggled, this, &TaskYearDialog::updateEnabled);
    connect(m_ownDeadline, &QCheckBox::toggled, this, &TaskYearDialog::updateEnabled);
    connect(m_ownRoles, &QCheckBox::toggled, this, &TaskYearDialog::updateEnabled);
    updateEnabled();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_roles, 1);
    layout->addWidget(saveCancel(this));
    resize(820, 620);
}

void TaskYearDialog::updateEnabled()
{
    const bool planned = !m_leftOut->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_ownDeadline, m_target, m_output, m_budget,
                                                        m_ownRoles})
        w->setEnabled(planned);
    m_deadline->setEnabled(planned && m_ownDeadline->isChecked());
    m_roles->setEnabled(planned && m_ownRoles->isChecked());
}

std::optional<qint64> TaskYearDialog::budget(bool *ok) const
{
    QString digits = m_budget->text();
    digits.remove(QRegularExpression(QStringLiteral("[ .,]")));
    *ok = true;
    if (digits.isEmpty())
        return std::nullopt;
    const qint64 value = digits.toLongLong(ok);
    return *ok ? std::optional<qint64>(value) : std::nullopt;
}

TaskYearPlan TaskYearDialog::plan() const
{
    TaskYearPlan p;
    p.taskId = m_task.task.id;
    p.year = m_year;
    p.planned = !m_leftOut->isChecked();
    // What a left-out year had planned is kept: ticking it again brings it back.
    p.deadline = m_ownDeadline->isChecked() ? m_deadline->date() : QDate();
    p.target = m_target->toPlainText();
    p.expectedOutput = m_output->toPlainText();
    bool ok = false;
    p.budget = budget(&ok);
    p.ownRoles = m_ownRoles->isChecked();
    if (p.ownRoles)
        p.roles = m_roles->roles();
    return p;
}

void TaskYearDialog::accept()
{
    bool ok = false;
    budget(&ok);
    if (!ok) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The budget must be a whole number of đồng, e.g. 50.000.000."));
        m_budget->setFocus();
        return;
    }
    if (m_ownDeadline->isChecked() && m_deadline->date().year() != m_year &&
        QMessageBox::question(this, windowTitle(),
                              tr("The deadline %1 is not in %2. Keep it?")
                                  .arg(QLocale().toString(m_deadline->date(), QLocale::ShortFormat))
                                  .arg(m_year)) != QMessageBox::Yes)
        return;
    QDialog::accept();
}

} // namespace ttcs::ui
