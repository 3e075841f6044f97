// Imports a unit's list of spokespersons from a spreadsheet, in two steps
// so that the wizard (and `ttcs-cli import --dry-run`) can show what would
// happen first:
//
//   preview()  reads the file, finds the sheet, the header and the columns,
//              checks every row and matches units; it writes nothing.
//   commit()   writes a preview in one transaction: new people added, the
//              people already listed for the same unit updated (not
//              duplicated), optionally the people missing from a unit's new
//              list ended the day before the list's date, the refused rows
//              kept, and an import batch that undo() can take back.
//
// Nothing here knows the file formats: sheet::readWorkbook does.
#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "import/ColumnMapping.h"
#include "import/RowChecker.h"
#include "import/UnitMatcher.h"
#include "sheet/ReadLimits.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ttcs::sheet {
struct Workbook;
}

namespace ttcs::db {
class Database;
struct ImportBatch;
} // namespace ttcs::db

namespace ttcs::import {

struct ImportOptions
{
    // The sheet to read; empty: the sheet that looks most like a list.
    QString sheetName;
    // The columns as the user set them (or as remembered for files of this
    // shape, see ColumnMapping::memoryKey); empty: found from the header.
    std::optional<ColumnMapping> mapping;
    // The unit of every row (a file from one unit without a unit column),
    // by name or short name, or by id; it must match a unit.
    QString unitForAll;
    qint64 unitIdForAll = 0;
    // The unit chosen by the user for a unit text of the file that matched
    // no unit (or several): text as in CheckedRow::unitText -> unit id.
    QHash<QString, qint64> unitChoices;
    // What the user typed over some rows (the wizard's check page): those
    // rows are checked with it instead of the sheet's cells.
    RowEdits rowEdits;
    // The date the list holds from: new people serve from it; with
    // closeMissing, people missing from their unit's new list serve until
    // the day before. Null: today.
    QDate listDate;
    bool closeMissing = false;
    sheet::ReadLimits limits;
};

// A unit text of the file that matched no unit, with its suggestions.
struct UnknownUnit
{
    QString text;
    int rows = 0;
    UnitMatch match; // Kind None or Ambiguous, with suggestions
};

struct ImportPreview
{
    QString path;
    QString fileName;
    QString sha256; // hex
    QStringList sheetNames;
    QString sheetName;
    ColumnMapping mapping;
    bool mappingDetected = true; // false: given in the options
    QStringList titleLines;
    QStringList headerCells; // the header as written, one text per column
    // The first rows of the sheet as read (merged cells filled), for the
    // wizard to show under its column choices.
    QList<QStringList> sampleRows;
    bool unitsFromSections = false; // no unit column: sections give the units

    std::vector<CheckedRow> rows; // the people, unit matched, with warnings
    std::vector<RejectedRow> rejected;
    std::vector<SectionRow> sections;
    QList<UnknownUnit> unknownUnits;
    int ignoredRows = 0;
    int tcvn3Cells = 0;
    int vniCells = 0;

    // What commit() would do now.
    int toInsert = 0;
    int toUpdate = 0;
    int toClose = 0; // with closeMissing
    int warningCount = 0;

    QDate listDate;
    bool closeMissing = false;
    // Earlier batches from a file with the same content.
    QList<qint64> earlierBatches;
    // Summary lines for the user (translated).
    QStringList messages;

    // Every row's warning and refusal as "Row N: …", in row order.
    QStringList rowMessages() const;
};

struct ImportOutcome
{
    qint64 batchId = 0;
    int inserted = 0;
    int updated = 0;
    int closed = 0;
    int rejected = 0;
    int warnings = 0;
};

class SpokespersonImporter final
{
public:
    explicit SpokespersonImporter(db::Database &db, Clock clock = Clock::system());

    // Reads `path` and checks it; the database is only read.
    Result<ImportPreview> preview(const QString &path, const ImportOptions &options = {}) const;
    // The same from a workbook already read (its merged cells get filled);
    // `sha256` identifies the file.
    Result<ImportPreview> preview(sheet::Workbook workbook, const QString &sha256,
                                  const ImportOptions &options = {}) const;

    // Writes the preview in one transaction (all or nothing). The database
    // is matched again inside it, so a preview made earlier stays safe.
    Result<ImportOutcome> commit(const ImportPreview &preview);

    // Takes a batch back: rows it added are removed, rows it updated or
    // ended get their earlier values. Refused when a later batch changed
    // some of the same people (undo that one first) or it was undone.
    Status undo(qint64 batchId);

    // The rows the unit should correct (CSV or XLSX by the file name): the
    // file's own columns, then the row number and the reason.
    static Status writeRejects(const ImportPreview &preview, const QString &path);
    // The same for a batch imported earlier, from what the database kept.
    Status writeRejects(qint64 batchId, const QString &path) const;

    static QString batchKind() { return QStringLiteral("spokespersons"); }

private:
    Status unitsStillThere(const std::vector<CheckedRow> &rows) const;

    db::Database &m_db;
    Clock m_clock;
};

} // namespace ttcs::import
