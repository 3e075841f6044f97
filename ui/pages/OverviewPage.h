// Overview: the year's figures at a glance: counts, then charts of the
// progress outcomes by task group or by unit, media items by sentiment per
// month and trainees by category. A click on a bar opens the list behind
// it; each chart can be saved as a PNG picture.
#pragma once

#include "Page.h"
#include "domain/MediaItem.h"
#include "domain/Training.h"
#include "domain/Unit.h"

#include <QList>

#include <functional>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QGridLayout;
class QHBoxLayout;


namespace ttcs::ui {

class OverviewPage final : public Page
{
    Q_OBJECT
public:
    enum Chart {
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

    explicit OverviewPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Overview"); }
    QString iconName() const override { return QStringLiteral(":/icons/nav/overview.png"); }

    // Lets the charts' clicks open the Progress, Media and Training pages
    // among `pages`; `show` brings a page to the front.
    void linkPages(const QList<Page *> &pages, const std::function<void(Page *)> &show);

    QChartView *chartView(Chart chart) const { return m_views.value(chart); }
    // Writes the chart as it is shown to `path` (PNG); the error, or empty.
    QString saveChart(Chart chart, const QString &path) const;
    // Progress by task group (false: by unit).
    void setProgressByGroup(bool byGroup);

protected:
    void reload() override;

private:
    QWidget *chartFrame(Chart chart, const QString &title, QWidget *extra = nullptr);
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
    QList<QLabel *> m_chartTitles;
    // What the bars of the progress chart stand for, in order.
    QStringList m_progressKeys;
    // Set by linkPages(): what a click on a bar opens.
    std::function<void(const QString &group, const QString &unit, const QString &outcome)>
        m_openProgress;
    std::function<void(std::optional<Sentiment>, int month)> m_openMedia;
    std::function<void(std::optional<TraineeCategory>)> m_openTraining;
    std::function<void(std::optional<UnitKind>)> m_openSpokespersons;
};

} // namespace ttcs::ui
