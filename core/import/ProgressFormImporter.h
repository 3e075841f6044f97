// Reads progress forms filled in by units (see ProgressForm.h) and writes
// what they report, in two steps so that the user sees what would change:
//
//   read()    reads each file with sheet::readWorkbook, finds the rows by
//             their keys (whatever their order or the program that saved
//             the file), checks them and sorts them into new rows, rows
//             that change something already entered (conflicts, old and
//             new side by side), unchanged and blank rows, and refused
//             rows with their reason. It writes nothing.
//   commit()  writes the new rows and the conflicts the caller chose to
//             take, for every file in one transaction, each file as an
//             import batch with audit entries; undo() takes a batch back.
//
// A conflict is never applied unless its `takeNew` was set.
#pragma once

#include "db/ImportBatchRepository.h"
#include "db/ProgressRepository.h"
#include "domain/Clock.h"
#include "domain/Progress.h"
#include "domain/Result.h"
#include "sheet/ReadLimits.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ttcs::db {
class Database;
}

namespace ttcs::import {

struct ProgressFormOptions
{
    // Refuse forms of another year (0: any year).
    int year = 0;
    // Refuse forms of another unit (0: any unit).
    qint64 unitId = 0;
    sheet::ReadLimits limits;
};

struct ProgressFormRow
{
    int row = 0; // 1-based, as the spreadsheet program shows it
    db::ProgressKey key;
    QString taskNumber;
    QString taskTitle;
    QString unitName;
    std::optional<Progress> before; // what is stored; none for a new row
    Progress after;                 // what the form says
    bool takeNew = false;           // conflicts only: the caller's choice
};

struct ProgressFormFile
{
    QString path;
    QString fileName;
    QString sha256;
    QString sheetName;
    int year = 0;
    qint64 unitId = 0;
    QString unitName;

    QList<ProgressFormRow> added;     // nothing stored yet
    QList<ProgressFormRow> conflicts; // would change what is stored
    int unchanged = 0;
    int blank = 0; // task rows the unit left empty
    QList<db::RejectedRowRecord> rejected;
    QStringList warnings; // "Row 7: …", rows imported all the same or skipped

    int warningCount() const { return int(warnings.size()); }
    // One line per refused row and warning, for the summary.
    QStringList rowMessages() const;
};

struct ProgressImportOutcome
{
    int imported = 0; // new rows written
    int updated = 0;  // conflicts taken
    int kept = 0;     // conflicts left as they were
    int unchanged = 0;
    int rejected = 0;
    int warnings = 0;
    QList<qint64> batchIds; // one per file that changed something
    QList<db::ProgressChange> changes;
};

class ProgressFormImporter final
{
public:
    explicit ProgressFormImporter(db::Database &db, Clock clock = Clock::system());

    static QString batchKind(); // "progress"

    // Reads one file. An unreadable file, or one that is not a progress
    // form, or a form of another year or unit than `options` asks: an
    // error, nothing read.
    Result<ProgressFormFile> read(const QString &path, const ProgressFormOptions &options = {});
    // Reads several files; a row whose task and unit also appear in an
    // earlier file is refused. Any file in error: the error, naming it.
    Result<QList<ProgressFormFile>> readAll(const QStringList &paths,
                                            const ProgressFormOptions &options = {});

    // Writes the files' new rows and the conflicts with takeNew, in one
    // transaction: either everything is written or nothing.
    Result<ProgressImportOutcome> commit(const QList<ProgressFormFile> &files);

    // Takes an import batch of progress back: each row as it was before.
    // Refused when a row was changed since by anything else.
    Status undo(qint64 batchId);

private:
    db::Database &m_db;
    Clock m_clock;
};

} // namespace ttcs::import
