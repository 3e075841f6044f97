// The JSON shapes that ttcs-cli prints; other programs parse them, so they
// are kept stable.
#pragma once

#include "db/StatsRepository.h"
#include "domain/Task.h"
#include "domain/Unit.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ttcs::cli {

// [{id, name, kind, parent}] with parent the parent unit's name or null.
QJsonArray unitsToJson(const QList<Unit> &units);

// [{number, title, frequency, lead, coordinating, implementing, parent}]
// in plan order; parent is the parent task's number or null.
QJsonArray tasksToJson(const QList<Task> &tasks);

QJsonObject statsToJson(const db::Stats &stats);

} // namespace ttcs::cli
