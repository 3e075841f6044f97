// Files built to exhaust a reader, at full size with the default limits:
// a zip bomb, entity expansion ("billion laughs") in every XML part read,
// a million empty rows, a 100 MB cell, markup nested millions deep. Each
// gives a workbook or a clear message naming the file, in bounded time
// and memory. (tests/core/sheet checks the same limits lowered, on small
// files.)
#include <catch2/catch.hpp>

#include "BigFiles.h"
#include "FaultSupport.h"
#include "TestSupport.h"
#include "sheet/WorkbookReader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace ttcs;
using namespace ttcs::faults;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Bounds for one read. Sanitizers slow the code down and keep freed
// memory aside, so they get more of both.
constexpr qint64 kMaxMs = kSanitized ? 60000 : 10000;
constexpr double kMaxMiB = kSanitized ? 1400 : 700;

struct Outcome
{
    bool ok = false;
    QString message;
    int rows = 0;
    qint64 ms = 0;
    double peakMiB = 0; // above the memory in use before
};

Outcome read(const QString &fileName, const QByteArray &bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    REQUIRE(writeBytes(path, bytes));
    resetPeakMemory();
    const double base = currentMemoryMiB();
    QElapsedTimer timer;
    timer.start();
    Outcome o;
    {
        const auto book = sheet::readWorkbook(path);
        o.ok = book.ok();
        if (book.ok())
            o.rows = book->sheets.empty() ? 0 : book->sheets.front().rowCount();
        else
            o.message = book.error();
    }
    o.ms = timer.elapsed();
    o.peakMiB = peakMemoryMiB() - base;
    return o;
}

void checkBounded(const Outcome &o, const QString &fileName)
{
    INFO(fileName.toStdString() << ": " << (o.ok ? "read" : "refused") << ", " << o.rows
                                << " rows, " << o.ms << " ms, " << o.peakMiB << " MiB; "
                                << o.message.toStdString());
    CHECK(o.ms < kMaxMs);
    CHECK(o.peakMiB < kMaxMiB);
    if (!o.ok)
        CHECK(o.message.contains(fileName));
}

Outcome refused(const QString &fileName, const QByteArray &bytes, const QString &why)
{
    const Outcome o = read(fileName, bytes);
    checkBounded(o, fileName);
    INFO(o.message.toStdString());
    CHECK_FALSE(o.ok);
    CHECK(o.message.contains(why));
    return o;
}

QByteArray laughs(const QByteArray &root)
{
    QByteArray dtd = "<!DOCTYPE " + root + " [<!ENTITY a \"hahahahahahahahahaha\">";
    for (int i = 1; i < 10; ++i) {
        dtd += "<!ENTITY " + QByteArray(1, char('a' + i)) + " \"";
        for (int k = 0; k < 10; ++k)
            dtd += "&" + QByteArray(1, char('a' + i - 1)) + ";";
        dtd += "\">";
    }
    return dtd + "]>";
}

const QByteArray kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const QByteArray kFirstRow =
    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Họ và tên</t></is></c></row>";

} // namespace

TEST_CASE("a zip bomb: parts of 300 MB packed in a few hundred KB are refused as they unpack")
{
    const QByteArray xlsx =
        bigXlsx(repeated({{worksheetStart(), 1}, {" ", 300'000'000}, {worksheetEnd(), 1}}));
    CHECK(xlsx.size() < 1024 * 1024);
    refused(QStringLiteral("bom.xlsx"), xlsx, QStringLiteral("too large"));

    // The same, its headers claiming 1,000 bytes: the unpacking stops all the same.
    std::vector<BigEntry> lying;
    lying.push_back(deflateEntry("[Content_Types].xml", QByteArray("<Types/>")));
    lying.push_back(deflateEntry(
        "xl/workbook.xml", "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel +
                               "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>"
                               "</sheets></workbook>"));
    lying.push_back(deflateEntry(
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" +
            kRel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"));
    lying.push_back(deflateEntry(
        "xl/worksheets/sheet1.xml",
        repeated({{worksheetStart(), 1}, {" ", 300'000'000}, {worksheetEnd(), 1}})));
    lying.back().claimedSize = 1000;
    const Outcome o = read(QStringLiteral("bom nói dối.xlsx"), zipOf(lying));
    checkBounded(o, QStringLiteral("bom nói dối.xlsx"));
    CHECK_FALSE(o.ok);

    const QByteArray ods =
        bigOds(repeated({{odsContentStart(), 1}, {"\n", 300'000'000}, {odsContentEnd(), 1}}));
    CHECK(ods.size() < 1024 * 1024);
    refused(QStringLiteral("bom.ods"), ods, QStringLiteral("too large"));

    // The shared strings of a workbook, and many entries at once.
    const QByteArray strings = bigXlsx(
        repeated({{worksheetStart() + kFirstRow + worksheetEnd(), 1}}),
        repeated({{"<sst xmlns=\"" + kMain + "\"><si><t>", 1}, {"a", 300'000'000},
                  {"</t></si></sst>", 1}}));
    refused(QStringLiteral("bom chuỗi.xlsx"), strings, QStringLiteral("too large"));
}

TEST_CASE("entity expansion (billion laughs) and external entities in every XML part read")
{
    const Producer plainSheet = repeated({{worksheetStart() + kFirstRow + worksheetEnd(), 1}});
    // The worksheet.
    refused(QStringLiteral("cười.xlsx"),
            bigXlsx(repeated({{"<?xml version=\"1.0\"?>" + laughs("worksheet") +
                                   "<worksheet xmlns=\"" + kMain +
                                   "\"><sheetData><row><c t=\"inlineStr\"><is><t>&j;</t></is>"
                                   "</c></row>",
                               1},
                              {worksheetEnd(), 1}})),
            QStringLiteral("DOCTYPE"));
    // An external entity: a file of the machine read into a cell.
    refused(QStringLiteral("ngoài.xlsx"),
            bigXlsx(repeated({{"<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "
                               "\"file:///etc/passwd\">]><worksheet xmlns=\"" +
                                   kMain +
                                   "\"><sheetData><row><c t=\"inlineStr\"><is><t>&x;</t></is>"
                                   "</c></row>",
                               1},
                              {worksheetEnd(), 1}})),
            QStringLiteral("DOCTYPE"));
    // The workbook part and its relationships.
    for (const char *part : {"xl/workbook.xml", "xl/_rels/workbook.xml.rels"}) {
        INFO(part);
        std::vector<BigEntry> entries;
        entries.push_back(deflateEntry("[Content_Types].xml", QByteArray("<Types/>")));
        QByteArray workbook = "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel +
                              "\"><sheets><sheet name=\"S&j;\" sheetId=\"1\" r:id=\"rId1\"/>"
                              "</sheets></workbook>";
        QByteArray rels =
            "<Relationships "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"" +
            kRel + "/worksheet\" Target=\"worksheets/sheet1.xml&j;\"/></Relationships>";
        if (qstrcmp(part, "xl/workbook.xml") == 0)
            workbook.prepend(laughs("workbook"));
        else
            rels.prepend(laughs("Relationships"));
        entries.push_back(deflateEntry("xl/workbook.xml", workbook));
        entries.push_back(deflateEntry("xl/_rels/workbook.xml.rels", rels));
        entries.push_back(deflateEntry("xl/worksheets/sheet1.xml", plainSheet));
        const Outcome o = read(QStringLiteral("cười sổ.xlsx"), zipOf(entries));
        checkBounded(o, QStringLiteral("cười sổ.xlsx"));
        CHECK_FALSE(o.ok);
    }
    // The content of a .ods, with an external entity.
    refused(QStringLiteral("ngoài.ods"),
            bigOds(repeated({{"<?xml version=\"1.0\"?><!DOCTYPE office:document-content [<!ENTITY "
                              "x SYSTEM \"file:///etc/passwd\">]>" +
                                  odsContentStart().mid(odsContentStart().indexOf('\n') + 1) +
                                  "<table:table table:name=\"S\"><table:table-row>"
                                  "<table:table-cell><text:p>&x;</text:p></table:table-cell>"
                                  "</table:table-row></table:table>",
                              1},
                             {odsContentEnd(), 1}})),
            QStringLiteral("DOCTYPE"));
}

TEST_CASE("a million empty rows")
{
    // Every row of a worksheet written out, empty after the first.
    qint64 row = 1;
    const Producer rows = [&row](QByteArray &chunk) {
        if (row == 1)
            chunk += worksheetStart() + kFirstRow;
        while (row < 1'048'576 && chunk.size() < (1 << 20)) {
            ++row;
            chunk += "<row r=\"" + QByteArray::number(row) + "\"/>";
        }
        if (row == 1'048'576) {
            chunk += worksheetEnd();
            ++row;
            return true;
        }
        return !chunk.isEmpty();
    };
    Outcome o = read(QStringLiteral("dòng trống.xlsx"), bigXlsx(rows));
    checkBounded(o, QStringLiteral("dòng trống.xlsx"));
    CHECK(o.ok);
    CHECK(o.rows == 1);

    // The same without row numbers, each with an empty cell.
    o = read(QStringLiteral("ô trống.xlsx"),
             bigXlsx(repeated({{worksheetStart() + kFirstRow, 1},
                               {"<row><c/></row>", 1'048'575},
                               {worksheetEnd(), 1}})));
    checkBounded(o, QStringLiteral("ô trống.xlsx"));
    CHECK(o.ok);
    CHECK(o.rows == 1);

    // An .ods: a million repeated empty rows, then a last one filled.
    const QByteArray cell =
        "<table:table-row><table:table-cell><text:p>Hà Giang</text:p></table:table-cell>"
        "</table:table-row>";
    o = read(QStringLiteral("lặp.ods"),
             bigOds(repeated({{odsContentStart() + "<table:table table:name=\"S\">" + cell, 1},
                              {"<table:table-row table:number-rows-repeated=\"1048574\">"
                               "<table:table-cell table:number-columns-repeated=\"16384\"/>"
                               "</table:table-row>",
                               1},
                              {cell + "</table:table>" + odsContentEnd(), 1}})));
    checkBounded(o, QStringLiteral("lặp.ods"));
    if (o.ok)
        CHECK(o.rows == 1'048'576);

    // A CSV file: a header, then a million empty lines, or lines of commas.
    for (const QByteArray &line : {QByteArray("\r\n"), QByteArray(",,,,,,\r\n")}) {
        o = read(QStringLiteral("trống.csv"),
                 "Họ và tên,Chức vụ\r\n" + line.repeated(1'000'000));
        checkBounded(o, QStringLiteral("trống.csv"));
        CHECK(o.ok);
        CHECK(o.rows == 1);
    }
}

TEST_CASE("a cell of 100 MB is refused with the cell named")
{
    const qint64 size = 100'000'000;
    refused(QStringLiteral("dài.xlsx"),
            bigXlsx(repeated(
                {{worksheetStart() + "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>", 1},
                 {"Nguyễn", size / 8},
                 {"</t></is></c></row>" + worksheetEnd(), 1}})),
            QStringLiteral("characters"));
    refused(QStringLiteral("dài chung.xlsx"),
            bigXlsx(repeated({{worksheetStart() +
                                   "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>0</v></c></row>" +
                                   worksheetEnd(),
                               1}}),
                    repeated({{"<sst xmlns=\"" + kMain + "\"><si><t>", 1},
                              {"a", size},
                              {"</t></si></sst>", 1}})),
            QStringLiteral("characters"));
    refused(QStringLiteral("dài.ods"),
            bigOds(repeated({{odsContentStart() +
                                  "<table:table table:name=\"S\"><table:table-row>"
                                  "<table:table-cell><text:p>",
                              1},
                             {"a", size},
                             {"</text:p></table:table-cell></table:table-row></table:table>" +
                                  odsContentEnd(),
                              1}})),
            QStringLiteral("characters"));
    refused(QStringLiteral("dài.csv"),
            "Họ và tên,Ghi chú\r\nAn,\"" + QByteArray(size, 'a') + "\"\r\n",
            QStringLiteral("characters"));
}

TEST_CASE("markup nested millions deep is refused early, a few thousand levels are read")
{
    // 60 million open elements would fill most of the largest part allowed.
    const qint64 depth = 60'000'000;
    const Outcome deep = refused(
        QStringLiteral("lồng.xlsx"),
        bigXlsx(repeated({{worksheetStart() + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>", 1},
                          {"<a>", depth},
                          {"</a>", 1}})),
        QStringLiteral("not well-formed"));
    CHECK(deep.peakMiB < 64);
    CHECK(deep.ms < kMaxMs / 10);

    // Well-formed: rich text runs nested in a shared string and spans in an
    // .ods cell, a million deep.
    const qint64 million = 1'000'000;
    refused(QStringLiteral("lồng chung.xlsx"),
            bigXlsx(repeated({{worksheetStart() +
                                   "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" +
                                   worksheetEnd(),
                               1}}),
                    repeated({{"<sst xmlns=\"" + kMain + "\"><si>", 1},
                              {"<r>", million},
                              {"<t>An</t>", 1},
                              {"</r>", million},
                              {"</si></sst>", 1}})),
            QStringLiteral("not well-formed"));
    const auto spans = [](qint64 levels) {
        return bigOds(repeated({{odsContentStart() +
                                     "<table:table table:name=\"S\"><table:table-row>"
                                     "<table:table-cell><text:p>",
                                 1},
                                {"<text:span>", levels},
                                {"An", 1},
                                {"</text:span>", levels},
                                {"</text:p></table:table-cell></table:table-row></table:table>" +
                                     odsContentEnd(),
                                 1}}));
    };
    refused(QStringLiteral("lồng.ods"), spans(million), QStringLiteral("not well-formed"));
    // Deep, but not absurd: read.
    const Outcome read5000 = read(QStringLiteral("lồng vừa.ods"), spans(5000));
    checkBounded(read5000, QStringLiteral("lồng vừa.ods"));
    CHECK(read5000.ok);
    CHECK(read5000.rows == 1);
}
