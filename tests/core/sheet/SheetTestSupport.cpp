#include "SheetTestSupport.h"

#include <QFile>
#include <QStringList>
#include <QtEndian>

#include <array>
#include <cstring>

namespace ttcs::test {

namespace {

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xFF));
    out.append(char(v >> 8));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xFFFF));
    put16(out, quint16(v >> 16));
}

// Raw deflate: qCompress gives a 4-byte size, a zlib header and an Adler-32.
QByteArray deflateRaw(const QByteArray &data)
{
    const QByteArray z = qCompress(data, 9);
    return z.mid(6, z.size() - 10);
}

QByteArray xmlEscape(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

} // namespace

quint32 crc32(QByteArrayView data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char b : data)
        crc = table[(crc ^ quint8(b)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray makeZip(const std::vector<ZipEntry> &entries)
{
    QByteArray out;
    QByteArray central;
    for (const ZipEntry &e : entries) {
        const QByteArray stored = e.deflate ? deflateRaw(e.data) : e.data;
        const quint32 crc = crc32(e.data);
        const quint32 size = quint32(e.claimedSize >= 0 ? e.claimedSize : e.data.size());
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0);
        put16(out, e.deflate ? 8 : 0);
        put16(out, 0);
        put16(out, 0x21);
        put32(out, crc);
        put32(out, quint32(stored.size()));
        put32(out, size);
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out.append(e.name);
        out.append(stored);

        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, 0);
        put16(central, e.deflate ? 8 : 0);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, crc);
        put32(central, quint32(stored.size()));
        put32(central, size);
        put16(central, quint16(e.name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central.append(e.name);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray makeXlsx(const XlsxSpec &spec)
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    std::vector<ZipEntry> entries;

    QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "</Types>";
    entries.push_back({"[Content_Types].xml", types});
    entries.push_back(
        {"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        "<Relationship Id=\"rId1\" Type=\"" +
                            rel +
                            "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            "</Relationships>"});

    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"" + main +
                          "\" xmlns:r=\"" + rel + "\">";
    workbook += spec.date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>";
    workbook += "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (std::size_t i = 0; i < spec.sheets.size(); ++i) {
        const XlsxSheet &s = spec.sheets[i];
        const QByteArray n = QByteArray::number(qulonglong(i + 1));
        workbook += "<sheet name=\"" + xmlEscape(s.name) + "\" sheetId=\"" + n + "\" r:id=\"rId" +
                    n + "\"" + (s.hidden ? " state=\"hidden\"" : "") + "/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel +
                "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        entries.push_back({"xl/worksheets/sheet" + n + ".xml",
                           "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" +
                               main + "\"><sheetData>" + s.sheetData + "</sheetData>" + s.after +
                               "</worksheet>"});
    }
    workbook += "</sheets></workbook>";
    rels += "<Relationship Id=\"rIdS\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>";
    if (!spec.sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rIdT\" Type=\"" + rel +
                "/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>";
        entries.push_back(
            {"xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"" +
                                         main + "\">" + spec.sharedStrings + "</sst>"});
    }
    rels += "</Relationships>";
    entries.push_back({"xl/workbook.xml", workbook});
    entries.push_back({"xl/_rels/workbook.xml.rels", rels});

    const QByteArray fonts =
        spec.fonts.isEmpty() ? QByteArray("<font><sz val=\"11\"/><name val=\"Calibri\"/></font>")
                             : spec.fonts;
    const QByteArray xfs =
        spec.cellXfs.isEmpty() ? QByteArray("<xf numFmtId=\"0\" fontId=\"0\"/>") : spec.cellXfs;
    entries.push_back(
        {"xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet xmlns=\"" +
                              main + "\"><numFmts>" + spec.numFmts + "</numFmts><fonts>" + fonts +
                              "</fonts><cellStyleXfs><xf numFmtId=\"0\" fontId=\"0\"/>"
                              "</cellStyleXfs><cellXfs>" +
                              xfs +
                              "</cellXfs><dxfs><dxf><font><b/></font></dxf></dxfs></styleSheet>"});
    return makeZip(entries);
}

QByteArray makeOds(const QByteArray &tables, const QByteArray &automaticStyles,
                   const QByteArray &fontFaces)
{
    const QByteArray content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
        "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" "
        "office:version=\"1.3\"><office:font-face-decls>" +
        fontFaces + "</office:font-face-decls><office:automatic-styles>" + automaticStyles +
        "</office:automatic-styles><office:body><office:spreadsheet>" + tables +
        "</office:spreadsheet></office:body></office:document-content>";
    const QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
        "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\">"
        "<manifest:file-entry manifest:full-path=\"/\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "</manifest:manifest>";
    return makeZip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", false},
                    {"content.xml", content},
                    {"META-INF/manifest.xml", manifest}});
}

QByteArray makeOleFile(const QStringList &streamNames)
{
    // Header, one FAT sector (sector 0), one directory sector (sector 1).
    QByteArray header(512, '\0');
    const char magic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    std::memcpy(header.data(), magic, 8);
    auto set16 = [&header](int at, quint16 v) {
        qToLittleEndian(v, header.data() + at);
    };
    auto set32 = [&header](int at, quint32 v) {
        qToLittleEndian(v, header.data() + at);
    };
    set16(24, 0x003E);
    set16(26, 0x0003);
    set16(28, 0xFFFE);
    set16(30, 9);
    set16(32, 6);
    set32(44, 1);          // FAT sectors
    set32(48, 1);          // first directory sector
    set32(56, 4096);       // mini stream cutoff
    set32(60, 0xFFFFFFFE); // no mini FAT
    set32(68, 0xFFFFFFFE); // no DIFAT sectors
    set32(76, 0);          // the FAT is sector 0
    for (int i = 1; i < 109; ++i)
        set32(76 + 4 * i, 0xFFFFFFFF);

    QByteArray fat(512, '\xFF');
    qToLittleEndian<quint32>(0xFFFFFFFD, fat.data());     // sector 0: FAT
    qToLittleEndian<quint32>(0xFFFFFFFE, fat.data() + 4); // sector 1: directory, end

    QByteArray dir(512, '\0');
    QStringList names = {QStringLiteral("Root Entry")};
    names += streamNames;
    for (int i = 0; i < names.size() && i < 4; ++i) {
        char *entry = dir.data() + 128 * i;
        const QString &n = names.at(i);
        for (int k = 0; k < n.size(); ++k)
            qToLittleEndian<quint16>(n.at(k).unicode(), entry + 2 * k);
        qToLittleEndian<quint16>(quint16((n.size() + 1) * 2), entry + 64);
        entry[66] = char(i == 0 ? 5 : 2); // root storage or stream
        entry[67] = 1;
        qToLittleEndian<quint32>(0xFFFFFFFF, entry + 68);
        qToLittleEndian<quint32>(i + 1 < names.size() && i + 1 < 4 ? quint32(i + 1) : 0xFFFFFFFF,
                                 entry + 72);
        qToLittleEndian<quint32>(0xFFFFFFFF, entry + 76);
        qToLittleEndian<quint32>(0xFFFFFFFE, entry + 116);
    }
    return header + fat + dir;
}

std::vector<std::vector<QString>> texts(const sheet::Sheet &sheet)
{
    std::vector<std::vector<QString>> out(std::size_t(sheet.rowCount()));
    for (int r = 0; r < sheet.rowCount(); ++r) {
        for (int c = 0; c < sheet.columnCount(); ++c)
            out[std::size_t(r)].push_back(sheet.text(r, c));
    }
    return out;
}

} // namespace ttcs::test
