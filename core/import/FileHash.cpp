#include "import/FileHash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace ttcs::import {

Result<QString> fileSha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return Error{QCoreApplication::translate("ttcs::Import", "The file %1 cannot be read: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString())};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace ttcs::import
