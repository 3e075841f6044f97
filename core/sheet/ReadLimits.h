// How much a reader accepts before it refuses a file as too large. They
// protect the program from damaged files and from archives built to blow
// up when unpacked; a real list of spokespersons is far below all of them.
#pragma once

#include <QtGlobal>

namespace ttcs::sheet {

struct ReadLimits
{
    // Bytes one zip entry may unpack to (checked while unpacking, not
    // trusted from the header); also the largest CSV file read.
    qint64 maxEntryBytes = 200LL * 1024 * 1024;
    // Cells held in memory, the empty ones between filled ones included.
    qint64 maxCells = 5'000'000;
    // Characters in one cell; a longer one is an error.
    qsizetype maxCellChars = 1024 * 1024;
    int maxRows = 1'048'576;
    int maxColumns = 16'384;
};

} // namespace ttcs::sheet
