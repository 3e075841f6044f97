// Saving a finished file in one step: the bytes go to a temporary file next
// to the target, which then replaces it. A failure leaves any earlier file
// as it was.
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace ttcs::document {

Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace ttcs::document
