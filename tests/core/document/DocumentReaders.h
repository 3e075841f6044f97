// Reading written documents back in tests: the parts of a DOCX, a small
// XML tree, the order rules Word enforces, and the pages of a PDF.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QXmlStreamAttributes>

#include <memory>

namespace ttcs::test {

// Every entry of a zip archive, by name. Empty when it is not a zip.
QMap<QString, QByteArray> unzip(const QByteArray &zip);

// An XML element with its attributes (qualified names as written),
// children and own text.
struct XmlNode
{
    QString name;
    QXmlStreamAttributes attributes;
    QList<XmlNode> children;
    QString text;

    QString attribute(const QString &qualifiedName) const;
    const XmlNode *child(const QString &name) const;
    QList<const XmlNode *> childrenNamed(const QString &name) const;
    // Every element below this one of that name, in document order.
    QList<const XmlNode *> descendants(const QString &name) const;
    // The text of every w:t below, with w:br as '\n' and w:tab as '\t'.
    QString wordText() const;
};

// Parses XML; on error `error` says where and the tree is empty.
XmlNode parseXml(const QByteArray &xml, QString *error = nullptr);

// Children out of the order of the WordprocessingML schema, or unknown to
// it, under the parents Word is strict about (w:pPr, w:rPr, w:tblPr,
// w:tcPr, w:sectPr, borders, w:style, w:settings, ...). Empty when fine.
QStringList schemaOrderViolations(const XmlNode &root);

// The text of each non-empty paragraph of word/document.xml, in order.
QStringList docxParagraphs(const XmlNode &document);

// White space folded to single spaces and trimmed, NFC.
QString normalised(const QString &s);

struct PdfPage
{
    QSizeF sizePoints;
    QString text;
};

// The pages of a PDF as QtPdf reads them. Empty when it does not load.
// Without `withText`, only the sizes (QtPdf 6.4 leaks when it looks for
// text on a page that has none).
QList<PdfPage> readPdf(const QByteArray &pdf, bool withText = true);

} // namespace ttcs::test
