// Writes a Document as PDF: the pages of PageLayout drawn with QPdfWriter,
// A4 in each section's orientation, fonts embedded (Times New Roman or
// Liberation Serif), text that copies back out exactly.
#pragma once

#include "Document.h"
#include "PageLayout.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace ttcs::document {

class PdfWriter final
{
public:
    PdfWriter() = default;

    // The file's bytes. Needs a QGuiApplication; may run on any thread.
    // `progress` is told of the pages drawn and may stop the drawing (an
    // error is then returned).
    Result<QByteArray> render(const Document &document, const PageProgress &progress = {}) const;
    // Writes the file to `path` in one step: on failure an earlier file at
    // `path` is left as it was.
    Status write(const Document &document, const QString &path) const;
};

} // namespace ttcs::document
