// Writes a Document as an Office Open XML word-processing file (.docx) that
// Word and LibreOffice open without repair: A4 sections with their margins,
// Times New Roman 14 pt in Vietnamese, the header and signature blocks as
// borderless tables with drawn lines, page numbers in the header from
// page 2, table header rows repeated on every page.
#pragma once

#include "Document.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace ttcs::document {

class DocxWriter final
{
public:
    // zlib level of the parts, 1 (fast) to 9 (small). The XML packs well
    // even at 1: a 150-page report is some 150 KB.
    explicit DocxWriter(int compressionLevel = 1)
        : m_compressionLevel(compressionLevel)
    {}

    // The file's bytes.
    Result<QByteArray> render(const Document &document) const;
    // Writes the file to `path` in one step: on failure an earlier file at
    // `path` is left as it was.
    Status write(const Document &document, const QString &path) const;

private:
    int m_compressionLevel;
};

} // namespace ttcs::document
