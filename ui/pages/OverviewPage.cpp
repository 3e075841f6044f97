#include "pages/OverviewPage.h"

#include "db/Database.h"
#include "db/PlanRepository.h"
#include "db/StatsRepository.h"
#include "domain/Progress.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ttcs::ui {

namespace {

QWidget *card(const QString &label, qint64 value, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(QStringLiteral("overviewCard"));
    auto *layout = new QVBoxLayout(frame);
    auto *number = new QLabel(QLocale().toString(value), frame);
    QFont f = number->font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
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

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : Page(parent)
    , m_heading(new QLabel(this))
    , m_planLine(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    m_planLine->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    layout->addWidget(m_heading);
    layout->addWidget(m_planLine);
    layout->addLayout(m_grid);
    layout->addWidget(m_error);
    layout->addStretch();
}

void OverviewPage::reload()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_error->clear();
    m_heading->setText(tr("Year %1").arg(year()));
    if (!database()) {
        m_planLine->setText(tr("No database is open. Use File › Open to open one."));
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
    int i = 0;
    for (const auto &[label, value] : figures) {
        m_grid->addWidget(card(label, value, this), i / 3, i % 3);
        ++i;
    }
    // Progress of the year: one row, one card per status.
    auto *progress = new QLabel(tr("Progress reported for %1").arg(year()), this);
    QFont bold = progress->font();
    bold.setBold(true);
    progress->setFont(bold);
    const int progressRow = (i + 2) / 3;
    m_grid->addWidget(progress, progressRow, 0, 1, 3);
    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    for (ProgressStatus s : allProgressStatuses())
        rowLayout->addWidget(
            card(progressStatusLabel(s), stats->progressByStatus.value(progressStatusKey(s)), row));
    m_grid->addWidget(row, progressRow + 1, 0, 1, 3);
}

} // namespace ttcs::ui
