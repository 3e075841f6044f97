#include "pages/MediaPage.h"

#include "ButtonShortcut.h"
#include "DbCommand.h"
#include "DialogButtons.h"
#include "FormDialog.h"
#include "ImportFile.h"
#include "SortFilterProxy.h"
#include "ViewState.h"
#include "db/Database.h"
#include "db/MediaImporter.h"
#include "db/MediaRepository.h"
#include "db/UnitRepository.h"
#include "models/MediaTableModel.h"
#include "text/VietnameseText.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace ttcs::ui {

namespace {

QComboBox *editableCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setMinimumContentsLength(12);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

void setChoices(QComboBox *combo, QStringList values)
{
    const QString text = combo->currentText();
    values.removeAll(QString());
    values.removeDuplicates();
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        return text::collationKey(a) < text::collationKey(b);
    });
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItems(values);
    combo->setCurrentIndex(-1);
    combo->setEditText(text);
}

} // namespace

MediaPage::MediaPage(QUndoStack *undo, QWidget *parent)
    : Page(parent)
    , m_undo(undo)
    , m_model(new MediaTableModel(this))
    , m_proxy(new SortFilterProxy(this))
    , m_months(new MonthSentimentModel(this))
    , m_date(dateEdit(QDate::currentDate(), this))
    , m_outlet(editableCombo(QStringLiteral("mediaOutlet"), this))
    , m_title(new QLineEdit(this))
    , m_link(new QLineEdit(this))
    , m_topic(editableCombo(QStringLiteral("mediaTopic"), this))
    , m_sentiment(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_formProblem(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_sentimentFilter(new QComboBox(this))
    , m_monthFilter(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_monthView(new QTableView(this))
    , m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);

    // The entry form: the fields in the order an item is read off the
    // page, Enter in any of them saves.
    m_date->setObjectName(QStringLiteral("mediaDate"));
    m_outlet->lineEdit()->setPlaceholderText(tr("Newspaper, page or account"));
    m_title->setObjectName(QStringLiteral("mediaTitle"));
    m_title->setPlaceholderText(tr("Title or gist of the item"));
    m_link->setObjectName(QStringLiteral("mediaLink"));
    m_link->setPlaceholderText(QStringLiteral("https://…"));
    m_topic->lineEdit()->setPlaceholderText(tr("Topic or task of the plan"));
    m_sentiment->setObjectName(QStringLiteral("mediaSentiment"));
    for (Sentiment s : allSentiments())
        m_sentiment->addItem(sentimentLabel(s), sentimentKey(s));
    m_sentiment->setCurrentIndex(m_sentiment->findData(sentimentKey(Sentiment::Neutral)));
    m_note->setObjectName(QStringLiteral("mediaNote"));
    m_note->setPlaceholderText(tr("Action taken, note"));
    m_formProblem->setObjectName(QStringLiteral("formProblem"));
    m_formProblem->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_formProblem->setWordWrap(true);
    m_formProblem->hide();
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addMediaButton"));
    m_add->setToolTip(tr("Save the item and start the next one (Enter)"));

    auto *form = new QGroupBox(tr("New item (Enter saves it; date, outlet, topic and sentiment "
                                  "stay for the next one)"),
                               this);
    auto *grid = new QGridLayout(form);
    auto label = [&](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, form);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("&Date:"), m_date), 0, 0);
    grid->addWidget(m_date, 0, 1);
    grid->addWidget(label(tr("&Outlet:"), m_outlet), 0, 2);
    grid->addWidget(m_outlet, 0, 3);
    grid->addWidget(label(tr("&Title:"), m_title), 0, 4);
    grid->addWidget(m_title, 0, 5, 1, 3);
    grid->addWidget(label(tr("Sentiment:"), m_sentiment), 1, 0);
    grid->addWidget(m_sentiment, 1, 1);
    grid->addWidget(label(tr("To&pic:"), m_topic), 1, 2);
    grid->addWidget(m_topic, 1, 3);
    grid->addWidget(label(tr("&Link:"), m_link), 1, 4);
    grid->addWidget(m_link, 1, 5);
    grid->addWidget(label(tr("&Note:"), m_note), 1, 6);
    grid->addWidget(m_note, 1, 7);
    grid->addWidget(m_add, 0, 8, 2, 1);
    grid->addWidget(m_formProblem, 2, 0, 1, 9);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 3);
    grid->setColumnStretch(7, 2);
    setTabOrder(m_date, m_outlet);
    setTabOrder(m_outlet, m_title);
    setTabOrder(m_title, m_sentiment);
    setTabOrder(m_sentiment, m_topic);
    setTabOrder(m_topic, m_link);
    setTabOrder(m_link, m_note);
    setTabOrder(m_note, m_add);

    for (QLineEdit *edit : {m_title, m_link, m_note, m_outlet->lineEdit(), m_topic->lineEdit()})
        connect(edit, &QLineEdit::returnPressed, this, &MediaPage::addFromForm);
    for (QWidget *w : {static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_sentiment)}) {
        for (int key : {Qt::Key_Return, Qt::Key_Enter}) {
            auto *enter = new QShortcut(QKeySequence(key), w, nullptr, nullptr, Qt::WidgetShortcut);
            connect(enter, &QShortcut::activated, this, &MediaPage::addFromForm);
        }
    }
    connect(m_add, &QPushButton::clicked, this, &MediaPage::addFromForm);

    // The list and its filters.
    m_search->setObjectName(QStringLiteral("mediaSearch"));
    m_search->setPlaceholderText(tr("Search titles, outlets, topics and notes (without "
                                    "diacritics is fine)"));
    m_search->setClearButtonEnabled(true);
    m_sentimentFilter->setObjectName(QStringLiteral("sentimentFilter"));
    m_sentimentFilter->addItem(tr("All sentiments"), QString());
    for (Sentiment s : allSentiments())
        m_sentimentFilter->addItem(sentimentLabel(s), sentimentKey(s));
    m_monthFilter->setObjectName(QStringLiteral("monthFilter"));
    m_monthFilter->addItem(tr("Whole year"), QString());
    for (int m = 1; m <= 12; ++m)
        m_monthFilter->addItem(tr("Month %1").arg(m), QString::number(m));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeMediaButton"));
    m_edit->setObjectName(QStringLiteral("editMediaButton"));
    // The same keys as on the Plan and Units pages. Adding is the form
    // above, so Insert goes there; edit and remove act in the list only.
    auto *newItem = new QAction(tr("New item"), this);
    newItem->setObjectName(QStringLiteral("newMediaItem"));
    newItem->setShortcut(QKeySequence(Qt::Key_Insert));
    newItem->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newItem);
    connect(newItem, &QAction::triggered, this, [this] { m_date->setFocus(Qt::ShortcutFocusReason); });
    form->setToolTip(toolTipWithKey(tr("Type a new item here"), newItem->shortcut()));
    m_import = new QPushButton(tr("&Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importMediaButton"));
    m_import->setToolTip(tr("Add the items of a CSV file (a header row with the date, outlet, "
                            "title, link, topic, sentiment…)"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_sentimentFilter);
    filters->addWidget(m_monthFilter);
    filters->addWidget(m_edit);
    filters->addWidget(m_remove);
    filters->addWidget(m_import);

    m_view->setObjectName(QStringLiteral("mediaTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MediaTableModel::DateColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    auto *header = m_view->horizontalHeader();
    header->resizeSection(MediaTableModel::DateColumn, 95);
    header->resizeSection(MediaTableModel::OutletColumn, 150);
    header->resizeSection(MediaTableModel::TitleColumn, 300);
    header->resizeSection(MediaTableModel::TopicColumn, 130);
    header->resizeSection(MediaTableModel::SentimentColumn, 85);
    header->resizeSection(MediaTableModel::UnitColumn, 130);
    header->resizeSection(MediaTableModel::NoteColumn, 160);
    header->setStretchLastSection(true);
    rememberHeaderState(header, QStringLiteral("mediaTable"));

    // Counts by month: a click filters the list.
    m_monthView->setObjectName(QStringLiteral("mediaByMonth"));
    m_monthView->setModel(m_months);
    m_monthView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_monthView->setSelectionMode(QAbstractItemView::NoSelection);
    m_monthView->setToolTip(tr("Click a count to list those items"));
    m_monthView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthView->horizontalHeader()->setMinimumSectionSize(36);
    m_monthView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_monthView->verticalHeader()->setDefaultSectionSize(m_monthView->fontMetrics().height() + 6);
    m_monthView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_monthView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_monthView->setFixedHeight(m_monthView->horizontalHeader()->sizeHint().height() +
                                m_months->rowCount() *
                                    m_monthView->verticalHeader()->defaultSectionSize() +
                                2 * m_monthView->frameWidth());
    auto *monthTitle = new QLabel(tr("Items by sentiment and month"), this);
    QFont bold = monthTitle->font();
    bold.setBold(true);
    monthTitle->setFont(bold);

    m_summary->setObjectName(QStringLiteral("mediaSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(monthTitle);
    layout->addWidget(m_monthView);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, &MediaPage::applyFilter);
    connect(m_sentimentFilter, &QComboBox::currentIndexChanged, this, &MediaPage::applyFilter);
    connect(m_monthFilter, &QComboBox::currentIndexChanged, this, &MediaPage::applyFilter);
    connect(m_view, &QTableView::activated, this, &MediaPage::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MediaPage::updateButtons);
    connect(m_edit, &QPushButton::clicked, this, &MediaPage::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &MediaPage::removeCurrent);
    connect(m_import, &QPushButton::clicked, this, &MediaPage::importDialog);
    connect(m_monthView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        setFilter(MonthSentimentModel::sentimentOfRow(index.row()),
                  index.column() < 12 ? index.column() + 1 : 0);
    });
    addButtonShortcut(m_edit, m_view, QKeySequence(Qt::Key_F2),
                      tr("Edit the selected item (Enter or double-click)"));
    addButtonShortcut(m_remove, m_view, QKeySequence(Qt::Key_Delete),
                      tr("Remove the selected item"));
    updateButtons();
}

void MediaPage::setFilter(std::optional<Sentiment> sentiment, int month)
{
    const QSignalBlocker b1(m_sentimentFilter);
    const QSignalBlocker b2(m_monthFilter);
    const QSignalBlocker b3(m_search);
    m_search->clear();
    m_sentimentFilter->setCurrentIndex(
        sentiment ? std::max(0, m_sentimentFilter->findData(sentimentKey(*sentiment))) : 0);
    m_monthFilter->setCurrentIndex(month >= 1 && month <= 12 ? month : 0);
    applyFilter();
}

void MediaPage::reload()
{
    // Dates typed for another year would leave the list: the form follows
    // the year shown.
    const QDate today = QDate::currentDate();
    if (m_date->date().year() != year())
        m_date->setDate(today.year() == year() ? today : QDate(year(), 1, 1));
    m_date->setDateRange(QDate(year(), 1, 1), QDate(year(), 12, 31));
    if (!database()) {
        m_model->setItems({});
        m_months->setCounts({});
        applyFilter();
        return;
    }
    db::MediaRepository repo(*database());
    db::MediaQuery query;
    query.from = QDate(year(), 1, 1);
    query.to = QDate(year(), 12, 31);
    auto items = repo.search(query);
    if (!items) {
        m_model->setItems({});
        m_summary->setText(items.error());
        return;
    }
    m_model->setItems(items.value());
    auto counts = repo.countsByMonth(year());
    m_months->setCounts(counts ? counts.value() : QList<MonthSentiment>{});
    rememberChoices(items.value());
    applyFilter();
    if (m_select) {
        const int row = m_model->rowOf(m_select);
        if (row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
        }
        m_select = 0;
    }
    updateButtons();
}

void MediaPage::rememberChoices(const QList<MediaItem> &items)
{
    QStringList outlets, topics;
    for (const MediaItem &m : items) {
        outlets << m.outlet;
        topics << m.topic;
    }
    setChoices(m_outlet, outlets);
    setChoices(m_topic, topics);
}

void MediaPage::applyFilter()
{
    m_proxy->setSearchText(m_search->text());
    m_proxy->setRoleFilter(MediaTableModel::SentimentKeyRole,
                           m_sentimentFilter->currentData().toString());
    m_proxy->setRoleFilter(MediaTableModel::MonthRole, m_monthFilter->currentData().toString());
    int negative = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_proxy->index(r, 0).data(MediaTableModel::SentimentKeyRole).toString() ==
            sentimentKey(Sentiment::Negative))
            ++negative;
    }
    m_summary->setText(tr("%1 of %2 items of %3 shown, %4 of them negative.")
                           .arg(m_proxy->rowCount())
                           .arg(m_model->rowCount())
                           .arg(year())
                           .arg(negative));
    updateButtons();
}

const MediaItem *MediaPage::currentItem() const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    return index.isValid() ? m_model->itemAt(index.row()) : nullptr;
}

void MediaPage::updateButtons()
{
    const bool writable = isWritable();
    m_add->setEnabled(writable);
    m_import->setEnabled(writable);
    m_edit->setEnabled(writable && currentItem());
    m_remove->setEnabled(writable && currentItem());
}

void MediaPage::addFromForm()
{
    if (!checkWritable())
        return;
    MediaItem item;
    item.date = m_date->date();
    item.outlet = text::clean(m_outlet->currentText());
    item.title = text::clean(m_title->text());
    item.link = m_link->text().trimmed();
    item.topic = text::clean(m_topic->currentText());
    item.sentiment = sentimentFromKey(m_sentiment->currentData().toString())
                         .value_or(Sentiment::Neutral);
    item.actionTaken = text::clean(m_note->text());
    if (item.title.isEmpty()) {
        m_formProblem->setText(tr("Type the item's title (or its gist) first."));
        m_formProblem->show();
        m_title->setFocus();
        return;
    }
    if (item.date.year() != year()) {
        m_formProblem->setText(tr("The date must be in %1, the year shown.").arg(year()));
        m_formProblem->show();
        m_date->setFocus();
        return;
    }
    m_formProblem->clear();
    m_formProblem->hide();
    db::Database *db = database();
    auto added = std::make_shared<MediaItem>(item);
    const QString error = DbCommand::run(
        m_undo, new DbCommand(
                    tr("Add media item “%1”").arg(item.title),
                    [db, added]() -> Status {
                        db::MediaRepository repo(*db);
                        if (added->id > 0)
                            return repo.restore(*added);
                        auto id = repo.add(*added);
                        if (!id)
                            return Error{id.error()};
                        added->id = id.value();
                        return {};
                    },
                    [db, added]() -> Status {
                        return statusOf(db::MediaRepository(*db).remove(added->id));
                    },
                    [this, added] {
                        m_select = added->id;
                        reload();
                    }));
    if (!error.isEmpty()) {
        m_formProblem->setText(error);
        m_formProblem->show();
        return;
    }
    // Ready for the next item of the same day and outlet.
    m_title->clear();
    m_link->clear();
    m_note->clear();
    m_title->setFocus();
    m_summary->setText(tr("Saved “%1”. Edit › Undo takes it back.").arg(item.title));
}

bool MediaPage::itemDialog(MediaItem &item)
{
    FormDialog dialog(QStringLiteral("mediaDialog"), tr("Edit media item"), this);
    auto *date = dateEdit(item.date, &dialog);
    date->setDateRange(QDate(year(), 1, 1), QDate(year(), 12, 31));
    auto *outlet = new QLineEdit(item.outlet, &dialog);
    auto *platform = new QLineEdit(item.platform, &dialog);
    platform->setPlaceholderText(tr("Online newspaper, Facebook, YouTube, TikTok…"));
    auto *title = new QLineEdit(item.title, &dialog);
    auto *link = new QLineEdit(item.link, &dialog);
    auto *topic = new QLineEdit(item.topic, &dialog);
    auto *sentiment = new QComboBox(&dialog);
    for (Sentiment s : allSentiments())
        sentiment->addItem(sentimentLabel(s), int(s));
    sentiment->setCurrentIndex(sentiment->findData(int(item.sentiment)));
    auto *unit = new QComboBox(&dialog);
    unit->addItem(tr("(none)"), 0);
    addUnitChoices(unit, *database(), year());
    if (item.unitId > 0 && unit->findData(item.unitId) < 0)
        unit->addItem(item.unitName, item.unitId);
    unit->setCurrentIndex(std::max(0, unit->findData(item.unitId)));
    unit->setMinimumContentsLength(30);
    unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *action = new QPlainTextEdit(item.actionTaken, &dialog);
    action->setTabChangesFocus(true);
    auto *falseInfo = new QCheckBox(tr("False information (handled with the police)"), &dialog);
    falseInfo->setChecked(item.falseInformation);

    QFormLayout *form = dialog.form();
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Outlet:"), outlet);
    form->addRow(tr("P&latform:"), platform);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("Lin&k:"), link);
    form->addRow(tr("To&pic or task:"), topic);
    form->addRow(tr("&Sentiment:"), sentiment);
    form->addRow(tr("Related &unit:"), unit);
    form->addRow(tr("&Action taken, note:"), action);
    form->addRow(QString(), falseInfo);
    const bool saved = dialog.run(620, [&] {
        if (text::clean(title->text()).isEmpty())
            return dialog.refuse(tr("The item needs a title."), title);
        return true;
    });
    if (!saved)
        return false;
    item.date = date->date();
    item.outlet = text::clean(outlet->text());
    item.platform = text::clean(platform->text());
    item.title = text::clean(title->text());
    item.link = link->text().trimmed();
    item.topic = text::clean(topic->text());
    item.sentiment = Sentiment(sentiment->currentData().toInt());
    item.unitId = unit->currentData().toLongLong();
    item.unitName = item.unitId ? unit->currentText() : QString();
    item.actionTaken = text::clean(action->toPlainText());
    item.falseInformation = falseInfo->isChecked();
    return true;
}

void MediaPage::editCurrent()
{
    const MediaItem *current = currentItem();
    if (!current || !checkWritable())
        return;
    const MediaItem before = *current;
    MediaItem after = before;
    if (!itemDialog(after) || after == before)
        return;
    db::Database *db = database();
    DbCommand::run(
        m_undo,
        DbCommand::replacing(
            tr("Edit media item “%1”").arg(after.title), before, after,
            [db](const MediaItem &m) { return statusOf(db::MediaRepository(*db).update(m)); },
            [this, id = before.id] {
                m_select = id;
                reload();
            }),
        this, title());
}

void MediaPage::removeCurrent()
{
    const MediaItem *current = currentItem();
    if (!current || !checkWritable())
        return;
    if (!confirm(this, tr("Remove item"),
                 tr("Remove “%1”? Edit › Undo puts it back.").arg(current->title),
                 tr("Remove item")))
        return;
    const MediaItem removed = *current;
    db::Database *db = database();
    const QString error = DbCommand::run(
        m_undo,
        new DbCommand(
            tr("Remove media item “%1”").arg(removed.title),
            [db, id = removed.id]() -> Status {
                return statusOf(db::MediaRepository(*db).remove(id));
            },
            [db, removed]() -> Status { return db::MediaRepository(*db).restore(removed); },
            [this] { reload(); }),
        this, title());
    if (error.isEmpty())
        m_summary->setText(
            tr("“%1” was removed. Edit › Undo puts it back.").arg(removed.title));
}

void MediaPage::importDialog()
{
    if (!checkWritable())
        return;
    const QString path =
        chooseImportFile(this, QStringLiteral("media/importFolder"), tr("Import media items"),
                         tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCsv(path);
}

bool MediaPage::openFiles(const QStringList &paths)
{
    if (!isImportFile(paths, {QStringLiteral("csv"), QStringLiteral("txt")}))
        return false;
    importCsv(paths.first());
    return true;
}

QString MediaPage::importCsv(const QString &path)
{
    if (!checkWritable())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString error = tr("%1 cannot be read: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString());
        QMessageBox::warning(this, tr("Import media items"), error);
        return error;
    }
    const QByteArray bytes = file.readAll();
    auto units = db::UnitRepository(*database()).all();
    if (!units) {
        QMessageBox::warning(this, tr("Import media items"), units.error());
        return units.error();
    }
    db::MediaImportBatch batch =
        db::MediaImporter(units.value()).read(db::MediaImporter::parseCsv(bytes));
    batch.fileName = QFileInfo(path).fileName();
    batch.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);

    int otherYears = 0;
    for (const MediaItem &m : std::as_const(batch.items))
        otherYears += m.date.year() != year() ? 1 : 0;
    QStringList details;
    for (const db::RejectedRow &r : std::as_const(batch.rejected))
        details << tr("Row %1: %2").arg(r.row).arg(r.reason);
    for (const db::ImportWarning &w : std::as_const(batch.warnings))
        details << tr("Row %1: %2").arg(w.row).arg(w.message);

    QStringList lines;
    lines << tr("%1: %2 items to add.").arg(batch.fileName).arg(batch.items.size());
    if (otherYears)
        lines << tr("%1 of them are dated in another year than %2; they appear under their own "
                    "year.")
                     .arg(otherYears)
                     .arg(year());
    if (!batch.rejected.isEmpty())
        lines << tr("%1 rows cannot be imported (listed below).").arg(batch.rejected.size());
    if (!batch.warnings.isEmpty())
        lines << tr("%1 warnings (listed below).").arg(batch.warnings.size());
    if (!confirmImport(this, QStringLiteral("mediaImportDialog"), tr("Import media items"), lines,
                       details.join(QLatin1Char('\n')),
                       tr("&Import %1 items").arg(batch.items.size()), !batch.items.isEmpty()))
        return {};

    db::Database *db = database();
    auto result = std::make_shared<db::MediaImportResult>();
    const QString error = DbCommand::run(
        m_undo, new DbCommand(
                    tr("Import %1").arg(batch.fileName),
                    [db, batch, result]() -> Status {
                        auto r = db::MediaRepository(*db).import(batch);
                        if (!r)
                            return Error{r.error()};
                        *result = r.value();
                        return {};
                    },
                    [db, result]() -> Status {
                        return statusOf(db::MediaRepository(*db).undoImport(result->batchId));
                    },
                    [this] { reload(); }));
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Import media items"),
                              tr("Nothing was imported: %1").arg(error));
        return error;
    }
    const QString done = tr("Imported %1 media items from %2; %3 rows refused, %4 warnings. "
                            "Edit › Undo takes the whole file back.")
                             .arg(result->imported)
                             .arg(batch.fileName)
                             .arg(result->rejected)
                             .arg(batch.warnings.size());
    m_summary->setText(done);
    return done;
}

} // namespace ttcs::ui
