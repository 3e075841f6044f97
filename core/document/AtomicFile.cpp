#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ttcs::document {

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return Error{
            QCoreApplication::translate("ttcs::document::AtomicFile", "No file name was given.")};
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{QCoreApplication::translate("ttcs::document::AtomicFile",
                                                 "The folder “%1” does not exist.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    if (info.isDir())
        return Error{QCoreApplication::translate("ttcs::document::AtomicFile",
                                                 "“%1” is a folder, not a file.")
                         .arg(shown)};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            QCoreApplication::translate("ttcs::document::AtomicFile", "Cannot write “%1”: %2")
                .arg(shown, file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{
            QCoreApplication::translate("ttcs::document::AtomicFile", "Could not save “%1”: %2")
                .arg(shown, reason)};
    }
    if (!file.commit())
        return Error{
            QCoreApplication::translate("ttcs::document::AtomicFile", "Could not save “%1”: %2")
                .arg(shown, file.errorString())};
    return Status::success();
}

} // namespace ttcs::document
