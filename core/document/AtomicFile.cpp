#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <filesystem>
#include <system_error>

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

FolderWrite::FolderWrite(const QString &folder)
    : m_folder(QFileInfo(folder).absoluteFilePath())
{}

FolderWrite::~FolderWrite() = default;

Status FolderWrite::add(const QString &fileName, const QByteArray &bytes)
{
    if (!m_scratch) {
        if (!QFileInfo(m_folder).isDir())
            return Error{QCoreApplication::translate("ttcs::document::AtomicFile",
                                                     "The folder “%1” does not exist.")
                             .arg(QDir::toNativeSeparators(m_folder))};
        auto scratch = std::make_unique<QTemporaryDir>(
            QDir(m_folder).filePath(QStringLiteral(".ttcs-XXXXXX")));
        if (!scratch->isValid())
            return Error{
                QCoreApplication::translate("ttcs::document::AtomicFile", "Cannot write “%1”: %2")
                    .arg(QDir::toNativeSeparators(m_folder), scratch->errorString())};
        m_scratch = std::move(scratch);
    }
    const Status st = writeFileAtomically(m_scratch->filePath(fileName), bytes);
    if (!st.ok())
        return st;
    m_names << fileName;
    return Status::success();
}

void FolderWrite::discard()
{
    m_scratch.reset();
    m_names.clear();
}

Status FolderWrite::commit()
{
    namespace fs = std::filesystem;
    if (!m_scratch)
        return Status::success(); // nothing was added
    const QDir folder(m_folder);
    const QDir scratch(m_scratch->path());
    // What was done, to be undone when a later move fails.
    struct Moved
    {
        fs::path target;
        fs::path kept; // the file it replaced, empty when there was none
    };
    QList<Moved> moved;
    auto undo = [&moved] {
        std::error_code ignored;
        for (auto it = moved.rbegin(); it != moved.rend(); ++it) {
            if (it->kept.empty())
                fs::remove(it->target, ignored);
            else
                fs::rename(it->kept, it->target, ignored);
        }
    };
    for (int i = 0; i < m_names.size(); ++i) {
        const QString &name = m_names.at(i);
        const fs::path staged = QFileInfo(scratch.filePath(name)).filesystemAbsoluteFilePath();
        const QFileInfo targetInfo(folder.filePath(name));
        Moved m{targetInfo.filesystemAbsoluteFilePath(), {}};
        std::error_code error;
        if (targetInfo.exists()) {
            // A second name for the file being replaced, so that it can be
            // put back; a copy where the disk knows no such names.
            m.kept = QFileInfo(scratch.filePath(QStringLiteral("kept-%1").arg(i)))
                         .filesystemAbsoluteFilePath();
            fs::create_hard_link(m.target, m.kept, error);
            if (error) {
                error.clear();
                fs::copy_file(m.target, m.kept, error);
            }
        }
        if (!error)
            fs::rename(staged, m.target, error);
        if (error) {
            undo();
            discard();
            return Error{
                QCoreApplication::translate("ttcs::document::AtomicFile", "Cannot write “%1”: %2")
                    .arg(QDir::toNativeSeparators(targetInfo.absoluteFilePath()),
                         QString::fromStdString(error.message()))};
        }
        moved << m;
    }
    discard();
    return Status::success();
}

} // namespace ttcs::document
