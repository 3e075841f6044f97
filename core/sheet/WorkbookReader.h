// Opens any spreadsheet file a unit may send, whatever its name says: the
// content decides the reader. A zip holding an OpenDocument spreadsheet is
// read as .ods, one holding an Excel workbook as .xlsx; an OLE2 compound
// file as .xls, unless it is an encrypted (password-protected) workbook; a
// web page saved under an .xls name is refused with its own message; any
// other text is read as CSV.
#pragma once

#include "domain/Result.h"
#include "sheet/ReadLimits.h"
#include "sheet/Workbook.h"

namespace ttcs::sheet {

enum class FileKind
{
    Xlsx,
    Xls,
    Ods,
    Csv,
    Empty,
    Missing,
    CorruptZip,
    PasswordProtected,
    Html,
    Xlsb,
    NotSpreadsheet
};

// What the file's content says it is.
FileKind detectFileKind(const QString &path);

Result<Workbook> readWorkbook(const QString &path, const ReadLimits &limits = {});

} // namespace ttcs::sheet
