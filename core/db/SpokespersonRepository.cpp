#include "db/SpokespersonRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

namespace ttcs::db {

SpokespersonRepository::SpokespersonRepository(Database &db)
    : m_db(db)
{
}

Result<QList<Spokesperson>> SpokespersonRepository::servingOn(const QDate &date) const
{
    QString sql = QStringLiteral(
        "SELECT s.id, s.unit_id, coalesce(u.name, s.unit_text), s.name, s.position, s.phone, s.email, "
        "s.decision, s.serving_from, s.serving_to, s.batch_id FROM spokespersons s "
        "LEFT JOIN units u ON u.id = s.unit_id");
    SqlQuery q(m_db.connection());
    bool ok = false;
    if (date.isValid()) {
        sql += QStringLiteral(" WHERE (s.serving_from IS NULL OR s.serving_from <= ?) "
                              "AND (s.serving_to IS NULL OR s.serving_to >= ?)");
        const QString d = date.toString(Qt::ISODate);
        ok = q.exec(sql, {d, d});
    } else {
        ok = q.exec(sql);
    }
    if (!ok)
        return Error{q.errorText()};
    QList<Spokesperson> out;
    while (q.next()) {
        Spokesperson s;
        s.id = q.id(0);
        s.unitId = q.id(1);
        s.unitName = q.string(2);
        s.name = q.string(3);
        s.position = q.string(4);
        s.phone = q.string(5);
        s.email = q.string(6);
        s.decision = q.string(7);
        s.servingFrom = QDate::fromString(q.string(8), Qt::ISODate);
        s.servingTo = QDate::fromString(q.string(9), Qt::ISODate);
        s.batchId = q.id(10);
        out << s;
    }
    return out;
}

} // namespace ttcs::db
