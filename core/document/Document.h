// A Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
// sections of A4 pages holding paragraphs, tables, the header block (issuing
// body, national motto, number and date) and the signature block. Plain value
// types, cheap to build and copy; report builders fill them in and
// DocxWriter, PdfWriter and PageLayout turn them into files and pages.
// Text is stored as given and should already be NFC.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace ttcs::document {

enum class Alignment
{
    Left,
    Center,
    Right,
    Justify
};
enum class VerticalAlignment
{
    Top,
    Center,
    Bottom
};
enum class Orientation
{
    Portrait,
    Landscape
};

// A stretch of text with one look. sizePt 0 means the paragraph's size.
struct Run
{
    QString text;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    double sizePt = 0;
};

// A paragraph. A line break inside a run is written as '\n'.
struct Paragraph
{
    QList<Run> runs;
    Alignment alignment = Alignment::Left;
    double sizePt = 14;
    double firstLineIndentMm = 0;
    double leftIndentMm = 0;
    double rightIndentMm = 0;
    double spaceBeforePt = 0;
    double spaceAfterPt = 0;
    // A multiple of single line spacing (1.0 to 1.5 for body text).
    double lineSpacing = 1.0;
    // 1, 2, 3: an outline heading ("I. MỤC ĐÍCH, YÊU CẦU" is level 1).
    int headingLevel = 0;
    bool keepWithNext = false;
    // A solid line centred under the text, this fraction of the width of
    // its widest line as laid out (0: none). Used under the issuing body
    // (1/3 to 1/2), the slogan (1) and the trích yếu (1/3 to 1/2).
    double ruleFraction = 0;
    // When the widest line of the text does not fit on one line at sizePt,
    // the largest size, in half-point steps down to this one, at which it
    // does (0: keep sizePt). The header block's bodies: 13 pt, down to 12.
    double minSizePt = 0;
    // A paragraph that wraps gets lines of even length: its box narrowed to
    // the least width that keeps the number of lines (a trích yếu of two
    // lines, not one line and a word).
    bool balanceLines = false;

    Paragraph() = default;
    explicit Paragraph(const QString &text) { runs.append(Run{text}); }

    // All runs' text joined.
    QString text() const;
    Paragraph &add(const Run &run)
    {
        runs.append(run);
        return *this;
    }

    // Body text: justified, first-line indent 10 mm, 6 pt after, 14 pt.
    static Paragraph body(const QString &text);
    // A list item written as body text, "- Nội dung: ..." or "a) ...".
    static Paragraph listItem(const QString &marker, const QString &text);
    // A legal basis (căn cứ): body text in italic.
    static Paragraph legalBasis(const QString &text);
    // A heading: level 1 "I. MỤC ĐÍCH, YÊU CẦU" (bold), level 2
    // "1. Công khai thông tin" (bold), level 3 "3.1. ..." (italic).
    // Indented like body text, 6 pt above, kept with the next paragraph.
    static Paragraph heading(int level, const QString &text);
    // The tên loại ("KẾ HOẠCH"): upper case, bold, centred, 14 pt.
    static Paragraph documentTitle(const QString &text);
    // The trích yếu: bold, centred, with a line under it of a third of its
    // width.
    static Paragraph documentSubject(const QString &text);
    // A centred line of the given look (appendix titles, "Kính gửi").
    static Paragraph centered(const QString &text, double sizePt = 14, bool bold = false,
                              bool italic = false);
};

struct TableCell
{
    QList<Paragraph> paragraphs;
    int columnSpan = 1;
    // Cells covered by a row span are left out of the rows below.
    int rowSpan = 1;
    VerticalAlignment verticalAlignment = VerticalAlignment::Top;

    // A cell of one paragraph, 2 pt above and below.
    static TableCell text(const QString &text, double sizePt = 13,
                          Alignment alignment = Alignment::Left, bool bold = false);
};

struct TableRow
{
    QList<TableCell> cells;
    // A row stays whole on one page (DOCX: w:cantSplit) unless it is taller
    // than a page. With allowBreak it may run over the foot of a page, as
    // Word's rows do by default.
    bool allowBreak = false;
};

struct Table
{
    QList<double> columnWidthsMm;
    QList<TableRow> rows;
    // The first rows, repeated at the top of every page the table runs onto.
    int headerRowCount = 0;
    bool borders = true;
    // Shift from the left text edge; negative to reach into the left margin.
    double indentMm = 0;
    // Cell padding, Word's defaults.
    double cellPaddingLeftMm = 1.9;
    double cellPaddingRightMm = 1.9;

    double widthMm() const;
    // The column widths scaled down, when needed, so that the table ends
    // at the right edge of a text area `availableMm` wide.
    QList<double> fittedColumnWidthsMm(double availableMm) const;
    // Appends a row of one-paragraph cells.
    TableRow &addRow(const QStringList &texts, double sizePt = 13, bool bold = false,
                     Alignment alignment = Alignment::Left);
};

struct PageBreak
{};

// The header block of page 1: a borderless two-column table. Left: the
// parent body (upper, 13), the issuing body (upper, bold, 13, line under it)
// and the number line (13); right: the motto (upper, bold, 13), the slogan
// (bold, 14, line as long as the text) and the place and date (italic, 14).
// Each drops half a point at a time (to 12 or 13) where it would wrap, and
// wraps into even lines where even that is too long.
struct HeaderBlock
{
    QStringList parentBody;
    QStringList issuingBody;
    QString numberLine;
    QString motto = QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    QString slogan = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
    QString dateLine;
    // A letter's (công văn's) subject, "V/v đôn đốc báo cáo …": under the
    // number line, 12 pt; empty for documents with a tên loại.
    QString subject;
    double leftWidthMm = 67;
    double rightWidthMm = 100;
    double issuingRuleFraction = 0.4;

    // The table both writers draw, for a text area this wide.
    Table toTable(double textWidthMm) const;
};

// The signature block: a borderless two-column table. Left: "Nơi nhận:"
// (bold italic, 12) and the recipients (11), "- …;" each, the last
// "- Lưu: …."; right: the authority lines (upper, bold, 14), room for the
// signature and the signer's name (bold, 14).
struct SignatureBlock
{
    // Bare names: "Như trên", "Sở Tư pháp"; dashes and ";" are added.
    QStringList recipients;
    // What follows "Lưu: ", e.g. "VT, VX".
    QString archive = QStringLiteral("VT");
    // "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH".
    QStringList authority;
    QString signerName;
    double leftWidthMm = 53;
    double rightWidthMm = 111;
    double signatureSpaceMm = 25;

    // The recipient lines as printed.
    QStringList recipientLines() const;
    Table toTable(double textWidthMm) const;
};

using Block = std::variant<Paragraph, Table, PageBreak, HeaderBlock, SignatureBlock>;

struct PageMargins
{
    double topMm = 25;
    double bottomMm = 20;
    double leftMm = 35;
    double rightMm = 20;
    // From the top edge to the page number.
    double headerMm = 10;
};

// A run of pages of one orientation and margins; a new section starts a new
// page.
struct Section
{
    Orientation orientation = Orientation::Portrait;
    PageMargins margins;
    QList<Block> blocks;

    double pageWidthMm() const;
    double pageHeightMm() const;
    double textWidthMm() const;
    double textHeightMm() const;
    Section &add(const Block &block)
    {
        blocks.append(block);
        return *this;
    }
};

struct DocumentProperties
{
    QString title;
    QString subject;
    QString author;
    QString keywords;
    // Invalid: the time of writing.
    QDateTime created;
};

struct PageNumbering
{
    bool enabled = true;
    bool onFirstPage = false;
    double sizePt = 14;
};

struct Document
{
    DocumentProperties properties;
    PageNumbering pageNumbers;
    QList<Section> sections;

    // The new, last section. The reference holds until the next call.
    Section &addSection(Orientation orientation = Orientation::Portrait);
    // The text of every non-empty paragraph in reading order: blocks in
    // order, table cells row by row; header and signature blocks as the
    // tables they are drawn as. What a DOCX or PDF reader should find.
    QStringList textLines() const;
};

// The text as the writers put it on paper: control characters other than
// tab and line break are dropped (XML cannot hold them, fonts draw boxes).
QString printableText(const QString &text);

// A4 in millimetres.
inline constexpr double kA4ShortMm = 210.0;
inline constexpr double kA4LongMm = 297.0;

} // namespace ttcs::document
