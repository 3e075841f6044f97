// ttcs-sheet-bench: how long reading a long list takes. Has
// ttcs-sheet-bench-writer write a 100,000-row, 7-column workbook of
// Vietnamese names, positions, units, phones and e-mails (shared strings,
// as Excel writes; and inline strings, as some generators write), reads
// each several times and prints the times and the peak memory.
//
//   ttcs-sheet-bench [rows] [rounds]
#include "sheet/XlsxReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#ifdef Q_OS_WIN
#include <psapi.h>
#include <windows.h>
#else
#include <sys/resource.h>
#endif

namespace {

long peakRssKb()
{
#ifdef Q_OS_WIN
    PROCESS_MEMORY_COUNTERS counters;
    if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return long(counters.PeakWorkingSetSize / 1024);
    return 0;
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
#endif
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100'000;
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    for (const bool inlineStrings : {false, true}) {
        const QString path = dir.filePath(inlineStrings ? QStringLiteral("inline.xlsx")
                                                        : QStringLiteral("shared.xlsx"));
        const int written = QProcess::execute(
            QCoreApplication::applicationDirPath() + QStringLiteral("/ttcs-sheet-bench-writer"),
            {path, QString::number(rows),
             inlineStrings ? QStringLiteral("inline") : QStringLiteral("shared")});
        if (written != 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::vector<qint64> times;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto book = ttcs::sheet::readXlsx(path);
            times.push_back(timer.elapsed());
            if (!book.ok() || book->sheets.front().rowCount() != rows + 1) {
                std::fprintf(stderr, "read failed: %s\n", qPrintable(book.error()));
                return 1;
            }
        }
        std::sort(times.begin(), times.end());
        std::printf("%d rows x 7 columns, %s strings, %lld KB file: best %lld ms, median %lld ms\n",
                    rows, inlineStrings ? "inline" : "shared", QFileInfo(path).size() / 1024,
                    times.front(), times[times.size() / 2]);
        std::printf("BENCH read %d-row .xlsx, %s strings (median)|%.3f|s|%g\n", rows,
                    inlineStrings ? "inline" : "shared", double(times[times.size() / 2]) / 1000.0,
                    rows == 100'000 ? 0.4 : 0.0);
    }
    std::printf("peak RSS %ld KB\n", peakRssKb());
    std::printf("BENCH sheet reading peak memory (info)|%.1f|MiB|0\n", double(peakRssKb()) / 1024.0);
    return 0;
}
