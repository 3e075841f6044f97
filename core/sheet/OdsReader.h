// Reads an OpenDocument spreadsheet (.ods): every table's cells as
// LibreOffice shows them, repeated rows and columns (a sheet's million
// repeated empty rows cost nothing), merged ranges and cell fonts from the
// automatic styles.
#pragma once

#include "domain/Result.h"
#include "sheet/ReadLimits.h"
#include "sheet/Workbook.h"

namespace ttcs::sheet {

Result<Workbook> readOds(const QString &path, const ReadLimits &limits = {});

} // namespace ttcs::sheet
