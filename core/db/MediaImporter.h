// Media-monitoring items from a table of text cells, as a unit or the
// office keeps them in a spreadsheet: a header row (found among the first
// rows by its words, Vietnamese or English, with or without diacritics),
// then one item per row. Rows that cannot be read are rejected with the
// reason; nothing here touches the database or a file format, except the
// small CSV reader below.
#pragma once

#include "domain/MediaItem.h"
#include "domain/Unit.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace ttcs::db {

struct RejectedRow
{
    int row = 0; // 1-based, as the spreadsheet program shows it
    QString reason;
    QStringList cells;
};

struct ImportWarning
{
    int row = 0;
    QString message;
};

struct MediaImportBatch
{
    QString fileName;
    QByteArray sha256;
    QList<MediaItem> items;
    QList<int> itemRows; // the row of each item
    QList<RejectedRow> rejected;
    QList<ImportWarning> warnings;
};

class MediaImporter final
{
public:
    // `units` to match the "related unit" column by name or short name.
    explicit MediaImporter(const QList<Unit> &units);

    // `rows[0]` is row 1 of the sheet. Without a recognisable header the
    // batch has no items and one rejection that says so.
    MediaImportBatch read(const QList<QStringList> &rows) const;

    // A delimited text file (RFC 4180 quoting; UTF-8 with or without BOM;
    // comma, semicolon or tab, whichever the first line uses most).
    // Stop-gap until core/sheet's readers are available to the importers.
    static QList<QStringList> parseCsv(const QByteArray &bytes);

private:
    QList<Unit> m_units;
};

} // namespace ttcs::db
