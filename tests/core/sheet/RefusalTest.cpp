// Every file the readers refuse gets a clear message naming the file, and
// none of them crashes or hangs.
#include <catch2/catch.hpp>

#include "SheetTestSupport.h"
#include "TestSupport.h"
#include "sheet/WorkbookReader.h"
#include "sheet/XlsxReader.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace ttcs::sheet;

namespace {

struct Refused
{
    QString message;
    FileKind kind;
};

Refused refuse(const QString &fileName, const QByteArray &bytes, const ReadLimits &limits = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    REQUIRE(ttcs::test::writeFile(path, bytes));
    const FileKind kind = detectFileKind(path);
    const auto book = readWorkbook(path, limits);
    REQUIRE_FALSE(book.ok());
    INFO(book.error().toStdString());
    CHECK(book.error().contains(fileName));         // the message names the file
    CHECK_FALSE(book.error().contains(dir.path())); // ... by its name, not its path
    return {book.error(), kind};
}

ttcs::test::XlsxSpec simpleSpec()
{
    ttcs::test::XlsxSpec spec;
    spec.sharedStrings = "<si><t>Nguyễn Văn An</t></si>";
    spec.sheets.push_back(
        {QStringLiteral("S"),
         "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>1</v></c></row>",
         {}});
    return spec;
}

} // namespace

TEST_CASE("an empty file")
{
    const Refused r = refuse(QStringLiteral("trống.xlsx"), {});
    CHECK(r.kind == FileKind::Empty);
    CHECK(r.message.contains(QStringLiteral("empty")));
    // White space only, as a CSV.
    CHECK(refuse(QStringLiteral("trắng.csv"), " \r\n\r\n  ")
              .message.contains(QStringLiteral("empty")));
}

TEST_CASE("a file that does not exist")
{
    const auto book = readWorkbook(QStringLiteral("/nonexistent/không có.xlsx"));
    REQUIRE_FALSE(book.ok());
    CHECK(book.error().contains(QStringLiteral("không có.xlsx")));
    CHECK(book.error().contains(QStringLiteral("cannot be opened")));
}

TEST_CASE("a truncated or damaged workbook")
{
    const QByteArray whole =
        ttcs::test::readFile(ttcs::test::fixturePath(QStringLiteral("spokespersons_1000.xlsx")));
    REQUIRE(whole.size() > 1000);
    for (const double cut : {0.1, 0.5, 0.9, 0.999}) {
        INFO("cut at " << cut);
        const Refused r =
            refuse(QStringLiteral("cụt.xlsx"), whole.left(qsizetype(whole.size() * cut)));
        CHECK(r.kind == FileKind::CorruptZip);
        CHECK(r.message.contains(QStringLiteral("truncated or damaged")));
    }
    // The data of an entry damaged, the archive intact: the CRC tells.
    QByteArray damaged = ttcs::test::makeXlsx(simpleSpec());
    const qsizetype at = damaged.indexOf("xl/worksheets/sheet1.xml") + 30;
    damaged[at] = char(damaged[at] ^ 0x55);
    damaged[at + 1] = char(damaged[at + 1] ^ 0x55);
    const Refused r = refuse(QStringLiteral("hỏng.xlsx"), damaged);
    CHECK(r.message.contains(QStringLiteral("damaged")));
}

TEST_CASE("random bytes are not a spreadsheet")
{
    QRandomGenerator random(7);
    QByteArray noise(4096, '\0');
    for (char &c : noise)
        c = char(random.bounded(256));
    noise[0] = 'x'; // not by chance a known signature
    const Refused r = refuse(QStringLiteral("nhiễu.xlsx"), noise);
    CHECK(r.kind == FileKind::Csv);                                 // text is the last guess ...
    CHECK(r.message.contains(QStringLiteral("not a spreadsheet"))); // ... and it is not text
}

TEST_CASE("an HTML table saved with an .xls name")
{
    for (const char *page :
         {"<html><body><table><tr><td>Nguyễn Văn An</td></tr></table></body></html>",
          "\xEF\xBB\xBF\r\n<!DOCTYPE html><html>...</html>",
          "<table border=1><tr><td>1</td></tr></table>",
          "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><table>",
          "MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\n"}) {
        const Refused r = refuse(QStringLiteral("danh sach.xls"), QByteArray(page));
        CHECK(r.kind == FileKind::Html);
        CHECK(r.message.contains(QStringLiteral("web page")));
    }
    // Another XML document (the Excel 2003 XML format) is not read either.
    const Refused r =
        refuse(QStringLiteral("xml2003.xls"),
               "<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?><Workbook/>");
    CHECK(r.kind == FileKind::NotSpreadsheet);
}

TEST_CASE("a password-protected workbook")
{
    // Excel and LibreOffice save an encrypted .xlsx as an OLE2 file with an
    // EncryptionInfo and an EncryptedPackage stream.
    const QByteArray encrypted = ttcs::test::makeOleFile(
        {QStringLiteral("EncryptionInfo"), QStringLiteral("EncryptedPackage")});
    for (const char *name : {"mật khẩu.xlsx", "mật khẩu.xls"}) {
        const Refused r = refuse(QString::fromUtf8(name), encrypted);
        CHECK(r.kind == FileKind::PasswordProtected);
        CHECK(r.message.contains(QStringLiteral("password")));
    }
    // An encrypted .ods says so in its manifest.
    const QByteArray ods = ttcs::test::makeZip(
        {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", false},
         {"META-INF/manifest.xml",
          "<manifest:manifest "
          "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
          "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data "
          "manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry></manifest:manifest>"},
         {"content.xml", QByteArray(300, '\x9C'), false}});
    const Refused r = refuse(QStringLiteral("mật khẩu.ods"), ods);
    CHECK(r.message.contains(QStringLiteral("password")));
    // Saved with a password by LibreOffice: .xls (a FILEPASS record) and
    // .ods (encrypted entries).
    for (const char *fixture : {"sheet/password.xls", "sheet/password.ods"}) {
        INFO(fixture);
        const auto book = readWorkbook(ttcs::test::fixturePath(QString::fromLatin1(fixture)));
        REQUIRE_FALSE(book.ok());
        CHECK(book.error().contains(QStringLiteral("password")));
        CHECK(book.error().contains(QStringLiteral("password.")));
    }
    // An OLE2 file that is a Word document is not a workbook.
    const Refused doc = refuse(QStringLiteral("văn bản.xls"),
                               ttcs::test::makeOleFile({QStringLiteral("WordDocument")}));
    CHECK(doc.kind == FileKind::Xls);
}

TEST_CASE("other zip files: a Word document, an .xlsb, a zip of something else")
{
    Refused r = refuse(QStringLiteral("công văn.xlsx"),
                       ttcs::test::makeZip({{"[Content_Types].xml", "<Types/>"},
                                            {"word/document.xml", "<w:document/>"}}));
    CHECK(r.kind == FileKind::NotSpreadsheet);
    CHECK(r.message.contains(QStringLiteral("not a spreadsheet")));
    r = refuse(QStringLiteral("nhị phân.xlsb"),
               ttcs::test::makeZip(
                   {{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.bin", "\x83\x01"}}));
    CHECK(r.kind == FileKind::Xlsb);
    CHECK(r.message.contains(QStringLiteral(".xlsb")));
    r = refuse(QStringLiteral("ảnh.ods"), ttcs::test::makeZip({{"photo.jpg", "\xFF\xD8\xFF"}}));
    CHECK(r.kind == FileKind::NotSpreadsheet);
    r = refuse(
        QStringLiteral("text.ods"),
        ttcs::test::makeZip({{"mimetype", "application/vnd.oasis.opendocument.text", false}}));
    CHECK(r.kind == FileKind::NotSpreadsheet);
}

TEST_CASE("a zip bomb entry is refused while it unpacks, quickly")
{
    ReadLimits limits;
    limits.maxEntryBytes = 8 * 1024 * 1024;
    // 64 MB of one character in a sheet: a few tens of kilobytes packed.
    const QByteArray bomb =
        "<worksheet "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
        QByteArray(64 * 1024 * 1024, ' ') + "</sheetData></worksheet>";
    ttcs::test::XlsxSpec spec = simpleSpec();
    QByteArray bytes = ttcs::test::makeXlsx(spec);
    // Replace the worksheet by the bomb, first honest about its size, then lying.
    for (const qint64 claimed : {qint64(-1), qint64(100)}) {
        INFO("claimed size " << claimed);
        const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const QByteArray rel =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        const QByteArray zip = ttcs::test::makeZip(
            {{"[Content_Types].xml", "<Types/>"},
             {"xl/workbook.xml",
              "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel +
                  "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
             {"xl/_rels/workbook.xml.rels",
              "<Relationships "
              "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" Type=\"" +
                  rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
             {"xl/worksheets/sheet1.xml", bomb, true, claimed}});
        CHECK(zip.size() < 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const Refused r = refuse(QStringLiteral("bom.xlsx"), zip, limits);
        CHECK(timer.elapsed() < 5000);
        if (claimed < 0)
            CHECK(r.message.contains(QStringLiteral("too large")));
        else
            CHECK(r.message.contains(
                QStringLiteral("damaged"))); // its size does not match its header
    }
}

TEST_CASE("a DOCTYPE, and with it any entity expansion, is refused")
{
    ttcs::test::XlsxSpec spec = simpleSpec();
    QByteArray laughs = "<!DOCTYPE sst [<!ENTITY a \"hahahahahahahahahaha\">";
    for (int i = 1; i < 10; ++i) {
        laughs += "<!ENTITY " + QByteArray(1, char('a' + i)) + " \"";
        for (int k = 0; k < 10; ++k)
            laughs += "&" + QByteArray(1, char('a' + i - 1)) + ";";
        laughs += "\">";
    }
    laughs += "]>";
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    QByteArray bytes = ttcs::test::makeXlsx(spec);
    // Put the DTD in the shared strings part, the entity in a string.
    const QByteArray sst = laughs + "<sst xmlns=\"" + main + "\"><si><t>&j;</t></si></sst>";
    bytes = ttcs::test::makeZip(
        {{"[Content_Types].xml", "<Types/>"},
         {"xl/workbook.xml",
          "<workbook xmlns=\"" + main +
              "\"><sheets><sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>"},
         {"xl/sharedStrings.xml", sst},
         {"xl/worksheets/sheet1.xml",
          "<worksheet xmlns=\"" + main +
              "\"><sheetData><row><c t=\"s\"><v>0</v></c></row></sheetData></worksheet>"}});
    QElapsedTimer timer;
    timer.start();
    Refused r = refuse(QStringLiteral("thực thể.xlsx"), bytes);
    CHECK(timer.elapsed() < 2000);
    CHECK(r.message.contains(QStringLiteral("DOCTYPE")));
    CHECK(r.message.contains(QStringLiteral("xl/sharedStrings.xml")));

    // An entity that was never declared is just bad XML.
    spec.sharedStrings = "<si><t>&nbsp;</t></si>";
    r = refuse(QStringLiteral("thực thể 2.xlsx"), ttcs::test::makeXlsx(spec));
    CHECK(r.message.contains(QStringLiteral("not well-formed")));
    // So is a DOCTYPE in the ODS content.
    const QByteArray ods = ttcs::test::makeZip(
        {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", false},
         {"content.xml", "<!DOCTYPE x [<!ENTITY a \"b\">]><office:document-content/>"}});
    r = refuse(QStringLiteral("thực thể.ods"), ods);
    CHECK(r.message.contains(QStringLiteral("DOCTYPE")));
}

TEST_CASE("limits on cells, rows, columns and cell length")
{
    ttcs::test::XlsxSpec spec = simpleSpec();
    QByteArray rows;
    for (int r = 1; r <= 50; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) +
                "\" t=\"s\"><v>0</v></c><c r=\"J" + QByteArray::number(r) + "\"><v>1</v></c></row>";
    spec.sheets.front().sheetData = rows;
    const QByteArray bytes = ttcs::test::makeXlsx(spec);

    ReadLimits limits;
    limits.maxCells = 100; // 50 rows of 10 cells, gaps included
    CHECK(refuse(QStringLiteral("ô.xlsx"), bytes, limits)
              .message.contains(QStringLiteral("more than 100 cells")));
    limits = {};
    limits.maxRows = 20;
    CHECK(refuse(QStringLiteral("dòng.xlsx"), bytes, limits)
              .message.contains(QStringLiteral("more than 20 rows")));
    limits = {};
    limits.maxColumns = 5;
    CHECK(refuse(QStringLiteral("cột.xlsx"), bytes, limits)
              .message.contains(QStringLiteral("more than 5 columns")));
    limits = {};
    limits.maxCellChars = 5;
    CHECK(refuse(QStringLiteral("dài.xlsx"), bytes, limits)
              .message.contains(QStringLiteral("more than 5 characters")));

    // A cell far away costs as much as the cells before it in its row.
    spec.sheets.front().sheetData = "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>";
    limits = {};
    limits.maxCells = 10'000;
    CHECK(refuse(QStringLiteral("xa.xlsx"), ttcs::test::makeXlsx(spec), limits)
              .message.contains(QStringLiteral("cells")));
}

TEST_CASE("damaged XML and missing parts")
{
    ttcs::test::XlsxSpec spec = simpleSpec();
    spec.sheets.front().sheetData = "<row r=\"1\"><c r=\"A1\"><v>1</v></row>";
    Refused r = refuse(QStringLiteral("thẻ.xlsx"), ttcs::test::makeXlsx(spec));
    CHECK(r.message.contains(QStringLiteral("not well-formed")));
    CHECK(r.message.contains(QStringLiteral("xl/worksheets/sheet1.xml")));

    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    r = refuse(
        QStringLiteral("thiếu.xlsx"),
        ttcs::test::makeZip(
            {{"[Content_Types].xml", "<Types/>"},
             {"xl/workbook.xml",
              "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel +
                  "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
             {"xl/_rels/workbook.xml.rels",
              "<Relationships "
              "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" Type=\"" +
                  rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"}}));
    CHECK(r.message.contains(QStringLiteral("missing")));
    r = refuse(QStringLiteral("không sheet.xlsx"),
               ttcs::test::makeZip(
                   {{"[Content_Types].xml", "<Types/>"},
                    {"xl/workbook.xml", "<workbook xmlns=\"" + main + "\"><sheets/></workbook>"}}));
    CHECK(r.message.contains(QStringLiteral("no worksheet")));
}
