#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "document/Document.h"
#include "document/PageLayout.h"

#include <QImage>
#include <QPainter>

using namespace ttcs::document;

namespace {

HeaderBlock header()
{
    HeaderBlock h;
    h.parentBody = {QStringLiteral("UBND tỉnh Bắc Kạn")};
    h.issuingBody = {QStringLiteral("Sở Thông tin và Truyền thông")};
    h.numberLine = QStringLiteral("Số: 05/KH-STTTT");
    h.dateLine = QStringLiteral("Bắc Kạn, ngày 05 tháng 01 năm 2024");
    return h;
}

} // namespace

TEST_CASE("a section's default page is A4 portrait with the official margins")
{
    const Section s;
    CHECK(s.pageWidthMm() == 210);
    CHECK(s.pageHeightMm() == 297);
    CHECK(s.margins.topMm == 25);
    CHECK(s.margins.bottomMm == 20);
    CHECK(s.margins.leftMm == 35);
    CHECK(s.margins.rightMm == 20);
    CHECK(s.margins.headerMm == 10);
    CHECK(s.textWidthMm() == 155);
    Section landscape;
    landscape.orientation = Orientation::Landscape;
    CHECK(landscape.pageWidthMm() == 297);
    CHECK(landscape.textWidthMm() == 242);
}

TEST_CASE("the header block is a borderless table, number and date on one row")
{
    const Table t = header().toTable(155);
    CHECK_FALSE(t.borders);
    REQUIRE(t.rows.size() == 2);
    REQUIRE(t.columnWidthsMm == QList<double>{67, 100});
    // Wider than the text: it reaches 12 mm into the left margin.
    CHECK(t.indentMm == Approx(-12));
    const TableCell &bodies = t.rows[0].cells[0];
    REQUIRE(bodies.paragraphs.size() == 2);
    CHECK(bodies.paragraphs[0].text() == QStringLiteral("UBND TỈNH BẮC KẠN"));
    CHECK_FALSE(bodies.paragraphs[0].runs[0].bold);
    CHECK(bodies.paragraphs[1].text() == QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"));
    CHECK(bodies.paragraphs[1].runs[0].bold);
    CHECK(bodies.paragraphs[1].ruleFraction >= 1.0 / 3);
    CHECK(bodies.paragraphs[1].ruleFraction <= 0.5);
    const TableCell &nation = t.rows[0].cells[1];
    CHECK(nation.paragraphs[0].text() == QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    CHECK(nation.paragraphs[0].sizePt == 13);
    CHECK(nation.paragraphs[1].text() == QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    CHECK(nation.paragraphs[1].sizePt == 14);
    CHECK(nation.paragraphs[1].ruleFraction == 1.0);
    CHECK(t.rows[1].cells[0].paragraphs[0].text() == QStringLiteral("Số: 05/KH-STTTT"));
    CHECK(t.rows[1].cells[1].paragraphs[0].runs[0].italic);
    for (const TableRow &row : t.rows)
        for (const TableCell &cell : row.cells)
            for (const Paragraph &p : cell.paragraphs)
                CHECK(p.alignment == Alignment::Center);
}

TEST_CASE("on a landscape page the header block keeps its columns at the two edges")
{
    const Table t = header().toTable(242);
    REQUIRE(t.columnWidthsMm.size() == 3);
    CHECK(t.columnWidthsMm[1] == Approx(242 - 167));
    CHECK(t.indentMm == 0);
}

TEST_CASE("signature block: recipients get their dashes and stops, authority is upper case")
{
    SignatureBlock s;
    s.recipients = {QStringLiteral("Như trên"), QStringLiteral("- Sở Tư pháp;"),
                    QStringLiteral("  ")};
    s.archive = QStringLiteral("VT, VX.");
    s.authority = {QStringLiteral("TM. Ủy ban nhân dân"), QStringLiteral("KT. Chủ tịch"),
                   QStringLiteral("Phó Chủ tịch")};
    s.signerName = QStringLiteral("Phạm Duy Hưng");
    CHECK(s.recipientLines() == QStringList{QStringLiteral("- Như trên;"),
                                            QStringLiteral("- Sở Tư pháp;"),
                                            QStringLiteral("- Lưu: VT, VX.")});
    const Table t = s.toTable(155);
    CHECK_FALSE(t.borders);
    REQUIRE(t.columnWidthsMm == QList<double>{53, 111});
    const TableCell &left = t.rows[0].cells[0];
    CHECK(left.paragraphs[0].text() == QStringLiteral("Nơi nhận:"));
    CHECK(left.paragraphs[0].sizePt == 12);
    CHECK(left.paragraphs[0].runs[0].bold);
    CHECK(left.paragraphs[0].runs[0].italic);
    CHECK(left.paragraphs[1].sizePt == 11);
    CHECK(left.paragraphs[1].alignment == Alignment::Left);
    const TableCell &right = t.rows[0].cells[1];
    CHECK(right.paragraphs[0].text() == QStringLiteral("TM. ỦY BAN NHÂN DÂN"));
    CHECK(right.paragraphs[2].text() == QStringLiteral("PHÓ CHỦ TỊCH"));
    CHECK(right.paragraphs[0].runs[0].bold);
    CHECK(right.paragraphs[0].sizePt == 14);
    CHECK(right.paragraphs.last().text() == QStringLiteral("Phạm Duy Hưng"));
    // Room for the signature above the name.
    CHECK(right.paragraphs.last().spaceBeforePt > 50);
}

TEST_CASE("text lines come in reading order, tables row by row")
{
    Document doc;
    Section &s = doc.addSection();
    s.add(header());
    s.add(Paragraph::documentTitle(QStringLiteral("Kế hoạch")));
    s.add(Paragraph());
    Table t;
    t.columnWidthsMm = {20, 40};
    t.addRow({QStringLiteral("STT"), QStringLiteral("Nội dung")});
    t.addRow({QStringLiteral("1"), QStringLiteral("Công khai thông tin")});
    s.add(t);
    s.add(PageBreak());
    s.add(Paragraph::body(QStringLiteral("Đoạn cuối.")));

    const QStringList expected = {QStringLiteral("UBND TỈNH BẮC KẠN"),
                                  QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
                                  QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                  QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
                                  QStringLiteral("Số: 05/KH-STTTT"),
                                  QStringLiteral("Bắc Kạn, ngày 05 tháng 01 năm 2024"),
                                  QStringLiteral("KẾ HOẠCH"),
                                  QStringLiteral("STT"),
                                  QStringLiteral("Nội dung"),
                                  QStringLiteral("1"),
                                  QStringLiteral("Công khai thông tin"),
                                  QStringLiteral("Đoạn cuối.")};
    CHECK(doc.textLines() == expected);
}

TEST_CASE("a table wider than the text is scaled to fit; one that fits is left alone")
{
    Table t;
    t.columnWidthsMm = {100, 100};
    const QList<double> fitted = t.fittedColumnWidthsMm(155);
    CHECK(fitted[0] + fitted[1] == Approx(155));
    CHECK(fitted[0] == Approx(fitted[1]));
    t.columnWidthsMm = {50, 60};
    CHECK(t.fittedColumnWidthsMm(155) == t.columnWidthsMm);
}

TEST_CASE("the page layout paints the same pages onto any device, e.g. a preview image")
{
    Document doc;
    Section &s = doc.addSection();
    s.add(header());
    for (int i = 0; i < 80; ++i)
        s.add(Paragraph::body(QStringLiteral("Đoạn văn thứ %1 của kế hoạch, căn đều hai bên và "
                                             "thụt đầu dòng một xăng-ti-mét.")
                                  .arg(i + 1)));
    Section &appendix = doc.addSection(Orientation::Landscape);
    appendix.add(Paragraph::centered(QStringLiteral("Phụ lục"), 14, true));

    const PageLayout layout(doc);
    REQUIRE(layout.pageCount() >= 3);
    CHECK(layout.orientation(0) == Orientation::Portrait);
    CHECK(layout.orientation(layout.pageCount() - 1) == Orientation::Landscape);
    CHECK(layout.pageSizePoints(0).width() == Approx(595.3).margin(0.5));
    CHECK(layout.pageSizePoints(0).height() == Approx(841.9).margin(0.5));
    CHECK(layout.pageSizePoints(layout.pageCount() - 1).width() == Approx(841.9).margin(0.5));

    // A preview: page 2 scaled into a small image shows its page number
    // near the top centre and text below, nothing in the left margin.
    QImage image(210, 297, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    layout.paintPage(painter, 1, QRectF(0, 0, 210, 297));
    painter.end();
    auto inked = [&image](int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; ++y)
            for (int x = x0; x < x1; ++x)
                if (qGray(image.pixel(x, y)) < 160)
                    return true;
        return false;
    };
    CHECK(inked(100, 8, 125, 16));     // "2", 10 mm from the top, centred over the text
    CHECK_FALSE(inked(0, 0, 30, 297)); // the left margin (35 mm) stays blank
    CHECK(inked(36, 30, 190, 270));    // body text
}
