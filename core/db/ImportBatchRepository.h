// Import batches: one per file imported (its name, SHA-256, sheet, the date
// of the list, a summary with what it takes to undo it) and the rows of it
// that were refused, with the reason and the row's cells.
#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ttcs::db {

class Database;

struct ImportBatch
{
    qint64 id = 0;
    QString kind; // "spokespersons", …
    QString fileName;
    QString sha256; // hex
    QString sheet;
    QDateTime importedAt; // UTC
    QDate listDate;       // the date the list holds from; null: none given
    // Counts and whatever the importer keeps to undo the batch. all() leaves
    // out its "undo" member, which can be large.
    QJsonObject summary;
    QDateTime undoneAt; // null: not undone

    bool isUndone() const { return undoneAt.isValid(); }
};

struct RejectedRowRecord
{
    QString sheet;
    int row = 0; // 1-based, as the spreadsheet program shows it
    QString reason;
    QStringList cells;
};

class ImportBatchRepository final
{
public:
    explicit ImportBatchRepository(Database &db);

    // Adds a batch (inside the caller's transaction); returns its id.
    Result<qint64> create(const ImportBatch &batch);
    Status setSummary(qint64 id, const QJsonObject &summary);
    Status markUndone(qint64 id, const QDateTime &at);
    // Stores the refused rows of a batch, cells as a JSON array of strings.
    Status addRejected(qint64 batchId, const QList<RejectedRowRecord> &rows);

    // The batches of `kind` (all kinds when empty), newest first, without
    // the undo data of their summary.
    Result<QList<ImportBatch>> all(const QString &kind = {}) const;
    // One batch with its whole summary.
    Result<ImportBatch> byId(qint64 id) const;
    // Batches of `kind` made from a file with this SHA-256, newest first.
    Result<QList<ImportBatch>> withSha256(const QString &kind, const QString &sha256) const;
    Result<QList<RejectedRowRecord>> rejected(qint64 batchId) const;

private:
    Database &m_db;
};

} // namespace ttcs::db
