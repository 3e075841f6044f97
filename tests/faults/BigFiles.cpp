#include "BigFiles.h"

#include <QFile>

#include <zlib.h>

namespace ttcs::faults {

namespace {

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xFF));
    out.append(char((v >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

const QByteArray kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

Producer once(const QByteArray &bytes)
{
    return repeated({{bytes, 1}});
}

double statusMiB(const char *field)
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
#else
    (void)field;
#endif
    return 0;
}

} // namespace

Producer repeated(std::vector<Repeat> pieces)
{
    std::size_t index = 0;
    qint64 done = 0;
    QByteArray block; // the current piece repeated to about 64 KiB
    qint64 perBlock = 1;
    return [pieces = std::move(pieces), index, done, block,
            perBlock](QByteArray &chunk) mutable {
        constexpr qsizetype kChunk = 1 << 20;
        while (index < pieces.size() && chunk.size() < kChunk) {
            const Repeat &p = pieces[index];
            if (done >= p.times || p.bytes.isEmpty()) {
                ++index;
                done = 0;
                block.clear();
                continue;
            }
            if (block.isEmpty()) {
                perBlock = std::max<qint64>(1, (64 * 1024) / p.bytes.size());
                block = p.bytes.repeated(qsizetype(perBlock));
            }
            if (p.times - done >= perBlock) {
                chunk.append(block);
                done += perBlock;
            } else {
                chunk.append(p.bytes);
                ++done;
            }
        }
        return !chunk.isEmpty();
    };
}

BigEntry deflateEntry(const QByteArray &name, const Producer &produce)
{
    BigEntry entry;
    entry.name = name;
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    uLong crc = crc32(0L, Z_NULL, 0);
    QByteArray out(1 << 16, '\0');
    const auto pump = [&](int flush) {
        do {
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(out.size());
            deflate(&z, flush);
            entry.deflated.append(out.constData(), out.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    };
    QByteArray chunk;
    while (true) {
        chunk.clear();
        if (!produce(chunk))
            break;
        crc = crc32(crc, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(chunk.size()));
        entry.size += chunk.size();
        z.next_in = reinterpret_cast<Bytef *>(chunk.data());
        z.avail_in = uInt(chunk.size());
        pump(Z_NO_FLUSH);
    }
    z.next_in = nullptr;
    z.avail_in = 0;
    pump(Z_FINISH);
    deflateEnd(&z);
    entry.crc = quint32(crc);
    return entry;
}

BigEntry deflateEntry(const QByteArray &name, const QByteArray &data)
{
    return deflateEntry(name, once(data));
}

QByteArray zipOf(const std::vector<BigEntry> &entries)
{
    QByteArray zip;
    QByteArray central;
    for (const BigEntry &e : entries) {
        const quint32 offset = quint32(zip.size());
        const quint32 size = quint32(e.claimedSize >= 0 ? e.claimedSize : e.size);
        put32(zip, 0x04034b50);
        put16(zip, 20);
        put16(zip, 0);
        put16(zip, 8); // deflate
        put16(zip, 0);
        put16(zip, 0x21); // 1 January 1980
        put32(zip, e.crc);
        put32(zip, quint32(e.deflated.size()));
        put32(zip, size);
        put16(zip, quint32(e.name.size()));
        put16(zip, 0);
        zip += e.name;
        zip += e.deflated;

        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, 0);
        put16(central, 8);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, e.crc);
        put32(central, quint32(e.deflated.size()));
        put32(central, size);
        put16(central, quint32(e.name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central += e.name;
    }
    const quint32 centralOffset = quint32(zip.size());
    zip += central;
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, quint32(entries.size()));
    put16(zip, quint32(entries.size()));
    put32(zip, quint32(central.size()));
    put32(zip, centralOffset);
    put16(zip, 0);
    return zip;
}

QByteArray worksheetStart()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + kMain +
           "\"><sheetData>";
}

QByteArray worksheetEnd()
{
    return "</sheetData></worksheet>";
}

QByteArray bigXlsx(const Producer &worksheet, const Producer &sharedStrings)
{
    std::vector<BigEntry> entries;
    entries.push_back(deflateEntry(
        "[Content_Types].xml",
        QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types "
                   "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                   "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")));
    entries.push_back(deflateEntry(
        "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"" +
                               kMain + "\" xmlns:r=\"" + kRel +
                               "\"><sheets><sheet name=\"S\" sheetId=\"1\" "
                               "r:id=\"rId1\"/></sheets></workbook>"));
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"" +
                      kRel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
    if (sharedStrings)
        rels += "<Relationship Id=\"rId2\" Type=\"" + kRel +
                "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    rels += "</Relationships>";
    entries.push_back(deflateEntry("xl/_rels/workbook.xml.rels", rels));
    if (sharedStrings)
        entries.push_back(deflateEntry("xl/sharedStrings.xml", sharedStrings));
    entries.push_back(deflateEntry("xl/worksheets/sheet1.xml", worksheet));
    return zipOf(entries);
}

QByteArray odsContentStart()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
           "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
           "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
           "office:version=\"1.3\"><office:body><office:spreadsheet>";
}

QByteArray odsContentEnd()
{
    return "</office:spreadsheet></office:body></office:document-content>";
}

QByteArray bigOds(const Producer &content)
{
    BigEntry mimetype = deflateEntry("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    return zipOf({mimetype, deflateEntry("content.xml", content)});
}

void resetPeakMemory()
{
#ifdef Q_OS_LINUX
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
#endif
}

double peakMemoryMiB()
{
    return statusMiB("VmHWM:");
}

double currentMemoryMiB()
{
    return statusMiB("VmRSS:");
}

} // namespace ttcs::faults
