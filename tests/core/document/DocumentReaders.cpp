#include "DocumentReaders.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QHash>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryFile>
#include <QXmlStreamReader>

namespace ttcs::test {

QMap<QString, QByteArray> unzip(const QByteArray &zip)
{
    QMap<QString, QByteArray> entries;
    QByteArray copy = zip;
    QBuffer buffer(&copy);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = archive.goToFirstFile(); more; more = archive.goToNextFile()) {
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        entries.insert(archive.getCurrentFileName(), file.readAll());
        file.close();
    }
    archive.close();
    return entries;
}

QString XmlNode::attribute(const QString &qualifiedName) const
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.qualifiedName() == qualifiedName)
            return a.value().toString();
    return QString();
}

const XmlNode *XmlNode::child(const QString &childName) const
{
    for (const XmlNode &c : children)
        if (c.name == childName)
            return &c;
    return nullptr;
}

QList<const XmlNode *> XmlNode::childrenNamed(const QString &childName) const
{
    QList<const XmlNode *> found;
    for (const XmlNode &c : children)
        if (c.name == childName)
            found.append(&c);
    return found;
}

namespace {

void collect(const XmlNode &node, const QString &name, QList<const XmlNode *> &out)
{
    for (const XmlNode &c : node.children) {
        if (c.name == name)
            out.append(&c);
        collect(c, name, out);
    }
}

void collectText(const XmlNode &node, QString &out)
{
    if (node.name == QLatin1String("w:t"))
        out += node.text;
    else if (node.name == QLatin1String("w:br"))
        out += QLatin1Char('\n');
    else if (node.name == QLatin1String("w:tab"))
        out += QLatin1Char('\t');
    for (const XmlNode &c : node.children)
        collectText(c, out);
}

} // namespace

QList<const XmlNode *> XmlNode::descendants(const QString &descendantName) const
{
    QList<const XmlNode *> out;
    collect(*this, descendantName, out);
    return out;
}

QString XmlNode::wordText() const
{
    QString out;
    collectText(*this, out);
    return out;
}

XmlNode parseXml(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    XmlNode root;
    QList<XmlNode *> stack;
    stack.append(&root);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            XmlNode node;
            node.name = reader.qualifiedName().toString();
            node.attributes = reader.attributes();
            stack.last()->children.append(node);
            stack.append(&stack.last()->children.last());
        } else if (reader.isEndElement()) {
            stack.removeLast();
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            stack.last()->text += reader.text();
        } else if (reader.isCharacters() && stack.size() > 1 &&
                   stack.last()->name == QLatin1String("w:t")) {
            stack.last()->text += reader.text();
        }
    }
    if (reader.hasError()) {
        if (error)
            *error =
                QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
        return XmlNode();
    }
    return root.children.isEmpty() ? XmlNode() : root.children.first();
}

namespace {

// Sequences of the WordprocessingML schema (ECMA-376 Part 1, transitional).
// "*" stands for any other child (paragraph content, cell content).
const QHash<QString, QStringList> &schemaOrders()
{
    static const QHash<QString, QStringList> orders = [] {
        auto list = [](const char *spaceSeparated) {
            QStringList names;
            for (const QString &n : QString::fromLatin1(spaceSeparated).split(QLatin1Char(' ')))
                names.append(n == QLatin1String("*") ? n : QStringLiteral("w:") + n);
            return names;
        };
        QHash<QString, QStringList> o;
        o.insert(QStringLiteral("w:pPr"),
                 list("pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
                      "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap "
                      "overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd "
                      "snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
                      "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr "
                      "sectPr pPrChange"));
        o.insert(QStringLiteral("w:rPr"),
                 list("rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow "
                      "emboss imprint noProof snapToGrid vanish webHidden color spacing w kern "
                      "position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em "
                      "lang eastAsianLayout specVanish oMath"));
        o.insert(QStringLiteral("w:tblPr"),
                 list("tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize "
                      "tblStyleColBandSize tblW jc tblCellSpacing tblInd tblBorders shd tblLayout "
                      "tblCellMar tblLook tblCaption tblDescription"));
        o.insert(QStringLiteral("w:tcPr"),
                 list("cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar "
                      "textDirection tcFitText vAlign hideMark"));
        o.insert(QStringLiteral("w:sectPr"),
                 list("headerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders "
                      "lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection "
                      "bidi rtlGutter docGrid printerSettings sectPrChange"));
        o.insert(QStringLiteral("w:pBdr"), list("top left bottom right between bar"));
        o.insert(QStringLiteral("w:tblBorders"), list("top left bottom right insideH insideV"));
        o.insert(QStringLiteral("w:tcBorders"),
                 list("top left bottom right insideH insideV tl2br tr2bl"));
        o.insert(QStringLiteral("w:tblCellMar"), list("top left bottom right"));
        o.insert(QStringLiteral("w:style"),
                 list("name aliases basedOn next link autoRedefine hidden uiPriority semiHidden "
                      "unhideWhenUsed qFormat locked personal personalCompose personalReply rsid "
                      "pPr rPr tblPr trPr tcPr tblStylePr"));
        o.insert(QStringLiteral("w:styles"), list("docDefaults latentStyles style"));
        o.insert(QStringLiteral("w:docDefaults"), list("rPrDefault pPrDefault"));
        o.insert(QStringLiteral("w:settings"),
                 list("writeProtection view zoom removePersonalInformation removeDateAndTime "
                      "doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText "
                      "printFractionalCharacterWidth printFormsData embedTrueTypeFonts "
                      "embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins "
                      "alignBordersAndEdges bordersDoNotSurroundHeader bordersDoNotSurroundFooter "
                      "gutterAtTop hideSpellingErrors hideGrammaticalErrors activeWritingStyle "
                      "proofState formsDesign attachedTemplate linkStyles stylePaneFormatFilter "
                      "stylePaneSortMethod documentType mailMerge revisionView trackRevisions "
                      "doNotTrackMoves doNotTrackFormatting documentProtection "
                      "autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop "
                      "autoHyphenation consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps "
                      "showEnvelope summaryLength clickAndTypeStyle defaultTableStyle "
                      "evenAndOddHeaders bookFoldRevPrinting bookFoldPrinting "
                      "bookFoldPrintingSheets drawingGridHorizontalSpacing "
                      "drawingGridVerticalSpacing displayHorizontalDrawingGridEvery "
                      "displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin "
                      "drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData "
                      "noPunctuationKerning characterSpacingControl printTwoOnOne "
                      "strictFirstAndLastChars noLineBreaksAfter noLineBreaksBefore "
                      "savePreviewPicture doNotValidateAgainstSchema saveInvalidXml "
                      "ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml "
                      "saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags "
                      "alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr "
                      "endnotePr compat docVars rsids mathPr attachedSchema themeFontLang "
                      "clrSchemeMapping doNotIncludeSubdocsInStats doNotAutoCompressPictures "
                      "forceUpgrade captions readModeInkLockDown smartTagType schemaLibrary "
                      "shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator"));
        o.insert(QStringLiteral("w:body"), list("* sectPr"));
        o.insert(QStringLiteral("w:p"), list("pPr *"));
        o.insert(QStringLiteral("w:r"), list("rPr *"));
        o.insert(QStringLiteral("w:tbl"), list("tblPr tblGrid *"));
        o.insert(QStringLiteral("w:tr"), list("tblPrEx trPr *"));
        o.insert(QStringLiteral("w:tc"), list("tcPr *"));
        return o;
    }();
    return orders;
}

void checkOrder(const XmlNode &node, const QString &path, QStringList &out)
{
    const auto it = schemaOrders().constFind(node.name);
    if (it != schemaOrders().constEnd()) {
        const QStringList &order = *it;
        const int any = int(order.indexOf(QStringLiteral("*")));
        int last = -1;
        for (const XmlNode &c : node.children) {
            int rank = int(order.indexOf(c.name));
            if (rank < 0 && node.name == QLatin1String("w:sectPr") &&
                c.name == QLatin1String("w:footerReference"))
                rank = 0;
            if (rank < 0)
                rank = any;
            if (rank < 0) {
                out.append(path + QLatin1Char('/') + c.name + QStringLiteral(": unknown here"));
                continue;
            }
            if (rank < last)
                out.append(path + QLatin1Char('/') + c.name + QStringLiteral(": out of order"));
            last = std::max(last, rank);
        }
    }
    for (const XmlNode &c : node.children)
        checkOrder(c, path + QLatin1Char('/') + node.name, out);
}

void collectParagraphs(const XmlNode &node, QStringList &out)
{
    if (node.name == QLatin1String("w:p")) {
        const QString text = node.wordText();
        if (!text.trimmed().isEmpty())
            out.append(text);
        return;
    }
    for (const XmlNode &c : node.children)
        collectParagraphs(c, out);
}

} // namespace

QStringList schemaOrderViolations(const XmlNode &root)
{
    QStringList out;
    checkOrder(root, QString(), out);
    return out;
}

QStringList docxParagraphs(const XmlNode &document)
{
    QStringList out;
    collectParagraphs(document, out);
    return out;
}

QString normalised(const QString &s)
{
    return s.normalized(QString::NormalizationForm_C).simplified();
}

QList<PdfPage> readPdf(const QByteArray &pdf, bool withText)
{
    QList<PdfPage> pages;
    QTemporaryFile file;
    if (!file.open() || file.write(pdf) != pdf.size())
        return pages;
    file.flush();
    QPdfDocument document;
    if (document.load(file.fileName()) != QPdfDocument::Error::None)
        return pages;
    for (int i = 0; i < document.pageCount(); ++i)
        pages.append(PdfPage{document.pagePointSize(i),
                             withText ? document.getAllText(i).text() : QString()});
    return pages;
}

} // namespace ttcs::test
