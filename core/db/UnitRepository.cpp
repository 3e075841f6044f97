#include "db/UnitRepository.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>

namespace ttcs::db {

namespace {

const QString kUnitColumns = QStringLiteral(
    "SELECT id, name, short_name, kind, parent_id, valid_from, valid_to, successor_id FROM units");

Unit readUnit(const SqlQuery &q)
{
    Unit u;
    u.id = q.id(0);
    u.name = q.string(1);
    u.shortName = q.string(2);
    u.kind = unitKindFromKey(q.string(3)).value_or(UnitKind::Other);
    u.parentId = q.id(4);
    u.validFrom = QDate::fromString(q.string(5), Qt::ISODate);
    u.validTo = QDate::fromString(q.string(6), Qt::ISODate);
    u.successorId = q.id(7);
    return u;
}

Result<QList<Unit>> readUnits(SqlQuery &q)
{
    QList<Unit> out;
    while (q.next())
        out << readUnit(q);
    return out;
}

// SQL condition for "exists at some time in the year bound twice".
const QString kExistsInYear = QStringLiteral(
    "(valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?)");

} // namespace

UnitRepository::UnitRepository(Database &db)
    : m_db(db)
{
}

Result<QList<Unit>> UnitRepository::all() const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(kUnitColumns))
        return Error{q.errorText()};
    return readUnits(q);
}

Result<QList<Unit>> UnitRepository::existingIn(int year) const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(kUnitColumns + QStringLiteral(" WHERE ") + kExistsInYear,
                {QStringLiteral("%1-12-31").arg(year), QStringLiteral("%1-01-01").arg(year)}))
        return Error{q.errorText()};
    return readUnits(q);
}

Result<Unit> UnitRepository::byId(qint64 id) const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(kUnitColumns + QStringLiteral(" WHERE id = ?"), {id}))
        return Error{q.errorText()};
    if (!q.next())
        return Error{QCoreApplication::translate("ttcs::Database", "No unit with id %1.").arg(id)};
    return readUnit(q);
}

Result<QList<UnitGroup>> UnitRepository::groups() const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, key, name, kinds FROM unit_groups ORDER BY id")))
        return Error{q.errorText()};
    QList<UnitGroup> out;
    while (q.next()) {
        UnitGroup g;
        g.id = q.id(0);
        g.key = q.string(1);
        g.name = q.string(2);
        const QStringList kinds = q.string(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &k : kinds) {
            if (auto kind = unitKindFromKey(k))
                g.kinds << *kind;
        }
        out << g;
    }
    return out;
}

Result<QList<Unit>> UnitRepository::expandGroup(qint64 groupId, int year) const
{
    SqlQuery kinds(m_db.connection());
    if (!kinds.exec(QStringLiteral("SELECT kinds FROM unit_groups WHERE id = ?"), {groupId}))
        return Error{kinds.errorText()};
    if (!kinds.next())
        return Error{QCoreApplication::translate("ttcs::Database", "No unit group with id %1.").arg(groupId)};
    const QStringList kindKeys = kinds.string(0).split(QLatin1Char(','), Qt::SkipEmptyParts);

    QString sql = kUnitColumns + QStringLiteral(" WHERE (id IN (SELECT unit_id FROM unit_group_members WHERE group_id = ?)");
    if (!kindKeys.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < kindKeys.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" OR kind IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QStringLiteral(") AND ") + kExistsInYear;
    SqlQuery q(m_db.connection());
    q.prepare(sql);
    q.bind(groupId);
    for (const QString &k : kindKeys)
        q.bind(k);
    q.bind(QStringLiteral("%1-12-31").arg(year));
    q.bind(QStringLiteral("%1-01-01").arg(year));
    if (!q.exec())
        return Error{q.errorText()};
    return readUnits(q);
}

Result<qint64> UnitRepository::insert(const Unit &unit)
{
    qint64 id = 0;
    const Status st = m_db.transaction([&]() -> Status {
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("INSERT INTO units(name, short_name, kind, parent_id, valid_from, valid_to, "
                                   "successor_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {text::clean(unit.name), text::clean(unit.shortName), unitKindKey(unit.kind),
                     nullableId(unit.parentId), nullableText(unit.validFrom.toString(Qt::ISODate)),
                     nullableText(unit.validTo.toString(Qt::ISODate)), nullableId(unit.successorId)}))
            return Error{q.errorText()};
        id = q.lastInsertId();
        return AuditLog(m_db).record(QStringLiteral("insert"), QStringLiteral("unit"), id, unit.name);
    });
    if (!st.ok())
        return Error{st.error()};
    return id;
}

} // namespace ttcs::db
