#include "import/FileHash.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <memory>

namespace ttcs::import {

// Through OpenSSL's libcrypto, which uses the processor's SHA instructions:
// on a 5 MB list it takes a few milliseconds where QCryptographicHash
// takes over a hundred, on the import's critical path.
Result<QString> fileSha256(const QString &path)
{
    QFile file(path);
    const auto unreadable = [&] {
        return Error{QCoreApplication::translate("ttcs::Import", "The file %1 cannot be read: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString())};
    };
    if (!file.open(QIODevice::ReadOnly))
        return unreadable();
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                        &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return Error{QStringLiteral("SHA-256 is not available")};
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(chunk.data(), chunk.size());
        if (read < 0)
            return unreadable();
        if (read == 0)
            break;
        EVP_DigestUpdate(context.get(), chunk.constData(), std::size_t(read));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &size) != 1)
        return Error{QStringLiteral("SHA-256 is not available")};
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(size)).toHex());
}

} // namespace ttcs::import
