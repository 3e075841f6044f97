#include <catch2/catch.hpp>

#include "DocumentReaders.h"
#include "SampleDocument.h"
#include "TestSupport.h"
#include "document/DocxWriter.h"
#include "document/PdfWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace ttcs::document;
using namespace ttcs::test;
using ttcs::Result;
using ttcs::Status;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Whether this process can create files in a folder it has made read-only
// (an administrator can): then the read-only case proves nothing.
bool canWriteInto(const QString &dir)
{
    QFile probe(QDir(dir).filePath(QStringLiteral("probe")));
    const bool ok = probe.open(QIODevice::WriteOnly);
    if (ok)
        probe.remove();
    return ok;
}

} // namespace

TEST_CASE("writing into a folder that does not exist fails with a clear message")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no such folder/kế hoạch.docx"));
    const Document doc = samplePlan(5);
    const Status docx = DocxWriter().write(doc, path);
    CHECK_FALSE(docx.ok());
    CHECK(docx.error().contains(QStringLiteral("no such folder")));
    const Status pdf = PdfWriter().write(doc, dir.filePath(QStringLiteral("missing/x.pdf")));
    CHECK_FALSE(pdf.ok());
    CHECK_FALSE(pdf.error().isEmpty());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("writing over a folder is refused")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("plan.docx")));
    const Status status =
        DocxWriter().write(samplePlan(5), dir.filePath(QStringLiteral("plan.docx")));
    CHECK_FALSE(status.ok());
    CHECK_FALSE(status.error().isEmpty());
}

TEST_CASE("a read-only folder: an error, and the earlier file is left as it was")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString docxPath = dir.filePath(QStringLiteral("plan.docx"));
    const QString pdfPath = dir.filePath(QStringLiteral("plan.pdf"));
    const QByteArray earlier = "the signed version";
    writeFile(docxPath, earlier);
    writeFile(pdfPath, earlier);
    const QFile::Permissions writable = QFile::permissions(dir.path());
    REQUIRE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    const bool privileged = canWriteInto(dir.path());

    const Document doc = samplePlan(5);
    const Status docx = DocxWriter().write(doc, docxPath);
    const Status pdf = PdfWriter().write(doc, pdfPath);
    QFile::setPermissions(dir.path(), writable);

    if (privileged) {
        WARN("running with the right to write anywhere: the read-only case is not exercised");
        // Whatever happened, a file is whole: the old one or a new valid one.
        CHECK((readAll(docxPath) == earlier || !unzip(readAll(docxPath)).isEmpty()));
        return;
    }
    CHECK_FALSE(docx.ok());
    CHECK_FALSE(pdf.ok());
    CHECK_FALSE(docx.error().isEmpty());
    CHECK(readAll(docxPath) == earlier);
    CHECK(readAll(pdfPath) == earlier);
}

TEST_CASE("a successful write replaces the file whole and leaves nothing else behind")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.docx"));
    writeFile(path, "old");
    const Status status = DocxWriter().write(samplePlan(5), path);
    REQUIRE(status.ok());
    CHECK(unzip(readAll(path)).contains(QStringLiteral("word/document.xml")));
    const Status pdf = PdfWriter().write(samplePlan(5), dir.filePath(QStringLiteral("plan.pdf")));
    REQUIRE(pdf.ok());
    CHECK(readAll(dir.filePath(QStringLiteral("plan.pdf"))).startsWith("%PDF-"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("plan.docx"), QStringLiteral("plan.pdf")});
}
