#include "pages/OverviewPage.h"

#include "db/Database.h"
#include "db/OverviewRepository.h"
#include "db/PlanRepository.h"
#include "db/ProgressRepository.h"
#include "db/StatsRepository.h"
#include "db/TrainingRepository.h"
#include "domain/Progress.h"
#include "models/ProgressTableModel.h"
#include "pages/MediaPage.h"
#include "pages/ProgressPage.h"
#include "pages/SpokespersonsPage.h"
#include "pages/TrainingPage.h"
#include "text/VietnameseText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
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
#include <QMap>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QStackedBarSeries>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

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
    auto *caption = new QLabel(label, frame);
    caption->setAlignment(Qt::AlignCenter);
    caption->setWordWrap(true);
    layout->addWidget(number);
    layout->addWidget(caption);
    return frame;
}

// The five ways the overview counts a line, in the order of the bars.
struct OutcomeBar
{
    QString key;
    QString label;
    QColor color;
};

QList<OutcomeBar> outcomeBars()
{
    return {{outcomeKey(Outcome::OnTime), outcomeLabel(Outcome::OnTime), QColor(0x2e, 0x7d, 0x32)},
            {outcomeKey(Outcome::Late), outcomeLabel(Outcome::Late), QColor(0x9e, 0x9d, 0x24)},
            {outcomeKey(Outcome::InProgress), outcomeLabel(Outcome::InProgress),
             QColor(0x15, 0x65, 0xc0)},
            {outcomeKey(Outcome::Overdue), outcomeLabel(Outcome::Overdue), QColor(0xc6, 0x28, 0x28)},
            {trackedStatusKey(TrackedStatus::NotReported),
             trackedStatusLabel(TrackedStatus::NotReported), QColor(0x9e, 0x9e, 0x9e)}};
}

QColor sentimentColor(Sentiment s)
{
    switch (s) {
    case Sentiment::Positive: return QColor(0x2e, 0x7d, 0x32);
    case Sentiment::Neutral: return QColor(0x90, 0xa4, 0xae);
    case Sentiment::Negative: return QColor(0xc6, 0x28, 0x28);
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
        m_views << view;
    }

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_planLine);
    layout->addLayout(m_cards);
    layout->addWidget(m_error);
    auto *grid = new QGridLayout;
    grid->addWidget(chartFrame(ProgressChart, tr("Progress outcomes"), m_progressBy), 0, 0, 1, 2);
    grid->addWidget(chartFrame(MediaChart, tr("Media items by sentiment and month")), 1, 0);
    grid->addWidget(chartFrame(TraineeChart, tr("Trainees by category")), 1, 1);
    grid->addWidget(chartFrame(NotReportedChart, tr("Who has not reported")), 2, 0);
    grid->addWidget(chartFrame(SpokespersonGapChart, tr("Units without a spokesperson")), 2, 1);
    grid->addWidget(chartFrame(TraineeYearsChart, tr("Trainees by category over the years")), 3, 0,
                    1, 2);
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

QWidget *OverviewPage::chartFrame(Chart chart, const QString &title, QWidget *extra)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *label = new QLabel(title, frame);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    m_chartTitles << label;
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
    m_views.at(chart)->setToolTip(tr("Click a bar to open the list behind it."));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_views.at(chart), 1);
    return frame;
}

void OverviewPage::linkPages(const QList<Page *> &pages, const std::function<void(Page *)> &show)
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
            m_openTraining = [training, show](std::optional<TraineeCategory> c) {
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
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_error->clear();
    m_heading->setText(tr("Year %1").arg(year()));
    if (!database()) {
        m_planLine->setText(tr("No database is open. Use File › Open to open one."));
        for (QChartView *v : std::as_const(m_views))
            freshChart(v);
        return;
    }
    auto plan = db::PlanRepository(*database()).forYear(year());
    m_planLine->setText(plan ? tr("Plan: %1 (%2)").arg(plan->title, plan->issuer) : plan.error());

    auto stats = db::StatsRepository(*database()).stats(year());
    if (!stats) {
        m_error->setText(stats.error());
        return;
    }
    const QList<QPair<QString, qint64>> figures = {
        {tr("Units"), stats->units},
        {tr("Tasks in the plan"), stats->tasks},
        {tr("Spokespersons serving"), stats->spokespersons},
        {tr("Training classes"), stats->trainingClasses},
        {tr("Trainees"), stats->trainees},
        {tr("Media items"), stats->mediaItems},
    };
    for (const auto &[label, value] : figures)
        m_cards->addWidget(card(label, value, this));
    fillProgressChart();
    fillMediaChart();
    fillTraineeChart();
    fillNotReportedChart();
    fillSpokespersonGapChart();
    fillTraineeYearsChart();
}

void OverviewPage::fillProgressChart()
{
    QChart *chart = freshChart(m_views[ProgressChart]);
    m_progressKeys.clear();
    if (!database())
        return;
    const bool byGroup = m_progressBy->currentIndex() == 0;
    auto lines = db::ProgressRepository(*database()).lines(year());
    if (!lines) {
        m_error->setText(lines.error());
        return;
    }
    // Each line falls under exactly one bar; lines without an outcome (not
    // applicable, continuous work) are left out, as the tracking system does.
    const QList<OutcomeBar> bars = outcomeBars();
    QMap<QString, QVector<int>> counts; // group number or unit name -> count per bar
    QHash<QString, QString> groupTitles;
    if (byGroup) {
        if (auto groups = db::OverviewRepository(*database()).taskStatusByGroup(year())) {
            for (const db::TaskGroupFigures &g : groups.value()) {
                groupTitles.insert(g.number, g.title);
                counts.insert(g.number, QVector<int>(bars.size(), 0));
            }
        }
    }
    for (const ProgressLine &l : lines.value()) {
        const QString key = ProgressTableModel::overviewOutcomeKey(l);
        const auto bar = std::find_if(bars.cbegin(), bars.cend(),
                                      [&](const OutcomeBar &b) { return b.key == key; });
        if (bar == bars.cend())
            continue;
        const QString category = byGroup ? ProgressTableModel::groupOf(l.taskNumber) : l.unitName;
        QVector<int> &n = counts[category];
        if (n.isEmpty())
            n = QVector<int>(bars.size(), 0);
        ++n[int(bar - bars.cbegin())];
    }
    // Task groups in plan order (numbers as numbers), units in Vietnamese
    // order; a horizontal chart draws its first category at the bottom.
    QStringList keys = counts.keys();
    std::sort(keys.begin(), keys.end(), [byGroup](const QString &a, const QString &b) {
        if (byGroup)
            return a.toInt() != b.toInt() ? a.toInt() < b.toInt() : a < b;
        return text::collationKey(a) < text::collationKey(b);
    });
    if (!byGroup) {
        // Only units with lines that need attention, or the chart would
        // be 100 bars tall.
        keys.erase(std::remove_if(keys.begin(), keys.end(),
                                  [&](const QString &k) {
                                      const QVector<int> &n = counts.value(k);
                                      return n.at(3) + n.at(4) == 0; // overdue, not reported
                                  }),
                   keys.end());
        std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
            const QVector<int> &na = counts.value(a);
            const QVector<int> &nb = counts.value(b);
            return na.at(3) + na.at(4) > nb.at(3) + nb.at(4);
        });
        while (keys.size() > 15)
            keys.removeLast();
    }
    std::reverse(keys.begin(), keys.end());
    m_progressKeys = keys;

    auto *series = new QHorizontalStackedBarSeries;
    int maximum = 0;
    for (int b = 0; b < bars.size(); ++b) {
        auto *set = new QBarSet(bars.at(b).label);
        set->setColor(bars.at(b).color);
        set->setBorderColor(bars.at(b).color);
        for (const QString &k : std::as_const(keys))
            *set << counts.value(k).at(b);
        const QString outcome = bars.at(b).key;
        connect(set, &QBarSet::clicked, this, [this, outcome, byGroup](int index) {
            if (!m_openProgress || index < 0 || index >= m_progressKeys.size())
                return;
            const QString k = m_progressKeys.at(index);
            m_openProgress(byGroup ? k : QString(), byGroup ? QString() : k, outcome);
        });
        series->append(set);
    }
    for (const QString &k : std::as_const(keys)) {
        int sum = 0;
        for (int v : counts.value(k))
            sum += v;
        maximum = std::max(maximum, sum);
    }
    QStringList labels;
    for (const QString &k : std::as_const(keys))
        labels << (byGroup ? shortened(QStringLiteral("%1. %2").arg(k, groupTitles.value(k)), 48)
                           : shortened(k, 40));
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = countAxis(maximum);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    if (keys.isEmpty())
        chart->setTitle(byGroup ? tr("No task lines in %1.").arg(year())
                                : tr("Every unit has reported and none is overdue."));
    // Below about 26 pixels a category, the axis elides every label.
    m_views[ProgressChart]->setMinimumHeight(std::max(250, 100 + 26 * int(keys.size())));
}

void OverviewPage::fillMediaChart()
{
    QChart *chart = freshChart(m_views[MediaChart]);
    if (!database())
        return;
    auto overview = db::OverviewRepository(*database()).overview(year());
    if (!overview) {
        m_error->setText(overview.error());
        return;
    }
    const QList<MonthSentiment> &months = overview->mediaByMonth;
    auto *series = new QStackedBarSeries;
    int maximum = 0;
    for (const MonthSentiment &m : months)
        maximum = std::max(maximum, m.total());
    for (Sentiment s : allSentiments()) {
        auto *set = new QBarSet(sentimentLabel(s));
        set->setColor(sentimentColor(s));
        set->setBorderColor(sentimentColor(s));
        for (int month = 1; month <= 12; ++month) {
            int n = 0;
            for (const MonthSentiment &m : months) {
                if (m.month == month)
                    n = s == Sentiment::Positive ? m.positive
                        : s == Sentiment::Neutral ? m.neutral
                                                  : m.negative;
            }
            *set << n;
        }
        connect(set, &QBarSet::clicked, this, [this, s](int index) {
            if (m_openMedia)
                m_openMedia(s, index + 1);
        });
        series->append(set);
    }
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    for (int month = 1; month <= 12; ++month)
        axisX->append(tr("M%1", "a month on the chart's axis, short").arg(month));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = countAxis(maximum);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    if (maximum == 0)
        chart->setTitle(tr("No media items in %1 yet.").arg(year()));
}

void OverviewPage::fillTraineeChart()
{
    QChart *chart = freshChart(m_views[TraineeChart]);
    if (!database())
        return;
    auto totals = db::TrainingRepository(*database()).totals(year());
    if (!totals) {
        m_error->setText(totals.error());
        return;
    }
    m_views[TraineeChart]->setMinimumHeight(100 + 26 * int(allTraineeCategories().size()));
    auto *series = new QHorizontalBarSeries;
    auto *trainees = new QBarSet(tr("Trainees"));
    trainees->setColor(QColor(0x15, 0x65, 0xc0));
    auto *completed = new QBarSet(tr("Completed"));
    completed->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList labels;
    int maximum = 0;
    // Reversed: the first category at the top.
    QList<TraineeCategory> categories = allTraineeCategories();
    std::reverse(categories.begin(), categories.end());
    for (TraineeCategory c : std::as_const(categories)) {
        const TraineeCount n = totals->byCategory.value(c);
        *trainees << n.trainees;
        *completed << n.completed;
        maximum = std::max(maximum, n.trainees);
        labels << shortened(traineeCategoryLabel(c), 30);
    }
    for (QBarSet *set : {trainees, completed}) {
        connect(set, &QBarSet::clicked, this, [this, categories](int index) {
            if (m_openTraining && index >= 0 && index < categories.size())
                m_openTraining(categories.at(index));
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = countAxis(maximum);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    if (maximum == 0)
        chart->setTitle(tr("No trainees in %1 yet.").arg(year()));
}

void OverviewPage::fillNotReportedChart()
{
    QChart *chart = freshChart(m_views[NotReportedChart]);
    if (!database())
        return;
    auto gaps = db::OverviewRepository(*database()).unitsNotReported(year());
    if (!gaps) {
        m_error->setText(gaps.error());
        return;
    }
    // The units with most lines missing first; the rest are on the
    // Progress page.
    QList<db::UnitReportGap> top = *gaps;
    std::stable_sort(top.begin(), top.end(), [](const auto &a, const auto &b) {
        return a.missing > b.missing;
    });
    if (top.size() > NotReportedTop)
        top.resize(NotReportedTop);
    std::reverse(top.begin(), top.end()); // the largest at the top
    m_views[NotReportedChart]->setMinimumHeight(std::max(250, 100 + 26 * int(top.size())));
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Task lines not reported"));
    set->setColor(QColor(0x9e, 0x9e, 0x9e));
    QStringList labels;
    QStringList names;
    int maximum = 0;
    for (const db::UnitReportGap &g : std::as_const(top)) {
        *set << g.missing;
        maximum = std::max(maximum, g.missing);
        labels << shortened(g.name, 30);
        names << g.name;
    }
    connect(set, &QBarSet::clicked, this, [this, names](int index) {
        if (m_openProgress && index >= 0 && index < names.size())
            m_openProgress(QString(), names.at(index),
                           trackedStatusKey(TrackedStatus::NotReported));
    });
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = countAxis(maximum);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    if (top.isEmpty())
        chart->setTitle(tr("Every unit has reported on its tasks of %1.").arg(year()));
}

void OverviewPage::fillSpokespersonGapChart()
{
    QChart *chart = freshChart(m_views[SpokespersonGapChart]);
    if (!database())
        return;
    auto units = db::OverviewRepository(*database()).unitsWithoutSpokesperson(year());
    if (!units) {
        m_error->setText(units.error());
        return;
    }
    // Bars across, so the long names of the kinds stay readable; the
    // departments at the top.
    const QList<UnitKind> kinds = {UnitKind::Commune, UnitKind::District, UnitKind::Department};
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Units without a spokesperson"));
    set->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList labels;
    int maximum = 0;
    for (UnitKind k : kinds) {
        const int n = int(std::count_if(units->cbegin(), units->cend(),
                                        [k](const Unit &u) { return u.kind == k; }));
        *set << n;
        maximum = std::max(maximum, n);
        labels << unitKindLabel(k);
    }
    connect(set, &QBarSet::clicked, this, [this, kinds](int index) {
        if (m_openSpokespersons && index >= 0 && index < kinds.size())
            m_openSpokespersons(kinds.at(index));
    });
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = countAxis(maximum);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    if (maximum == 0)
        chart->setTitle(tr("Every unit has a spokesperson on %1.")
                            .arg(QLocale().toString(db::OverviewRepository(*database())
                                                        .asOf(year()),
                                                    QLocale::ShortFormat)));
}

void OverviewPage::fillTraineeYearsChart()
{
    QChart *chart = freshChart(m_views[TraineeYearsChart]);
    if (!database())
        return;
    auto overview = db::OverviewRepository(*database()).overview(year());
    if (!overview) {
        m_error->setText(overview.error());
        return;
    }
    const QList<TraineeTotals> &years = overview->traineesByYear;
    auto *series = new QStackedBarSeries;
    static const QList<QColor> colors = {QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32),
                                         QColor(0xef, 0x6c, 0x00), QColor(0x6a, 0x1b, 0x9a),
                                         QColor(0x00, 0x83, 0x8f), QColor(0x9e, 0x9d, 0x24),
                                         QColor(0xad, 0x14, 0x57), QColor(0x5d, 0x40, 0x37)};
    const QList<TraineeCategory> categories = allTraineeCategories();
    int maximum = 0;
    for (const TraineeTotals &t : years)
        maximum = std::max(maximum, t.trainees());
    for (int c = 0; c < categories.size(); ++c) {
        const TraineeCategory category = categories.at(c);
        auto *set = new QBarSet(shortened(traineeCategoryLabel(category), 30));
        set->setColor(colors.at(c % colors.size()));
        for (const TraineeTotals &t : years)
            *set << t.byCategory.value(category).trainees;
        connect(set, &QBarSet::clicked, this, [this, category](int) {
            if (m_openTraining)
                m_openTraining(category);
        });
        series->append(set);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *axisX = new QBarCategoryAxis;
    for (const TraineeTotals &t : years)
        axisX->append(QString::number(t.year));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = countAxis(maximum);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    m_views[TraineeYearsChart]->setMinimumHeight(300);
    if (years.isEmpty())
        chart->setTitle(tr("No training classes yet."));
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
    const QStringList names = {QStringLiteral("tien-do"), QStringLiteral("bao-chi"),
                               QStringLiteral("hoc-vien"), QStringLiteral("chua-bao-cao"),
                               QStringLiteral("thieu-nguoi-phat-ngon"),
                               QStringLiteral("hoc-vien-qua-cac-nam")};
    const QString suggested =
        QDir(settings.value(key, QDir::homePath()).toString())
            .filePath(QStringLiteral("%1-%2.png").arg(names.value(chart)).arg(year()));
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
