// The default data of a new database: the Bắc Kạn 2023 policy
// communication plan, its units and groups, and an organisation profile,
// read from the embedded resource resources/seed/bac-kan-2023.json.
#pragma once

#include "domain/Result.h"

class QSqlDatabase;
class QByteArray;

namespace ttcs::db {

// Loads the embedded default data. Call inside a transaction.
Status loadDefaultData(QSqlDatabase &db);

// Loads data of the same shape from `json` (used by tests and by new
// databases set up for another province).
Status loadSeed(QSqlDatabase &db, const QByteArray &json);

} // namespace ttcs::db
