// The schema, one migration function per version step.
#pragma once

#include "domain/Result.h"

class QSqlDatabase;

namespace ttcs::db {

// The schema version this build writes (PRAGMA user_version).
int currentSchemaVersion();

// Runs the migrations from `fromVersion` to the current one, each step in a
// transaction of its own that also sets user_version; stops at the first
// failure with that step rolled back.
Status migrate(QSqlDatabase &db, int fromVersion);

} // namespace ttcs::db
