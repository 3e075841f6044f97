#include "PdfWriter.h"

#include "AtomicFile.h"
#include "FontSet.h"
#include "PageLayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QXmlStreamWriter>

namespace ttcs::document {

namespace {

// QPdfWriter writes only a title and a creator in the document information;
// author, subject and keywords go into the XMP metadata.
QByteArray xmpMetadata(const DocumentProperties &props, const QDateTime &created)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeProcessingInstruction(
        QStringLiteral("xpacket"),
        QStringLiteral("begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    x.writeStartElement(QStringLiteral("x:xmpmeta"));
    x.writeAttribute(QStringLiteral("xmlns:x"), QStringLiteral("adobe:ns:meta/"));
    x.writeStartElement(QStringLiteral("rdf:RDF"));
    x.writeAttribute(QStringLiteral("xmlns:rdf"),
                     QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#"));
    x.writeStartElement(QStringLiteral("rdf:Description"));
    x.writeAttribute(QStringLiteral("rdf:about"), QString());
    x.writeAttribute(QStringLiteral("xmlns:dc"),
                     QStringLiteral("http://purl.org/dc/elements/1.1/"));
    x.writeAttribute(QStringLiteral("xmlns:pdf"), QStringLiteral("http://ns.adobe.com/pdf/1.3/"));
    x.writeAttribute(QStringLiteral("xmlns:xmp"), QStringLiteral("http://ns.adobe.com/xap/1.0/"));
    auto alt = [&x](const QString &name, const QString &value) {
        x.writeStartElement(name);
        x.writeStartElement(QStringLiteral("rdf:Alt"));
        x.writeStartElement(QStringLiteral("rdf:li"));
        x.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
        x.writeCharacters(value);
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    };
    alt(QStringLiteral("dc:title"), props.title);
    alt(QStringLiteral("dc:description"), props.subject);
    x.writeStartElement(QStringLiteral("dc:creator"));
    x.writeStartElement(QStringLiteral("rdf:Seq"));
    x.writeTextElement(QStringLiteral("rdf:li"), props.author);
    x.writeEndElement();
    x.writeEndElement();
    x.writeTextElement(QStringLiteral("pdf:Keywords"), props.keywords);
    x.writeTextElement(QStringLiteral("pdf:Producer"), QStringLiteral("TTCS"));
    x.writeTextElement(QStringLiteral("xmp:CreatorTool"), QStringLiteral("TTCS"));
    x.writeTextElement(QStringLiteral("xmp:CreateDate"), created.toString(Qt::ISODate));
    x.writeEndElement(); // Description
    x.writeEndElement(); // RDF
    x.writeEndElement(); // xmpmeta
    x.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    return out;
}

} // namespace

Result<QByteArray> PdfWriter::render(const Document &document, const PageProgress &progress) const
{
    if (!FontSet::available())
        return Error{QCoreApplication::translate(
            "ttcs::document::PdfWriter", "A PDF cannot be made here: no fonts are available.")};
    const QDateTime created = document.properties.created.isValid()
                                  ? document.properties.created
                                  : QDateTime::currentDateTimeUtc();
    const PageLayout pages(document);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(int(PageLayout::kDotsPerInch));
        writer.setTitle(document.properties.title);
        writer.setCreator(QStringLiteral("TTCS"));
        writer.setDocumentXmpMetadata(xmpMetadata(document.properties, created));
        const Status printed = pages.print(writer, progress);
        if (!printed)
            return Error{printed.error()};
    }
    if (buffer.data().isEmpty())
        return Error{
            QCoreApplication::translate("ttcs::document::PdfWriter", "The PDF came out empty.")};
    return buffer.data();
}

Status PdfWriter::write(const Document &document, const QString &path) const
{
    Result<QByteArray> bytes = render(document);
    if (!bytes)
        return Error{bytes.error()};
    return writeFileAtomically(path, bytes.value());
}

} // namespace ttcs::document
