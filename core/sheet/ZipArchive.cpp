#include "sheet/ZipArchive.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace ttcs::sheet {

ZipArchive::ZipArchive(const QString &path, qint64 maxEntryBytes)
    : m_path(path)
    , m_maxEntryBytes(maxEntryBytes)
{}

ZipArchive::~ZipArchive()
{
    if (m_file && m_file->isOpen())
        m_file->close();
    m_file.reset();
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

bool ZipArchive::open()
{
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return false;
    m_entries = m_zip->getFileNameList();
    if (m_zip->getZipError() != UNZ_OK)
        return false;
    return true;
}

QString ZipArchive::find(const QString &name) const
{
    for (const QString &entry : m_entries) {
        if (entry.compare(name, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return {};
}

ZipArchive::Status ZipArchive::openEntry(const QString &name)
{
    if (m_file && m_file->isOpen())
        m_file->close();
    const QString stored = find(name);
    if (stored.isEmpty() || !m_zip->setCurrentFile(stored, QuaZip::csSensitive))
        return Status::Missing;
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        return Status::Corrupt;
    if (qint64(info.uncompressedSize) > m_maxEntryBytes)
        return Status::TooLarge;
    m_file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_file->open(QIODevice::ReadOnly))
        return Status::Corrupt;
    m_entryBytes = 0;
    m_entryStatus = Status::Ok;
    return Status::Ok;
}

qint64 ZipArchive::readChunk(char *buffer, qint64 max)
{
    if (!m_file || !m_file->isOpen() || m_entryStatus != Status::Ok)
        return -1;
    // Ask for one byte past the bound so that reaching it is seen.
    const qint64 allowed = m_maxEntryBytes - m_entryBytes + 1;
    const qint64 n = m_file->read(buffer, std::min(max, allowed));
    if (n < 0) {
        m_entryStatus = Status::Corrupt;
        return -1;
    }
    m_entryBytes += n;
    if (m_entryBytes > m_maxEntryBytes) {
        m_entryStatus = Status::TooLarge;
        return -1;
    }
    return n;
}

XmlScanner::Source ZipArchive::source()
{
    return [this](char *buffer, qint64 max) {
        return readChunk(buffer, max);
    };
}

ZipArchive::Status ZipArchive::closeEntry(bool checkRest)
{
    if (!m_file)
        return Status::Corrupt;
    if (!checkRest) {
        m_file->close();
        m_file.reset();
        return m_entryStatus;
    }
    if (m_entryStatus == Status::Ok && m_file->isOpen()) {
        // Read what the caller left, so the CRC can be checked.
        char scrap[16384];
        qint64 n = 0;
        while ((n = readChunk(scrap, sizeof scrap)) > 0) {
        }
        if (n < 0 && m_entryStatus == Status::Ok)
            m_entryStatus = Status::Corrupt;
    }
    if (m_file->isOpen()) {
        m_file->close();
        if (m_entryStatus == Status::Ok && m_file->getZipError() != UNZ_OK)
            m_entryStatus = Status::Corrupt;
    }
    m_file.reset();
    return m_entryStatus;
}

ZipArchive::Status ZipArchive::read(const QString &name, QByteArray &out)
{
    out.clear();
    const Status opened = openEntry(name);
    if (opened != Status::Ok)
        return opened;
    char chunk[65536];
    qint64 n = 0;
    while ((n = readChunk(chunk, sizeof chunk)) > 0)
        out.append(chunk, n);
    return closeEntry();
}

} // namespace ttcs::sheet
