#include "sheet/WorkbookReader.h"

#include "sheet/CsvReader.h"
#include "sheet/OdsReader.h"
#include "sheet/ReadFailure.h"
#include "sheet/XlsReader.h"
#include "sheet/XlsxReader.h"
#include "sheet/ZipArchive.h"

#include <QFile>
#include <QStringDecoder>

#include <cstring>

namespace ttcs::sheet {

namespace {

constexpr char kOleMagic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

// An OLE2 compound file holding an "EncryptionInfo" stream is an Office
// Open XML workbook encrypted with a password. Directory entries are 128
// bytes, sector-aligned, the name first in UTF-16LE.
bool hasEncryptionInfo(QFile &file)
{
    static const QByteArray name = [] {
        QByteArray n;
        for (const char c : QByteArrayView("EncryptionInfo")) {
            n.append(c);
            n.append('\0');
        }
        n.append('\0');
        n.append('\0');
        return n;
    }();
    file.seek(0);
    constexpr qint64 chunk = 1 << 20;
    qint64 offset = 0;
    while (!file.atEnd()) {
        const QByteArray data = file.read(chunk);
        if (data.isEmpty())
            break;
        for (qsizetype at = (offset == 0 ? 512 : 0); at + name.size() <= data.size(); at += 128) {
            if (std::memcmp(data.constData() + at, name.constData(), std::size_t(name.size())) == 0)
                return true;
        }
        offset += data.size();
    }
    return false;
}

FileKind zipKind(const QString &path)
{
    ZipArchive zip(path, 1 << 20);
    if (!zip.open())
        return FileKind::CorruptZip;
    const QString mimetype = zip.find(QStringLiteral("mimetype"));
    if (!mimetype.isEmpty()) {
        QByteArray type;
        if (zip.read(mimetype, type) != ZipArchive::Status::Ok)
            return FileKind::CorruptZip;
        if (type.trimmed().startsWith("application/vnd.oasis.opendocument.spreadsheet"))
            return FileKind::Ods;
        return FileKind::NotSpreadsheet;
    }
    if (zip.contains(QStringLiteral("[Content_Types].xml"))) {
        if (zip.contains(QStringLiteral("xl/workbook.bin")))
            return FileKind::Xlsb;
        for (const QString &entry : zip.entries()) {
            if (entry.startsWith(QLatin1String("xl/"), Qt::CaseInsensitive))
                return FileKind::Xlsx;
        }
        QByteArray types;
        if (zip.read(zip.find(QStringLiteral("[Content_Types].xml")), types) ==
                ZipArchive::Status::Ok &&
            types.contains("spreadsheetml"))
            return FileKind::Xlsx;
        return FileKind::NotSpreadsheet;
    }
    if (zip.contains(QStringLiteral("content.xml")))
        return FileKind::Ods;
    return FileKind::NotSpreadsheet;
}

// A web page or another XML document under a spreadsheet's name.
std::optional<FileKind> markupKind(const QByteArray &head)
{
    QString text;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(head.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                           : QStringConverter::Utf16BE);
        text = decoder(QByteArrayView(head).sliced(2));
    } else {
        text = QString::fromLatin1(head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head);
    }
    const QString start = text.trimmed().left(4096).toLower();
    if (start.startsWith(QLatin1String("mime-version:")))
        return FileKind::Html; // a "single file web page" (.mht)
    if (!start.startsWith(QLatin1Char('<')))
        return std::nullopt;
    for (const char *tag :
         {"<html", "<!doctype html", "<table", "<head", "<body", "<meta", "<style"}) {
        if (start.startsWith(QLatin1String(tag)))
            return FileKind::Html;
    }
    if (start.contains(QLatin1String("<html")) || start.contains(QLatin1String("<table")))
        return FileKind::Html;
    return FileKind::NotSpreadsheet; // other XML, such as the Excel 2003 XML format
}

} // namespace

FileKind detectFileKind(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Missing;
    if (file.size() == 0)
        return FileKind::Empty;
    const QByteArray head = file.read(65536);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return zipKind(path);
    if (head.startsWith(QByteArrayView(kOleMagic, 8)))
        return hasEncryptionInfo(file) ? FileKind::PasswordProtected : FileKind::Xls;
    if (const auto kind = markupKind(head))
        return *kind;
    return FileKind::Csv;
}

Result<Workbook> readWorkbook(const QString &path, const ReadLimits &limits)
{
    auto fail = [&](Problem problem) {
        return Result<Workbook>(error(path, {problem, {}, {}}, limits));
    };
    switch (detectFileKind(path)) {
    case FileKind::Xlsx:
        return readXlsx(path, limits);
    case FileKind::Xls:
        return readXls(path, limits);
    case FileKind::Ods:
        return readOds(path, limits);
    case FileKind::Csv:
        return readCsv(path, limits);
    case FileKind::Empty:
        return fail(Problem::Empty);
    case FileKind::Missing:
        return fail(Problem::CannotOpen);
    case FileKind::CorruptZip:
        return fail(Problem::CorruptZip);
    case FileKind::PasswordProtected:
        return fail(Problem::PasswordProtected);
    case FileKind::Html:
        return fail(Problem::HtmlSavedAsXls);
    case FileKind::Xlsb:
        return fail(Problem::BinaryXlsb);
    case FileKind::NotSpreadsheet:
        return fail(Problem::NotSpreadsheet);
    }
    return fail(Problem::NotSpreadsheet);
}

} // namespace ttcs::sheet
