// Internal to the readers: the entries of a zip-based spreadsheet (.xlsx,
// .ods), read with a bound on how much each one may unpack to. The bound
// is checked while inflating, since an entry's header can lie about its
// size, and the entry's CRC is checked at its end.
#pragma once

#include "sheet/XmlScanner.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace ttcs::sheet {

class ZipArchive
{
public:
    enum class Status
    {
        Ok,
        Missing,
        Corrupt,
        TooLarge
    };

    ZipArchive(const QString &path, qint64 maxEntryBytes);
    ~ZipArchive();
    Q_DISABLE_COPY_MOVE(ZipArchive)

    // False when the file is not a readable zip archive.
    bool open();
    const QStringList &entries() const { return m_entries; }
    // The entry's name as stored, found without regard to case; empty if none.
    QString find(const QString &name) const;
    bool contains(const QString &name) const { return !find(name).isEmpty(); }

    // Reads a whole entry into `out`.
    Status read(const QString &name, QByteArray &out);

    // Opens an entry for reading in chunks: source() feeds an XmlScanner.
    // Only one entry is open at a time. With `prefetch`, a large entry is
    // inflated on a second thread while the caller reads what is ready.
    Status openEntry(const QString &name, bool prefetch = false);
    XmlScanner::Source source();
    // After the entry has been read: Ok, or what went wrong while reading.
    // With `checkRest`, what was left unread is read so the CRC is checked.
    Status closeEntry(bool checkRest = true);

private:
    struct Prefetch;

    qint64 readChunk(char *buffer, qint64 max);
    qint64 readPrefetched(char *buffer, qint64 max);
    void stopPrefetch();

    QString m_path;
    qint64 m_maxEntryBytes;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    QStringList m_entries;
    qint64 m_entryBytes = 0;
    Status m_entryStatus = Status::Ok;
    std::unique_ptr<Prefetch> m_prefetch;
};

} // namespace ttcs::sheet
