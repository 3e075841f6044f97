#include "pages/ProgressPage.h"

#include "BackgroundTask.h"
#include "ProgressEditCommand.h"
#include "SortFilterProxy.h"
#include "StatusIcons.h"
#include "ViewState.h"
#include "db/Database.h"
#include "db/ProgressRepository.h"
#include "db/YearPlanRepository.h"
#include "document/AtomicFile.h"
#include "forms/ConflictDialog.h"
#include "forms/ImportFormsCommand.h"
#include "import/ProgressForm.h"
#include "import/ProgressFormImporter.h"
#include "models/ProgressTableModel.h"
#include "sheet/TableWriter.h"
#include "text/VietnameseText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace ttcs::ui {

ProgressPage::ProgressPage(QUndoStack *undo, QWidget *parent)
    : Page(parent)
    , m_undo(undo)
    , m_model(new ProgressTableModel(this))
    , m_proxy(new SortFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_group(new QComboBox(this))
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
    m_status->addItem(allStatusesIcon(), tr("All statuses"), QString());
    for (TrackedStatus s : allTrackedStatuses()) {
        m_status->addItem(trackedStatusIcon(s), trackedStatusLabel(s), trackedStatusKey(s));
        m_status->setItemData(m_status->count() - 1, ProgressTableModel::statusExplanation(s),
                              Qt::ToolTipRole);
    }
    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_unit->setMinimumContentsLength(24);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->addItem(tr("All groups"), QString());
    m_group->setMinimumContentsLength(28);
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // The group titles are long; the open list shows more of them than the
    // closed box has room for, and each item's tooltip the whole title.
    m_group->view()->setMinimumWidth(520);
    m_group->view()->setTextElideMode(Qt::ElideRight);

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
    // The status and outcome columns fit their longest label beside its icon.
    const auto fitting = [this](const QStringList &labels) {
        int widest = 0;
        for (const QString &label : labels)
            widest = std::max(widest, m_view->fontMetrics().horizontalAdvance(label));
        return widest + m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 24;
    };
    QStringList statusLabels, outcomeLabels;
    for (TrackedStatus s : allTrackedStatuses())
        statusLabels << trackedStatusLabel(s);
    for (Outcome o : allOutcomes())
        outcomeLabels << outcomeLabel(o);
    m_view->horizontalHeader()->resizeSection(ProgressTableModel::StatusColumn,
                                              fitting(statusLabels));
    m_view->horizontalHeader()->resizeSection(ProgressTableModel::OutcomeColumn,
                                              fitting(outcomeLabels));
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Kept under a new name since the status columns carry icons: widths
    // saved before them would cut the labels short.
    rememberHeaderState(m_view->horizontalHeader(), QStringLiteral("progressTable.icons"));

    auto *edit = new QPushButton(tr("&Edit…"), this);
    edit->setToolTip(tr("Record what the selected unit did (Enter or double-click)"));

    auto *exportForms = new QPushButton(tr("E&xport forms…"), this);
    exportForms->setObjectName(QStringLiteral("exportForms"));
    exportForms->setToolTip(tr("Write each unit's progress form (XLSX) to send to the units"));
    auto *importForms = new QPushButton(tr("&Import forms…"), this);
    importForms->setObjectName(QStringLiteral("importForms"));
    importForms->setToolTip(
        tr("Read the forms the units filled in (the files can also be dropped here)"));

    // The search and the actions on one line, the filters below, so that at
    // 1366 pixels the group titles have room.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_search, 1);
    actions->addWidget(edit);
    actions->addWidget(exportForms);
    actions->addWidget(importForms);
    auto *filters = new QHBoxLayout;
    const auto addFilter = [this, filters](const QString &label, QComboBox *combo) {
        auto *l = new QLabel(label, this);
        l->setBuddy(combo);
        filters->addWidget(l);
        filters->addWidget(combo);
    };
    addFilter(tr("St&atus:"), m_status);
    addFilter(tr("U&nit:"), m_unit);
    addFilter(tr("&Group:"), m_group);
    filters->setStretchFactor(m_group, 1);
    m_overviewBar->setObjectName(QStringLiteral("overviewFilterBar"));
    auto *clearOverview = new QPushButton(tr("Show all"), m_overviewBar);
    auto *overviewLayout = new QHBoxLayout(m_overviewBar);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addWidget(m_overviewText, 1);
    overviewLayout->addWidget(clearOverview);
    m_overviewBar->hide();
    clearOverview->setObjectName(QStringLiteral("clearOverviewFilter"));
    connect(clearOverview, &QPushButton::clicked, this,
            [this] { setOverviewFilter(QString(), QString(), QString()); });

    // Under the list, the legend: each status with its icon and how many
    // lines of the year have it; its tooltip says what the status means,
    // and a click shows only those lines (a second click shows all again).
    auto *legend = new QHBoxLayout;
    legend->setSpacing(2);
    legend->addWidget(m_summary);
    legend->addStretch(1);
    for (TrackedStatus s : allTrackedStatuses()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("legend_") + trackedStatusKey(s));
        button->setIcon(trackedStatusIcon(s));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setToolTip(QStringLiteral("<p><b>%1</b>: %2</p>")
                               .arg(trackedStatusLabel(s).toHtmlEscaped(),
                                    ProgressTableModel::statusExplanation(s).toHtmlEscaped()));
        connect(button, &QToolButton::clicked, this, [this, s](bool checked) {
            m_status->setCurrentIndex(checked ? std::max(0, m_status->findData(trackedStatusKey(s)))
                                              : 0);
        });
        legend->addWidget(button);
        m_legend.insert(s, button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_overviewBar);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    layout->addLayout(legend);

    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_view, &QTableView::activated, this, [this] { editCurrent(); });
    connect(edit, &QPushButton::clicked, this, &ProgressPage::editCurrent);
    connect(exportForms, &QPushButton::clicked, this, &ProgressPage::exportFormsDialog);
    connect(importForms, &QPushButton::clicked, this, &ProgressPage::importFormsDialog);
}

void ProgressPage::setOverviewFilter(const QString &taskGroup, const QString &unitName,
                                     const QString &outcomeKey)
{
    {
        const QSignalBlocker b1(m_search);
        const QSignalBlocker b2(m_status);
        const QSignalBlocker b3(m_unit);
        const QSignalBlocker b4(m_group);
        m_search->clear();
        m_status->setCurrentIndex(0);
        // A value the page has not loaded yet (its year's lines come with
        // the next reload) is added, so that the filter still shows it.
        const auto choose = [](QComboBox *combo, const QString &value, const QString &text) {
            const int i = combo->findData(value);
            if (i >= 0 || value.isEmpty()) {
                combo->setCurrentIndex(std::max(0, i));
            } else {
                combo->addItem(text, value);
                combo->setCurrentIndex(combo->count() - 1);
            }
        };
        choose(m_unit, unitName, unitName);
        choose(m_group, taskGroup, tr("task group %1").arg(taskGroup));
    }
    m_overviewOutcome = outcomeKey;
    applyFilter();
}

void ProgressPage::updateOverviewBar()
{
    // The bar names what the overview's bar counted: the group and the unit
    // as their filters now stand, and the outcome, which only the bar holds.
    QStringList parts;
    if (!m_group->currentData().toString().isEmpty())
        parts << m_group->currentText();
    if (!m_unit->currentData().toString().isEmpty())
        parts << m_unit->currentText();
    if (const auto o = outcomeFromKey(m_overviewOutcome))
        parts << outcomeLabel(*o);
    else if (const auto s = trackedStatusFromKey(m_overviewOutcome))
        parts << trackedStatusLabel(*s);
    m_overviewText->setText(tr("From the overview: %1").arg(parts.join(QStringLiteral(" · "))));
    m_overviewBar->setVisible(!m_overviewOutcome.isEmpty());
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
    fillGroups();
    applyFilter();
}

void ProgressPage::fillGroups()
{
    // The plan's top-level tasks of the year, in plan order; a line belongs
    // to the group of its number's first part (ProgressTableModel::groupOf).
    QList<QPair<QString, QString>> groups; // number, title
    if (database()) {
        if (auto tasks = db::YearPlanRepository(*database()).tasks(year())) {
            for (const TaskInYear &t : tasks.value()) {
                if (t.task.parentId == 0)
                    groups.append({t.task.number, t.task.title});
            }
        }
    }
    const QString current = m_group->currentData().toString();
    const QSignalBlocker block(m_group);
    m_group->clear();
    m_group->addItem(tr("All groups"), QString());
    for (const auto &[number, title] : std::as_const(groups)) {
        const QString text = number + QStringLiteral(". ") + title;
        m_group->addItem(text, number);
        m_group->setItemData(m_group->count() - 1, text, Qt::ToolTipRole);
    }
    m_group->setCurrentIndex(std::max(0, m_group->findData(current)));
}

void ProgressPage::applyFilter()
{
    m_proxy->setSearchText(m_search->text());
    m_proxy->setRoleFilter(ProgressTableModel::StatusKeyRole, m_status->currentData().toString());
    m_proxy->setRoleFilter(ProgressTableModel::UnitNameRole, m_unit->currentData().toString());
    m_proxy->setRoleFilter(ProgressTableModel::TaskGroupRole, m_group->currentData().toString());
    m_proxy->setRoleFilter(ProgressTableModel::OverviewOutcomeRole, m_overviewOutcome);
    m_group->setToolTip(m_group->currentData().toString().isEmpty()
                            ? tr("Show the lines of one group of tasks of the plan")
                            : m_group->currentText());
    updateOverviewBar();
    QMap<TrackedStatus, int> counts;
    for (int r = 0; r < m_model->rowCount(); ++r)
        counts[m_model->lineAt(r)->status] += 1;
    const QString shownKey = m_status->currentData().toString();
    for (auto it = m_legend.cbegin(); it != m_legend.cend(); ++it) {
        QToolButton *button = it.value();
        button->setText(
            QStringLiteral("%1: %2").arg(trackedStatusLabel(it.key())).arg(counts.value(it.key())));
        button->setChecked(trackedStatusKey(it.key()) == shownKey);
    }
    m_summary->setText(
        tr("%1 of %2 lines shown.").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
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
        status->addItem(progressStatusIcon(s), progressStatusLabel(s), int(s));
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

    // The first redo runs inside push(); a command whose edit failed is
    // deleted there, so its error comes back through this shared text.
    auto error = std::make_shared<QString>();
    m_undo->push(new ProgressEditCommand(
        *database(), key, before, after,
        tr("Progress of %1 on task %2").arg(line->unitName, line->taskNumber),
        [this, error](const QString &message) {
            *error = message;
            reload();
        }));
    if (!error->isEmpty())
        QMessageBox::critical(this, tr("Progress"), *error);
}

namespace {

bool isSpreadsheet(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("xlsx"), QStringLiteral("xls"),
                                         QStringLiteral("ods"), QStringLiteral("csv")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

} // namespace

bool ProgressPage::openFiles(const QStringList &paths)
{
    if (!database() || paths.isEmpty() || !std::all_of(paths.begin(), paths.end(), isSpreadsheet))
        return false;
    importForms(paths);
    return true;
}

QString ProgressPage::exportForms(qint64 unitId, const QString &target, bool *cancelled,
                                  int *written)
{
    if (cancelled)
        *cancelled = false;
    if (written)
        *written = 0;
    if (!database())
        return tr("No database is open.");
    // The forms are made on a thread of their own, from the lines read
    // through a connection of its own. Every unit's forms go first into a
    // scratch folder inside the chosen one and are moved in together once
    // all were made: Cancel or an error leaves the folder as it was.
    struct Outcome
    {
        QStringList errors;
        QByteArray single; // the one form, when unitId > 0
        int forms = 0;
        bool finished = false;
    };
    auto outcome = std::make_shared<Outcome>();
    auto folder = std::make_shared<document::FolderWrite>(unitId > 0 ? QString() : target);
    auto work = [outcome, folder, db = database()->path(), year = year(),
                 unitId](TaskProgress &progress) {
        db::OpenOptions options;
        options.readOnly = true;
        auto own = db::Database::open(db, options);
        if (!own) {
            outcome->errors << own.error();
            return;
        }
        auto lines = db::ProgressRepository(*own.value()).lines(year);
        if (!lines) {
            outcome->errors << lines.error();
            return;
        }
        QList<import::FormUnit> units = import::progressFormUnits(lines.value());
        if (unitId > 0) {
            units.erase(
                std::remove_if(units.begin(), units.end(),
                               [unitId](const import::FormUnit &u) { return u.id != unitId; }),
                units.end());
        }
        if (units.isEmpty()) {
            outcome->errors << tr("No unit has a task in %1.").arg(year);
            return;
        }
        for (int i = 0; i < units.size(); ++i) {
            if (!progress.report(i, int(units.size()))) {
                folder->discard(); // nothing of a cancelled export stays
                return;
            }
            const import::FormUnit &unit = units.at(i);
            if (unitId <= 0)
                progress.setLabel(tr("Writing the form of %1 (%2 of %3)…")
                                      .arg(unit.name)
                                      .arg(i + 1)
                                      .arg(units.size()));
            auto table = import::buildProgressForm(lines.value(), year, unit.id);
            auto bytes = table ? sheet::tableToXlsx(table.value())
                               : Result<QByteArray>(Error{table.error()});
            Status st = bytes ? Status::success() : Status(Error{bytes.error()});
            if (st.ok() && unitId > 0)
                outcome->single = bytes.value();
            else if (st.ok())
                st = folder->add(import::progressFormFileName(year, unit.name), bytes.value());
            if (!st.ok()) {
                // Nothing is kept after an error: the first one says why.
                outcome->errors << unit.name + QStringLiteral(": ") + st.error();
                break;
            }
        }
        if (!progress.report(int(units.size()), int(units.size())) || !outcome->errors.isEmpty()) {
            folder->discard();
            return;
        }
        outcome->forms = int(units.size());
        outcome->finished = true;
    };
    const QString label = unitId > 0 ? tr("Writing the progress form…")
                                     : tr("Writing the progress forms of every unit…");
    if (runInBackground(this, tr("Export forms"), label, work) == TaskEnd::Cancelled) {
        if (cancelled)
            *cancelled = true;
        return tr("Cancelled: no form was written.");
    }
    // The work has ended: its scratch folder is this thread's to remove.
    if (!outcome->errors.isEmpty() || !outcome->finished)
        folder->discard();
    if (!outcome->errors.isEmpty())
        return tr("No form was written:") + QLatin1Char('\n') +
               outcome->errors.join(QLatin1Char('\n'));
    if (!outcome->finished)
        return tr("No form was written.");
    const Status st =
        unitId > 0 ? document::writeFileAtomically(target, outcome->single) : folder->commit();
    if (!st.ok())
        return tr("No form was written:") + QLatin1Char('\n') + st.error();
    if (written)
        *written = outcome->forms;
    return {};
}

void ProgressPage::exportFormsDialog()
{
    if (!database())
        return;
    auto lines = db::ProgressRepository(*database()).lines(year());
    if (!lines) {
        QMessageBox::critical(this, tr("Export forms"), lines.error());
        return;
    }
    const QList<import::FormUnit> units = import::progressFormUnits(lines.value());
    if (units.isEmpty()) {
        QMessageBox::information(this, tr("Export forms"),
                                 tr("No unit has a task in %1.").arg(year()));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export progress forms of %1").arg(year()));
    auto *unit = new QComboBox(&dialog);
    unit->setObjectName(QStringLiteral("formUnit"));
    unit->addItem(tr("Every unit (%n form(s), into a folder)", nullptr, int(units.size())), 0);
    for (const import::FormUnit &u : units)
        unit->addItem(tr("%1 (%n task(s))", nullptr, u.tasks).arg(u.name), u.id);
    // The unit chosen in the filter, if any.
    unit->setCurrentIndex(
        std::max(0, unit->findText(m_unit->currentData().toString(), Qt::MatchStartsWith)));
    auto *note = new QLabel(tr("Each form lists the unit's tasks of the year with what is on "
                               "record; the unit fills in the status, result, figures and "
                               "completion date and sends the file back."),
                            &dialog);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Unit:"), unit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(520, 180);
    if (dialog.exec() != QDialog::Accepted)
        return;

    const qint64 unitId = unit->currentData().toLongLong();
    QSettings settings;
    const QString folder =
        settings.value(QStringLiteral("forms/exportFolder"), QDir::homePath()).toString();
    QString target;
    if (unitId > 0) {
        const QString name = units.at(unit->currentIndex() - 1).name;
        target = QFileDialog::getSaveFileName(
            this, tr("Save the progress form"),
            QDir(folder).filePath(import::progressFormFileName(year(), name)),
            tr("Excel workbooks (*.xlsx)"));
        if (target.isEmpty())
            return;
        if (!target.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            target += QStringLiteral(".xlsx");
        settings.setValue(QStringLiteral("forms/exportFolder"), QFileInfo(target).absolutePath());
    } else {
        target =
            QFileDialog::getExistingDirectory(this, tr("Folder for the progress forms"), folder);
        if (target.isEmpty())
            return;
        settings.setValue(QStringLiteral("forms/exportFolder"), target);
    }
    bool cancelled = false;
    int written = 0;
    const QString error = exportForms(unitId, target, &cancelled, &written);
    QString message;
    if (cancelled) {
        message = error;
    } else if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export forms"), error);
        message = tr("No form was written.");
    } else {
        message = unitId > 0
                      ? tr("The form was written to %1.").arg(QDir::toNativeSeparators(target))
                      : tr("%n form(s) were written to %1.", nullptr, written)
                            .arg(QDir::toNativeSeparators(target));
        QMessageBox::information(this, tr("Export forms"), message);
    }
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(message, 8000);
}

void ProgressPage::importFormsDialog()
{
    if (!database())
        return;
    QSettings settings;
    const QString folder =
        settings.value(QStringLiteral("forms/importFolder"), QDir::homePath()).toString();
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Progress forms filled in by the units"), folder,
                                      tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("forms/importFolder"),
                      QFileInfo(paths.first()).absolutePath());
    importForms(paths);
}

void ProgressPage::importForms(const QStringList &paths)
{
    if (!database() || paths.isEmpty())
        return;
    const QString title = tr("Import forms");
    if (database()->isReadOnly()) {
        QMessageBox::information(
            this, title, tr("The database is read-only (%1).").arg(database()->readOnlyReason()));
        return;
    }
    QList<import::ProgressFormFile> files;
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto read = import::ProgressFormImporter(*database()).readAll(paths);
        QApplication::restoreOverrideCursor();
        if (!read) {
            QMessageBox::warning(
                this, title, tr("Nothing was imported.") + QStringLiteral("\n\n") + read.error());
            return;
        }
        files = read.value();
    }
    int conflicts = 0;
    for (const import::ProgressFormFile &f : std::as_const(files))
        conflicts += int(f.conflicts.size());
    if (conflicts > 0) {
        ConflictDialog dialog(files, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        files = dialog.files();
    }
    auto committed = import::ProgressFormImporter(*database()).commit(files);
    if (!committed) {
        QMessageBox::critical(this, title, committed.error());
        return;
    }
    const import::ProgressImportOutcome &o = committed.value();
    if (!o.batchIds.isEmpty()) {
        m_undo->push(new ImportFormsCommand(*database(), files, o, [this](const QString &error) {
            reload();
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Import forms"), error);
        }));
    }
    reload();

    QStringList lines;
    lines << tr("%n form(s) read.", nullptr, int(files.size()));
    if (o.imported || (!o.updated && !o.kept && !o.unchanged))
        lines << tr("%n row(s) added.", nullptr, o.imported);
    if (o.updated)
        lines << tr("%n row(s) replaced by the form's values.", nullptr, o.updated);
    if (o.kept)
        lines << tr("%n row(s) kept as on record.", nullptr, o.kept);
    if (o.unchanged)
        lines << tr("%n row(s) unchanged.", nullptr, o.unchanged);
    if (o.rejected)
        lines << tr("%n row(s) refused.", nullptr, o.rejected);
    QStringList details;
    for (const import::ProgressFormFile &f : std::as_const(files))
        details << f.rowMessages();
    QMessageBox box(o.rejected || o.warnings ? QMessageBox::Warning : QMessageBox::Information,
                    title, lines.join(QLatin1Char('\n')), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("importSummary"));
    if (!o.batchIds.isEmpty())
        box.setInformativeText(tr("Edit ▸ Undo takes the import back."));
    if (!details.isEmpty())
        box.setDetailedText(details.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace ttcs::ui
