#include "db/UnitRepository.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>

namespace ttcs::db {

namespace {

const QString kUnitColumns =
    QStringLiteral("SELECT id, name, short_name, kind, parent_id, valid_from, "
                   "valid_to, successor_id, end_reason FROM units");

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
    u.end = unitEndFromKey(q.string(8));
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
    SqlQuery m(m_db.connection());
    if (!m.exec(QStringLiteral(
            "SELECT group_id, unit_id FROM unit_group_members ORDER BY group_id, unit_id")))
        return Error{m.errorText()};
    while (m.next()) {
        for (UnitGroup &g : out) {
            if (g.id == m.id(0))
                g.memberIds << m.id(1);
        }
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
    if (text::clean(unit.name).isEmpty())
        return Error{QCoreApplication::translate("ttcs::Database", "A unit needs a name.")};
    const Status st = m_db.transaction([&]() -> Status {
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("INSERT INTO units(id, name, short_name, kind, parent_id, valid_from, "
                                   "valid_to, successor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {nullableId(unit.id), text::clean(unit.name), text::clean(unit.shortName), unitKindKey(unit.kind),
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

namespace {

bool sameUnit(const Unit &a, const Unit &b)
{
    return a.id == b.id && a.name == b.name && a.shortName == b.shortName && a.kind == b.kind &&
           a.parentId == b.parentId && a.validFrom == b.validFrom && a.validTo == b.validTo &&
           a.successorId == b.successorId && a.end == b.end;
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

Status insertUnitRow(const QSqlDatabase &db, const Unit &u, const QList<qint64> &groups)
{
    SqlQuery q(db);
    if (!q.exec(
            QStringLiteral(
                "INSERT INTO units(id, name, short_name, kind, parent_id, valid_from, valid_to, "
                "successor_id, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {nullableId(u.id), u.name, u.shortName, unitKindKey(u.kind), nullableId(u.parentId),
             nullableText(isoDate(u.validFrom)), nullableText(isoDate(u.validTo)),
             nullableId(u.successorId), nullableText(unitEndKey(u.end))}))
        return Error{q.errorText()};
    for (qint64 g : groups) {
        if (!q.exec(
                QStringLiteral("INSERT INTO unit_group_members(group_id, unit_id) VALUES (?, ?)"),
                {g, u.id}))
            return Error{q.errorText()};
    }
    return {};
}

Status writeUnitEnd(const QSqlDatabase &db, const Unit &u)
{
    SqlQuery q(db);
    if (!q.exec(QStringLiteral(
                    "UPDATE units SET name = ?, short_name = ?, valid_to = ?, successor_id = ?, "
                    "end_reason = ? WHERE id = ?"),
                {u.name, u.shortName, nullableText(isoDate(u.validTo)), nullableId(u.successorId),
                 nullableText(unitEndKey(u.end)), u.id}))
        return Error{q.errorText()};
    return {};
}

Result<QList<qint64>> explicitGroups(const QSqlDatabase &db, qint64 unitId)
{
    SqlQuery q(db);
    if (!q.exec(QStringLiteral(
                    "SELECT group_id FROM unit_group_members WHERE unit_id = ? ORDER BY group_id"),
                {unitId}))
        return Error{q.errorText()};
    QList<qint64> out;
    while (q.next())
        out << q.id(0);
    return out;
}

// Why the unit cannot end on `from`, or nothing.
QString endProblem(const Unit &u, const QDate &from)
{
    if (!from.isValid())
        return QCoreApplication::translate("ttcs::Database", "The date of the change is missing.");
    if (u.validTo.isValid())
        return QCoreApplication::translate("ttcs::Database", "%1 already ended on %2.")
            .arg(u.name, u.validTo.toString(QStringLiteral("dd/MM/yyyy")));
    if (u.validFrom.isValid() && from <= u.validFrom)
        return QCoreApplication::translate("ttcs::Database",
                                           "%1 only exists from %2; the change must come after.")
            .arg(u.name, u.validFrom.toString(QStringLiteral("dd/MM/yyyy")));
    return {};
}

} // namespace

Result<UnitChange> UnitRepository::rename(qint64 unitId, const QString &newName,
                                          const QString &newShortName, const QDate &from)
{
    UnitChange change;
    const Status st = m_db.transaction([&]() -> Status {
        auto old = byId(unitId);
        if (!old)
            return Error{old.error()};
        const QString name = text::clean(newName);
        if (name.isEmpty())
            return Error{QCoreApplication::translate("ttcs::Database", "The new name is empty.")};
        const QString problem = endProblem(old.value(), from);
        if (!problem.isEmpty())
            return Error{problem};
        auto groups = explicitGroups(m_db.connection(), unitId);
        if (!groups)
            return Error{groups.error()};

        Unit successor;
        successor.name = name;
        successor.shortName = text::clean(newShortName);
        successor.kind = old->kind;
        successor.parentId = old->parentId;
        successor.validFrom = from;
        SqlQuery q(m_db.connection());
        if (!q.exec(
                QStringLiteral("INSERT INTO units(name, short_name, kind, parent_id, valid_from) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {successor.name, successor.shortName, unitKindKey(successor.kind),
                 nullableId(successor.parentId), isoDate(from)}))
            return Error{q.errorText()};
        successor.id = q.lastInsertId();
        for (qint64 g : groups.value()) {
            if (!q.exec(QStringLiteral(
                            "INSERT INTO unit_group_members(group_id, unit_id) VALUES (?, ?)"),
                        {g, successor.id}))
                return Error{q.errorText()};
        }
        change.before = old.value();
        change.after = old.value();
        change.after.validTo = from.addDays(-1);
        change.after.successorId = successor.id;
        change.after.end = UnitEnd::Renamed;
        change.added = successor;
        change.addedGroups = groups.value();
        if (Status w = writeUnitEnd(m_db.connection(), change.after); !w.ok())
            return w;
        return AuditLog(m_db).record(QStringLiteral("rename"), QStringLiteral("unit"), unitId,
                                     QStringLiteral("%1 -> %2 (#%3) from %4")
                                         .arg(old->name, name)
                                         .arg(successor.id)
                                         .arg(isoDate(from)));
    });
    if (!st.ok())
        return Error{st.error()};
    return change;
}

Result<UnitChange> UnitRepository::mergeInto(qint64 unitId, qint64 intoId, const QDate &from)
{
    UnitChange change;
    const Status st = m_db.transaction([&]() -> Status {
        auto old = byId(unitId);
        if (!old)
            return Error{old.error()};
        auto into = byId(intoId);
        if (!into)
            return Error{into.error()};
        if (intoId == unitId)
            return Error{QCoreApplication::translate("ttcs::Database",
                                                     "A unit cannot be merged into itself.")};
        const QString problem = endProblem(old.value(), from);
        if (!problem.isEmpty())
            return Error{problem};
        if ((into->validFrom.isValid() && into->validFrom > from) ||
            (into->validTo.isValid() && into->validTo < from))
            return Error{QCoreApplication::translate("ttcs::Database", "%1 does not exist on %2.")
                             .arg(into->name, from.toString(QStringLiteral("dd/MM/yyyy")))};
        change.before = old.value();
        change.after = old.value();
        change.after.validTo = from.addDays(-1);
        change.after.successorId = intoId;
        change.after.end = UnitEnd::Merged;
        if (Status w = writeUnitEnd(m_db.connection(), change.after); !w.ok())
            return w;
        return AuditLog(m_db).record(
            QStringLiteral("merge"), QStringLiteral("unit"), unitId,
            QStringLiteral("%1 -> %2 from %3").arg(old->name, into->name, isoDate(from)));
    });
    if (!st.ok())
        return Error{st.error()};
    return change;
}

Result<UnitChange> UnitRepository::dissolve(qint64 unitId, const QDate &from)
{
    UnitChange change;
    const Status st = m_db.transaction([&]() -> Status {
        auto old = byId(unitId);
        if (!old)
            return Error{old.error()};
        const QString problem = endProblem(old.value(), from);
        if (!problem.isEmpty())
            return Error{problem};
        change.before = old.value();
        change.after = old.value();
        change.after.validTo = from.addDays(-1);
        change.after.successorId = 0;
        change.after.end = UnitEnd::Dissolved;
        if (Status w = writeUnitEnd(m_db.connection(), change.after); !w.ok())
            return w;
        return AuditLog(m_db).record(QStringLiteral("dissolve"), QStringLiteral("unit"), unitId,
                                     QStringLiteral("%1 from %2").arg(old->name, isoDate(from)));
    });
    if (!st.ok())
        return Error{st.error()};
    return change;
}

Result<UnitChange> UnitRepository::revert(const UnitChange &change)
{
    UnitChange inverse;
    inverse.before = change.after;
    inverse.after = change.before;
    inverse.added = change.removed;
    inverse.addedGroups = change.removedGroups;
    inverse.removed = change.added;
    inverse.removedGroups = change.addedGroups;
    const Status st = m_db.transaction([&]() -> Status {
        auto current = byId(change.after.id);
        if (!current)
            return Error{current.error()};
        bool unchanged = sameUnit(current.value(), change.after);
        if (unchanged && change.added) {
            auto added = byId(change.added->id);
            unchanged = added.ok() && sameUnit(added.value(), *change.added);
        }
        if (!unchanged)
            return Error{
                QCoreApplication::translate(
                    "ttcs::Database", "%1 has changed since; this change can no longer be undone.")
                    .arg(change.after.name)};
        if (change.removed) {
            if (Status w = insertUnitRow(m_db.connection(), *change.removed, change.removedGroups);
                !w.ok())
                return w;
        }
        if (Status w = writeUnitEnd(m_db.connection(), change.before); !w.ok())
            return w;
        if (change.added) {
            SqlQuery q(m_db.connection());
            if (!q.exec(QStringLiteral("DELETE FROM units WHERE id = ?"), {change.added->id}))
                return Error{QCoreApplication::translate(
                                 "ttcs::Database",
                                 "%1 cannot be taken back: data has been recorded for it "
                                 "since (%2).")
                                 .arg(change.added->name, q.errorText())};
        }
        return AuditLog(m_db).record(QStringLiteral("undo"), QStringLiteral("unit"),
                                     change.after.id, change.before.name);
    });
    if (!st.ok())
        return Error{st.error()};
    return inverse;
}

Result<Unit> UnitRepository::update(const Unit &unit)
{
    Unit previous;
    const Status st = m_db.transaction([&]() -> Status {
        auto old = byId(unit.id);
        if (!old)
            return Error{old.error()};
        previous = old.value();
        const QString name = text::clean(unit.name);
        if (name.isEmpty())
            return Error{QCoreApplication::translate("ttcs::Database", "A unit needs a name.")};
        // The parent must exist and must not be the unit or one of its own units.
        for (qint64 p = unit.parentId; p != 0;) {
            if (p == unit.id)
                return Error{QCoreApplication::translate(
                    "ttcs::Database", "A unit cannot be placed under itself or its own units.")};
            auto parent = byId(p);
            if (!parent)
                return Error{parent.error()};
            p = parent->parentId;
        }
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("UPDATE units SET name = ?, short_name = ?, kind = ?, "
                                   "parent_id = ? WHERE id = ?"),
                    {name, text::clean(unit.shortName), unitKindKey(unit.kind),
                     nullableId(unit.parentId), unit.id}))
            return Error{q.errorText()};
        return AuditLog(m_db).record(
            QStringLiteral("update"), QStringLiteral("unit"), unit.id,
            previous.name == name ? name : QStringLiteral("%1 -> %2").arg(previous.name, name));
    });
    if (!st.ok())
        return Error{st.error()};
    return previous;
}

Status UnitRepository::remove(qint64 unitId)
{
    return m_db.transaction([&]() -> Status {
        auto old = byId(unitId);
        if (!old)
            return Error{old.error()};
        // Whatever names the unit keeps it, even where the schema would
        // only clear the link: every column that refers to units is asked.
        const QSqlDatabase db = m_db.connection();
        SqlQuery tables(db);
        if (!tables.exec(QStringLiteral(
                "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                "WHERE m.type = 'table' AND f.\"table\" = 'units'")))
            return Error{tables.errorText()};
        QList<QPair<QString, QString>> refs;
        while (tables.next())
            refs << qMakePair(tables.string(0), tables.string(1));
        for (const auto &[table, column] : std::as_const(refs)) {
            SqlQuery q(db);
            // Names from the schema itself, not from outside.
            if (!q.exec(QStringLiteral("SELECT 1 FROM \"%1\" WHERE \"%2\" = ? LIMIT 1")
                            .arg(table, column),
                        {unitId}))
                return Error{q.errorText()};
            if (q.next())
                return Error{QCoreApplication::translate(
                                 "ttcs::Database",
                                 "%1 cannot be removed: data has been recorded for it.")
                                 .arg(old->name)};
        }
        SqlQuery q(db);
        if (!q.exec(QStringLiteral("DELETE FROM units WHERE id = ?"), {unitId}))
            return Error{q.errorText()};
        return AuditLog(m_db).record(QStringLiteral("delete"), QStringLiteral("unit"), unitId,
                                     old->name);
    });
}

} // namespace ttcs::db
