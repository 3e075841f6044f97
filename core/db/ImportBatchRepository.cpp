#include "db/ImportBatchRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ttcs::db {

namespace {

QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QDateTime utc(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Stored with a Z, so read as UTC.
    return QDateTime::fromString(text, Qt::ISODate);
}

const char *const kColumns = "id, kind, file_name, sha256, sheet, imported_at, list_date, %1, "
                             "undone_at FROM import_batches";

ImportBatch readBatch(const SqlQuery &q)
{
    ImportBatch b;
    b.id = q.id(0);
    b.kind = q.string(1);
    b.fileName = q.string(2);
    b.sha256 = q.string(3);
    b.sheet = q.string(4);
    b.importedAt = utc(q.string(5));
    b.listDate = QDate::fromString(q.string(6), Qt::ISODate);
    b.summary = fromJsonText(q.string(7));
    b.undoneAt = utc(q.string(8));
    return b;
}

QString select(const char *summaryExpression)
{
    return QStringLiteral("SELECT ") +
           QString::fromLatin1(kColumns).arg(QLatin1String(summaryExpression));
}

} // namespace

ImportBatchRepository::ImportBatchRepository(Database &db)
    : m_db(db)
{}

Result<qint64> ImportBatchRepository::create(const ImportBatch &batch)
{
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("INSERT INTO import_batches(kind, file_name, sha256, sheet, "
                               "list_date, summary) VALUES (?, ?, ?, ?, ?, ?)"),
                {batch.kind, batch.fileName, batch.sha256, batch.sheet,
                 nullableText(batch.listDate.toString(Qt::ISODate)), toJsonText(batch.summary)}))
        return Error{q.errorText()};
    return q.lastInsertId();
}

Status ImportBatchRepository::setSummary(qint64 id, const QJsonObject &summary)
{
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("UPDATE import_batches SET summary = ? WHERE id = ?"),
                {toJsonText(summary), id}))
        return Error{q.errorText()};
    return {};
}

Status ImportBatchRepository::markUndone(qint64 id, const QDateTime &at)
{
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"),
                {at.toUTC().toString(Qt::ISODate), id}))
        return Error{q.errorText()};
    return {};
}

Status ImportBatchRepository::addRejected(qint64 batchId, const QList<RejectedRowRecord> &rows)
{
    if (rows.isEmpty())
        return {};
    SqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO rejected_rows(batch_id, sheet, row_number, reason, "
                                  "cells) VALUES (?, ?, ?, ?, ?)")))
        return Error{q.errorText()};
    QSqlQuery &raw = q.raw();
    for (const RejectedRowRecord &r : rows) {
        raw.bindValue(0, batchId);
        raw.bindValue(1, r.sheet.isNull() ? QString(QLatin1String("")) : r.sheet);
        raw.bindValue(2, r.row);
        raw.bindValue(3, r.reason);
        raw.bindValue(
            4,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(r.cells)).toJson(QJsonDocument::Compact)));
        if (!raw.exec())
            return Error{q.errorText()};
    }
    return {};
}

Result<QList<ImportBatch>> ImportBatchRepository::all(const QString &kind) const
{
    SqlQuery q(m_db.connection());
    const QString sql = select("json_remove(summary, '$.undo')");
    const bool ok = kind.isEmpty()
                        ? q.exec(sql + QStringLiteral(" ORDER BY id DESC"))
                        : q.exec(sql + QStringLiteral(" WHERE kind = ? ORDER BY id DESC"), {kind});
    if (!ok)
        return Error{q.errorText()};
    QList<ImportBatch> out;
    while (q.next())
        out << readBatch(q);
    return out;
}

Result<ImportBatch> ImportBatchRepository::byId(qint64 id) const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(select("summary") + QStringLiteral(" WHERE id = ?"), {id}))
        return Error{q.errorText()};
    if (!q.next())
        return Error{
            QCoreApplication::translate("ttcs::Import", "There is no import batch %1.").arg(id)};
    return readBatch(q);
}

Result<QList<ImportBatch>> ImportBatchRepository::withSha256(const QString &kind,
                                                             const QString &sha256) const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(select("json_remove(summary, '$.undo')") +
                    QStringLiteral(" WHERE kind = ? AND sha256 = ? ORDER BY id DESC"),
                {kind, sha256}))
        return Error{q.errorText()};
    QList<ImportBatch> out;
    while (q.next())
        out << readBatch(q);
    return out;
}

Result<QList<RejectedRowRecord>> ImportBatchRepository::rejected(qint64 batchId) const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT sheet, row_number, reason, cells FROM rejected_rows "
                               "WHERE batch_id = ? ORDER BY id"),
                {batchId}))
        return Error{q.errorText()};
    QList<RejectedRowRecord> out;
    while (q.next()) {
        RejectedRowRecord r;
        r.sheet = q.string(0);
        r.row = q.value(1).toInt();
        r.reason = q.string(2);
        for (const QJsonValue &v : QJsonDocument::fromJson(q.string(3).toUtf8()).array())
            r.cells << v.toString();
        out << r;
    }
    return out;
}

} // namespace ttcs::db
