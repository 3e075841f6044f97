// What a unit reported on a task in a year.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ttcs {

// Stored statuses, as the unit reports them.
enum class ProgressStatus { NotStarted, InProgress, Done, NotApplicable };
QString progressStatusKey(ProgressStatus s); // "not_started", "in_progress", "done", "not_applicable"
std::optional<ProgressStatus> progressStatusFromKey(const QString &key);
QString progressStatusLabel(ProgressStatus s); // translated
const QList<ProgressStatus> &allProgressStatuses();

// Figures a unit reports with its text, by key: "articles" (news items and
// articles), "press_conferences", "people_trained", "broadcasts" (radio and
// television programmes), "conferences", "documents" (directives and guides
// issued), "portal_posts". Other keys found in a stored row are kept.
const QStringList &progressFigureKeys();
QString progressFigureLabel(const QString &key); // translated; the key itself when unknown
// Stored as a JSON object of whole numbers: {"articles": 12}.
QString progressFiguresToJson(const QMap<QString, qint64> &figures);
QMap<QString, qint64> progressFiguresFromJson(const QString &json);

// One unit's report on one task in one year, as stored.
struct Progress
{
    qint64 id = 0;
    qint64 taskId = 0;
    qint64 unitId = 0;
    int year = 0;
    ProgressStatus status = ProgressStatus::NotStarted;
    QString result;                // what the unit did, in its words
    QMap<QString, qint64> figures; // see progressFigureKeys()
    QDate completedOn;             // when it was done (status done only)
    QDate reportedOn;              // when the unit reported it
    qint64 batchId = 0;            // the import batch, 0 when typed in
    QDateTime updatedAt;           // set by the database on every write

    // Everything but the time of the last write.
    bool operator==(const Progress &o) const
    {
        return id == o.id && taskId == o.taskId && unitId == o.unitId && year == o.year &&
               status == o.status && result == o.result && figures == o.figures &&
               completedOn == o.completedOn && reportedOn == o.reportedOn && batchId == o.batchId;
    }
    bool operator!=(const Progress &o) const { return !(*this == o); }
};

// What the office sees for a unit on a task in a year: the stored status,
// or one of two computed, never typed: overdue (not done and the deadline
// has passed) and not reported (the unit has no progress row).
enum class TrackedStatus
{
    NotStarted,
    InProgress,
    Done,
    NotApplicable,
    Overdue,
    NotReported
};
// "not_started", "in_progress", "done", "not_applicable", "overdue", "not_reported"
QString trackedStatusKey(TrackedStatus s);
std::optional<TrackedStatus> trackedStatusFromKey(const QString &key);
QString trackedStatusLabel(TrackedStatus s); // translated
const QList<TrackedStatus> &allTrackedStatuses();

// The outcome of a task for a unit in a year, as the Government Office's
// task-tracking system counts it.
enum class Outcome
{
    OnTime,
    Late,
    InProgress,
    Overdue
};
QString outcomeKey(Outcome o); // "on_time", "late", "in_progress", "overdue"
std::optional<Outcome> outcomeFromKey(const QString &key);
QString outcomeLabel(Outcome o); // translated
const QList<Outcome> &allOutcomes();

} // namespace ttcs
