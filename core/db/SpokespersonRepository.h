// Spokespersons of the units, with the dates they serve.
#pragma once

#include "domain/Result.h"
#include "domain/Spokesperson.h"

#include <QDate>
#include <QList>

#include <vector>

namespace ttcs::db {

class Database;

// A spokesperson's row as an import reads and writes it: the person and
// what the row remembers of where it came from.
struct SpokespersonRecord
{
    Spokesperson person; // person.unitId 0: the file's unit matched no unit
    QString unitText;    // the unit as the file wrote it
    QString notes;
    QString sourceSheet;
    int sourceRow = 0; // 1-based; 0: not from a file
};

class SpokespersonRepository final
{
public:
    explicit SpokespersonRepository(Database &db);

    // The people serving on `date` (all of them when `date` is null).
    Result<QList<Spokesperson>> servingOn(const QDate &date) const;

    // For import and undo: the writes happen inside the caller's
    // transaction, with one statement for many rows.

    // The rows not ended before `date` (serving_to null or on/after it),
    // with every stored field.
    Result<std::vector<SpokespersonRecord>> notEndedBefore(const QDate &date) const;
    // One row with every stored field (for editing it by hand).
    Result<SpokespersonRecord> record(qint64 id) const;
    // Adds the rows (their person.id is ignored); returns the new ids in order.
    Result<std::vector<qint64>> insertRecords(const std::vector<SpokespersonRecord> &records);
    // Overwrites every stored field of each row whose id is person.id.
    Status updateRecords(const std::vector<SpokespersonRecord> &records);
    // The given rows stop serving after `lastDay`.
    Status endServing(const std::vector<qint64> &ids, const QDate &lastDay);
    Status removeRecords(const std::vector<qint64> &ids);
    // Puts a removed row back under its own id (person.id), so an import
    // that wrote it can still be undone after the removal is.
    Status restoreRecord(const SpokespersonRecord &record);

private:
    Result<std::vector<qint64>> insertNative(const std::vector<SpokespersonRecord> &records);

    Database &m_db;
};

} // namespace ttcs::db
