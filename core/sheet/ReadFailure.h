// Internal to the readers: what went wrong while reading, turned into one
// translated message for the user by message().
#pragma once

#include "domain/Result.h"
#include "sheet/ReadLimits.h"

#include <QString>

namespace ttcs::sheet {

enum class Problem
{
    CannotOpen,
    Empty,
    NotSpreadsheet,
    PasswordProtected,
    HtmlSavedAsXls,
    BinaryXlsb,
    CorruptZip,
    CorruptPart,
    MissingPart,
    NotWellFormed,
    Doctype,
    EntryTooLarge,
    FileTooLarge,
    TooManyCells,
    TooManyRows,
    TooManyColumns,
    CellTooLong,
    CorruptXls,
    NoSheets,
};

struct ReadFailure
{
    Problem problem = Problem::NotSpreadsheet;
    QString part;  // the zip entry or the sheet concerned
    QString where; // a cell reference, when known
};

// The message for the user, naming the file (by its name, not its path).
QString message(const QString &path, const ReadFailure &failure, const ReadLimits &limits);

inline Error error(const QString &path, const ReadFailure &failure, const ReadLimits &limits)
{
    return Error{message(path, failure, limits)};
}

} // namespace ttcs::sheet
