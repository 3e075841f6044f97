// What a unit reported on a task in a year.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ttcs {

// Stored statuses, as the unit reports them.
enum class ProgressStatus { NotStarted, InProgress, Done, NotApplicable };
QString progressStatusKey(ProgressStatus s); // "not_started", "in_progress", "done", "not_applicable"
std::optional<ProgressStatus> progressStatusFromKey(const QString &key);
QString progressStatusLabel(ProgressStatus s); // translated
const QList<ProgressStatus> &allProgressStatuses();

} // namespace ttcs
