#include "FuzzTargets.h"

#include "sheet/CsvReader.h"
#include "sheet/OdsReader.h"
#include "sheet/XlsReader.h"
#include "sheet/XlsxReader.h"
#include "text/LegacyEncoding.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

namespace ttcs::fuzz {

namespace {

// Limits lowered so that one input stays short: the readers check them
// the same way whatever their values.
sheet::ReadLimits limits()
{
    sheet::ReadLimits l;
    l.maxEntryBytes = 16 * 1024 * 1024;
    l.maxCells = 200'000;
    l.maxCellChars = 64 * 1024;
    return l;
}

// Every cell read and every merged range filled: what an importer does.
void lookAt(const Result<sheet::Workbook> &book)
{
    if (!book.ok()) {
        if (book.error().isEmpty())
            std::abort(); // a refusal always says why
        return;
    }
    qsizetype characters = 0;
    for (const sheet::Sheet &s : book->sheets) {
        for (int r = 0; r < s.rowCount(); ++r) {
            for (const sheet::Cell &cell : s.row(r)) {
                characters += cell.text.size() + cell.font.size();
                if (cell.type == sheet::CellType::Date)
                    characters += cell.dateTime().isValid() ? 1 : 0;
            }
        }
        sheet::Sheet copy = s;
        copy.fillMergedRanges();
        copy.trimEmptyEnd();
        if (copy.rowCount() > s.rowCount())
            std::abort();
        (void)book->firstSheet();
    }
    if (characters < 0)
        std::abort();
}

// The readers of zip and OLE2 files take a path: the bytes go to a file
// in a folder of this process (in memory where the system has /dev/shm).
QString writeInput(const std::uint8_t *data, std::size_t size, const char *suffix)
{
    static const QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                       ? QStringLiteral("/dev/shm/ttcs-fuzz-XXXXXX")
                                       : QDir::tempPath() + QStringLiteral("/ttcs-fuzz-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("input.") + QLatin1String(suffix));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

} // namespace

int readXlsx(const std::uint8_t *data, std::size_t size)
{
    lookAt(sheet::readXlsx(writeInput(data, size, "xlsx"), limits()));
    return 0;
}

int readXls(const std::uint8_t *data, std::size_t size)
{
    lookAt(sheet::readXls(writeInput(data, size, "xls"), limits()));
    return 0;
}

int readOds(const std::uint8_t *data, std::size_t size)
{
    lookAt(sheet::readOds(writeInput(data, size, "ods"), limits()));
    return 0;
}

int readCsv(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    lookAt(sheet::readCsvData(bytes, QStringLiteral("input.csv"), limits()));
    return 0;
}

int convertLegacy(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const QString fonts[] = {
        QString(),           QStringLiteral(".VnTime"), QStringLiteral(".VnTimeH"),
        QStringLiteral("VNI-Times"), QStringLiteral("Times New Roman"), QStringLiteral(".VnArialH"),
    };
    const QString &font = fonts[data[0] % (sizeof fonts / sizeof fonts[0])];
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    for (const QString &text : {QString::fromLatin1(bytes), QString::fromUtf8(bytes)}) {
        const text::LegacyConversion converted = text::convertLegacyText(text, font);
        if (converted.encoding == text::LegacyEncoding::None && converted.text != text)
            std::abort(); // text that is not legacy comes back as it was
        (void)text::detectLegacyEncoding(text, font);
        (void)text::isCapitalsOnlyFont(font);
        const QString tcvn3 = text::decodeTcvn3(text);
        const QString vni = text::decodeVni(text);
        (void)text::encodeTcvn3(tcvn3);
        (void)text::encodeVni(vni);
    }
    (void)text::decodeWindows1258(bytes);
    return 0;
}

} // namespace ttcs::fuzz
