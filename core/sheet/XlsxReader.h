// Reads an Office Open XML workbook (.xlsx, .xlsm): every sheet's cells,
// shared and inline strings, numbers as the user sees them, dates in the
// 1900 and 1904 systems, booleans, error values, merged ranges and the
// font of each cell's style.
#pragma once

#include "domain/Result.h"
#include "sheet/ReadLimits.h"
#include "sheet/Workbook.h"

namespace ttcs::sheet {

Result<Workbook> readXlsx(const QString &path, const ReadLimits &limits = {});

} // namespace ttcs::sheet
