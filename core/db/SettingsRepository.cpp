#include "db/SettingsRepository.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "text/VietnameseText.h"

namespace ttcs::db {

namespace {
const QString kProfilePrefix = QStringLiteral("profile/");
}

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db)
{
}

Result<OrgProfile> SettingsRepository::profile() const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'profile/%'")))
        return Error{q.errorText()};
    OrgProfile p;
    while (q.next())
        p.setValue(q.string(0).mid(kProfilePrefix.size()), q.string(1));
    return p;
}

Status SettingsRepository::saveProfile(const OrgProfile &profile)
{
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"));
        for (const QString &key : OrgProfile::keys()) {
            q.bind(QString(kProfilePrefix + key));
            q.bind(text::nfc(profile.value(key)));
            if (!q.exec())
                return Error{q.errorText()};
        }
        return AuditLog(m_db).record(QStringLiteral("update"), QStringLiteral("profile"), 0, QString());
    });
}

Result<QString> SettingsRepository::value(const QString &key) const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}))
        return Error{q.errorText()};
    return q.next() ? q.string(0) : QString();
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    return m_db.transaction([&]() -> Status {
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"), {key, value}))
            return Error{q.errorText()};
        return {};
    });
}

} // namespace ttcs::db
