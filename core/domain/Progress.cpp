#include "domain/Progress.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ttcs {

QString progressStatusKey(ProgressStatus s)
{
    switch (s) {
    case ProgressStatus::NotStarted: return QStringLiteral("not_started");
    case ProgressStatus::InProgress: return QStringLiteral("in_progress");
    case ProgressStatus::Done: return QStringLiteral("done");
    case ProgressStatus::NotApplicable: return QStringLiteral("not_applicable");
    }
    return {};
}

std::optional<ProgressStatus> progressStatusFromKey(const QString &key)
{
    for (ProgressStatus s : allProgressStatuses()) {
        if (progressStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString progressStatusLabel(ProgressStatus s)
{
    switch (s) {
    case ProgressStatus::NotStarted: return QCoreApplication::translate("ttcs::Progress", "Not started");
    case ProgressStatus::InProgress: return QCoreApplication::translate("ttcs::Progress", "In progress");
    case ProgressStatus::Done: return QCoreApplication::translate("ttcs::Progress", "Done");
    case ProgressStatus::NotApplicable: return QCoreApplication::translate("ttcs::Progress", "Not applicable");
    }
    return {};
}

const QList<ProgressStatus> &allProgressStatuses()
{
    static const QList<ProgressStatus> all = {ProgressStatus::NotStarted, ProgressStatus::InProgress,
                                              ProgressStatus::Done, ProgressStatus::NotApplicable};
    return all;
}

const QStringList &progressFigureKeys()
{
    static const QStringList keys = {
        QStringLiteral("articles"),       QStringLiteral("press_conferences"),
        QStringLiteral("people_trained"), QStringLiteral("broadcasts"),
        QStringLiteral("conferences"),    QStringLiteral("documents"),
        QStringLiteral("portal_posts")};
    return keys;
}

QString progressFigureLabel(const QString &key)
{
    if (key == QLatin1String("articles"))
        return QCoreApplication::translate("ttcs::Progress", "News items and articles");
    if (key == QLatin1String("press_conferences"))
        return QCoreApplication::translate("ttcs::Progress", "Press conferences");
    if (key == QLatin1String("people_trained"))
        return QCoreApplication::translate("ttcs::Progress", "People trained");
    if (key == QLatin1String("broadcasts"))
        return QCoreApplication::translate("ttcs::Progress", "Radio and television programmes");
    if (key == QLatin1String("conferences"))
        return QCoreApplication::translate("ttcs::Progress", "Conferences and seminars");
    if (key == QLatin1String("documents"))
        return QCoreApplication::translate("ttcs::Progress", "Directives and guidance issued");
    if (key == QLatin1String("portal_posts"))
        return QCoreApplication::translate("ttcs::Progress", "Posts on the web portal");
    return key;
}

QString progressFiguresToJson(const QMap<QString, qint64> &figures)
{
    QJsonObject o;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, qint64> progressFiguresFromJson(const QString &json)
{
    QMap<QString, qint64> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isDouble())
            out.insert(it.key(), it.value().toInteger());
    }
    return out;
}

QString trackedStatusKey(TrackedStatus s)
{
    switch (s) {
    case TrackedStatus::NotStarted:
        return QStringLiteral("not_started");
    case TrackedStatus::InProgress:
        return QStringLiteral("in_progress");
    case TrackedStatus::Done:
        return QStringLiteral("done");
    case TrackedStatus::NotApplicable:
        return QStringLiteral("not_applicable");
    case TrackedStatus::Overdue:
        return QStringLiteral("overdue");
    case TrackedStatus::NotReported:
        return QStringLiteral("not_reported");
    }
    return {};
}

std::optional<TrackedStatus> trackedStatusFromKey(const QString &key)
{
    for (TrackedStatus s : allTrackedStatuses()) {
        if (trackedStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString trackedStatusLabel(TrackedStatus s)
{
    switch (s) {
    case TrackedStatus::NotStarted:
        return progressStatusLabel(ProgressStatus::NotStarted);
    case TrackedStatus::InProgress:
        return progressStatusLabel(ProgressStatus::InProgress);
    case TrackedStatus::Done:
        return progressStatusLabel(ProgressStatus::Done);
    case TrackedStatus::NotApplicable:
        return progressStatusLabel(ProgressStatus::NotApplicable);
    case TrackedStatus::Overdue:
        return QCoreApplication::translate("ttcs::Progress", "Overdue");
    case TrackedStatus::NotReported:
        return QCoreApplication::translate("ttcs::Progress", "Not reported");
    }
    return {};
}

const QList<TrackedStatus> &allTrackedStatuses()
{
    static const QList<TrackedStatus> all = {
        TrackedStatus::NotStarted,    TrackedStatus::InProgress, TrackedStatus::Done,
        TrackedStatus::NotApplicable, TrackedStatus::Overdue,    TrackedStatus::NotReported};
    return all;
}

QString outcomeKey(Outcome o)
{
    switch (o) {
    case Outcome::OnTime:
        return QStringLiteral("on_time");
    case Outcome::Late:
        return QStringLiteral("late");
    case Outcome::InProgress:
        return QStringLiteral("in_progress");
    case Outcome::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

std::optional<Outcome> outcomeFromKey(const QString &key)
{
    for (Outcome o : allOutcomes()) {
        if (outcomeKey(o) == key)
            return o;
    }
    return std::nullopt;
}

QString outcomeLabel(Outcome o)
{
    switch (o) {
    case Outcome::OnTime:
        return QCoreApplication::translate("ttcs::Progress", "On time");
    case Outcome::Late:
        return QCoreApplication::translate("ttcs::Progress", "Late");
    case Outcome::InProgress:
        return progressStatusLabel(ProgressStatus::InProgress);
    case Outcome::Overdue:
        return QCoreApplication::translate("ttcs::Progress", "Overdue");
    }
    return {};
}

const QList<Outcome> &allOutcomes()
{
    static const QList<Outcome> all = {Outcome::OnTime, Outcome::Late, Outcome::InProgress,
                                       Outcome::Overdue};
    return all;
}

} // namespace ttcs
