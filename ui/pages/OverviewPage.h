// Overview: the year's figures at a glance: counts, then charts of the
// progress outcomes by task group or by unit, who has not reported, units
// without a spokesperson, media items by sentiment per month and trainees by
// category, that year and over the years. A click on a bar opens the list
// behind it; each chart can be saved as a PNG picture. The figures are read
// on a thread of their own, so the window never waits for them.
#pragma once

#include "Page.h"
#include "domain/MediaItem.h"
#include "domain/Training.h"
#include "domain/Unit.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QHBoxLayout;
class QThread;

namespace ttcs::ui {

class OverviewPage final : public Page
{
    Q_OBJECT
public:
    enum Chart
    {
        ProgressChart,
        MediaChart,
        TraineeChart,
        NotReportedChart,
        SpokespersonGapChart,
        TraineeYearsChart,
        ChartCount
    };
    // How many units the "who has not reported" chart shows at most.
    static constexpr int NotReportedTop = 10;
    // How many units the progress chart shows by unit at most.
    static constexpr int ProgressUnitsTop = 15;

    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;
    QString title() const override { return tr("Overview"); }
    QString iconName() const override { return QStringLiteral(":/icons/nav/overview.png"); }

    // Lets the charts' clicks open the Progress, Spokespersons, Media and
    // Training pages among `pages`; `show` brings a page to the front,
    // `selectYear` makes a year the one every page shows.
    void linkPages(const QList<Page *> &pages, const std::function<void(Page *)> &show,
                   const std::function<void(int)> &selectYear);

    QChartView *chartView(Chart chart) const { return m_views.value(chart); }
    // Writes the chart as it is shown to `path` (PNG); the error, or empty.
    QString saveChart(Chart chart, const QString &path) const;
    // Progress by task group (false: by unit).
    void setProgressByGroup(bool byGroup);
    // True from a reload until the year's figures are read and shown.
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    // The figures of the year are read and the charts show them.
    void figuresShown();

protected:
    void reload() override;

private:
    struct Figures;
    struct BarChart;

    // Runs on a reading thread.
    static std::shared_ptr<Figures> readFigures(const QString &path, int year);
    QWidget *chartFrame(Chart chart, QWidget *extra = nullptr);
    void startReading();
    void showFigures(std::shared_ptr<const Figures> figures);
    void clearCharts(const QString &title);
    void showBars(Chart chart, const BarChart &bars);
    void fillProgressChart();
    void fillMediaChart();
    void fillTraineeChart();
    void fillNotReportedChart();
    void fillSpokespersonGapChart();
    void fillTraineeYearsChart();
    void saveChartDialog(Chart chart);

    QLabel *m_heading;
    QLabel *m_planLine;
    QHBoxLayout *m_cards;
    QLabel *m_error;
    QComboBox *m_progressBy;
    QList<QChartView *> m_views;
    // What the charts show; null while it is being read.
    std::shared_ptr<const Figures> m_figures;
    bool m_loading = false;
    // Which reading is the latest: a result of an earlier one is dropped.
    quint64 m_reading = 0;
    // Readings still running, waited for when the page goes.
    QList<QThread *> m_readers;
    // Set by linkPages(): what a click on a bar opens.
    std::function<void(const QString &group, const QString &unit, const QString &outcome)>
        m_openProgress;
    std::function<void(std::optional<Sentiment>, int month)> m_openMedia;
    // The year 0: the year shown.
    std::function<void(std::optional<TraineeCategory>, int year)> m_openTraining;
    std::function<void(std::optional<UnitKind>)> m_openSpokespersons;
};

} // namespace ttcs::ui
