// Reads a delimited text file (.csv, .txt) into one sheet. The encoding is
// found from the bytes: UTF-8 with or without BOM, UTF-16 with BOM (Excel's
// "Unicode text", tab-separated), and Windows-1258 for old files that are
// not valid UTF-8. The separator (comma, semicolon or tab) is the one used
// most consistently in the first lines; "sep=;" on the first line decides
// it outright. Quoted fields follow RFC 4180: separators and line breaks
// inside quotes, "" for a quote. Every cell is text, exactly as written.
#pragma once

#include "domain/Result.h"
#include "sheet/ReadLimits.h"
#include "sheet/Workbook.h"

#include <QByteArray>

namespace ttcs::sheet {

Result<Workbook> readCsv(const QString &path, const ReadLimits &limits = {});

// The same from bytes already read; `path` names the file in messages.
Result<Workbook> readCsvData(const QByteArray &bytes, const QString &path,
                             const ReadLimits &limits = {});

} // namespace ttcs::sheet
