#include "db/AuditLog.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

namespace ttcs::db {

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
}

QString AuditLog::currentUser()
{
    QString user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user;
}

Status AuditLog::record(const QString &action, const QString &entity, qint64 entityId, const QString &detail)
{
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("INSERT INTO audit_log(who, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?)"),
                {currentUser(), action, entity, nullableId(entityId), detail}))
        return Error{q.errorText()};
    return {};
}

Result<QList<AuditEntry>> AuditLog::recent(int limit) const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, at, who, action, entity, entity_id, detail FROM audit_log "
                               "ORDER BY id DESC LIMIT ?"),
                {limit}))
        return Error{q.errorText()};
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.id(0);
        e.at = QDateTime::fromString(q.string(1), Qt::ISODate);
        e.who = q.string(2);
        e.action = q.string(3);
        e.entity = q.string(4);
        e.entityId = q.id(5);
        e.detail = q.string(6);
        out << e;
    }
    return out;
}

} // namespace ttcs::db
