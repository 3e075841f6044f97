// Settings stored in the database itself, so that a database file carries
// its own organisation profile wherever it is copied.
#pragma once

#include "domain/OrgProfile.h"
#include "domain/Result.h"

namespace ttcs::db {

class Database;

class SettingsRepository final
{
public:
    explicit SettingsRepository(Database &db);

    Result<OrgProfile> profile() const;
    // Saves every field of `profile` in one transaction, with an audit entry.
    Status saveProfile(const OrgProfile &profile);

    Result<QString> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace ttcs::db
