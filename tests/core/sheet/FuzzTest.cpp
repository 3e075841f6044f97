// Damaged files of every kind, made by mutating real ones for a few
// seconds: a reader gives a workbook or a message, never a crash or a hang.
// The mutations are random but seeded, so a failure can be replayed.
#include <catch2/catch.hpp>

#include "SheetTestSupport.h"
#include "TestSupport.h"
#include "sheet/WorkbookReader.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <functional>

using namespace ttcs::sheet;

namespace {

QByteArray mutate(QByteArray data, QRandomGenerator &random)
{
    if (data.isEmpty())
        return data;
    const auto pick = [&random](qsizetype n) {
        return qsizetype(random.bounded(quint32(std::max<qsizetype>(n, 1))));
    };
    switch (random.bounded(6)) {
    case 0: // flip a few bytes
        for (int i = 0, n = 1 + random.bounded(8); i < n; ++i)
            data[pick(data.size())] = char(random.bounded(256));
        break;
    case 1: // truncate
        data.truncate(pick(data.size()));
        break;
    case 2: { // duplicate a range somewhere else
        const qsizetype from = pick(data.size());
        const qsizetype length = std::min<qsizetype>(pick(4096), data.size() - from);
        data.insert(pick(data.size()), data.mid(from, length));
        break;
    }
    case 3: { // zero a range
        const qsizetype from = pick(data.size());
        const qsizetype length = std::min<qsizetype>(pick(256), data.size() - from);
        std::fill(data.begin() + from, data.begin() + from + length, '\0');
        break;
    }
    case 4: { // cut a range out
        const qsizetype from = pick(data.size());
        data.remove(from, std::min<qsizetype>(pick(512), data.size() - from));
        break;
    }
    default: // XML-minded: a markup character somewhere
        data[pick(data.size())] = "<>&\"'/=;:#x0"[random.bounded(12)];
        break;
    }
    return data;
}

// Reads one mutated file; true when the outcome was sane.
bool readsSanely(const QString &path)
{
    ReadLimits limits;
    limits.maxCells = 300'000; // keeps each try short
    const auto book = readWorkbook(path, limits);
    if (!book.ok())
        return !book.error().isEmpty();
    qint64 touched = 0;
    for (const Sheet &sheet : book->sheets) {
        for (int r = 0; r < sheet.rowCount(); ++r)
            for (const Cell &cell : sheet.row(r))
                touched += cell.text.size();
        Sheet copy = sheet;
        copy.fillMergedRanges();
    }
    return touched >= 0 && !book->sheets.empty();
}

ttcs::test::XlsxSpec richSpec()
{
    ttcs::test::XlsxSpec spec;
    spec.sharedStrings =
        "<si><t>Sở Tư pháp</t></si><si><r><rPr><rFont val=\".VnTime\"/></rPr>"
        "<t>NguyÔn</t></r><r><t xml:space=\"preserve\"> V¨n</t></r></si><si><t>a_x000D_b</t></si>";
    spec.numFmts = "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/><numFmt numFmtId=\"165\" "
                   "formatCode=\"0###########\"/>";
    spec.cellXfs = "<xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>";
    spec.sheets.push_back(
        {QStringLiteral("Một"),
         "<row r=\"1\" spans=\"1:4\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
         "t=\"s\"><v>1</v></c>"
         "<c r=\"C1\" s=\"1\"><v>45170</v></c><c r=\"D1\" s=\"2\"><v>912345678</v></c></row>"
         "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>I. CÁC SỞ</t></is></c><c "
         "t=\"b\"><v>1</v></c>"
         "<c t=\"e\"><v>#REF!</v></c><c t=\"s\"><v>2</v></c></row>",
         "<mergeCells><mergeCell ref=\"A3:D3\"/><mergeCell ref=\"A1:A2\"/></mergeCells>"});
    spec.sheets.push_back({QStringLiteral("Hai"), "<row><c><v>1</v></c></row>", {}, true});
    return spec;
}

} // namespace

TEST_CASE("mutated spreadsheets give a workbook or a message, never a crash")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QRandomGenerator random(20231127);

    struct Source
    {
        QString name;
        std::function<QByteArray()> next; // a new mutated file each call
    };
    std::vector<Source> sources;
    for (const char *fixture :
         {"spokespersons_1000.xlsx", "sheet/shapes.xlsx", "sheet/shapes.ods", "sheet/shapes.xls",
          "sheet/spokespersons_1000.xls", "sheet/spokespersons_1000_utf16.txt",
          "sheet/spokespersons_1000_cp1258.csv"}) {
        const QByteArray original =
            ttcs::test::readFile(ttcs::test::fixturePath(QString::fromLatin1(fixture)));
        REQUIRE_FALSE(original.isEmpty());
        sources.push_back({QString::fromLatin1(fixture), [original, &random] {
                               return mutate(original, random);
                           }});
    }
    // Mutations inside the XML, packed again: these reach the XML readers
    // instead of stopping at the zip's checksums.
    sources.push_back({QStringLiteral("xlsx, mutated XML"), [&random] {
                           ttcs::test::XlsxSpec spec = richSpec();
                           switch (random.bounded(3)) {
                           case 0:
                               spec.sheets[0].sheetData = mutate(spec.sheets[0].sheetData, random);
                               break;
                           case 1:
                               spec.sharedStrings = mutate(spec.sharedStrings, random);
                               break;
                           default:
                               spec.sheets[0].after = mutate(spec.sheets[0].after, random);
                               break;
                           }
                           return ttcs::test::makeXlsx(spec);
                       }});
    sources.push_back(
        {QStringLiteral("ods, mutated XML"), [&random] {
             QByteArray tables =
                 "<table:table table:name=\"S\"><table:table-column "
                 "table:number-columns-repeated=\"3\"/>"
                 "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell "
                 "table:number-columns-spanned=\"2\" "
                 "office:value-type=\"string\"><text:p>Sở <text:span>Tư</text:span><text:s "
                 "text:c=\"3\"/>pháp</text:p>"
                 "</table:table-cell><table:covered-table-cell/><table:table-cell "
                 "office:value-type=\"date\" "
                 "office:date-value=\"2023-09-01T10:00:00\"/></table:table-row><table:table-row "
                 "table:number-rows-repeated=\"1048000\"><table:table-cell "
                 "table:number-columns-repeated=\"1024\"/>"
                 "</table:table-row></table:table>";
             return ttcs::test::makeOds(mutate(tables, random));
         }});

    const qint64 budgetMs = 5000 / qint64(sources.size());
    int tries = 0;
    for (const Source &source : sources) {
        QElapsedTimer timer;
        timer.start();
        int n = 0;
        while (timer.elapsed() < budgetMs) {
            const QString path = dir.filePath(QStringLiteral("fuzz-%1").arg(tries));
            REQUIRE(ttcs::test::writeFile(path, source.next()));
            INFO(source.name.toStdString() << ", try " << n);
            CHECK(readsSanely(path));
            QFile::remove(path);
            ++n;
            ++tries;
        }
        INFO(source.name.toStdString());
        CHECK(n > 0);
    }
    WARN("mutated files read: " << tries);
}
