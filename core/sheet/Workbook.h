// A spreadsheet file read into memory: its sheets in order, and what the
// reader learnt about the file itself.
#pragma once

#include "sheet/Sheet.h"

#include <QString>

#include <vector>

namespace ttcs::sheet {

enum class WorkbookFormat
{
    Xlsx,
    Xls,
    Ods,
    Csv
};

struct Workbook
{
    QString path;
    WorkbookFormat format = WorkbookFormat::Xlsx;
    std::vector<Sheet> sheets;
    // CSV only: the text encoding found ("UTF-8", "UTF-16LE", "UTF-16BE",
    // "Windows-1258") and the separator.
    QString encoding;
    QChar separator;

    // The sheet of that name, or null.
    const Sheet *sheet(const QString &name) const;
    // The first sheet that is not hidden and has cells, or the first one.
    const Sheet *firstSheet() const;
};

} // namespace ttcs::sheet
