// Imports the trainees of a training class from a spreadsheet the way the
// spokesperson lists come in: any format sheet::readWorkbook reads, the
// header found among the first rows by its words (Vietnamese with or
// without diacritics, or English), merged cells filled, TCVN3 and VNI
// converted. A row without a name is refused with the reason; a unit that
// matches no unit, or a category or "completed" mark that cannot be read,
// is a warning and the row is kept (the unit as written, the category as
// "other"). The same two steps as the spokesperson import:
//
//   preview()  reads and checks; the database is only read.
//   commit()   adds the trainees to the class in one transaction, as one
//              import batch with its refused rows; people already in the
//              class (same name, same unit) are left out, not doubled.
#pragma once

#include "domain/Result.h"
#include "domain/Training.h"
#include "import/RowChecker.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ttcs::sheet {
struct Workbook;
}

namespace ttcs::db {
class Database;
}

namespace ttcs::import {

// The columns of a trainee list; -1 when the sheet has none.
struct TraineeColumns
{
    int headerRow = -1; // 0-based
    int name = -1;
    int unit = -1;
    int category = -1;
    int completed = -1;
    bool isUsable() const { return headerRow >= 0 && name >= 0; }
};

struct TraineeRow
{
    int row = 0; // 1-based, as the spreadsheet program shows it
    QString name;
    QString unitText; // as written
    qint64 unitId = 0;
    QString unitName; // the matched unit
    TraineeCategory category = TraineeCategory::Other;
    bool completed = false;
    bool alreadyInClass = false; // commit() leaves it out
    QStringList warnings;        // translated
};

struct TraineePreview
{
    QString fileName;
    QString sha256; // hex
    QString sheetName;
    TraineeColumns columns;
    std::vector<TraineeRow> rows;
    std::vector<RejectedRow> rejected;
    int warningCount = 0;
    int alreadyInClass = 0;
    int toInsert() const { return int(rows.size()) - alreadyInClass; }
    // Every warning and refusal as "Row N: …", in row order.
    QStringList rowMessages() const;
};

struct TraineeImportOutcome
{
    qint64 batchId = 0;
    int inserted = 0;
    int skipped = 0; // already in the class
    int rejected = 0;
    int warnings = 0;
};

class TraineeImporter final
{
public:
    explicit TraineeImporter(db::Database &db);

    // Reads `path` for the class `classId` and checks it.
    Result<TraineePreview> preview(const QString &path, qint64 classId) const;
    // The same from a workbook already read; `sha256` identifies the file.
    Result<TraineePreview> preview(sheet::Workbook workbook, const QString &sha256,
                                   qint64 classId) const;
    // Adds the preview's new trainees to `classId`, all or nothing.
    Result<TraineeImportOutcome> commit(const TraineePreview &preview, qint64 classId);

    // The category a cell names ("Phóng viên", "PV", "btv", "reporter"…).
    static std::optional<TraineeCategory> categoryOf(const QString &text);
    // Whether a "completed" cell says yes; null when it cannot be read.
    static std::optional<bool> completedOf(const QString &text);
    // The columns named by the header found in the first rows.
    static TraineeColumns detectColumns(const QList<QStringList> &rows);

    static QString batchKind() { return QStringLiteral("trainees"); }

private:
    db::Database &m_db;
};

} // namespace ttcs::import
