#include <catch2/catch.hpp>

#include "DocumentReaders.h"
#include "SampleDocument.h"
#include "TestSupport.h"
#include "document/DocxWriter.h"
#include "document/PdfWriter.h"

using namespace ttcs::document;
using namespace ttcs::test;
using ttcs::Result;
using ttcs::Status;

namespace {

struct WrittenDocx
{
    QMap<QString, QByteArray> parts;
    XmlNode document;
    XmlNode styles;
};

const WrittenDocx &sampleDocx()
{
    static const WrittenDocx written = [] {
        WrittenDocx w;
        const Result<QByteArray> bytes = DocxWriter().render(samplePlan());
        REQUIRE(bytes.ok());
        w.parts = unzip(bytes.value());
        w.document = parseXml(w.parts.value(QStringLiteral("word/document.xml")));
        w.styles = parseXml(w.parts.value(QStringLiteral("word/styles.xml")));
        return w;
    }();
    return written;
}

// The run whose text is exactly `text`.
const XmlNode *runWithText(const XmlNode &root, const QString &text)
{
    for (const XmlNode *r : root.descendants(QStringLiteral("w:r")))
        if (r->wordText() == text)
            return r;
    return nullptr;
}

// The paragraph whose text is exactly `text`.
const XmlNode *paragraphWithText(const XmlNode &root, const QString &text)
{
    for (const XmlNode *p : root.descendants(QStringLiteral("w:p")))
        if (p->wordText() == text)
            return p;
    return nullptr;
}

QString runSize(const XmlNode *run)
{
    const XmlNode *rPr = run ? run->child(QStringLiteral("w:rPr")) : nullptr;
    const XmlNode *sz = rPr ? rPr->child(QStringLiteral("w:sz")) : nullptr;
    return sz ? sz->attribute(QStringLiteral("w:val")) : QString();
}

bool runHas(const XmlNode *run, const QString &property)
{
    const XmlNode *rPr = run ? run->child(QStringLiteral("w:rPr")) : nullptr;
    return rPr && rPr->child(property);
}

// The table whose text contains `text`.
const XmlNode *tableWithText(const XmlNode &root, const QString &text)
{
    for (const XmlNode *t : root.descendants(QStringLiteral("w:tbl")))
        if (t->wordText().contains(text))
            return t;
    return nullptr;
}

bool bordersAllNil(const XmlNode *table)
{
    const XmlNode *borders =
        table->child(QStringLiteral("w:tblPr"))->child(QStringLiteral("w:tblBorders"));
    if (!borders || borders->children.size() != 6)
        return false;
    for (const XmlNode &side : borders->children)
        if (side.attribute(QStringLiteral("w:val")) != QLatin1String("nil"))
            return false;
    // No cell brings borders of its own.
    return table->descendants(QStringLiteral("w:tcBorders")).isEmpty();
}

QList<int> gridWidths(const XmlNode *table)
{
    QList<int> widths;
    for (const XmlNode *col :
         table->child(QStringLiteral("w:tblGrid"))->childrenNamed(QStringLiteral("w:gridCol")))
        widths.append(col->attribute(QStringLiteral("w:w")).toInt());
    return widths;
}

} // namespace

TEST_CASE("DOCX: every part is there, well formed and declared")
{
    const WrittenDocx &w = sampleDocx();
    for (const char *name :
         {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
          "word/settings.xml", "word/header1.xml", "word/header2.xml",
          "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml"}) {
        INFO(name);
        CHECK(w.parts.contains(QString::fromLatin1(name)));
    }
    for (auto it = w.parts.cbegin(); it != w.parts.cend(); ++it) {
        INFO(it.key().toStdString());
        QString error;
        const XmlNode root = parseXml(it.value(), &error);
        CHECK(error.isEmpty());
        CHECK_FALSE(root.name.isEmpty());
    }

    // Each part has a content type; each override names a real part.
    const XmlNode types = parseXml(w.parts.value(QStringLiteral("[Content_Types].xml")));
    QStringList overridden;
    for (const XmlNode *o : types.childrenNamed(QStringLiteral("Override")))
        overridden.append(o->attribute(QStringLiteral("PartName")).mid(1));
    for (const QString &part : overridden)
        CHECK(w.parts.contains(part));
    for (auto it = w.parts.cbegin(); it != w.parts.cend(); ++it) {
        if (it.key().endsWith(QLatin1String(".rels")) ||
            it.key() == QLatin1String("[Content_Types].xml"))
            continue;
        INFO(it.key().toStdString());
        CHECK(overridden.contains(it.key()));
    }

    // Each relationship points at a part that exists.
    const XmlNode rels = parseXml(w.parts.value(QStringLiteral("word/_rels/document.xml.rels")));
    for (const XmlNode *r : rels.childrenNamed(QStringLiteral("Relationship")))
        CHECK(w.parts.contains(QStringLiteral("word/") + r->attribute(QStringLiteral("Target"))));
    const XmlNode packageRels = parseXml(w.parts.value(QStringLiteral("_rels/.rels")));
    for (const XmlNode *r : packageRels.childrenNamed(QStringLiteral("Relationship")))
        CHECK(w.parts.contains(r->attribute(QStringLiteral("Target"))));
}

TEST_CASE("DOCX: child elements follow the schema's order, as Word demands")
{
    const WrittenDocx &w = sampleDocx();
    for (const char *name :
         {"word/document.xml", "word/styles.xml", "word/settings.xml", "word/header1.xml"}) {
        INFO(name);
        const XmlNode root = parseXml(w.parts.value(QString::fromLatin1(name)));
        const QStringList violations = schemaOrderViolations(root);
        CAPTURE(violations.mid(0, 5).join(QStringLiteral("; ")).toStdString());
        CHECK(violations.isEmpty());
    }
}

TEST_CASE("DOCX: Times New Roman 14 pt in Vietnamese by default")
{
    const XmlNode *defaults = sampleDocx().styles.child(QStringLiteral("w:docDefaults"));
    REQUIRE(defaults);
    const XmlNode *rPr =
        defaults->child(QStringLiteral("w:rPrDefault"))->child(QStringLiteral("w:rPr"));
    const XmlNode *fonts = rPr->child(QStringLiteral("w:rFonts"));
    REQUIRE(fonts);
    for (const char *slot : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
        CHECK(fonts->attribute(QString::fromLatin1(slot)) == QStringLiteral("Times New Roman"));
    CHECK(rPr->child(QStringLiteral("w:sz"))->attribute(QStringLiteral("w:val")) ==
          QStringLiteral("28"));
    CHECK(rPr->child(QStringLiteral("w:lang"))->attribute(QStringLiteral("w:val")) ==
          QStringLiteral("vi-VN"));
    // No run names another font.
    CHECK(sampleDocx().document.descendants(QStringLiteral("w:rFonts")).isEmpty());
}

TEST_CASE("DOCX: A4 sections with the official margins, the appendix landscape")
{
    const XmlNode &doc = sampleDocx().document;
    const QList<const XmlNode *> sections = doc.descendants(QStringLiteral("w:sectPr"));
    REQUIRE(sections.size() == 2);

    const XmlNode *first = sections[0];
    const XmlNode *size = first->child(QStringLiteral("w:pgSz"));
    CHECK(size->attribute(QStringLiteral("w:w")) == QStringLiteral("11906"));
    CHECK(size->attribute(QStringLiteral("w:h")) == QStringLiteral("16838"));
    CHECK(size->attribute(QStringLiteral("w:orient")).isEmpty());
    const XmlNode *margins = first->child(QStringLiteral("w:pgMar"));
    CHECK(margins->attribute(QStringLiteral("w:top")) == QStringLiteral("1417"));    // 25 mm
    CHECK(margins->attribute(QStringLiteral("w:bottom")) == QStringLiteral("1134")); // 20 mm
    CHECK(margins->attribute(QStringLiteral("w:left")) == QStringLiteral("1984"));   // 35 mm
    CHECK(margins->attribute(QStringLiteral("w:right")) == QStringLiteral("1134"));  // 20 mm
    CHECK(margins->attribute(QStringLiteral("w:header")) == QStringLiteral("567"));  // 10 mm

    const XmlNode *second = sections[1];
    const XmlNode *landscape = second->child(QStringLiteral("w:pgSz"));
    CHECK(landscape->attribute(QStringLiteral("w:w")) == QStringLiteral("16838"));
    CHECK(landscape->attribute(QStringLiteral("w:h")) == QStringLiteral("11906"));
    CHECK(landscape->attribute(QStringLiteral("w:orient")) == QStringLiteral("landscape"));
    // The appendix is the body's last section; the first ends in a paragraph.
    CHECK(doc.child(QStringLiteral("w:body"))->children.last().name == QStringLiteral("w:sectPr"));
}

TEST_CASE("DOCX: page numbers from page 2, a PAGE field centred in the header")
{
    const WrittenDocx &w = sampleDocx();
    const XmlNode *first = w.document.descendants(QStringLiteral("w:sectPr")).first();
    CHECK(first->child(QStringLiteral("w:titlePg")));
    QMap<QString, QString> targets;
    const XmlNode rels = parseXml(w.parts.value(QStringLiteral("word/_rels/document.xml.rels")));
    for (const XmlNode *r : rels.childrenNamed(QStringLiteral("Relationship")))
        targets.insert(r->attribute(QStringLiteral("Id")), r->attribute(QStringLiteral("Target")));
    QString defaultHeader;
    QString firstHeader;
    for (const XmlNode *ref : first->childrenNamed(QStringLiteral("w:headerReference"))) {
        const QString target = targets.value(ref->attribute(QStringLiteral("r:id")));
        if (ref->attribute(QStringLiteral("w:type")) == QLatin1String("default"))
            defaultHeader = target;
        else if (ref->attribute(QStringLiteral("w:type")) == QLatin1String("first"))
            firstHeader = target;
    }
    REQUIRE_FALSE(defaultHeader.isEmpty());
    REQUIRE_FALSE(firstHeader.isEmpty());

    const XmlNode header = parseXml(w.parts.value(QStringLiteral("word/") + defaultHeader));
    const QList<const XmlNode *> instructions = header.descendants(QStringLiteral("w:instrText"));
    REQUIRE(instructions.size() == 1);
    CHECK(instructions[0]->text.trimmed() == QStringLiteral("PAGE"));
    CHECK(header.descendants(QStringLiteral("w:fldChar")).size() == 3);
    const XmlNode *jc = header.descendants(QStringLiteral("w:jc")).value(0);
    REQUIRE(jc);
    CHECK(jc->attribute(QStringLiteral("w:val")) == QStringLiteral("center"));
    const QString size =
        header.descendants(QStringLiteral("w:sz")).value(0)->attribute(QStringLiteral("w:val"));
    CHECK((size == QLatin1String("26") || size == QLatin1String("28")));

    const XmlNode firstPage = parseXml(w.parts.value(QStringLiteral("word/") + firstHeader));
    CHECK(firstPage.descendants(QStringLiteral("w:instrText")).isEmpty());
    CHECK(firstPage.wordText().trimmed().isEmpty());
}

TEST_CASE("DOCX: header and signature blocks are borderless fixed tables of the right widths")
{
    const XmlNode &doc = sampleDocx().document;
    const XmlNode *header =
        tableWithText(doc, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    REQUIRE(header);
    CHECK(bordersAllNil(header));
    const XmlNode *tblPr = header->child(QStringLiteral("w:tblPr"));
    CHECK(tblPr->child(QStringLiteral("w:tblLayout"))->attribute(QStringLiteral("w:type")) ==
          QStringLiteral("fixed"));
    CHECK(gridWidths(header) == QList<int>{3798, 5669}); // 67 mm + 100 mm
    CHECK(tblPr->child(QStringLiteral("w:tblInd"))->attribute(QStringLiteral("w:w")) ==
          QStringLiteral("-680"));

    const XmlNode *signature = tableWithText(doc, QStringLiteral("Nơi nhận:"));
    REQUIRE(signature);
    CHECK(bordersAllNil(signature));
    CHECK(gridWidths(signature) == QList<int>{3005, 6293}); // 53 mm + 111 mm
}

TEST_CASE("DOCX: header, title and signature in the sizes of Nghị định 30")
{
    const XmlNode &doc = sampleDocx().document;
    struct Expect
    {
        const char *text;
        const char *size;
        bool bold;
        bool italic;
    };
    const Expect expectations[] = {
        {"ỦY BAN NHÂN DÂN", "26", true, false},
        {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "26", true, false},
        {"Độc lập - Tự do - Hạnh phúc", "28", true, false},
        {"Số: 05/KH-UBND", "26", false, false},
        {"Bắc Kạn, ngày 05 tháng 01 năm 2024", "28", false, true},
        {"KẾ HOẠCH", "28", true, false},
        {"Nơi nhận:", "24", true, true},
        {"- Như trên;", nullptr, false, false},
        {"- CT, các PCT UBND tỉnh;", "22", false, false},
        {"- Lưu: VT, Nhung VX.", "22", false, false},
        {"TM. ỦY BAN NHÂN DÂN", "28", true, false},
        {"PHÓ CHỦ TỊCH", "28", true, false},
        {"Phạm Duy Hưng", "28", true, false},
        {"I. MỤC ĐÍCH, YÊU CẦU", "28", true, false},
    };
    for (const Expect &e : expectations) {
        if (!e.size)
            continue;
        const QString text = QString::fromUtf8(e.text);
        INFO(e.text);
        const XmlNode *run = runWithText(doc, text);
        if (!run) {
            // Lines of a multi-line paragraph ("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN").
            for (const XmlNode *r : doc.descendants(QStringLiteral("w:r")))
                if (r->wordText().split(QLatin1Char('\n')).contains(text))
                    run = r;
        }
        REQUIRE(run);
        CHECK(runSize(run) == QString::fromLatin1(e.size));
        CHECK(runHas(run, QStringLiteral("w:b")) == e.bold);
        CHECK(runHas(run, QStringLiteral("w:i")) == e.italic);
    }

    // Header paragraphs: centred, no space after.
    const XmlNode *motto =
        paragraphWithText(doc, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    REQUIRE(motto);
    const XmlNode *pPr = motto->child(QStringLiteral("w:pPr"));
    CHECK(pPr->child(QStringLiteral("w:jc"))->attribute(QStringLiteral("w:val")) ==
          QStringLiteral("center"));
    CHECK(pPr->child(QStringLiteral("w:spacing")) == nullptr);
}

TEST_CASE("DOCX: body text justified with a 1 cm first-line indent and 6 pt between paragraphs")
{
    const XmlNode &doc = sampleDocx().document;
    const XmlNode *body = nullptr;
    for (const XmlNode *p : doc.descendants(QStringLiteral("w:p")))
        if (p->wordText().startsWith(QStringLiteral("1. Truyền thông nâng cao nhận thức")))
            body = p;
    REQUIRE(body);
    const XmlNode *pPr = body->child(QStringLiteral("w:pPr"));
    CHECK(pPr->child(QStringLiteral("w:jc"))->attribute(QStringLiteral("w:val")) ==
          QStringLiteral("both"));
    CHECK(pPr->child(QStringLiteral("w:ind"))->attribute(QStringLiteral("w:firstLine")) ==
          QStringLiteral("567"));
    CHECK(pPr->child(QStringLiteral("w:spacing"))->attribute(QStringLiteral("w:after")) ==
          QStringLiteral("120"));

    const XmlNode *heading = paragraphWithText(doc, QStringLiteral("I. MỤC ĐÍCH, YÊU CẦU"));
    REQUIRE(heading);
    CHECK(heading->child(QStringLiteral("w:pPr"))
              ->child(QStringLiteral("w:pStyle"))
              ->attribute(QStringLiteral("w:val")) == QStringLiteral("Heading1"));
    CHECK(heading->child(QStringLiteral("w:pPr"))->child(QStringLiteral("w:keepNext")));
    const XmlNode *basis = nullptr;
    for (const XmlNode *p : doc.descendants(QStringLiteral("w:p")))
        if (p->wordText().startsWith(QStringLiteral("Căn cứ Chỉ thị")))
            basis = p;
    REQUIRE(basis);
    CHECK(runHas(basis->child(QStringLiteral("w:r")), QStringLiteral("w:i")));
}

TEST_CASE("DOCX: the lines are drawn borders, not typed underscores")
{
    const XmlNode &doc = sampleDocx().document;
    int rules = 0;
    const QList<const XmlNode *> paragraphs = doc.descendants(QStringLiteral("w:p"));
    for (int i = 0; i < paragraphs.size(); ++i) {
        const XmlNode *pPr = paragraphs[i]->child(QStringLiteral("w:pPr"));
        const XmlNode *border = pPr ? pPr->child(QStringLiteral("w:pBdr")) : nullptr;
        if (!border)
            continue;
        ++rules;
        const XmlNode *bottom = border->child(QStringLiteral("w:bottom"));
        REQUIRE(bottom);
        CHECK(bottom->attribute(QStringLiteral("w:val")) == QStringLiteral("single"));
        CHECK(paragraphs[i]->wordText().isEmpty());
        // Under a line of text: the issuing body, the slogan, the trích yếu.
        REQUIRE(i > 0);
        const QString above = paragraphs[i - 1]->wordText();
        CHECK((above.contains(QStringLiteral("TỈNH BẮC KẠN")) ||
               above == QStringLiteral("Độc lập - Tự do - Hạnh phúc") ||
               above.startsWith(QStringLiteral("Tăng cường truyền thông chính sách"))));
    }
    CHECK(rules == 3);
    CHECK_FALSE(doc.wordText().contains(QStringLiteral("___")));
}

TEST_CASE("DOCX: the appendix table's header row repeats on every page")
{
    const XmlNode &doc = sampleDocx().document;
    const XmlNode *table = tableWithText(doc, QStringLiteral("Điện thoại"));
    REQUIRE(table);
    const QList<const XmlNode *> rows = table->childrenNamed(QStringLiteral("w:tr"));
    CHECK(rows.size() == 61);
    const XmlNode *trPr = rows[0]->child(QStringLiteral("w:trPr"));
    REQUIRE(trPr);
    CHECK(trPr->child(QStringLiteral("w:tblHeader")));
    // Body rows stay whole on a page, and do not repeat.
    const XmlNode *bodyRow = rows[1]->child(QStringLiteral("w:trPr"));
    REQUIRE(bodyRow);
    CHECK(bodyRow->child(QStringLiteral("w:cantSplit")));
    CHECK(bodyRow->child(QStringLiteral("w:tblHeader")) == nullptr);
    const XmlNode *borders =
        table->child(QStringLiteral("w:tblPr"))->child(QStringLiteral("w:tblBorders"));
    CHECK(borders->child(QStringLiteral("w:insideH"))->attribute(QStringLiteral("w:val")) ==
          QStringLiteral("single"));
}

TEST_CASE("DOCX: the text in document order is the model's text")
{
    const Document doc = samplePlan();
    CHECK(docxParagraphs(sampleDocx().document) == doc.textLines());
}

TEST_CASE("DOCX: document properties")
{
    const XmlNode core = parseXml(sampleDocx().parts.value(QStringLiteral("docProps/core.xml")));
    CHECK(core.child(QStringLiteral("dc:title"))->text ==
          QStringLiteral("Kế hoạch tăng cường truyền thông chính sách năm 2024"));
    CHECK(core.child(QStringLiteral("dc:creator"))->text ==
          QStringLiteral("Sở Thông tin và Truyền thông tỉnh Bắc Kạn"));
    CHECK(core.child(QStringLiteral("dc:subject"))->text ==
          QStringLiteral("Truyền thông chính sách"));
    CHECK(core.child(QStringLiteral("dcterms:created"))->text ==
          QStringLiteral("2024-01-05T08:00:00Z"));
}

TEST_CASE("DOCX: merged cells, short rows and odd characters stay valid")
{
    Document doc;
    Section &s = doc.addSection();
    Table t;
    t.columnWidthsMm = {20, 40, 40};
    TableRow first;
    TableCell tall = TableCell::text(QStringLiteral("Hai hàng"));
    tall.rowSpan = 2;
    tall.verticalAlignment = VerticalAlignment::Center;
    TableCell wide = TableCell::text(QStringLiteral("Hai cột"));
    wide.columnSpan = 2;
    first.cells = {tall, wide};
    t.rows.append(first);
    t.addRow({QStringLiteral("b"), QStringLiteral("c")});
    t.addRow({QStringLiteral("chỉ một ô\u0001 có\tký tự lạ & <>")});
    s.add(t);
    const Result<QByteArray> bytes = DocxWriter().render(doc);
    REQUIRE(bytes.ok());
    const QMap<QString, QByteArray> parts = unzip(bytes.value());
    QString error;
    const XmlNode root = parseXml(parts.value(QStringLiteral("word/document.xml")), &error);
    REQUIRE(error.isEmpty());
    CHECK(schemaOrderViolations(root).isEmpty());
    const QList<const XmlNode *> rows = root.descendants(QStringLiteral("w:tr"));
    REQUIRE(rows.size() == 3);
    // Every row fills the three grid columns.
    for (const XmlNode *row : rows) {
        int columns = 0;
        for (const XmlNode *tc : row->childrenNamed(QStringLiteral("w:tc"))) {
            const XmlNode *span =
                tc->child(QStringLiteral("w:tcPr"))->child(QStringLiteral("w:gridSpan"));
            columns += span ? span->attribute(QStringLiteral("w:val")).toInt() : 1;
            CHECK_FALSE(tc->childrenNamed(QStringLiteral("w:p")).isEmpty());
        }
        CHECK(columns == 3);
    }
    const QList<const XmlNode *> merges = root.descendants(QStringLiteral("w:vMerge"));
    REQUIRE(merges.size() == 2);
    CHECK(merges[0]->attribute(QStringLiteral("w:val")) == QStringLiteral("restart"));
    CHECK(merges[1]->attribute(QStringLiteral("w:val")) == QStringLiteral("continue"));
    CHECK(docxParagraphs(root).contains(QStringLiteral("chỉ một ô có\tký tự lạ & <>")));
}

TEST_CASE("DOCX: an empty document is still a valid file")
{
    const Result<QByteArray> bytes = DocxWriter().render(Document());
    REQUIRE(bytes.ok());
    const QMap<QString, QByteArray> parts = unzip(bytes.value());
    QString error;
    const XmlNode root = parseXml(parts.value(QStringLiteral("word/document.xml")), &error);
    CHECK(error.isEmpty());
    CHECK(root.descendants(QStringLiteral("w:sectPr")).size() == 1);
}

TEST_CASE("DOCX: a trích yếu of two lines is narrowed to two even lines, as in the PDF")
{
    const XmlNode &doc = sampleDocx().document;
    const XmlNode *subject = paragraphWithText(
        doc,
        QStringLiteral("Tăng cường truyền thông chính sách trên địa bàn tỉnh Bắc Kạn năm 2024"));
    REQUIRE(subject);
    const XmlNode *ind = subject->child(QStringLiteral("w:pPr"))->child(QStringLiteral("w:ind"));
    REQUIRE(ind);
    CHECK(ind->attribute(QStringLiteral("w:left")).toInt() > 500);
    CHECK(ind->attribute(QStringLiteral("w:left")) == ind->attribute(QStringLiteral("w:right")));

    const Result<QByteArray> pdf = PdfWriter().render(samplePlan(5));
    REQUIRE(pdf.ok());
    const QStringList lines =
        readPdf(pdf.value()).value(0).text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.contains(QStringLiteral("Tăng cường truyền thông chính sách")));
    CHECK(lines.contains(QStringLiteral("trên địa bàn tỉnh Bắc Kạn năm 2024")));
}
