// The log of press and social-media monitoring: items by date, search that
// ignores diacritics and case, counts by sentiment per month, and imports
// from spreadsheets as one batch that can be taken back. Every edit runs in
// a transaction with an audit entry; remove() returns the item and
// restore() puts it back with the same id; update() returns the previous
// value.
#pragma once

#include "db/MediaImporter.h"
#include "domain/MediaItem.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace ttcs::db {

class Database;

struct MediaQuery
{
    QString
        text; // in the title, outlet, platform, topic, link or action; diacritics and case ignored
    QDate from; // null: no bound
    QDate to;
    std::optional<Sentiment> sentiment;
    qint64 unitId = 0;
    bool falseInformationOnly = false;

    static MediaQuery matching(const QString &text)
    {
        MediaQuery q;
        q.text = text;
        return q;
    }
};

struct MediaImportResult
{
    qint64 batchId = 0;
    int imported = 0;
    int rejected = 0;
};

class MediaRepository final
{
public:
    explicit MediaRepository(Database &db);

    // Newest first.
    Result<QList<MediaItem>> search(const MediaQuery &query = {}) const;
    Result<MediaItem> item(qint64 id) const;
    Result<qint64> add(const MediaItem &item);
    Result<MediaItem> update(const MediaItem &item);
    Result<MediaItem> remove(qint64 id);
    Status restore(const MediaItem &item);

    // Twelve entries, January to December, by sentiment.
    Result<QList<MonthSentiment>> countsByMonth(int year) const;

    // Stores the batch's items (and its rejected rows) as one import batch.
    // Refused when a file with the same content was imported before and
    // not taken back.
    Result<MediaImportResult> import(const MediaImportBatch &batch);
    // Removes the items of an import batch; returns how many.
    Result<int> undoImport(qint64 batchId);

private:
    Database &m_db;
};

} // namespace ttcs::db
