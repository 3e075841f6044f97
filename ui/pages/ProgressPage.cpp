#include "pages/ProgressPage.h"

#include "ProgressEditCommand.h"
#include "SortFilterProxy.h"
#include "ViewState.h"
#include "db/Database.h"
#include "db/ProgressRepository.h"
#include "models/ProgressTableModel.h"
#include "text/VietnameseText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ttcs::ui {

ProgressPage::ProgressPage(QUndoStack *undo, QWidget *parent)
    : Page(parent)
    , m_undo(undo)
    , m_model(new ProgressTableModel(this))
    , m_proxy(new SortFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_overviewBar(new QWidget(this))
    , m_overviewText(new QLabel(m_overviewBar))
{
    m_proxy->setSourceModel(m_model);
    m_search->setPlaceholderText(
        tr("Search tasks, units and results (without diacritics is fine)"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (TrackedStatus s : allTrackedStatuses())
        m_status->addItem(trackedStatusLabel(s), trackedStatusKey(s));
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_unit->setMinimumContentsLength(24);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_view->setObjectName(QStringLiteral("progressTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProgressTableModel::TaskColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->resizeSection(ProgressTableModel::TaskColumn, 320);
    m_view->horizontalHeader()->resizeSection(ProgressTableModel::UnitColumn, 230);
    m_view->horizontalHeader()->resizeSection(ProgressTableModel::StatusColumn, 120);
    m_view->horizontalHeader()->resizeSection(ProgressTableModel::OutcomeColumn, 110);
    m_view->horizontalHeader()->setStretchLastSection(true);
    rememberHeaderState(m_view->horizontalHeader(), QStringLiteral("progressTable"));

    auto *edit = new QPushButton(tr("&Edit…"), this);
    edit->setToolTip(tr("Record what the selected unit did (Enter or double-click)"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Unit:"), this));
    filters->addWidget(m_unit);
    filters->addWidget(edit);
    m_overviewBar->setObjectName(QStringLiteral("overviewFilterBar"));
    auto *clearOverview = new QPushButton(tr("Show all"), m_overviewBar);
    auto *overviewLayout = new QHBoxLayout(m_overviewBar);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addWidget(m_overviewText, 1);
    overviewLayout->addWidget(clearOverview);
    m_overviewBar->hide();
    connect(clearOverview, &QPushButton::clicked, this, [this] {
        m_proxy->setRoleFilter(ProgressTableModel::TaskGroupRole, {});
        m_proxy->setRoleFilter(ProgressTableModel::OverviewOutcomeRole, {});
        m_overviewBar->hide();
        applyFilter();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_overviewBar);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_view, &QTableView::activated, this, [this] { editCurrent(); });
    connect(edit, &QPushButton::clicked, this, &ProgressPage::editCurrent);
}

void ProgressPage::setOverviewFilter(const QString &taskGroup, const QString &unitName,
                                     const QString &outcomeKey)
{
    {
        const QSignalBlocker b1(m_search);
        const QSignalBlocker b2(m_status);
        const QSignalBlocker b3(m_unit);
        m_search->clear();
        m_status->setCurrentIndex(0);
        const int unit = m_unit->findData(unitName);
        if (unit >= 0 || unitName.isEmpty()) {
            m_unit->setCurrentIndex(std::max(0, unit));
        } else {
            // The page has not loaded the year's units yet.
            m_unit->addItem(unitName, unitName);
            m_unit->setCurrentIndex(m_unit->count() - 1);
        }
    }
    m_proxy->setRoleFilter(ProgressTableModel::TaskGroupRole, taskGroup);
    m_proxy->setRoleFilter(ProgressTableModel::OverviewOutcomeRole, outcomeKey);
    QStringList parts;
    if (!taskGroup.isEmpty())
        parts << tr("task group %1").arg(taskGroup);
    if (!unitName.isEmpty())
        parts << unitName;
    if (const auto o = outcomeFromKey(outcomeKey))
        parts << outcomeLabel(*o);
    else if (const auto s = trackedStatusFromKey(outcomeKey))
        parts << trackedStatusLabel(*s);
    m_overviewText->setText(tr("From the overview: %1").arg(parts.join(QStringLiteral(" · "))));
    m_overviewBar->setVisible(!taskGroup.isEmpty() || !outcomeKey.isEmpty());
    applyFilter();
}

void ProgressPage::reload()
{
    if (!database()) {
        m_model->setLines({});
        applyFilter();
        return;
    }
    auto lines = db::ProgressRepository(*database()).lines(year());
    if (!lines) {
        m_model->setLines({});
        m_summary->setText(lines.error());
        return;
    }
    m_model->setLines(lines.value());

    // The units involved this year, in Vietnamese order, for the filter.
    const QString current = m_unit->currentData().toString();
    QStringList units;
    for (const ProgressLine &l : lines.value()) {
        if (!units.contains(l.unitName))
            units << l.unitName;
    }
    std::sort(units.begin(), units.end(), [](const QString &a, const QString &b) {
        return text::collationKey(a) < text::collationKey(b);
    });
    const QSignalBlocker block(m_unit);
    m_unit->clear();
    m_unit->addItem(tr("All units"), QString());
    for (const QString &u : std::as_const(units))
        m_unit->addItem(u, u);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(current)));
    applyFilter();
}

void ProgressPage::applyFilter()
{
    m_proxy->setSearchText(m_search->text());
    m_proxy->setRoleFilter(ProgressTableModel::StatusKeyRole, m_status->currentData().toString());
    m_proxy->setRoleFilter(ProgressTableModel::UnitNameRole, m_unit->currentData().toString());
    QMap<TrackedStatus, int> counts;
    for (int r = 0; r < m_model->rowCount(); ++r)
        counts[m_model->lineAt(r)->status] += 1;
    QStringList parts;
    for (TrackedStatus s : allTrackedStatuses()) {
        if (counts.value(s))
            parts << QStringLiteral("%1: %2").arg(trackedStatusLabel(s)).arg(counts.value(s));
    }
    m_summary->setText(tr("%1 of %2 lines shown. %3")
                           .arg(m_proxy->rowCount())
                           .arg(m_model->rowCount())
                           .arg(parts.join(QStringLiteral(" · "))));
}

void ProgressPage::editCurrent()
{
    if (!database())
        return;
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    const ProgressLine *line = m_model->lineAt(index.row());
    if (!line)
        return;
    if (database()->isReadOnly()) {
        QMessageBox::information(
            this, tr("Progress"),
            tr("The database is read-only (%1).").arg(database()->readOnlyReason()));
        return;
    }
    const db::ProgressKey key{line->taskId, line->unitId, line->year};
    std::optional<Progress> before;
    if (line->progress && line->progress->unitId == line->unitId)
        before = line->progress;

    QDialog dialog(this);
    dialog.setWindowTitle(tr("Progress of %1").arg(line->unitName));
    auto *status = new QComboBox(&dialog);
    for (ProgressStatus s : allProgressStatuses())
        status->addItem(progressStatusLabel(s), int(s));
    auto *result = new QPlainTextEdit(&dialog);
    result->setTabChangesFocus(true);
    auto *completed = new QDateEdit(QDate::currentDate(), &dialog);
    completed->setCalendarPopup(true);
    completed->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    auto *reported = new QDateEdit(QDate::currentDate(), &dialog);
    reported->setCalendarPopup(true);
    reported->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    if (before) {
        status->setCurrentIndex(status->findData(int(before->status)));
        result->setPlainText(before->result);
        if (before->completedOn.isValid())
            completed->setDate(before->completedOn);
        if (before->reportedOn.isValid())
            reported->setDate(before->reportedOn);
    }
    auto updateCompleted = [&] {
        completed->setEnabled(status->currentData().toInt() == int(ProgressStatus::Done));
    };
    updateCompleted();
    connect(status, &QComboBox::currentIndexChanged, &dialog, updateCompleted);

    auto *form = new QFormLayout;
    auto *taskLabel =
        new QLabel(line->taskNumber + QStringLiteral(". ") + line->taskTitle, &dialog);
    taskLabel->setWordWrap(true);
    form->addRow(tr("Task:"), taskLabel);
    form->addRow(tr("&Status:"), status);
    form->addRow(tr("&Result:"), result);
    form->addRow(tr("&Completed on:"), completed);
    form->addRow(tr("Re&ported on:"), reported);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(560, 380);
    if (dialog.exec() != QDialog::Accepted)
        return;

    Progress after = before.value_or(Progress{});
    after.taskId = key.taskId;
    after.unitId = key.unitId;
    after.year = key.year;
    after.status = ProgressStatus(status->currentData().toInt());
    after.result = text::clean(result->toPlainText());
    after.completedOn = after.status == ProgressStatus::Done ? completed->date() : QDate();
    after.reportedOn = reported->date();

    auto *command = new ProgressEditCommand(
        *database(), key, before, after,
        tr("Progress of %1 on task %2").arg(line->unitName, line->taskNumber),
        [this] { reload(); });
    m_undo->push(command); // runs redo()
    if (!command->error().isEmpty())
        QMessageBox::critical(this, tr("Progress"), command->error());
}

} // namespace ttcs::ui
