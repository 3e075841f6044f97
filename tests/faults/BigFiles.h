// Spreadsheet files built to exhaust a reader: parts of hundreds of
// megabytes, generated and deflated as a stream (the test never holds the
// unpacked part), in a .xlsx or .ods shell a reader accepts.
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace ttcs::faults {

// Appends the next piece of a part to `chunk`; false when there is no more.
using Producer = std::function<bool(QByteArray &chunk)>;

struct Repeat
{
    QByteArray bytes;
    qint64 times = 1;
};
// The pieces in order, each repeated its number of times.
Producer repeated(std::vector<Repeat> pieces);

struct BigEntry
{
    QByteArray name;
    QByteArray deflated; // raw deflate
    quint32 crc = 0;
    qint64 size = 0; // unpacked
    // When >= 0, the unpacked size the headers claim instead of the real one.
    qint64 claimedSize = -1;
};
BigEntry deflateEntry(const QByteArray &name, const Producer &produce);
BigEntry deflateEntry(const QByteArray &name, const QByteArray &data);

QByteArray zipOf(const std::vector<BigEntry> &entries);

// A one-sheet .xlsx whose worksheet part (and shared strings, when given)
// come from the producers: the worksheet producer gives the whole part.
QByteArray bigXlsx(const Producer &worksheet, const Producer &sharedStrings = {});
// A .ods whose content.xml comes from the producer.
QByteArray bigOds(const Producer &content);

// The usual start and end of the parts, for producers.
QByteArray worksheetStart();   // ... <sheetData>
QByteArray worksheetEnd();     // </sheetData></worksheet>
QByteArray odsContentStart();  // ... <office:spreadsheet>
QByteArray odsContentEnd();    // </office:spreadsheet>...

// Peak resident memory of this process in MiB since the last reset (Linux;
// elsewhere 0).
void resetPeakMemory();
double peakMemoryMiB();
double currentMemoryMiB();

} // namespace ttcs::faults
