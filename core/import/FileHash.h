// The SHA-256 of an imported file, recorded with its batch.
#pragma once

#include "domain/Result.h"

#include <QString>

namespace ttcs::import {

// The file's SHA-256 as lower-case hex, or an error naming the file.
Result<QString> fileSha256(const QString &path);

} // namespace ttcs::import
