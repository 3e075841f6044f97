#include <catch2/catch.hpp>

#include "DocumentReaders.h"
#include "SampleDocument.h"
#include "TestSupport.h"
#include "document/DocxWriter.h"
#include "document/PageLayout.h"
#include "document/PdfWriter.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QTemporaryFile>

using namespace ttcs::document;
using namespace ttcs::test;
using ttcs::Result;
using ttcs::Status;

namespace {

struct WrittenPdf
{
    QByteArray bytes;
    QList<PdfPage> pages;
};

const WrittenPdf &samplePdf()
{
    static const WrittenPdf written = [] {
        WrittenPdf w;
        const Result<QByteArray> bytes = PdfWriter().render(samplePlan());
        REQUIRE(bytes.ok());
        w.bytes = bytes.value();
        w.pages = readPdf(w.bytes);
        return w;
    }();
    return written;
}

constexpr double kMmToPt = 72.0 / 25.4;

bool isLandscape(const PdfPage &page)
{
    return page.sizePoints.width() > page.sizePoints.height();
}

// A line broken after a hyphen inside a word ("KH-" / "UBND") reads back
// without the break; every other line break is a space.
QString joinLines(const QString &pageText)
{
    QString text = pageText;
    text.replace(QRegularExpression(QStringLiteral("(\\S-)\\r?\\n")), QStringLiteral("\\1"));
    return normalised(text);
}

} // namespace

TEST_CASE("PDF: A4 pages, portrait then the landscape appendix")
{
    const QList<PdfPage> &pages = samplePdf().pages;
    REQUIRE(pages.size() >= 4);
    bool sawLandscape = false;
    for (const PdfPage &page : pages) {
        if (isLandscape(page)) {
            sawLandscape = true;
            CHECK(page.sizePoints.width() == Approx(842).margin(1));
            CHECK(page.sizePoints.height() == Approx(595).margin(1));
        } else {
            // Portrait pages all come before the appendix.
            CHECK_FALSE(sawLandscape);
            CHECK(page.sizePoints.width() == Approx(595).margin(1));
            CHECK(page.sizePoints.height() == Approx(842).margin(1));
        }
    }
    CHECK(sawLandscape);
    CHECK(isLandscape(pages.last()));
}

TEST_CASE("PDF: no page number on page 1; from page 2 it is centred in the top margin")
{
    QTemporaryFile file;
    REQUIRE(file.open());
    file.write(samplePdf().bytes);
    file.flush();
    QPdfDocument pdf;
    REQUIRE(pdf.load(file.fileName()) == QPdfDocument::Error::None);

    // Page 1 starts with the header block, below the 25 mm top margin.
    const QPdfSelection first = pdf.getAllText(0);
    CHECK(first.text().startsWith(QStringLiteral("ỦY BAN NHÂN DÂN")));
    CHECK(first.boundingRectangle().top() > 24 * kMmToPt);

    for (int page = 1; page < pdf.pageCount(); ++page) {
        INFO("page " << page + 1);
        const QString number = QString::number(page + 1);
        const QPdfSelection all = pdf.getAllText(page);
        CHECK(all.text().startsWith(number + QStringLiteral("\r\n")));
        const QPdfSelection digits = pdf.getSelectionAtIndex(page, 0, int(number.size()));
        CHECK(digits.text() == number);
        const QRectF box = digits.boundingRectangle();
        // In the top margin, about 10 mm from the edge.
        CHECK(box.top() > 8 * kMmToPt);
        CHECK(box.bottom() < 20 * kMmToPt);
        // Centred over the text: 35 mm + half the text width.
        const double centre = pdf.pagePointSize(page).width() > 700 ? (35 + 242 / 2.0) * kMmToPt
                                                                    : (35 + 155 / 2.0) * kMmToPt;
        CHECK(box.center().x() == Approx(centre).margin(2));
        // 13–14 pt digits are about 9 pt tall.
        CHECK(box.height() > 7);
        CHECK(box.height() < 13);
    }
}

TEST_CASE("PDF: the text reads back as the model's text, in order, NFC")
{
    const QList<PdfPage> &pages = samplePdf().pages;
    const QString header = normalised(appendixHeader().join(QLatin1Char(' ')));
    QStringList read;
    bool appendixStarted = false;
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        QString text = joinLines(pages[i].text);
        CHECK(text == text.normalized(QString::NormalizationForm_C));
        if (i > 0) {
            const QString number = QString::number(i + 1) + QLatin1Char(' ');
            REQUIRE(text.startsWith(number));
            text = text.mid(number.size());
        }
        // The appendix table's header row repeats on each of its pages.
        if (isLandscape(pages[i])) {
            if (appendixStarted) {
                REQUIRE(text.startsWith(header));
                text = text.mid(header.size()).trimmed();
            }
            appendixStarted = true;
        }
        read.append(text);
    }
    const QString expected = normalised(samplePlan().textLines().join(QLatin1Char(' ')));
    const QString actual = normalised(read.join(QLatin1Char(' ')));
    if (actual != expected) {
        // Say where they part.
        int at = 0;
        while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
            ++at;
        FAIL("text differs at " << at << ": PDF «" << actual.mid(at - 20, 60).toStdString()
                                << "», model «" << expected.mid(at - 20, 60).toStdString() << "»");
    }
    CHECK(actual.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
}

TEST_CASE("PDF: the fonts are embedded")
{
    const QByteArray &bytes = samplePdf().bytes;
    // Regular, bold, italic and bold italic, each a TrueType subset.
    CHECK(bytes.count("/FontFile2") >= 4);
    const bool serif = bytes.contains("LiberationSerif") || bytes.contains("TimesNewRoman");
    CHECK(serif);
    CHECK_FALSE(bytes.contains("/FontFile3"));
}

TEST_CASE("PDF: the title of the document")
{
    QTemporaryFile file;
    REQUIRE(file.open());
    file.write(samplePdf().bytes);
    file.flush();
    QPdfDocument pdf;
    REQUIRE(pdf.load(file.fileName()) == QPdfDocument::Error::None);
    CHECK(pdf.metaData(QPdfDocument::MetaDataField::Title).toString() ==
          QStringLiteral("Kế hoạch tăng cường truyền thông chính sách năm 2024"));
    // Author and subject travel in the XMP metadata, which starts with a
    // byte order mark.
    const QByteArray &bytes = samplePdf().bytes;
    CHECK(bytes.contains("<?xpacket begin=\"\xEF\xBB\xBF\""));
    CHECK(bytes.contains(
        QStringLiteral("<rdf:li>Sở Thông tin và Truyền thông tỉnh Bắc Kạn</rdf:li>").toUtf8()));
    CHECK(bytes.contains(QStringLiteral("Truyền thông chính sách</rdf:li>").toUtf8()));
}

TEST_CASE("PDF: a row taller than a page is split, its text kept whole and in order")
{
    Document doc;
    Section &s = doc.addSection();
    Table t;
    t.columnWidthsMm = {30, 120};
    t.headerRowCount = 1;
    t.addRow({QStringLiteral("Mục"), QStringLiteral("Nội dung")}, 13, true, Alignment::Center);
    TableRow &row = t.addRow({QStringLiteral("1"), QString()});
    row.cells[1].paragraphs.clear();
    for (int i = 0; i < 70; ++i)
        row.cells[1].paragraphs.append(
            Paragraph(QStringLiteral("Dòng %1 của ô rất cao, tách qua nhiều trang.").arg(i + 1)));
    t.addRow({QStringLiteral("2"), QStringLiteral("Hàng sau ô cao.")});
    s.add(t);

    const PageLayout layout(doc);
    CHECK(layout.pageCount() >= 2);
    const Result<QByteArray> bytes = PdfWriter().render(doc);
    REQUIRE(bytes.ok());
    const QList<PdfPage> pages = readPdf(bytes.value());
    REQUIRE(pages.size() == layout.pageCount());
    QStringList read;
    for (int i = 0; i < pages.size(); ++i) {
        QString text = normalised(pages[i].text);
        if (i > 0) {
            const QString prefix = QString::number(i + 1) + QStringLiteral(" Mục Nội dung ");
            REQUIRE(text.startsWith(prefix)); // the header row again
            text = text.mid(prefix.size());
        }
        read.append(text);
    }
    CHECK(normalised(read.join(QLatin1Char(' '))) ==
          normalised(doc.textLines().join(QLatin1Char(' '))));
}

TEST_CASE("PDF: an empty document gives one blank page")
{
    const Result<QByteArray> bytes = PdfWriter().render(Document());
    REQUIRE(bytes.ok());
    const QList<PdfPage> pages = readPdf(bytes.value(), false);
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].sizePoints.width() == Approx(595).margin(1));
    // Nothing written: no font used.
    CHECK_FALSE(bytes.value().contains("/FontFile2"));
}

TEST_CASE("PDF: a row stays whole on its page unless it may break")
{
    auto build = [](bool allowBreak) {
        Document doc;
        Section &s = doc.addSection();
        for (int i = 0; i < 30; ++i)
            s.add(Paragraph::body(QStringLiteral("Đoạn %1.").arg(i + 1)));
        Table t;
        t.columnWidthsMm = {150};
        TableRow row;
        row.allowBreak = allowBreak;
        TableCell cell;
        for (int i = 0; i < 10; ++i)
            cell.paragraphs.append(Paragraph(QStringLiteral("Dòng %1 của hàng.").arg(i + 1)));
        row.cells.append(cell);
        t.rows.append(row);
        s.add(t);
        const Result<QByteArray> bytes = PdfWriter().render(doc);
        REQUIRE(bytes.ok());
        return readPdf(bytes.value());
    };
    const QList<PdfPage> whole = build(false);
    REQUIRE(whole.size() == 2);
    CHECK_FALSE(whole[0].text.contains(QStringLiteral("Dòng 1 ")));
    CHECK(normalised(whole[1].text).startsWith(QStringLiteral("2 Dòng 1 của hàng.")));

    const QList<PdfPage> broken = build(true);
    REQUIRE(broken.size() == 2);
    CHECK(broken[0].text.contains(QStringLiteral("Dòng 1 của hàng.")));
    CHECK_FALSE(broken[0].text.contains(QStringLiteral("Dòng 10 ")));
    CHECK(broken[1].text.contains(QStringLiteral("Dòng 10 của hàng.")));
}

TEST_CASE("PDF and DOCX: a paragraph of runs in different looks reads back whole")
{
    Document doc;
    Section &s = doc.addSection();
    Paragraph p = Paragraph::body(QString());
    p.runs.clear();
    p.add(Run{QStringLiteral("Kính gửi: "), true})
        .add(Run{QStringLiteral("Bộ Thông tin và Truyền thông"), false, true, false, 13})
        .add(Run{QStringLiteral(" (Cục Báo chí)."), false, false, true});
    s.add(p);
    s.add(Paragraph::body(QStringLiteral("Dòng một\nDòng hai\tsau một tab.")));

    const Result<QByteArray> pdf = PdfWriter().render(doc);
    REQUIRE(pdf.ok());
    const QList<PdfPage> pages = readPdf(pdf.value());
    REQUIRE(pages.size() == 1);
    CHECK(normalised(pages[0].text) == normalised(doc.textLines().join(QLatin1Char(' '))));

    const Result<QByteArray> docx = DocxWriter().render(doc);
    REQUIRE(docx.ok());
    const XmlNode root = parseXml(unzip(docx.value()).value(QStringLiteral("word/document.xml")));
    CHECK(docxParagraphs(root) == doc.textLines());
    const XmlNode *first = root.descendants(QStringLiteral("w:p")).value(0);
    REQUIRE(first);
    const QList<const XmlNode *> runs = first->childrenNamed(QStringLiteral("w:r"));
    REQUIRE(runs.size() == 3);
    CHECK(runs[0]->child(QStringLiteral("w:rPr"))->child(QStringLiteral("w:b")));
    CHECK(runs[1]->child(QStringLiteral("w:rPr"))->child(QStringLiteral("w:i")));
    CHECK(runs[1]
              ->child(QStringLiteral("w:rPr"))
              ->child(QStringLiteral("w:sz"))
              ->attribute(QStringLiteral("w:val")) == QStringLiteral("26"));
    CHECK(runs[2]->child(QStringLiteral("w:rPr"))->child(QStringLiteral("w:u")));
    CHECK(schemaOrderViolations(root).isEmpty());
}

TEST_CASE("PDF and DOCX: a long body name goes down to 12 pt, then onto two even lines alike")
{
    auto build = [](const QString &issuing) {
        Document doc;
        HeaderBlock h;
        h.parentBody = {QStringLiteral("UBND tỉnh Bắc Kạn")};
        h.issuingBody = {issuing};
        h.numberLine = QStringLiteral("Số: 12/BC-STTTT");
        h.dateLine = QStringLiteral("Bắc Kạn, ngày 20 tháng 11 năm 2024");
        doc.addSection().add(h);
        return doc;
    };
    auto issuingParagraph = [](const Document &doc) {
        const Result<QByteArray> docx = DocxWriter().render(doc);
        REQUIRE(docx.ok());
        const XmlNode root =
            parseXml(unzip(docx.value()).value(QStringLiteral("word/document.xml")));
        for (const XmlNode *p : root.descendants(QStringLiteral("w:p")))
            if (p->wordText().startsWith(QStringLiteral("SỞ ")))
                return *p;
        FAIL("no issuing body paragraph");
        return XmlNode();
    };
    auto size = [](const XmlNode &p) {
        return p.child(QStringLiteral("w:r"))
            ->child(QStringLiteral("w:rPr"))
            ->child(QStringLiteral("w:sz"))
            ->attribute(QStringLiteral("w:val"));
    };

    // Short: 13 pt, nothing narrowed.
    const XmlNode shortName = issuingParagraph(build(QStringLiteral("Sở Tư pháp")));
    CHECK(size(shortName) == QStringLiteral("26"));
    CHECK(shortName.child(QStringLiteral("w:pPr"))->child(QStringLiteral("w:ind")) == nullptr);

    // Too long for 67 mm even at 12 pt: 12 pt on two lines of even length,
    // the paragraph's box narrowed the same on both sides.
    const Document longDoc = build(QStringLiteral("Sở Thông tin và Truyền thông"));
    const XmlNode longName = issuingParagraph(longDoc);
    CHECK(size(longName) == QStringLiteral("24"));
    const XmlNode *ind = longName.child(QStringLiteral("w:pPr"))->child(QStringLiteral("w:ind"));
    REQUIRE(ind);
    CHECK(ind->attribute(QStringLiteral("w:left")).toInt() > 200);
    CHECK(ind->attribute(QStringLiteral("w:left")) == ind->attribute(QStringLiteral("w:right")));

    const Result<QByteArray> pdf = PdfWriter().render(longDoc);
    REQUIRE(pdf.ok());
    const QStringList lines =
        readPdf(pdf.value()).value(0).text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.contains(QStringLiteral("SỞ THÔNG TIN VÀ")));
    CHECK(lines.contains(QStringLiteral("TRUYỀN THÔNG")));
}

TEST_CASE("PDF: between two paragraphs, the larger of space after and space before, as in Word")
{
    // Where the second paragraph's text starts on the page, in points.
    auto secondTop = [](double after, double before) {
        Document doc;
        Section &s = doc.addSection();
        Paragraph first(QStringLiteral("Đoạn thứ nhất."));
        first.spaceAfterPt = after;
        Paragraph second(QStringLiteral("Đoạn thứ hai."));
        second.spaceBeforePt = before;
        s.add(first);
        s.add(second);
        const Result<QByteArray> bytes = PdfWriter().render(doc);
        REQUIRE(bytes.ok());
        QTemporaryFile file;
        REQUIRE(file.open());
        file.write(bytes.value());
        file.flush();
        QPdfDocument pdf;
        REQUIRE(pdf.load(file.fileName()) == QPdfDocument::Error::None);
        const QString text = pdf.getAllText(0).text();
        const int at = int(text.indexOf(QStringLiteral("Đoạn thứ hai")));
        REQUIRE(at > 0);
        return pdf.getSelectionAtIndex(0, at, 4).boundingRectangle().top();
    };
    const double twelveAfter = secondTop(12, 0);
    CHECK(secondTop(12, 6) == Approx(twelveAfter).margin(0.1));
    CHECK(secondTop(0, 12) == Approx(twelveAfter).margin(0.1));
    CHECK(secondTop(6, 6) == Approx(twelveAfter - 6).margin(0.1));
}

TEST_CASE("a layout told to stop gives up part way with no pages, and one never told is whole")
{
    const Document doc = largeReport();
    const PageLayout whole(doc);
    REQUIRE(whole.pageCount() > 100);
    CHECK_FALSE(whole.stopped());

    int asked = 0;
    const PageLayout kept(doc, [&asked] {
        ++asked;
        return false;
    });
    CHECK(asked > 10); // asked all along the way, not once at the end
    CHECK_FALSE(kept.stopped());
    CHECK(kept.pageCount() == whole.pageCount());

    int askedBeforeStop = 0;
    const PageLayout given(doc,
                           [&askedBeforeStop, asked] { return ++askedBeforeStop >= asked / 2; });
    CHECK(given.stopped());
    CHECK(given.pageCount() == 0);
    CHECK(askedBeforeStop == asked / 2); // not asked again once it stopped
}
