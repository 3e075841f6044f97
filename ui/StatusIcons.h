// The icons of the progress statuses and outcomes. Each has its own shape
// as well as its own colour (a check, a clock, an empty ring, a dash, a
// warning triangle, a question mark), so that they read apart without
// colour, and each is painted for the size asked, so it stays sharp at
// every screen scale.
#pragma once

#include "domain/Progress.h"

#include <QIcon>

namespace ttcs::ui {

QIcon trackedStatusIcon(TrackedStatus status);
// "All statuses" in a filter: the statuses' colours together, drawn like
// the others so that a list of them lines up.
QIcon allStatusesIcon();
// The stored statuses, with the icons of the tracked statuses they become.
QIcon progressStatusIcon(ProgressStatus status);
QIcon outcomeIcon(Outcome outcome);

} // namespace ttcs::ui
