// The table writer: CSV and XLSX that spreadsheet programs open with the
// Vietnamese intact, nothing run as a formula, written in one step.
#include <catch2/catch.hpp>

#include "ImportTestSupport.h"
#include "TestSupport.h"
#include "sheet/TableWriter.h"
#include "sheet/WorkbookReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace ttcs;
using namespace ttcs::sheet;

namespace {

Table sampleTable()
{
    Table t;
    t.title = QStringLiteral("DANH SÁCH NGƯỜI PHÁT NGÔN");
    t.sheetName = QStringLiteral("Người phát ngôn");
    t.header = {QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ"),
                QStringLiteral("Ghi chú")};
    t.addGroup(QStringLiteral("I. SỞ, BAN, NGÀNH"));
    t.addRow({QStringLiteral("1"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("Giám đốc"),
              QStringLiteral("dòng 1, có \"ngoặc\"\nvà xuống dòng")});
    t.addRow({QStringLiteral("2"), QStringLiteral("=HYPERLINK(\"http://x\")"),
              QStringLiteral("+84 912"), QStringLiteral("@SUM(A1)")});
    t.addRow({QStringLiteral("3"), QStringLiteral("-1+2"), QString(), QStringLiteral("\tTab")});
    t.columnWidths = {6, 30, 20, 25};
    return t;
}

} // namespace

TEST_CASE("CSV: UTF-8 with a BOM, RFC 4180 quoting, CR LF, formulas kept as text")
{
    const QByteArray csv = tableToCsv(sampleTable());
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    CHECK(lines.at(0) == QStringLiteral("DANH SÁCH NGƯỜI PHÁT NGÔN,,,"));
    CHECK(lines.at(1) == QStringLiteral("STT,Họ và tên,Chức vụ,Ghi chú"));
    CHECK(lines.at(2) == QStringLiteral("\"I. SỞ, BAN, NGÀNH\",,,"));
    CHECK(text.contains(QStringLiteral("\"dòng 1, có \"\"ngoặc\"\"\nvà xuống dòng\"")));
    // Each formula-like cell starts with an apostrophe.
    CHECK(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")));
    CHECK(text.contains(QStringLiteral(",'+84 912,'@SUM(A1)")));
    CHECK(text.contains(QStringLiteral("3,'-1+2,,'\tTab")));
    CHECK(text.endsWith(QStringLiteral("\r\n")));
    CHECK(neutraliseFormula(QStringLiteral("0912345678")) == QStringLiteral("0912345678"));
    CHECK(neutraliseFormula(QStringLiteral("=1")) == QStringLiteral("'=1"));
}

TEST_CASE("CSV and XLSX read back with the spreadsheet readers")
{
    QTemporaryDir dir;
    for (const char *name : {"bảng.csv", "bảng.xlsx"}) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        INFO(name);
        REQUIRE(writeTable(sampleTable(), path).ok());
        auto book = readWorkbook(path);
        REQUIRE(book.ok());
        const Sheet *s = book->firstSheet();
        REQUIRE(s);
        CHECK(s->text(0, 0) == QStringLiteral("DANH SÁCH NGƯỜI PHÁT NGÔN"));
        const bool xlsx = QString::fromUtf8(name).endsWith(QLatin1String(".xlsx"));
        // XLSX leaves a blank row under the title.
        const int header = xlsx ? 2 : 1;
        CHECK(s->text(header, 1) == QStringLiteral("Họ và tên"));
        CHECK(s->text(header + 1, 0) == QStringLiteral("I. SỞ, BAN, NGÀNH"));
        CHECK(s->text(header + 2, 3) == QStringLiteral("dòng 1, có \"ngoặc\"\nvà xuống dòng"));
        if (xlsx) {
            CHECK(s->name() == QStringLiteral("Người phát ngôn"));
            // Strings, never formulas: the text comes back as written.
            CHECK(s->text(header + 3, 1) == QStringLiteral("=HYPERLINK(\"http://x\")"));
            CHECK(s->cell(header + 3, 1).type == CellType::Text);
            CHECK(s->text(header + 4, 1) == QStringLiteral("-1+2"));
            // The title and the group row are merged across the table.
            CHECK(s->mergedRangeAt(0, 3) != nullptr);
            CHECK(s->mergedRangeAt(header + 1, 2) != nullptr);
        } else {
            CHECK(s->text(header + 3, 1) == QStringLiteral("'=HYPERLINK(\"http://x\")"));
        }
    }
}

TEST_CASE("a table is written in one step: a failure leaves the earlier file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.xlsx"));
    REQUIRE(test::writeBytes(path, "earlier"));
    // No folder: refused, nothing written anywhere.
    const Status missing =
        writeTable(sampleTable(), dir.filePath(QStringLiteral("no/such/folder/list.csv")));
    CHECK_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("does not exist")));
    // A folder in the way.
    QDir(dir.path()).mkdir(QStringLiteral("folder.csv"));
    CHECK_FALSE(writeTable(sampleTable(), dir.filePath(QStringLiteral("folder.csv"))).ok());
    // Another suffix is refused.
    CHECK_FALSE(writeTable(sampleTable(), dir.filePath(QStringLiteral("list.ods"))).ok());
    CHECK(test::readBytes(path) == "earlier");
    // Replacing works and leaves no temporary file behind.
    REQUIRE(writeTable(sampleTable(), path).ok());
    CHECK(test::readBytes(path).startsWith("PK"));
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    CHECK(left == QStringList{QStringLiteral("list.xlsx")});
}

TEST_CASE("XLSX: odd sheet names and characters XML cannot hold")
{
    QTemporaryDir dir;
    Table t;
    t.sheetName = QStringLiteral("Danh sách [2024]: tỉnh/huyện? 'quá dài để làm tên trang tính'");
    t.header = {QStringLiteral("A")};
    t.addRow({QStringLiteral("bell\x07 and nul-free text")});
    t.addRow({QString(40000, QLatin1Char('x'))});
    const QString path = dir.filePath(QStringLiteral("odd.xlsx"));
    REQUIRE(writeXlsx(t, path).ok());
    auto book = readWorkbook(path);
    REQUIRE(book.ok());
    const Sheet &s = book->sheets.front();
    CHECK(s.name().size() <= 31);
    CHECK_FALSE(s.name().contains(QLatin1Char('[')));
    CHECK(s.text(1, 0) == QStringLiteral("bell and nul-free text"));
    CHECK(s.text(2, 0).size() == 32767);
}

TEST_CASE("an empty table is still a file")
{
    QTemporaryDir dir;
    REQUIRE(writeTable(Table(), dir.filePath(QStringLiteral("e.xlsx"))).ok());
    REQUIRE(writeTable(Table(), dir.filePath(QStringLiteral("e.csv"))).ok());
    CHECK(test::readBytes(dir.filePath(QStringLiteral("e.csv"))) == "\xEF\xBB\xBF");
}
