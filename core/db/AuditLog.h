// Who changed what and when. Every edit that matters lands here, inside the
// same transaction as the change itself.
#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ttcs::db {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString who;
    QString action; // "insert", "update", "delete", "import", "undo", …
    QString entity; // "unit", "task", "spokesperson", …
    qint64 entityId = 0;
    QString detail;
};

class AuditLog final
{
public:
    explicit AuditLog(Database &db);

    Status record(const QString &action, const QString &entity, qint64 entityId, const QString &detail);
    Result<QList<AuditEntry>> recent(int limit) const;

    // The user name recorded with each entry (the OS login by default).
    static QString currentUser();

private:
    Database &m_db;
};

} // namespace ttcs::db
