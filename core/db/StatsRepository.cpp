#include "db/StatsRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "domain/Progress.h"

#include <QVariantList>

namespace ttcs::db {

StatsRepository::StatsRepository(Database &db)
    : m_db(db)
{
}

Result<Stats> StatsRepository::stats(std::optional<int> year) const
{
    Stats s;
    s.year = year;
    const QString from = year ? QStringLiteral("%1-01-01").arg(*year) : QString();
    const QString to = year ? QStringLiteral("%1-12-31").arg(*year) : QString();

    // One statement, so that the figures are one consistent snapshot.
    QString sql;
    QVariantList binds;
    if (year) {
        sql = QStringLiteral(
            "SELECT (SELECT count(*) FROM units WHERE (valid_from IS NULL OR valid_from <= :to) "
            "        AND (valid_to IS NULL OR valid_to >= :from)),"
            " (SELECT count(*) FROM tasks),"
            " (SELECT count(*) FROM spokespersons WHERE (serving_from IS NULL OR serving_from <= :to) "
            "        AND (serving_to IS NULL OR serving_to >= :to)),"
            " (SELECT count(*) FROM training_classes WHERE year = :year),"
            " (SELECT count(*) FROM trainees t JOIN training_classes c ON c.id = t.class_id WHERE c.year = :year),"
            " (SELECT count(*) FROM media_items WHERE date BETWEEN :from AND :to)");
    } else {
        sql = QStringLiteral(
            "SELECT (SELECT count(*) FROM units), (SELECT count(*) FROM tasks),"
            " (SELECT count(*) FROM spokespersons WHERE serving_to IS NULL),"
            " (SELECT count(*) FROM training_classes), (SELECT count(*) FROM trainees),"
            " (SELECT count(*) FROM media_items)");
    }
    SqlQuery q(m_db.connection());
    q.prepare(sql);
    if (year) {
        q.raw().bindValue(QStringLiteral(":from"), from);
        q.raw().bindValue(QStringLiteral(":to"), to);
        q.raw().bindValue(QStringLiteral(":year"), *year);
    }
    if (!q.exec() || !q.next())
        return Error{q.errorText()};
    s.units = q.id(0);
    s.tasks = q.id(1);
    s.spokespersons = q.id(2);
    s.trainingClasses = q.id(3);
    s.trainees = q.id(4);
    s.mediaItems = q.id(5);

    for (ProgressStatus st : allProgressStatuses())
        s.progressByStatus.insert(progressStatusKey(st), 0);
    SqlQuery p(m_db.connection());
    const bool ok = year ? p.exec(QStringLiteral("SELECT status, count(*) FROM progress WHERE year = ? GROUP BY status"),
                                  {*year})
                         : p.exec(QStringLiteral("SELECT status, count(*) FROM progress GROUP BY status"));
    if (!ok)
        return Error{p.errorText()};
    while (p.next())
        s.progressByStatus.insert(p.string(0), p.id(1));
    return s;
}

} // namespace ttcs::db
