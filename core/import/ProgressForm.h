// The progress form a unit fills in for a year: one XLSX workbook per unit
// and year, in Vietnamese as it goes out to the units, with the unit's tasks
// of the year and its role in each, a drop-down of the four statuses, the
// result text, the figures and the completion date, already holding what
// the office has on record so that the unit only corrects and completes it.
//
// Each task row carries a key in a hidden last column: the year, the task
// id and the unit id with a check value, "TTCS:2026:12:5:7F3A". The
// importer (ProgressFormImporter) matches rows by it, so the unit may
// re-sort the rows, add columns or re-save the file in another spreadsheet
// program; a key typed or altered by hand fails its check.
#pragma once

#include "domain/Progress.h"
#include "domain/ProgressTracking.h"
#include "domain/Result.h"
#include "sheet/TableWriter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ttcs::db {
class Database;
}

namespace ttcs::import {

struct ProgressFormKey
{
    int year = 0;
    qint64 taskId = 0;
    qint64 unitId = 0;

    bool operator==(const ProgressFormKey &o) const
    {
        return year == o.year && taskId == o.taskId && unitId == o.unitId;
    }
};

QString progressFormKeyText(const ProgressFormKey &key);

enum class KeyCheck
{
    NotAKey, // not shaped like a key at all
    Altered, // shaped like one, but its check value does not match
    Valid
};
// What `text` is; `key` is filled when it is Valid.
KeyCheck parseProgressFormKey(const QString &text, ProgressFormKey *key);

// The columns of the form, in order. The header texts are what the
// importer looks for, so they are fixed Vietnamese, not translated.
namespace formcolumn {
enum : int
{
    Number = 0,     // STT
    Task = 1,       // "1.2. Title"
    Role = 2,       // Chủ trì / Phối hợp / Thực hiện
    Deadline = 3,
    Status = 4,
    Result = 5,
    FirstFigure = 6 // then one per progressFigureKeys(), then CompletedOn, then Key
};
int completedOn();
int key();
int count();
} // namespace formcolumn

// The header text of each column, in order.
const QStringList &progressFormHeader();
// The status texts of the drop-down, in the order of allProgressStatuses().
QString progressFormStatusText(ProgressStatus status);
const QStringList &progressFormStatusTexts();
// A status as a unit may have typed it: the Vietnamese text (with or
// without diacritics, any case), the English label or the key.
std::optional<ProgressStatus> progressStatusFromFormText(const QString &text);

// The form of `unitId` for `year`, built from the lines of the year.
// Refused when the unit has no task that year.
Result<sheet::Table> buildProgressForm(const QList<ProgressLine> &yearLines, int year,
                                       qint64 unitId);

// Writes the form of one unit to `path` (.xlsx), atomically.
Status exportProgressForm(db::Database &db, int year, qint64 unitId, const QString &path);

// A file name for a unit's form: "Phieu-tien-do-2026-So-Tu-phap.xlsx"
// (no diacritics, so that mail programs and old systems keep it intact).
QString progressFormFileName(int year, const QString &unitName);

// The units that have at least one task in `year`, in Vietnamese order.
struct FormUnit
{
    qint64 id = 0;
    QString name;
    int tasks = 0;
};
QList<FormUnit> progressFormUnits(const QList<ProgressLine> &yearLines);

} // namespace ttcs::import
