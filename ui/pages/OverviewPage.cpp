#include "pages/OverviewPage.h"

#include "db/Database.h"
#include "db/OverviewRepository.h"
#include "db/PlanRepository.h"
#include "db/StatsRepository.h"
#include "domain/Progress.h"
#include "pages/MediaPage.h"
#include "pages/ProgressPage.h"
#include "pages/SpokespersonsPage.h"
#include "pages/TrainingPage.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QStackedBarSeries>
#include <QThread>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <iterator>

namespace ttcs::ui {

namespace {

QWidget *card(const QString &label, qint64 value, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(QStringLiteral("overviewCard"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(6, 4, 6, 4);
    auto *number = new QLabel(QLocale().toString(value), frame);
    QFont f = number->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    number->setFont(f);
    number->setAlignment(Qt::AlignCenter);
    // On one line: a title broken in two under its number reads as two
    // tiles' worth of text. The row of tiles is as wide as their titles
    // need (the page scrolls sideways below that).
    auto *caption = new QLabel(label, frame);
    caption->setObjectName(QStringLiteral("overviewCardTitle"));
    caption->setAlignment(Qt::AlignCenter);
    layout->addWidget(number);
    layout->addWidget(caption);
    return frame;
}

QString overviewBarLabel(db::OverviewBar bar)
{
    switch (bar) {
    case db::OverviewBar::OnTime:
        return outcomeLabel(Outcome::OnTime);
    case db::OverviewBar::Late:
        return outcomeLabel(Outcome::Late);
    case db::OverviewBar::InProgress:
        return outcomeLabel(Outcome::InProgress);
    case db::OverviewBar::Overdue:
        return outcomeLabel(Outcome::Overdue);
    case db::OverviewBar::NotReported:
        return trackedStatusLabel(TrackedStatus::NotReported);
    }
    return {};
}

QColor overviewBarColor(db::OverviewBar bar)
{
    switch (bar) {
    case db::OverviewBar::OnTime:
        return QColor(0x2e, 0x7d, 0x32);
    case db::OverviewBar::Late:
        return QColor(0x9e, 0x9d, 0x24);
    case db::OverviewBar::InProgress:
        return QColor(0x15, 0x65, 0xc0);
    case db::OverviewBar::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    case db::OverviewBar::NotReported:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

QColor sentimentColor(Sentiment s)
{
    switch (s) {
    case Sentiment::Positive:
        return QColor(0x2e, 0x7d, 0x32);
    case Sentiment::Neutral:
        return QColor(0x90, 0xa4, 0xae);
    case Sentiment::Negative:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString shortened(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + QStringLiteral("…");
}

// A fresh chart for `view`, the old one (and its series) deleted.
QChart *freshChart(QChartView *view)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

QValueAxis *countAxis(int maximum)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    // Whole numbers on round ticks: 1, 2 or 5 times a power of ten apart.
    int step = 1;
    for (int power = 1; maximum / step > 8; power *= 10) {
        for (int m : {1, 2, 5}) {
            step = m * power;
            if (maximum / step <= 8)
                break;
        }
    }
    const int top = std::max(step, ((maximum + step - 1) / step) * step);
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    return axis;
}

} // namespace

// What the page shows of a year, read on a thread of its own.
struct OverviewPage::Figures
{
    int year = 0;
    QString error; // why the figures could not be read; the rest is empty then
    db::Stats stats;
    QString planTitle;
    QString planIssuer;
    QString planError;
    db::YearOverview overview;
};

// What one chart draws: categories along one axis, counts along the other,
// one bar set per series of counts. The rest (axes, colours, clicks, the
// title when there is nothing to draw) is showBars()'s.
struct OverviewPage::BarChart
{
    enum Layout
    {
        Columns,
        StackedColumns,
        Rows,
        StackedRows
    };
    struct Set
    {
        QString label;
        QColor color;
        QList<int> values; // one per category
        std::function<void(int category)> clicked;
    };
    Layout layout = Columns;
    QStringList categories; // left to right, or bottom to top for rows
    QStringList names;      // the categories in full, for the tooltips; empty: as above
    QList<Set> sets;
    qreal barWidth = 0; // 0: Qt's
    bool legend = true;
    Qt::Alignment legendAlignment = Qt::AlignBottom;
    QString emptyText; // the chart's title when every count is 0
    int minimumHeight = 250;
};

namespace {

// The titles and suggested file names of the charts, in the order of
// OverviewPage::Chart.
struct ChartInfo
{
    const char *title;
    const char *fileStem;
};
constexpr ChartInfo kCharts[] = {
    {QT_TRANSLATE_NOOP("ttcs::ui::OverviewPage", "Progress outcomes"), "tien-do"},
    {QT_TRANSLATE_NOOP("ttcs::ui::OverviewPage", "Media items by sentiment and month"), "bao-chi"},
    {QT_TRANSLATE_NOOP("ttcs::ui::OverviewPage", "Trainees by category"), "hoc-vien"},
    {QT_TRANSLATE_NOOP("ttcs::ui::OverviewPage", "Who has not reported"), "chua-bao-cao"},
    {QT_TRANSLATE_NOOP("ttcs::ui::OverviewPage", "Units without a spokesperson"),
     "thieu-nguoi-phat-ngon"},
    {QT_TRANSLATE_NOOP("ttcs::ui::OverviewPage", "Trainees by category over the years"),
     "hoc-vien-qua-cac-nam"},
};
static_assert(std::size(kCharts) == OverviewPage::ChartCount);

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_planLine(new QLabel(this))
    , m_cards(new QHBoxLayout)
    , m_error(new QLabel(this))
    , m_progressBy(new QComboBox(this))
{
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    m_planLine->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));

    m_progressBy->setObjectName(QStringLiteral("progressBy"));
    m_progressBy->addItem(tr("by task group"));
    m_progressBy->addItem(tr("by unit"));
    connect(m_progressBy, &QComboBox::currentIndexChanged, this, [this] { fillProgressChart(); });

    for (int i = 0; i < ChartCount; ++i) {
        auto *view = new QChartView(this);
        view->setObjectName(QStringLiteral("overviewChart%1").arg(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(250);
        view->setToolTip(tr("Click a bar to open the list behind it."));
        m_views << view;
    }

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_planLine);
    layout->addLayout(m_cards);
    layout->addWidget(m_error);
    auto *grid = new QGridLayout;
    grid->addWidget(chartFrame(ProgressChart, m_progressBy), 0, 0, 1, 2);
    grid->addWidget(chartFrame(MediaChart), 1, 0);
    grid->addWidget(chartFrame(TraineeChart), 1, 1);
    grid->addWidget(chartFrame(NotReportedChart), 2, 0);
    grid->addWidget(chartFrame(SpokespersonGapChart), 2, 1);
    grid->addWidget(chartFrame(TraineeYearsChart), 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

OverviewPage::~OverviewPage()
{
    // A reading still running holds its own connection; it ends on its own
    // within the time one reading takes.
    for (QThread *reader : std::as_const(m_readers)) {
        reader->wait();
        delete reader;
    }
}

QWidget *OverviewPage::chartFrame(Chart chart, QWidget *extra)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *label = new QLabel(tr(kCharts[chart].title), frame);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    auto *save = new QToolButton(frame);
    save->setObjectName(QStringLiteral("saveChart%1").arg(int(chart)));
    save->setText(tr("Save as PNG…"));
    save->setToolTip(tr("Save this chart as a PNG picture"));
    connect(save, &QToolButton::clicked, this, [this, chart] { saveChartDialog(chart); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    if (extra)
        bar->addWidget(extra);
    bar->addStretch();
    bar->addWidget(save);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_views.at(chart), 1);
    return frame;
}

void OverviewPage::linkPages(const QList<Page *> &pages, const std::function<void(Page *)> &show,
                             const std::function<void(int)> &selectYear)
{
    for (Page *page : pages) {
        if (auto *progress = qobject_cast<ProgressPage *>(page)) {
            m_openProgress = [progress, show](const QString &group, const QString &unit,
                                              const QString &outcome) {
                show(progress);
                progress->setOverviewFilter(group, unit, outcome);
            };
        } else if (auto *media = qobject_cast<MediaPage *>(page)) {
            m_openMedia = [media, show](std::optional<Sentiment> s, int month) {
                show(media);
                media->setFilter(s, month);
            };
        } else if (auto *spokespersons = qobject_cast<SpokespersonsPage *>(page)) {
            m_openSpokespersons = [spokespersons, show](std::optional<UnitKind> kind) {
                show(spokespersons);
                spokespersons->setKindFilter(kind);
            };
        } else if (auto *training = qobject_cast<TrainingPage *>(page)) {
            m_openTraining = [training, show, selectYear](std::optional<TraineeCategory> c,
                                                          int year) {
                // The year first: the page reads that year's classes when shown.
                if (year > 0 && selectYear)
                    selectYear(year);
                show(training);
                training->setCategoryFilter(c);
            };
        }
    }
}

void OverviewPage::setProgressByGroup(bool byGroup)
{
    m_progressBy->setCurrentIndex(byGroup ? 0 : 1);
}

void OverviewPage::reload()
{
    ++m_reading; // a reading under way is of no use now
    m_figures.reset();
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_error->clear();
    m_heading->setText(tr("Year %1").arg(year()));
    if (!database()) {
        m_loading = false;
        m_planLine->setText(tr("No database is open. Use File › Open to open one."));
        clearCharts(QString());
        return;
    }
    m_loading = true;
    m_planLine->setText(tr("Reading the figures of %1…").arg(year()));
    clearCharts(tr("Reading…"));
    startReading();
}

// Runs on a reading thread: a connection of its own, read-only, so the
// window's connection is never shared across threads.
std::shared_ptr<OverviewPage::Figures> OverviewPage::readFigures(const QString &path, int year)
{
    auto f = std::make_shared<Figures>();
    f->year = year;
    db::OpenOptions options;
    options.readOnly = true;
    auto opened = db::Database::open(path, options);
    if (!opened) {
        f->error = opened.error();
        return f;
    }
    db::Database &db = *opened.value();
    auto stats = db::StatsRepository(db).stats(year);
    if (!stats) {
        f->error = stats.error();
        return f;
    }
    f->stats = stats.value();
    if (auto plan = db::PlanRepository(db).forYear(year)) {
        f->planTitle = plan->title;
        f->planIssuer = plan->issuer;
    } else {
        f->planError = plan.error();
    }
    auto overview = db::OverviewRepository(db).overview(year);
    if (!overview) {
        f->error = overview.error();
        return f;
    }
    f->overview = std::move(overview).value();
    return f;
}

void OverviewPage::startReading()
{
    const quint64 reading = m_reading;
    const QString path = database()->path();
    const int shownYear = year();
    auto result = std::make_shared<std::shared_ptr<Figures>>();
    QThread *reader =
        QThread::create([result, path, shownYear] { *result = readFigures(path, shownYear); });
    reader->setObjectName(QStringLiteral("overviewReader"));
    m_readers << reader;
    connect(reader, &QThread::finished, this, [this, reader, result, reading] {
        m_readers.removeOne(reader);
        reader->deleteLater();
        if (reading == m_reading)
            showFigures(*result);
    });
    reader->start(QThread::LowPriority);
}

void OverviewPage::showFigures(std::shared_ptr<const Figures> figures)
{
    m_loading = false;
    if (!figures->error.isEmpty()) {
        m_planLine->clear();
        m_error->setText(figures->error);
        clearCharts(QString());
        Q_EMIT figuresShown();
        return;
    }
    m_figures = std::move(figures);
    if (!m_figures->planError.isEmpty())
        m_planLine->setText(m_figures->planError);
    else if (m_figures->planIssuer.isEmpty())
        m_planLine->setText(tr("Plan: %1").arg(m_figures->planTitle));
    else
        m_planLine->setText(tr("Plan: %1 (%2)").arg(m_figures->planTitle, m_figures->planIssuer));
    const db::Stats &stats = m_figures->stats;
    const QList<QPair<QString, qint64>> cards = {
        {tr("Units"), stats.units},
        {tr("Tasks in the plan"), stats.tasks},
        {tr("Spokespersons serving"), stats.spokespersons},
        {tr("Training classes"), stats.trainingClasses},
        {tr("Trainees"), stats.trainees},
        {tr("Media items"), stats.mediaItems},
    };
    for (const auto &[label, value] : cards)
        m_cards->addWidget(card(label, value, this), 1); // the same width where there is room
    fillProgressChart();
    fillMediaChart();
    fillTraineeChart();
    fillNotReportedChart();
    fillSpokespersonGapChart();
    fillTraineeYearsChart();
    Q_EMIT figuresShown();
}

void OverviewPage::clearCharts(const QString &title)
{
    for (QChartView *view : std::as_const(m_views))
        freshChart(view)->setTitle(title);
}

void OverviewPage::showBars(Chart which, const BarChart &bars)
{
    QChart *chart = freshChart(m_views[which]);
    const bool across = bars.layout == BarChart::Rows || bars.layout == BarChart::StackedRows;
    const bool stacked =
        bars.layout == BarChart::StackedColumns || bars.layout == BarChart::StackedRows;
    QAbstractBarSeries *series = nullptr;
    switch (bars.layout) {
    case BarChart::Columns:
        series = new QBarSeries;
        break;
    case BarChart::StackedColumns:
        series = new QStackedBarSeries;
        break;
    case BarChart::Rows:
        series = new QHorizontalBarSeries;
        break;
    case BarChart::StackedRows:
        series = new QHorizontalStackedBarSeries;
        break;
    }
    QList<int> stack(bars.categories.size(), 0);
    int maximum = 0;
    for (const BarChart::Set &s : bars.sets) {
        auto *set = new QBarSet(s.label);
        set->setColor(s.color);
        set->setBorderColor(s.color);
        for (qsizetype i = 0; i < s.values.size(); ++i) {
            *set << s.values.at(i);
            if (i < stack.size())
                stack[i] += s.values.at(i);
            maximum = std::max(maximum, s.values.at(i));
        }
        if (s.clicked)
            connect(set, &QBarSet::clicked, this, s.clicked);
        // The axis elides long names: the tooltip gives the bar in full.
        const QStringList names = bars.names.isEmpty() ? bars.categories : bars.names;
        connect(set, &QBarSet::hovered, this, [set, names](bool over, int index) {
            if (!over || index < 0 || index >= names.size()) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), tr("%1 – %2: %3")
                                                   .arg(names.at(index), set->label(),
                                                        QLocale().toString(int(set->at(index)))));
        });
        series->append(set);
    }
    if (stacked) {
        for (int sum : std::as_const(stack))
            maximum = std::max(maximum, sum);
    }
    if (bars.barWidth > 0)
        series->setBarWidth(bars.barWidth);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(bars.categories);
    chart->addAxis(categoryAxis, across ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    auto *counts = countAxis(maximum);
    chart->addAxis(counts, across ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->setVisible(bars.legend);
    chart->legend()->setAlignment(bars.legendAlignment);
    if (maximum == 0)
        chart->setTitle(bars.emptyText);
    // Below about 26 pixels a category, the axis elides every label.
    const int needed = across ? 100 + 26 * int(bars.categories.size()) : 0;
    m_views[which]->setMinimumHeight(std::max(bars.minimumHeight, needed));
}

void OverviewPage::fillProgressChart()
{
    if (!m_figures)
        return;
    const bool byGroup = m_progressBy->currentIndex() == 0;
    QList<db::OutcomeTally> tallies =
        byGroup ? m_figures->overview.outcomesByGroup : m_figures->overview.outcomesByUnit;
    if (!byGroup) {
        // Only units with lines that need attention, the most first, or the
        // chart would be 100 bars tall.
        tallies.erase(std::remove_if(tallies.begin(), tallies.end(),
                                     [](const auto &t) { return t.needingAttention() == 0; }),
                      tallies.end());
        std::stable_sort(tallies.begin(), tallies.end(), [](const auto &a, const auto &b) {
            return a.needingAttention() > b.needingAttention();
        });
        if (tallies.size() > ProgressUnitsTop)
            tallies.resize(ProgressUnitsTop);
    }
    // Rows are drawn from the bottom: reversed, the first group is at the top.
    std::reverse(tallies.begin(), tallies.end());
    BarChart bars;
    bars.layout = BarChart::StackedRows;
    bars.barWidth = 0.7;
    QStringList keys;
    for (const db::OutcomeTally &t : std::as_const(tallies)) {
        keys << t.key;
        const QString name = byGroup ? QStringLiteral("%1. %2").arg(t.key, t.title) : t.key;
        bars.categories << shortened(name, byGroup ? 70 : 40);
        bars.names << name;
    }
    for (db::OverviewBar b : db::allOverviewBars()) {
        BarChart::Set set{overviewBarLabel(b), overviewBarColor(b), {}, {}};
        for (const db::OutcomeTally &t : std::as_const(tallies))
            set.values << t.count(b);
        const QString outcome = db::overviewBarKey(b);
        set.clicked = [this, keys, byGroup, outcome](int index) {
            if (m_openProgress && index >= 0 && index < keys.size())
                m_openProgress(byGroup ? keys.at(index) : QString(),
                               byGroup ? QString() : keys.at(index), outcome);
        };
        bars.sets << set;
    }
    bars.emptyText = byGroup ? tr("No task lines in %1.").arg(m_figures->year)
                             : tr("Every unit has reported and none is overdue.");
    showBars(ProgressChart, bars);
}

void OverviewPage::fillMediaChart()
{
    if (!m_figures)
        return;
    BarChart bars;
    bars.layout = BarChart::StackedColumns;
    bars.barWidth = 0.75;
    for (int month = 1; month <= 12; ++month)
        bars.categories << tr("M%1", "a month on the chart's axis, short").arg(month);
    for (Sentiment s : allSentiments()) {
        BarChart::Set set{sentimentLabel(s), sentimentColor(s), QList<int>(12, 0), {}};
        for (const MonthSentiment &m : m_figures->overview.mediaByMonth) {
            if (m.month >= 1 && m.month <= 12)
                set.values[m.month - 1] = s == Sentiment::Positive  ? m.positive
                                          : s == Sentiment::Neutral ? m.neutral
                                                                    : m.negative;
        }
        set.clicked = [this, s](int index) {
            if (m_openMedia)
                m_openMedia(s, index + 1);
        };
        bars.sets << set;
    }
    bars.emptyText = tr("No media items in %1 yet.").arg(m_figures->year);
    showBars(MediaChart, bars);
}

void OverviewPage::fillTraineeChart()
{
    if (!m_figures)
        return;
    // Reversed: the first category at the top.
    QList<TraineeCategory> categories = allTraineeCategories();
    std::reverse(categories.begin(), categories.end());
    BarChart bars;
    bars.layout = BarChart::Rows;
    BarChart::Set trainees{tr("Trainees"), QColor(0x15, 0x65, 0xc0), {}, {}};
    BarChart::Set completed{tr("Completed"), QColor(0x2e, 0x7d, 0x32), {}, {}};
    for (TraineeCategory c : std::as_const(categories)) {
        const TraineeCount n = m_figures->overview.trainees.byCategory.value(c);
        trainees.values << n.trainees;
        completed.values << n.completed;
        bars.categories << traineeCategoryLabel(c);
    }
    trainees.clicked = completed.clicked = [this, categories](int index) {
        if (m_openTraining && index >= 0 && index < categories.size())
            m_openTraining(categories.at(index), 0);
    };
    bars.sets = {trainees, completed};
    bars.emptyText = tr("No trainees in %1 yet.").arg(m_figures->year);
    showBars(TraineeChart, bars);
}

void OverviewPage::fillNotReportedChart()
{
    if (!m_figures)
        return;
    // The units with most lines missing first; the rest are on the
    // Progress page.
    QList<db::UnitReportGap> top = m_figures->overview.notReported;
    std::stable_sort(top.begin(), top.end(),
                     [](const auto &a, const auto &b) { return a.missing > b.missing; });
    if (top.size() > NotReportedTop)
        top.resize(NotReportedTop);
    std::reverse(top.begin(), top.end()); // the largest at the top
    BarChart bars;
    bars.layout = BarChart::Rows;
    bars.legend = false;
    BarChart::Set set{tr("Task lines not reported"), QColor(0x9e, 0x9e, 0x9e), {}, {}};
    QStringList names;
    for (const db::UnitReportGap &g : std::as_const(top)) {
        set.values << g.missing;
        bars.categories << shortened(g.name, 30);
        names << g.name;
        bars.names << g.name;
    }
    set.clicked = [this, names](int index) {
        if (m_openProgress && index >= 0 && index < names.size())
            m_openProgress(QString(), names.at(index),
                           trackedStatusKey(TrackedStatus::NotReported));
    };
    bars.sets << set;
    bars.emptyText = tr("Every unit has reported on its tasks of %1.").arg(m_figures->year);
    showBars(NotReportedChart, bars);
}

void OverviewPage::fillSpokespersonGapChart()
{
    if (!m_figures)
        return;
    // Bars across, so the long names of the kinds stay readable; the
    // departments at the top.
    const QList<UnitKind> kinds = {UnitKind::Commune, UnitKind::District, UnitKind::Department};
    const QList<Unit> &units = m_figures->overview.withoutSpokesperson;
    BarChart bars;
    bars.layout = BarChart::Rows;
    bars.legend = false;
    BarChart::Set set{tr("Units without a spokesperson"), QColor(0xc6, 0x28, 0x28), {}, {}};
    for (UnitKind k : kinds) {
        set.values << int(std::count_if(units.cbegin(), units.cend(),
                                        [k](const Unit &u) { return u.kind == k; }));
        // The axis has room for the kind, not for what it explains in brackets.
        const QString name = unitKindLabel(k);
        bars.categories << name.section(QStringLiteral(" ("), 0, 0);
        bars.names << name;
    }
    set.clicked = [this, kinds](int index) {
        if (m_openSpokespersons && index >= 0 && index < kinds.size())
            m_openSpokespersons(kinds.at(index));
    };
    bars.sets << set;
    bars.emptyText = tr("Every unit has a spokesperson on %1.")
                         .arg(QLocale().toString(m_figures->overview.asOf, QLocale::ShortFormat));
    showBars(SpokespersonGapChart, bars);
}

void OverviewPage::fillTraineeYearsChart()
{
    if (!m_figures)
        return;
    static const QList<QColor> colors = {QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32),
                                         QColor(0xef, 0x6c, 0x00), QColor(0x6a, 0x1b, 0x9a),
                                         QColor(0x00, 0x83, 0x8f), QColor(0x9e, 0x9d, 0x24),
                                         QColor(0xad, 0x14, 0x57), QColor(0x5d, 0x40, 0x37)};
    const QList<TraineeTotals> &years = m_figures->overview.traineesByYear;
    QList<int> yearOf;
    BarChart bars;
    bars.layout = BarChart::StackedColumns;
    bars.legendAlignment = Qt::AlignRight;
    bars.minimumHeight = 300;
    for (const TraineeTotals &t : years) {
        bars.categories << QString::number(t.year);
        yearOf << t.year;
    }
    const QList<TraineeCategory> categories = allTraineeCategories();
    for (int c = 0; c < categories.size(); ++c) {
        const TraineeCategory category = categories.at(c);
        BarChart::Set set{
            shortened(traineeCategoryLabel(category), 40), colors.at(c % colors.size()), {}, {}};
        for (const TraineeTotals &t : years)
            set.values << t.byCategory.value(category).trainees;
        // A year's bar: that year's trainees of the category.
        set.clicked = [this, category, yearOf](int index) {
            if (m_openTraining && index >= 0 && index < yearOf.size())
                m_openTraining(category, yearOf.at(index));
        };
        bars.sets << set;
    }
    if (years.isEmpty())
        bars.emptyText = tr("No training classes yet.");
    showBars(TraineeYearsChart, bars);
}

QString OverviewPage::saveChart(Chart chart, const QString &path) const
{
    QChartView *view = m_views.value(chart);
    if (!view)
        return tr("There is no such chart.");
    // At least a readable size, even when the window is small.
    const QSize size = view->size().expandedTo(QSize(800, 500));
    QPixmap picture(size * 2);
    picture.setDevicePixelRatio(2);
    picture.fill(Qt::white);
    {
        QPainter painter(&picture);
        painter.setRenderHint(QPainter::Antialiasing);
        const QSize old = view->size();
        auto *mutableView = const_cast<QChartView *>(view);
        if (old != size)
            mutableView->resize(size);
        view->render(&painter);
        if (old != size)
            mutableView->resize(old);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    if (!picture.save(&file, "PNG")) {
        file.cancelWriting();
        return tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path));
    }
    if (!file.commit())
        return tr("%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void OverviewPage::saveChartDialog(Chart chart)
{
    QSettings settings;
    const QString key = QStringLiteral("overview/chartFolder");
    const QString suggested = QDir(settings.value(key, QDir::homePath()).toString())
                                  .filePath(QStringLiteral("%1-%2.png")
                                                .arg(QLatin1String(kCharts[chart].fileStem))
                                                .arg(year()));
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), suggested,
                                                tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    settings.setValue(key, QFileInfo(path).absolutePath());
    const QString error = saveChart(chart, path);
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Save chart as PNG"), error);
}

} // namespace ttcs::ui
