#include "db/MediaRepository.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ttcs::db {

namespace {

const QString kColumns = QStringLiteral("SELECT m.id, m.date, m.outlet, m.platform, m.title, "
                                        "m.link, m.topic, m.sentiment, m.unit_id, u.name, "
                                        "m.action_taken, m.false_information, m.batch_id FROM "
                                        "media_items m LEFT JOIN units u ON u.id = m.unit_id");

MediaItem itemFrom(const SqlQuery &q)
{
    MediaItem m;
    m.id = q.id(0);
    m.date = QDate::fromString(q.string(1), Qt::ISODate);
    m.outlet = q.string(2);
    m.platform = q.string(3);
    m.title = q.string(4);
    m.link = q.string(5);
    m.topic = q.string(6);
    m.sentiment = sentimentFromKey(q.string(7)).value_or(Sentiment::Neutral);
    m.unitId = q.id(8);
    m.unitName = q.string(9);
    m.actionTaken = q.string(10);
    m.falseInformation = q.value(11).toInt() != 0;
    m.batchId = q.id(12);
    return m;
}

MediaItem cleaned(const MediaItem &m)
{
    MediaItem c = m;
    c.outlet = text::clean(m.outlet);
    c.platform = text::clean(m.platform);
    c.title = text::clean(m.title);
    c.link = m.link.trimmed();
    c.topic = text::clean(m.topic);
    c.actionTaken = text::clean(m.actionTaken);
    return c;
}

QString itemProblem(const MediaItem &m)
{
    if (!m.date.isValid())
        return QCoreApplication::translate("ttcs::Media", "A media item needs a date.");
    if (m.title.isEmpty())
        return QCoreApplication::translate("ttcs::Media", "A media item needs a title.");
    return {};
}

Status insertItem(const QSqlDatabase &db, const MediaItem &m, qint64 &id)
{
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("INSERT INTO media_items(id, date, outlet, platform, title, link, "
                               "topic, sentiment, "
                               "unit_id, action_taken, false_information, batch_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {nullableId(m.id), m.date.toString(Qt::ISODate), m.outlet, m.platform, m.title,
                 m.link, m.topic, sentimentKey(m.sentiment), nullableId(m.unitId), m.actionTaken,
                 m.falseInformation ? 1 : 0, nullableId(m.batchId)}))
        return Error{q.errorText()};
    id = m.id > 0 ? m.id : q.lastInsertId();
    return {};
}

} // namespace

MediaRepository::MediaRepository(Database &db)
    : m_db(db)
{}

Result<QList<MediaItem>> MediaRepository::search(const MediaQuery &query) const
{
    QString sql = kColumns + QStringLiteral(" WHERE 1 = 1");
    QVariantList binds;
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND m.date >= ?");
        binds << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND m.date <= ?");
        binds << query.to.toString(Qt::ISODate);
    }
    if (query.sentiment) {
        sql += QStringLiteral(" AND m.sentiment = ?");
        binds << sentimentKey(*query.sentiment);
    }
    if (query.unitId > 0) {
        sql += QStringLiteral(" AND m.unit_id = ?");
        binds << query.unitId;
    }
    if (query.falseInformationOnly)
        sql += QStringLiteral(" AND m.false_information = 1");
    sql += QStringLiteral(" ORDER BY m.date DESC, m.id DESC");
    SqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.bind(v);
    if (!q.exec())
        return Error{q.errorText()};
    // SQLite cannot fold Vietnamese, so the text is matched here.
    const QString needle = text::fold(query.text).simplified();
    QList<MediaItem> out;
    while (q.next()) {
        MediaItem m = itemFrom(q);
        if (!needle.isEmpty()) {
            const QString hay = text::fold(QStringList{m.title, m.outlet, m.platform, m.topic,
                                                       m.link, m.actionTaken, m.unitName}
                                               .join(QLatin1Char('\n')));
            if (!hay.contains(needle))
                continue;
        }
        out << m;
    }
    return out;
}

Result<MediaItem> MediaRepository::item(qint64 id) const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(kColumns + QStringLiteral(" WHERE m.id = ?"), {id}))
        return Error{q.errorText()};
    if (!q.next())
        return Error{
            QCoreApplication::translate("ttcs::Media", "No media item with id %1.").arg(id)};
    return itemFrom(q);
}

Result<qint64> MediaRepository::add(const MediaItem &item)
{
    qint64 id = 0;
    const Status st = m_db.transaction([&]() -> Status {
        MediaItem m = cleaned(item);
        m.id = 0;
        if (const QString problem = itemProblem(m); !problem.isEmpty())
            return Error{problem};
        if (Status i = insertItem(m_db.connection(), m, id); !i.ok())
            return i;
        return AuditLog(m_db).record(QStringLiteral("insert"), QStringLiteral("media_item"), id,
                                     m.title);
    });
    if (!st.ok())
        return Error{st.error()};
    return id;
}

Result<MediaItem> MediaRepository::update(const MediaItem &item)
{
    MediaItem previous;
    const Status st = m_db.transaction([&]() -> Status {
        auto before = this->item(item.id);
        if (!before)
            return Error{before.error()};
        previous = before.value();
        const MediaItem m = cleaned(item);
        if (const QString problem = itemProblem(m); !problem.isEmpty())
            return Error{problem};
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("UPDATE media_items SET date = ?, outlet = ?, platform = ?, "
                                   "title = ?, link = ?, "
                                   "topic = ?, sentiment = ?, unit_id = ?, action_taken = ?, "
                                   "false_information = ?, "
                                   "batch_id = ? WHERE id = ?"),
                    {m.date.toString(Qt::ISODate), m.outlet, m.platform, m.title, m.link, m.topic,
                     sentimentKey(m.sentiment), nullableId(m.unitId), m.actionTaken,
                     m.falseInformation ? 1 : 0, nullableId(m.batchId), m.id}))
            return Error{q.errorText()};
        return AuditLog(m_db).record(QStringLiteral("update"), QStringLiteral("media_item"), m.id,
                                     m.title);
    });
    if (!st.ok())
        return Error{st.error()};
    return previous;
}

Result<MediaItem> MediaRepository::remove(qint64 id)
{
    MediaItem removed;
    const Status st = m_db.transaction([&]() -> Status {
        auto before = item(id);
        if (!before)
            return Error{before.error()};
        removed = before.value();
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("DELETE FROM media_items WHERE id = ?"), {id}))
            return Error{q.errorText()};
        return AuditLog(m_db).record(QStringLiteral("delete"), QStringLiteral("media_item"), id,
                                     removed.title);
    });
    if (!st.ok())
        return Error{st.error()};
    return removed;
}

Status MediaRepository::restore(const MediaItem &item)
{
    return m_db.transaction([&]() -> Status {
        qint64 id = 0;
        if (Status i = insertItem(m_db.connection(), item, id); !i.ok())
            return i;
        return AuditLog(m_db).record(QStringLiteral("undo"), QStringLiteral("media_item"), id,
                                     item.title);
    });
}

Result<QList<MonthSentiment>> MediaRepository::countsByMonth(int year) const
{
    QList<MonthSentiment> out;
    for (int m = 1; m <= 12; ++m)
        out << MonthSentiment{year, m, 0, 0, 0};
    SqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral(
                "SELECT CAST(substr(date, 6, 2) AS INTEGER), sentiment, count(*) FROM media_items "
                "WHERE date BETWEEN ? AND ? GROUP BY 1, 2"),
            {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year)}))
        return Error{q.errorText()};
    while (q.next()) {
        const int month = q.value(0).toInt();
        if (month < 1 || month > 12)
            continue;
        MonthSentiment &m = out[month - 1];
        const int n = q.value(2).toInt();
        switch (sentimentFromKey(q.string(1)).value_or(Sentiment::Neutral)) {
        case Sentiment::Positive:
            m.positive += n;
            break;
        case Sentiment::Neutral:
            m.neutral += n;
            break;
        case Sentiment::Negative:
            m.negative += n;
            break;
        }
    }
    return out;
}

Result<MediaImportResult> MediaRepository::import(const MediaImportBatch &batch)
{
    MediaImportResult result;
    const Status st = m_db.transaction([&]() -> Status {
        const QString hash = QString::fromLatin1(batch.sha256.toHex());
        SqlQuery q(m_db.connection());
        if (!hash.isEmpty()) {
            if (!q.exec(QStringLiteral("SELECT imported_at FROM import_batches WHERE kind = "
                                       "'media' AND sha256 = ? "
                                       "AND undone_at IS NULL"),
                        {hash}))
                return Error{q.errorText()};
            if (q.next())
                return Error{QCoreApplication::translate(
                                 "ttcs::Media", "This file was already imported on %1; nothing was "
                                                "imported again.")
                                 .arg(q.string(0).left(10))};
        }
        QJsonObject summary;
        summary.insert(QStringLiteral("items"), int(batch.items.size()));
        summary.insert(QStringLiteral("rejected"), int(batch.rejected.size()));
        summary.insert(QStringLiteral("warnings"), int(batch.warnings.size()));
        if (!q.exec(QStringLiteral("INSERT INTO import_batches(kind, file_name, sha256, summary) "
                                   "VALUES ('media', ?, ?, ?)"),
                    {batch.fileName, hash,
                     QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact))}))
            return Error{q.errorText()};
        result.batchId = q.lastInsertId();
        for (qsizetype i = 0; i < batch.items.size(); ++i) {
            MediaItem m = cleaned(batch.items.at(i));
            m.id = 0;
            m.batchId = result.batchId;
            if (const QString problem = itemProblem(m); !problem.isEmpty())
                return Error{QCoreApplication::translate("ttcs::Media", "Row %1: %2")
                                 .arg(batch.itemRows.value(i))
                                 .arg(problem)};
            qint64 id = 0;
            if (Status s = insertItem(m_db.connection(), m, id); !s.ok())
                return s;
            ++result.imported;
        }
        for (const RejectedRow &r : batch.rejected) {
            QJsonArray cells;
            for (const QString &c : r.cells)
                cells.append(c);
            if (!q.exec(
                    QStringLiteral("INSERT INTO rejected_rows(batch_id, row_number, reason, cells) "
                                   "VALUES (?, ?, ?, ?)"),
                    {result.batchId, r.row, r.reason,
                     QString::fromUtf8(QJsonDocument(cells).toJson(QJsonDocument::Compact))}))
                return Error{q.errorText()};
            ++result.rejected;
        }
        return AuditLog(m_db).record(QStringLiteral("import"), QStringLiteral("media_items"),
                                     result.batchId,
                                     QStringLiteral("%1: %2 items, %3 rejected")
                                         .arg(batch.fileName)
                                         .arg(result.imported)
                                         .arg(result.rejected));
    });
    if (!st.ok())
        return Error{st.error()};
    return result;
}

Result<int> MediaRepository::undoImport(qint64 batchId)
{
    int removed = 0;
    const Status st = m_db.transaction([&]() -> Status {
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("DELETE FROM media_items WHERE batch_id = ?"), {batchId}))
            return Error{q.errorText()};
        removed = q.numRowsAffected();
        if (!q.exec(
                QStringLiteral(
                    "UPDATE import_batches SET undone_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') "
                    "WHERE id = ? AND kind = 'media'"),
                {batchId}))
            return Error{q.errorText()};
        return AuditLog(m_db).record(QStringLiteral("undo"), QStringLiteral("media_items"), batchId,
                                     QStringLiteral("%1 items").arg(removed));
    });
    if (!st.ok())
        return Error{st.error()};
    return removed;
}

} // namespace ttcs::db
