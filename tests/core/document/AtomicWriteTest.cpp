#include <catch2/catch.hpp>

#include "DocumentReaders.h"
#include "SampleDocument.h"
#include "TestSupport.h"
#include "document/AtomicFile.h"
#include "document/DocxWriter.h"
#include "document/PdfWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
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

namespace {

// Every name in the folder, hidden ones too, with each file's bytes.
QMap<QString, QByteArray> folderState(const QString &path)
{
    QMap<QString, QByteArray> state;
    const QDir dir(path);
    for (const QFileInfo &info :
         dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        state.insert(info.fileName(), info.isDir() ? QByteArrayLiteral("<folder>")
                                                   : readAll(info.absoluteFilePath()));
    }
    return state;
}

} // namespace

TEST_CASE("files saved into a folder together arrive all at once, replacing whole files")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("a.xlsx")), "the user's old a");
    writeFile(dir.filePath(QStringLiteral("notes.txt")), "not ours");
    const auto before = folderState(dir.path());

    FolderWrite write(dir.path());
    REQUIRE(write.add(QStringLiteral("a.xlsx"), "new a").ok());
    REQUIRE(write.add(QStringLiteral("b.xlsx"), "new b").ok());
    // Nothing shows in the folder but a hidden scratch folder.
    auto during = folderState(dir.path());
    CHECK(during.size() == before.size() + 1);
    CHECK(during.value(QStringLiteral("a.xlsx")) == QByteArrayLiteral("the user's old a"));
    CHECK_FALSE(during.contains(QStringLiteral("b.xlsx")));

    REQUIRE(write.commit().ok());
    const auto after = folderState(dir.path());
    CHECK(after.keys() == QStringList{QStringLiteral("a.xlsx"), QStringLiteral("b.xlsx"),
                                      QStringLiteral("notes.txt")});
    CHECK(after.value(QStringLiteral("a.xlsx")) == QByteArrayLiteral("new a"));
    CHECK(after.value(QStringLiteral("b.xlsx")) == QByteArrayLiteral("new b"));
    CHECK(after.value(QStringLiteral("notes.txt")) == QByteArrayLiteral("not ours"));
}

TEST_CASE("files saved into a folder together and dropped leave the folder as it was")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("a.xlsx")), "the user's old a");
    const auto before = folderState(dir.path());
    {
        FolderWrite write(dir.path());
        REQUIRE(write.add(QStringLiteral("a.xlsx"), "new a").ok());
        REQUIRE(write.add(QStringLiteral("b.xlsx"), "new b").ok());
    }
    CHECK(folderState(dir.path()) == before);

    FolderWrite discarded(dir.path());
    REQUIRE(discarded.add(QStringLiteral("b.xlsx"), "new b").ok());
    discarded.discard();
    CHECK(folderState(dir.path()) == before);
    CHECK(discarded.commit().ok()); // nothing left to move
    CHECK(folderState(dir.path()) == before);
}

TEST_CASE("when one file cannot be moved in, none is, and the replaced ones come back")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("a.xlsx")), "the user's old a");
    // A folder with the last file's name: no file can replace it.
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("c.xlsx/inside")));
    const auto before = folderState(dir.path());

    FolderWrite write(dir.path());
    REQUIRE(write.add(QStringLiteral("a.xlsx"), "new a").ok());
    REQUIRE(write.add(QStringLiteral("b.xlsx"), "new b").ok());
    REQUIRE(write.add(QStringLiteral("c.xlsx"), "new c").ok());
    const Status st = write.commit();
    CHECK_FALSE(st.ok());
    CHECK(st.error().contains(QStringLiteral("c.xlsx")));
    CHECK(folderState(dir.path()) == before);

    // Into a folder that is not there: refused at once.
    FolderWrite nowhere(dir.filePath(QStringLiteral("missing")));
    CHECK_FALSE(nowhere.add(QStringLiteral("a.xlsx"), "a").ok());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}
