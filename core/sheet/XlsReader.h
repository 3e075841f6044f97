// Reads a legacy Excel workbook (.xls): BIFF8 (Excel 97-2003) and BIFF5
// (Excel 5.0/95) inside an OLE2 compound file. Every sheet's cells with
// their text in Unicode (BIFF5 text through the workbook's code page,
// Windows-1258 included), numbers and dates in their formats, booleans,
// errors, formula results, merged ranges and cell fonts.
//
// This is our own reader rather than FreeXL: FreeXL 1.0.6 crashes inside
// freexl_open() on a few percent of damaged files, and a unit's damaged
// file must give a message, not take the program down. Every length and
// index here is checked against the data, and the tests mutate real files.
#pragma once

#include "domain/Result.h"
#include "sheet/ReadLimits.h"
#include "sheet/Workbook.h"

namespace ttcs::sheet {

Result<Workbook> readXls(const QString &path, const ReadLimits &limits = {});

} // namespace ttcs::sheet
