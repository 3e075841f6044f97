#include "sheet/XlsReader.h"

#include "sheet/CompoundFile.h"
#include "sheet/NumberFormat.h"
#include "sheet/ReadFailure.h"
#include "sheet/SheetBuilder.h"
#include "text/LegacyEncoding.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace ttcs::sheet {

namespace {

// Record types.
enum : quint16
{
    kBof = 0x0809,
    kEof = 0x000A,
    kFilePass = 0x002F,
    kCodePage = 0x0042,
    kDateMode = 0x0022,
    kBoundSheet = 0x0085,
    kSst = 0x00FC,
    kContinue = 0x003C,
    kFormat = 0x041E,
    kFormatBiff5 = 0x001E,
    kXf = 0x00E0,
    kFont = 0x0031,
    kLabelSst = 0x00FD,
    kLabel = 0x0204,
    kRString = 0x00D6,
    kNumber = 0x0203,
    kRk = 0x027E,
    kMulRk = 0x00BD,
    kBoolErr = 0x0205,
    kFormula = 0x0006,
    kString = 0x0207,
    kMergedCells = 0x00E5,
};

struct Record
{
    quint16 type = 0;
    QByteArrayView data;
};

// The records of a BIFF stream, one after another.
class RecordStream
{
public:
    explicit RecordStream(const QByteArray &stream)
        : m_stream(stream)
    {}
    bool seek(qint64 offset)
    {
        if (offset < 0 || offset >= m_stream.size())
            return false;
        m_pos = offset;
        return true;
    }
    bool next(Record &record)
    {
        if (m_pos + 4 > m_stream.size())
            return false;
        const char *p = m_stream.constData() + m_pos;
        record.type = qFromLittleEndian<quint16>(p);
        const quint16 length = qFromLittleEndian<quint16>(p + 2);
        if (m_pos + 4 + length > m_stream.size())
            return false;
        record.data = QByteArrayView(p + 4, length);
        m_pos += 4 + length;
        return true;
    }
    // The type of the next record, without moving.
    quint16 peekType() const
    {
        if (m_pos + 4 > m_stream.size())
            return 0;
        return qFromLittleEndian<quint16>(m_stream.constData() + m_pos);
    }

private:
    const QByteArray &m_stream;
    qint64 m_pos = 0;
};

// Bytes of a record and the CONTINUE records after it, read across their
// boundaries. Every read is checked: past the end, ok() turns false and
// the reads give zeros.
class Cursor
{
public:
    Cursor() = default;
    explicit Cursor(QByteArrayView data) { append(data); }
    void append(QByteArrayView data)
    {
        if (!m_data.isEmpty())
            m_boundaries.push_back(m_data.size());
        m_data.append(data.data(), data.size());
    }
    bool ok() const { return m_ok; }
    qsizetype remaining() const { return m_data.size() - m_pos; }

    quint8 u8()
    {
        if (!need(1))
            return 0;
        return quint8(m_data.at(m_pos++));
    }
    quint16 u16()
    {
        if (!need(2))
            return 0;
        const quint16 v = qFromLittleEndian<quint16>(m_data.constData() + m_pos);
        m_pos += 2;
        return v;
    }
    quint32 u32()
    {
        if (!need(4))
            return 0;
        const quint32 v = qFromLittleEndian<quint32>(m_data.constData() + m_pos);
        m_pos += 4;
        return v;
    }
    double f64()
    {
        if (!need(8))
            return 0;
        double v = 0;
        quint64 bits = qFromLittleEndian<quint64>(m_data.constData() + m_pos);
        std::memcpy(&v, &bits, sizeof v);
        m_pos += 8;
        return v;
    }
    void skip(qint64 n)
    {
        if (n < 0 || !need(n))
            return;
        m_pos += qsizetype(n);
    }
    QByteArrayView bytes(qint64 n)
    {
        if (n < 0 || !need(n))
            return {};
        const QByteArrayView v(m_data.constData() + m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return v;
    }

    // BIFF8 characters: `count` of them, one byte each (Latin-1) or two
    // (UTF-16LE). Where the characters run into a CONTINUE record, that
    // record starts with a new option byte saying which.
    QString characters(qint64 count, bool wide)
    {
        QString out;
        count = std::clamp<qint64>(count, 0, remaining());
        out.reserve(qsizetype(count));
        while (count > 0 && m_ok) {
            qsizetype boundary = upcomingBoundary();
            if (boundary == m_pos) {
                wide = (u8() & 0x01) != 0; // the option byte starting a CONTINUE
                boundary = upcomingBoundary();
            }
            const qint64 room = (boundary - m_pos) / (wide ? 2 : 1);
            if (room <= 0) {
                if (boundary >= m_data.size()) {
                    m_ok = false;
                    break;
                }
                m_pos = boundary; // half a character before a boundary: damaged
                continue;
            }
            const qint64 n = std::min(room, count);
            const char *p = m_data.constData() + m_pos;
            if (wide) {
                for (qint64 i = 0; i < n; ++i)
                    out += QChar(qFromLittleEndian<quint16>(p + 2 * i));
            } else {
                for (qint64 i = 0; i < n; ++i)
                    out += QChar(char16_t(quint8(p[i])));
            }
            m_pos += qsizetype(n * (wide ? 2 : 1));
            count -= n;
        }
        return out;
    }

    // A BIFF8 XLUnicodeRichExtendedString (the SST's strings, LABEL text).
    QString unicodeString(bool shortLength)
    {
        const quint16 count = shortLength ? u8() : u16();
        const quint8 flags = u8();
        const bool rich = flags & 0x08;
        const bool extended = flags & 0x04;
        const quint16 runs = rich ? u16() : 0;
        const quint32 extra = extended ? u32() : 0;
        QString text = characters(count, flags & 0x01);
        skip(qint64(runs) * 4);
        skip(extra);
        return text;
    }

private:
    bool need(qint64 n)
    {
        if (!m_ok || m_pos + n > m_data.size()) {
            m_ok = false;
            return false;
        }
        return true;
    }
    // The first record boundary at or after the read position (the end of
    // the data if none): the position only grows, so the search resumes.
    qsizetype upcomingBoundary()
    {
        while (m_boundaryIndex < m_boundaries.size() && m_boundaries[m_boundaryIndex] < m_pos)
            ++m_boundaryIndex;
        return m_boundaryIndex < m_boundaries.size() ? m_boundaries[m_boundaryIndex]
                                                     : m_data.size();
    }

    QByteArray m_data;
    std::vector<qsizetype> m_boundaries;
    std::size_t m_boundaryIndex = 0;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

// Gathers a record and the CONTINUE records that follow it.
Cursor withContinues(const Record &record, RecordStream &records)
{
    Cursor cursor(record.data);
    Record more;
    while (records.peekType() == kContinue && records.next(more))
        cursor.append(more.data);
    return cursor;
}

// RK: a number packed in 32 bits.
double rkValue(quint32 rk)
{
    double value = 0;
    if (rk & 0x02) {
        value = double(qint32(rk) >> 2);
    } else {
        const quint64 bits = quint64(rk & 0xFFFFFFFCu) << 32;
        std::memcpy(&value, &bits, sizeof value);
    }
    return (rk & 0x01) ? value / 100 : value;
}

QString errorText(quint8 code)
{
    switch (code) {
    case 0x00:
        return QStringLiteral("#NULL!");
    case 0x07:
        return QStringLiteral("#DIV/0!");
    case 0x0F:
        return QStringLiteral("#VALUE!");
    case 0x17:
        return QStringLiteral("#REF!");
    case 0x1D:
        return QStringLiteral("#NAME?");
    case 0x24:
        return QStringLiteral("#NUM!");
    case 0x2A:
        return QStringLiteral("#N/A");
    default:
        return QStringLiteral("#ERROR!");
    }
}

struct CellFormat
{
    quint16 font = 0;
    quint16 format = 0;
};

struct SheetInfo
{
    QString name;
    quint32 offset = 0;
    bool hidden = false;
};

class BiffParser
{
public:
    BiffParser(const QString &path, const ReadLimits &limits, const QByteArray &stream, bool biff5)
        : m_path(path)
        , m_limits(limits)
        , m_stream(stream)
        , m_biff5(biff5)
    {}

    Result<Workbook> read();

private:
    // An 8-bit string of a BIFF5 file, in the workbook's code page.
    QString codePageText(QByteArrayView bytes) const;
    QString biff5String(Cursor &c, bool shortLength) const
    {
        const quint16 n = shortLength ? c.u8() : c.u16();
        return codePageText(c.bytes(std::min<qint64>(n, c.remaining())));
    }
    QString string(Cursor &c, bool shortLength) const
    {
        return m_biff5 ? biff5String(c, shortLength) : c.unicodeString(shortLength);
    }
    bool readGlobals(ReadFailure &failure);
    bool readSheet(const SheetInfo &info, Sheet &sheet, ReadFailure &failure);
    Cell numberCell(double value, quint16 xf) const;
    const QString &fontOf(quint16 xf) const;

    QString m_path;
    const ReadLimits &m_limits;
    const QByteArray &m_stream;
    bool m_biff5;
    bool m_date1904 = false;
    int m_codePage = 1252;
    qint64 m_cellsUsed = 0;
    std::vector<SheetInfo> m_sheets;
    std::vector<QString> m_strings;
    std::vector<CellFormat> m_xfs;
    std::vector<QString> m_fonts;
    QHash<int, NumberFormat> m_formats;
    mutable QHash<int, NumberFormat> m_builtins;
};

QString BiffParser::codePageText(QByteArrayView bytes) const
{
    if (m_codePage == 1258)
        return text::decodeWindows1258(bytes);
    if (m_codePage == 1200 || m_codePage == 65001)
        return QString::fromUtf8(bytes);
    if (m_codePage != 1252 && m_codePage != 367 && m_codePage != 437) {
        const QByteArray name = "windows-" + QByteArray::number(m_codePage);
        QStringDecoder decoder(name.constData());
        if (decoder.isValid())
            return decoder(bytes);
    }
    return QString::fromLatin1(bytes);
}

const QString &BiffParser::fontOf(quint16 xf) const
{
    static const QString none;
    if (xf >= m_xfs.size())
        return none;
    // Font index 4 does not exist: the records after it count from 5.
    quint16 font = m_xfs[xf].font;
    if (font >= 4)
        --font;
    return font < m_fonts.size() ? m_fonts[font] : none;
}

Cell BiffParser::numberCell(double value, quint16 xf) const
{
    Cell cell;
    cell.font = fontOf(xf);
    const int formatIndex = xf < m_xfs.size() ? m_xfs[xf].format : 0;
    auto custom = m_formats.constFind(formatIndex);
    const NumberFormat *format = nullptr;
    if (custom != m_formats.cend()) {
        format = &*custom;
    } else {
        auto builtin = m_builtins.find(formatIndex);
        if (builtin == m_builtins.end())
            builtin = m_builtins.insert(formatIndex, NumberFormat::builtin(formatIndex));
        format = &*builtin;
    }
    if (format->isDateOrTime()) {
        const double serial = normaliseSerial(value, m_date1904);
        cell.text = format->formatDate(serial);
        if (!cell.text.isEmpty()) {
            cell.type = CellType::Date;
            cell.number = serial;
            return cell;
        }
    }
    cell.type = CellType::Number;
    cell.number = value;
    cell.text = format->format(value);
    return cell;
}

bool BiffParser::readGlobals(ReadFailure &failure)
{
    RecordStream records(m_stream);
    Record record;
    if (!records.next(record) || record.type != kBof) {
        failure = {Problem::CorruptXls, {}, {}};
        return false;
    }
    while (records.next(record)) {
        Cursor c(record.data);
        switch (record.type) {
        case kEof:
            return true;
        case kFilePass:
            failure = {Problem::PasswordProtected, {}, {}};
            return false;
        case kCodePage:
            m_codePage = c.u16();
            break;
        case kDateMode:
            m_date1904 = c.u16() == 1;
            break;
        case kBoundSheet: {
            SheetInfo info;
            info.offset = c.u32();
            info.hidden = (c.u8() & 0x03) != 0;
            const quint8 kind = c.u8();
            info.name = string(c, true);
            if (c.ok() && kind == 0)
                m_sheets.push_back(info);
            break;
        }
        case kSst: {
            Cursor sst = withContinues(record, records);
            sst.u32();
            const quint32 unique = sst.u32();
            m_strings.reserve(std::min<quint32>(unique, 1'000'000));
            for (quint32 i = 0; i < unique && sst.ok() && sst.remaining() > 0; ++i) {
                QString s = sst.unicodeString(false);
                if (s.size() > m_limits.maxCellChars) {
                    failure = {Problem::CellTooLong, QStringLiteral("Workbook"), {}};
                    return false;
                }
                m_strings.push_back(std::move(s));
            }
            break;
        }
        case kFormat:
        case kFormatBiff5: {
            const quint16 index = c.u16();
            const QString code = m_biff5 ? biff5String(c, true) : c.unicodeString(false);
            if (c.ok())
                m_formats.insert(index, NumberFormat::parse(code));
            break;
        }
        case kXf: {
            CellFormat xf;
            xf.font = c.u16();
            xf.format = c.u16();
            if (m_xfs.size() < 65536)
                m_xfs.push_back(xf);
            break;
        }
        case kFont: {
            c.skip(14);
            QString name = string(c, true);
            if (m_fonts.size() < 65536)
                m_fonts.push_back(c.ok() ? name : QString());
            break;
        }
        default:
            break;
        }
    }
    return true; // a missing EOF: keep what was read
}

bool BiffParser::readSheet(const SheetInfo &info, Sheet &sheet, ReadFailure &failure)
{
    SheetBuilder builder(sheet, m_limits, m_cellsUsed);
    RecordStream records(m_stream);
    Record record;
    if (!records.seek(info.offset) || !records.next(record) || record.type != kBof) {
        failure = {Problem::CorruptXls, {}, {}};
        return false;
    }
    auto put = [&](quint16 row, quint16 column, Cell &&cell) {
        if (cell.isEmpty())
            return true;
        if (!builder.put(row, column, std::move(cell))) {
            failure = builder.failure();
            return false;
        }
        return true;
    };
    auto textCell = [this](QString text, quint16 xf) {
        Cell cell;
        cell.text = std::move(text);
        cell.type = cell.text.isEmpty() ? CellType::Empty : CellType::Text;
        cell.font = fontOf(xf);
        return cell;
    };
    int depth = 0; // embedded charts have BOF/EOF of their own
    while (records.next(record)) {
        Cursor c(record.data);
        switch (record.type) {
        case kBof:
            ++depth;
            break;
        case kEof:
            if (depth-- == 0)
                return true;
            break;
        case kLabelSst: {
            const quint16 row = c.u16(), column = c.u16(), xf = c.u16();
            const quint32 index = c.u32();
            if (c.ok() && depth == 0 && index < m_strings.size() &&
                !put(row, column, textCell(m_strings[index], xf)))
                return false;
            break;
        }
        case kLabel:
        case kRString: {
            Cursor label = withContinues(record, records);
            const quint16 row = label.u16(), column = label.u16(), xf = label.u16();
            QString text = m_biff5 ? biff5String(label, false) : label.unicodeString(false);
            if (label.ok() && depth == 0 && !put(row, column, textCell(std::move(text), xf)))
                return false;
            break;
        }
        case kNumber: {
            const quint16 row = c.u16(), column = c.u16(), xf = c.u16();
            const double value = c.f64();
            if (c.ok() && depth == 0 && std::isfinite(value) &&
                !put(row, column, numberCell(value, xf)))
                return false;
            break;
        }
        case kRk: {
            const quint16 row = c.u16(), column = c.u16(), xf = c.u16();
            const quint32 rk = c.u32();
            if (c.ok() && depth == 0 && !put(row, column, numberCell(rkValue(rk), xf)))
                return false;
            break;
        }
        case kMulRk: {
            const quint16 row = c.u16();
            quint16 column = c.u16();
            while (c.ok() && c.remaining() >= 6 + 2 && depth == 0) {
                const quint16 xf = c.u16();
                const quint32 rk = c.u32();
                if (!put(row, column, numberCell(rkValue(rk), xf)))
                    return false;
                if (++column == 0)
                    break;
            }
            break;
        }
        case kBoolErr: {
            const quint16 row = c.u16(), column = c.u16(), xf = c.u16();
            const quint8 value = c.u8();
            const bool isError = c.u8() != 0;
            if (!c.ok() || depth != 0)
                break;
            Cell cell;
            cell.font = fontOf(xf);
            if (isError) {
                cell.type = CellType::Text;
                cell.text = errorText(value);
            } else {
                cell.type = CellType::Bool;
                cell.number = value ? 1 : 0;
                cell.text = value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            }
            if (!put(row, column, std::move(cell)))
                return false;
            break;
        }
        case kFormula: {
            const quint16 row = c.u16(), column = c.u16(), xf = c.u16();
            const QByteArrayView result = c.bytes(8);
            if (!c.ok() || depth != 0)
                break;
            const bool special = quint8(result.at(6)) == 0xFF && quint8(result.at(7)) == 0xFF;
            if (!special) {
                double value = 0;
                std::memcpy(&value, result.data(), sizeof value);
                if (std::isfinite(value) && !put(row, column, numberCell(value, xf)))
                    return false;
                break;
            }
            const quint8 kind = quint8(result.at(0));
            Cell cell;
            if (kind == 0 && records.peekType() == kString) {
                Record stringRecord;
                records.next(stringRecord);
                Cursor s = withContinues(stringRecord, records);
                cell = textCell(m_biff5 ? biff5String(s, false) : s.unicodeString(false), xf);
            } else if (kind == 1) {
                cell.font = fontOf(xf);
                cell.type = CellType::Bool;
                cell.number = result.at(2) ? 1 : 0;
                cell.text = result.at(2) ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (kind == 2) {
                cell = textCell(errorText(quint8(result.at(2))), xf);
            }
            if (!put(row, column, std::move(cell)))
                return false;
            break;
        }
        case kMergedCells: {
            const quint16 count = c.u16();
            for (quint16 i = 0; i < count && c.ok() && depth == 0; ++i) {
                const quint16 firstRow = c.u16(), lastRow = c.u16();
                const quint16 firstColumn = c.u16(), lastColumn = c.u16();
                if (!c.ok() || lastRow < firstRow || lastColumn < firstColumn)
                    break;
                if (++m_cellsUsed > m_limits.maxCells) {
                    failure = {Problem::TooManyCells, sheet.name(), {}};
                    return false;
                }
                sheet.addMergedRange({firstRow, firstColumn, lastRow, lastColumn});
            }
            break;
        }
        default:
            break;
        }
    }
    return true; // a sheet cut short: keep what was read
}

Result<Workbook> BiffParser::read()
{
    ReadFailure failure;
    if (!readGlobals(failure))
        return Result<Workbook>(error(m_path, failure, m_limits));
    Workbook workbook;
    workbook.path = m_path;
    workbook.format = WorkbookFormat::Xls;
    for (const SheetInfo &info : m_sheets) {
        workbook.sheets.emplace_back(info.name);
        Sheet &sheet = workbook.sheets.back();
        sheet.setHidden(info.hidden);
        if (!readSheet(info, sheet, failure))
            return Result<Workbook>(error(m_path, failure, m_limits));
        sheet.trimEmptyEnd();
    }
    if (workbook.sheets.empty())
        return Result<Workbook>(error(m_path, {Problem::NoSheets, {}, {}}, m_limits));
    return workbook;
}

} // namespace

Result<Workbook> readXls(const QString &path, const ReadLimits &limits)
{
    auto fail = [&](Problem problem) {
        return Result<Workbook>(error(path, {problem, {}, {}}, limits));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Problem::CannotOpen);
    if (file.size() > limits.maxEntryBytes)
        return fail(Problem::FileTooLarge);
    const QByteArray data = file.readAll();
    if (data.isEmpty())
        return fail(Problem::Empty);

    CompoundFile ole;
    if (!ole.open(data))
        return fail(Problem::CorruptXls);
    if (ole.hasStream(QStringLiteral("EncryptionInfo")))
        return fail(Problem::PasswordProtected);
    bool biff5 = false;
    std::optional<QByteArray> stream = ole.stream(QStringLiteral("Workbook"));
    if (!stream) {
        stream = ole.stream(QStringLiteral("Book"));
        biff5 = true;
    }
    if (!stream) {
        const bool damaged =
            ole.hasStream(QStringLiteral("Workbook")) || ole.hasStream(QStringLiteral("Book"));
        return fail(damaged ? Problem::CorruptXls : Problem::NotSpreadsheet);
    }
    // The BOF record says which BIFF it is: 0x0600 BIFF8, 0x0500 BIFF5.
    if (stream->size() >= 6 && qFromLittleEndian<quint16>(stream->constData()) == kBof)
        biff5 = qFromLittleEndian<quint16>(stream->constData() + 4) != 0x0600;
    else
        return fail(Problem::CorruptXls);
    return BiffParser(path, limits, *stream, biff5).read();
}

} // namespace ttcs::sheet
