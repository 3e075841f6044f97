#include "sheet/CsvReader.h"

#include "sheet/ReadFailure.h"
#include "sheet/SheetBuilder.h"
#include "text/LegacyEncoding.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>
#include <map>

namespace ttcs::sheet {

namespace {

enum class Encoding
{
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1258
};

QString encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1258:
        return QStringLiteral("Windows-1258");
    }
    return {};
}

// UTF-16 without a BOM shows as zero bytes in every other place.
std::optional<Encoding> utf16WithoutBom(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (n < 8)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes.at(i) == 0;
        oddZeros += bytes.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 >= pairs * 3 && evenZeros * 20 < pairs)
        return Encoding::Utf16LE;
    if (evenZeros * 10 >= pairs * 3 && oddZeros * 20 < pairs)
        return Encoding::Utf16BE;
    return std::nullopt;
}

// Binary data is not a CSV file: no NUL bytes, hardly any control codes.
bool looksLikeText(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 65536);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return false;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A)
            ++controls;
    }
    return controls * 200 <= n;
}

// Counts each candidate separator outside quotes in the first records.
QChar detectSeparator(QStringView text)
{
    static constexpr std::array<char16_t, 3> candidates = {u',', u';', u'\t'};
    std::array<std::vector<int>, 3> counts;
    std::array<int, 3> current = {0, 0, 0};
    bool quoted = false;
    int records = 0;
    bool lineHasText = false;
    for (qsizetype i = 0; i < text.size() && records < 30; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            lineHasText = true;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (lineHasText) {
                for (std::size_t k = 0; k < candidates.size(); ++k)
                    counts[k].push_back(current[k]);
                ++records;
            }
            current = {0, 0, 0};
            lineHasText = false;
        } else if (!quoted) {
            for (std::size_t k = 0; k < candidates.size(); ++k)
                current[k] += c.unicode() == candidates[k];
            lineHasText = lineHasText || !c.isSpace() || c == QLatin1Char('\t');
        }
    }
    if (lineHasText && records < 30) {
        for (std::size_t k = 0; k < candidates.size(); ++k)
            counts[k].push_back(current[k]);
    }
    QChar best = QLatin1Char(',');
    qint64 bestScore = 0;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        std::map<int, int> frequency;
        for (const int n : counts[k]) {
            if (n > 0)
                ++frequency[n];
        }
        int mode = 0;
        int modeLines = 0;
        for (const auto &[n, lines] : frequency) {
            if (lines >= modeLines) {
                mode = n;
                modeLines = lines;
            }
        }
        const qint64 score = qint64(modeLines) * 1000 + std::min(mode, 999);
        if (score > bestScore) {
            bestScore = score;
            best = QChar(candidates[k]);
        }
    }
    return best;
}

} // namespace

Result<Workbook> readCsvData(const QByteArray &bytes, const QString &path, const ReadLimits &limits)
{
    auto fail = [&](Problem problem) {
        return Result<Workbook>(error(path, {problem, {}, {}}, limits));
    };
    if (bytes.isEmpty())
        return fail(Problem::Empty);
    if (bytes.size() > limits.maxEntryBytes)
        return fail(Problem::FileTooLarge);

    Encoding encoding = Encoding::Utf8;
    QByteArrayView body(bytes);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        body = body.sliced(3);
    } else if (bytes.startsWith("\xFF\xFE")) {
        encoding = Encoding::Utf16LE;
        body = body.sliced(2);
    } else if (bytes.startsWith("\xFE\xFF")) {
        encoding = Encoding::Utf16BE;
        body = body.sliced(2);
    } else if (const auto utf16 = utf16WithoutBom(bytes)) {
        encoding = *utf16;
    }

    QString text;
    if (encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE) {
        QStringDecoder decoder(encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                             : QStringConverter::Utf16BE);
        text = decoder(body);
        if (decoder.hasError())
            return fail(Problem::NotSpreadsheet);
        for (const QChar c : std::as_const(text)) {
            if (c.unicode() == 0)
                return fail(Problem::NotSpreadsheet);
        }
    } else {
        if (!looksLikeText(body))
            return fail(Problem::NotSpreadsheet);
        QStringDecoder decoder(QStringConverter::Utf8);
        text = decoder(body);
        if (decoder.hasError()) {
            encoding = Encoding::Windows1258;
            text = text::decodeWindows1258(body);
        }
    }

    QStringView view(text);
    QChar separator;
    // Excel's hint line: "sep=;".
    if (view.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && view.size() >= 5) {
        separator = view.at(4);
        qsizetype eol = 5;
        while (eol < view.size() &&
               (view.at(eol) == QLatin1Char('\r') || view.at(eol) == QLatin1Char('\n')))
            ++eol;
        view = view.sliced(eol);
    } else {
        separator = detectSeparator(view);
    }

    Workbook workbook;
    workbook.path = path;
    workbook.format = WorkbookFormat::Csv;
    workbook.encoding = encodingName(encoding);
    workbook.separator = separator;
    workbook.sheets.emplace_back(QFileInfo(path).completeBaseName());
    Sheet &sheet = workbook.sheets.back();
    qint64 cellsUsed = 0;
    SheetBuilder builder(sheet, limits, cellsUsed);

    int row = 0;
    int column = 0;
    QString field;
    bool anyCell = false;
    auto endField = [&]() -> bool {
        if (!field.isEmpty()) {
            Cell cell;
            cell.type = CellType::Text;
            cell.text = field;
            if (!builder.put(row, column, std::move(cell)))
                return false;
            anyCell = anyCell || !field.trimmed().isEmpty();
            field.clear();
        }
        ++column;
        return true;
    };

    const qsizetype n = view.size();
    qsizetype i = 0;
    while (i < n) {
        // One field.
        if (view.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n)
                    break; // an unclosed quote ends with the file
                const QChar c = view.at(i);
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && view.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (c == QLatin1Char('\r')) {
                    field += QLatin1Char('\n');
                    i += (i + 1 < n && view.at(i + 1) == QLatin1Char('\n')) ? 2 : 1;
                    continue;
                }
                field += c;
                ++i;
                if (field.size() > limits.maxCellChars &&
                    !builder.acceptText(field.size(), row, column))
                    return Result<Workbook>(error(path, builder.failure(), limits));
            }
        }
        // Unquoted text, or what follows a closing quote.
        qsizetype start = i;
        while (i < n && view.at(i) != separator && view.at(i) != QLatin1Char('\n') &&
               view.at(i) != QLatin1Char('\r'))
            ++i;
        field += view.sliced(start, i - start);
        if (field.size() > limits.maxCellChars && !builder.acceptText(field.size(), row, column))
            return Result<Workbook>(error(path, builder.failure(), limits));
        if (!endField())
            return Result<Workbook>(error(path, builder.failure(), limits));
        if (i >= n)
            break;
        if (view.at(i) == separator) {
            ++i;
            if (i >= n && !endField()) // a separator at the very end: one more empty field
                return Result<Workbook>(error(path, builder.failure(), limits));
            continue;
        }
        // End of the record.
        i += (view.at(i) == QLatin1Char('\r') && i + 1 < n && view.at(i + 1) == QLatin1Char('\n'))
                 ? 2
                 : 1;
        ++row;
        column = 0;
        if (i < n && !builder.acceptRow(row))
            return Result<Workbook>(error(path, builder.failure(), limits));
    }
    if (!anyCell)
        return fail(Problem::Empty);
    sheet.trimEmptyEnd();
    return workbook;
}

Result<Workbook> readCsv(const QString &path, const ReadLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Workbook>(error(path, {Problem::CannotOpen, {}, {}}, limits));
    if (file.size() > limits.maxEntryBytes)
        return Result<Workbook>(error(path, {Problem::FileTooLarge, {}, {}}, limits));
    return readCsvData(file.readAll(), path, limits);
}

} // namespace ttcs::sheet
