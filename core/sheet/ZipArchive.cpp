#include "sheet/ZipArchive.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

namespace ttcs::sheet {

namespace {

constexpr qint64 kPrefetchChunk = 512 * 1024;
constexpr std::size_t kPrefetchDepth = 4;

} // namespace

// Chunks inflated on a worker thread, handed over through a short queue.
// While it runs, only the worker touches the QuaZipFile and the counts.
struct ZipArchive::Prefetch
{
    std::thread worker;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QByteArray> ready;
    bool finished = false; // the worker has stopped (end of entry or error)
    bool stop = false;     // the reader wants no more
    QByteArray current;
    qsizetype currentPos = 0;
};

ZipArchive::ZipArchive(const QString &path, qint64 maxEntryBytes)
    : m_path(path)
    , m_maxEntryBytes(maxEntryBytes)
{}

ZipArchive::~ZipArchive()
{
    stopPrefetch();
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

ZipArchive::Status ZipArchive::openEntry(const QString &name, bool prefetch)
{
    stopPrefetch();
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
    if (prefetch && qint64(info.uncompressedSize) > 2 * kPrefetchChunk) {
        m_prefetch = std::make_unique<Prefetch>();
        Prefetch *p = m_prefetch.get();
        p->worker = std::thread([this, p] {
            for (;;) {
                {
                    std::unique_lock<std::mutex> lock(p->mutex);
                    p->changed.wait(lock,
                                    [p] { return p->stop || p->ready.size() < kPrefetchDepth; });
                    if (p->stop)
                        break;
                }
                QByteArray chunk(kPrefetchChunk, Qt::Uninitialized);
                const qint64 n = readChunk(chunk.data(), kPrefetchChunk);
                std::lock_guard<std::mutex> lock(p->mutex);
                if (n <= 0) {
                    p->finished = true;
                    p->changed.notify_all();
                    break;
                }
                chunk.truncate(qsizetype(n));
                p->ready.push_back(std::move(chunk));
                p->changed.notify_all();
            }
            std::lock_guard<std::mutex> lock(p->mutex);
            p->finished = true;
            p->changed.notify_all();
        });
    }
    return Status::Ok;
}

void ZipArchive::stopPrefetch()
{
    if (!m_prefetch)
        return;
    {
        std::lock_guard<std::mutex> lock(m_prefetch->mutex);
        m_prefetch->stop = true;
    }
    m_prefetch->changed.notify_all();
    if (m_prefetch->worker.joinable())
        m_prefetch->worker.join();
    m_prefetch.reset();
}

qint64 ZipArchive::readPrefetched(char *buffer, qint64 max)
{
    Prefetch &p = *m_prefetch;
    if (p.currentPos >= p.current.size()) {
        std::unique_lock<std::mutex> lock(p.mutex);
        p.changed.wait(lock, [&p] { return !p.ready.empty() || p.finished; });
        if (p.ready.empty()) // the worker is done: its status tells how
            return m_entryStatus == Status::Ok ? 0 : -1;
        p.current = std::move(p.ready.front());
        p.ready.pop_front();
        p.currentPos = 0;
        lock.unlock();
        p.changed.notify_all();
    }
    const qint64 n = std::min<qint64>(max, p.current.size() - p.currentPos);
    std::memcpy(buffer, p.current.constData() + p.currentPos, std::size_t(n));
    p.currentPos += qsizetype(n);
    return n;
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
    if (m_prefetch)
        return [this](char *buffer, qint64 max) {
            return readPrefetched(buffer, max);
        };
    return [this](char *buffer, qint64 max) {
        return readChunk(buffer, max);
    };
}

ZipArchive::Status ZipArchive::closeEntry(bool checkRest)
{
    if (!m_file)
        return Status::Corrupt;
    if (m_prefetch) {
        if (checkRest) {
            // Take what the worker has still to give, to the entry's end.
            char scrap[16384];
            while (readPrefetched(scrap, sizeof scrap) > 0) {
            }
        }
        stopPrefetch();
    }
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
