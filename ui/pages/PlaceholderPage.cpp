#include "pages/PlaceholderPage.h"

#include "db/Database.h"
#include "db/StatsRepository.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ttcs::ui {

PlaceholderPage::PlaceholderPage(Kind kind, QWidget *parent)
    : Page(parent)
    , m_kind(kind)
    , m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
}

QString PlaceholderPage::title() const
{
    switch (m_kind) {
    case Training:
        return tr("Training");
    case Media:
        return tr("Media monitoring");
    }
    return {};
}

QString PlaceholderPage::iconName() const
{
    switch (m_kind) {
    case Training:
        return QStringLiteral(":/icons/nav/training.png");
    case Media:
        return QStringLiteral(":/icons/nav/media.png");
    }
    return {};
}

void PlaceholderPage::reload()
{
    if (!database()) {
        m_text->setText(tr("No database is open."));
        return;
    }
    auto stats = db::StatsRepository(*database()).stats(year());
    if (!stats) {
        m_text->setText(stats.error());
        return;
    }
    switch (m_kind) {
    case Training:
        m_text->setText(
            tr("<h3>Training classes in %1</h3><p>%2 classes and %3 trainees are on record for "
               "%1.</p>"
               "<p>Entering classes and importing trainee lists comes in a later version.</p>")
                .arg(year())
                .arg(stats->trainingClasses)
                .arg(stats->trainees));
        break;
    case Media:
        m_text->setText(tr("<h3>Media monitoring in %1</h3><p>%2 press and social media items are "
                           "on record for "
                           "%1.</p><p>Logging and importing items comes in a later version.</p>")
                            .arg(year())
                            .arg(stats->mediaItems));
        break;
    }
}

} // namespace ttcs::ui
