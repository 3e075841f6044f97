// Helpers for the spreadsheet tests: a small zip writer (stored or
// deflated entries, with headers that can be made to lie), builders for
// hand-made .xlsx and .ods files, and comparison of sheets.
#pragma once

#include "sheet/Sheet.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ttcs::test {

struct ZipEntry
{
    QByteArray name;
    QByteArray data;
    bool deflate = true;
    // When >= 0, the uncompressed size the headers claim instead of the real one.
    qint64 claimedSize = -1;
};

QByteArray makeZip(const std::vector<ZipEntry> &entries);
quint32 crc32(QByteArrayView data);
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

struct XlsxSheet
{
    QString name;
    QByteArray sheetData; // what goes inside <sheetData>
    QByteArray after;     // what follows </sheetData> (mergeCells ...)
    bool hidden = false;
};

struct XlsxSpec
{
    std::vector<XlsxSheet> sheets;
    QByteArray sharedStrings; // the <si> elements, or empty for no part
    QByteArray numFmts;       // <numFmt> elements
    QByteArray fonts;         // <font> elements; font 0 is Calibri if empty
    QByteArray cellXfs;       // <xf> elements; xf 0 is the default if empty
    bool date1904 = false;
};

QByteArray makeXlsx(const XlsxSpec &spec);

// An .ods whose content.xml body (inside <office:spreadsheet>) and
// automatic styles are given.
QByteArray makeOds(const QByteArray &tables, const QByteArray &automaticStyles = {},
                   const QByteArray &fontFaces = {});

// An OLE2 compound file whose directory lists the given stream names,
// like an Office workbook encrypted with a password.
QByteArray makeOleFile(const QStringList &streamNames);

// Every cell's text of a sheet, row by row, for comparing readers.
std::vector<std::vector<QString>> texts(const sheet::Sheet &sheet);

} // namespace ttcs::test
