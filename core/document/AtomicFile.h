// Saving a finished file in one step: the bytes go to a temporary file next
// to the target, which then replaces it. A failure leaves any earlier file
// as it was.
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace ttcs::document {

Status writeFileAtomically(const QString &path, const QByteArray &bytes);

// Files saved into one folder together, all or none. Each is written
// first into a hidden scratch folder inside the folder (the same disk, so
// that moving it in is a rename); commit() then moves them all in, each
// replacing a file of the same name whole. When one cannot be moved, those
// moved so far are taken out again and the files they replaced put back.
// Without commit() (cancelled, failed) the scratch folder goes when this
// does, or on discard(), and the folder is as it was.
// add() may run on another thread than commit(), not at the same time.
class FolderWrite final
{
public:
    explicit FolderWrite(const QString &folder);
    ~FolderWrite();
    FolderWrite(const FolderWrite &) = delete;
    FolderWrite &operator=(const FolderWrite &) = delete;

    Status add(const QString &fileName, const QByteArray &bytes);
    Status commit();
    void discard();
    // The names added so far.
    const QStringList &fileNames() const { return m_names; }

private:
    QString m_folder;
    std::unique_ptr<QTemporaryDir> m_scratch;
    QStringList m_names;
};

} // namespace ttcs::document
