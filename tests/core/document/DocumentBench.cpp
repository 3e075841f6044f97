// ttcs-document-bench: times the DOCX and PDF writers on a large report
// (about 138 pages: 60 task sections with a 30-row table each and a
// 1,000-row appendix) and prints each writer's time and peak memory.
//
//   ttcs-document-bench [--out DIR] [--only docx|pdf] [--runs N] [--sample]
//
// With --out, the files are kept for a look; --sample writes the sample
// plan (sample.docx, sample.pdf) to DIR as well.
#include "SampleDocument.h"

#include "document/DocxWriter.h"
#include "document/PageLayout.h"
#include "document/PdfWriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <ctime>

#if defined(Q_OS_WIN)
#include <psapi.h>
#include <windows.h>
#endif

namespace {

// Peak resident memory of the process so far, in MiB (-1: unknown).
double peakRssMiB()
{
#if defined(Q_OS_LINUX)
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
#elif defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters;
    if (K32GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return double(counters.PeakWorkingSetSize) / (1024.0 * 1024.0);
    return -1;
#else
    return -1;
#endif
}

// Processor time of the process in ms: what the work costs, whatever else
// runs on the machine (on Windows, std::clock gives wall time).
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// Starts a new peak, where the system allows it (Linux).
void resetPeakRss()
{
#if defined(Q_OS_LINUX)
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
#endif
}

void report(const char *what, double ms, double cpu, double peak, qint64 bytes)
{
    std::printf("%-14s %8.1f ms wall %8.1f ms cpu   peak RSS %7.1f MiB   %8.1f KiB\n", what, ms,
                cpu, peak, double(bytes) / 1024.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Write report.docx and report.pdf to DIR."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Time only one writer: docx or pdf."),
                                        QStringLiteral("WRITER"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Repeat each writer N times (best kept)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption sampleOption(QStringLiteral("sample"),
                                          QStringLiteral("Also write the sample plan to DIR."));
    parser.addOptions({outOption, onlyOption, runsOption, sampleOption});
    parser.process(app);
    const QString only = parser.value(onlyOption);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString out = parser.value(outOption);

    if (parser.isSet(sampleOption) && !out.isEmpty()) {
        const ttcs::document::Document sample = ttcs::test::samplePlan();
        const QDir dir(out);
        const auto docx =
            ttcs::document::DocxWriter().write(sample, dir.filePath(QStringLiteral("sample.docx")));
        const auto pdf =
            ttcs::document::PdfWriter().write(sample, dir.filePath(QStringLiteral("sample.pdf")));
        if (!docx || !pdf) {
            std::fprintf(stderr, "sample failed: %s%s\n", qPrintable(docx.error()),
                         qPrintable(pdf.error()));
            return 1;
        }
    }

    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    const ttcs::document::Document doc = ttcs::test::largeReport();
    report("build model", double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu, peakRssMiB(), 0);

    if (only.isEmpty() || only == QLatin1String("docx")) {
        resetPeakRss();
        double best = 1e12;
        double bestCpu = 1e12;
        QByteArray bytes;
        for (int i = 0; i < runs; ++i) {
            timer.restart();
            cpu = cpuMs();
            auto result = ttcs::document::DocxWriter().render(doc);
            best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
            bestCpu = std::min(bestCpu, cpuMs() - cpu);
            if (!result) {
                std::fprintf(stderr, "DOCX failed: %s\n", qPrintable(result.error()));
                return 1;
            }
            bytes = result.value();
        }
        report("DOCX", best, bestCpu, peakRssMiB(), bytes.size());
        std::printf("BENCH large report: DOCX|%.3f|s|0.3\n", best / 1000.0);
        if (!out.isEmpty()) {
            QFile f(QDir(out).filePath(QStringLiteral("report.docx")));
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
        }
    }
    if (only.isEmpty() || only == QLatin1String("pdf")) {
        resetPeakRss();
        double best = 1e12;
        double bestCpu = 1e12;
        double layoutBest = 1e12;
        double layoutBestCpu = 1e12;
        QByteArray bytes;
        int pages = 0;
        for (int i = 0; i < runs; ++i) {
            timer.restart();
            cpu = cpuMs();
            {
                const ttcs::document::PageLayout layout(doc);
                pages = layout.pageCount();
            }
            layoutBest = std::min(layoutBest, double(timer.nsecsElapsed()) / 1e6);
            layoutBestCpu = std::min(layoutBestCpu, cpuMs() - cpu);
            timer.restart();
            cpu = cpuMs();
            auto result = ttcs::document::PdfWriter().render(doc);
            best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
            bestCpu = std::min(bestCpu, cpuMs() - cpu);
            if (!result) {
                std::fprintf(stderr, "PDF failed: %s\n", qPrintable(result.error()));
                return 1;
            }
            bytes = result.value();
        }
        // Peak memory first: the layout alone measured above stayed under it.
        report("PDF", best, bestCpu, peakRssMiB(), bytes.size());
        report(" of it layout", layoutBest, layoutBestCpu, -1, 0);
        std::printf("pages: %d\n", pages);
        std::printf("BENCH large report: PDF (%d pages)|%.3f|s|1.5\n", pages, best / 1000.0);
        std::printf("BENCH large report: PDF peak memory (info)|%.1f|MiB|0\n", peakRssMiB());
        if (!out.isEmpty()) {
            QFile f(QDir(out).filePath(QStringLiteral("report.pdf")));
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
        }
    }
    return 0;
}
