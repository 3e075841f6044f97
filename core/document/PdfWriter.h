// Writes a Document as PDF: the pages of PageLayout drawn with QPdfWriter,
// A4 in each section's orientation, fonts embedded (Times New Roman or
// Liberation Serif), text that copies back out exactly.
#pragma once

#include "Document.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace ttcs::document {

class PdfWriter final
{
public:
    PdfWriter() = default;

    // The file's bytes. Needs a QGuiApplication.
    Result<QByteArray> render(const Document &document) const;
    // Writes the file to `path` in one step: on failure an earlier file at
    // `path` is left as it was.
    Status write(const Document &document, const QString &path) const;
};

} // namespace ttcs::document
