#include "sheet/CompoundFile.h"

#include <QtEndian>

#include <cstring>

namespace ttcs::sheet {

namespace {

constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kMaxSector = 0xFFFFFFFA;

quint16 u16(QByteArrayView d, qsizetype at)
{
    return qFromLittleEndian<quint16>(d.data() + at);
}

quint32 u32(QByteArrayView d, qsizetype at)
{
    return qFromLittleEndian<quint32>(d.data() + at);
}

} // namespace

QByteArrayView CompoundFile::sector(quint32 index) const
{
    const qint64 size = qint64(1) << m_sectorShift;
    const qint64 offset = (qint64(index) + 1) * size;
    if (index > kMaxSector || offset >= m_data.size())
        return {};
    // The last sector of a file may be short.
    return QByteArrayView(m_data.constData() + offset,
                          std::min<qint64>(size, m_data.size() - offset));
}

QByteArray CompoundFile::wholeChain(quint32 start) const
{
    QByteArray out;
    quint32 current = start;
    std::size_t steps = 0;
    while (current != kEndOfChain && current < m_fat.size() && ++steps <= m_fat.size()) {
        const QByteArrayView s = sector(current);
        if (s.isEmpty())
            break;
        out.append(s.data(), s.size());
        current = m_fat[current];
    }
    return out;
}

bool CompoundFile::readChain(const std::vector<quint32> &table, quint32 start, quint64 size,
                             bool mini, QByteArray &out) const
{
    out.clear();
    const qint64 sectorSize = qint64(1) << (mini ? m_miniShift : m_sectorShift);
    const quint64 wanted = size;
    // A chain can never be longer than the table: a longer one loops.
    std::size_t steps = 0;
    quint32 current = start;
    while (current != kEndOfChain && quint64(out.size()) < wanted) {
        if (current >= table.size() || ++steps > table.size())
            return false;
        if (mini) {
            const qint64 offset = qint64(current) * sectorSize;
            if (offset >= m_miniStream.size())
                return false;
            out.append(m_miniStream.constData() + offset,
                       std::min<qint64>(sectorSize, m_miniStream.size() - offset));
        } else {
            const QByteArrayView s = sector(current);
            if (s.isEmpty())
                return false;
            out.append(s.data(), s.size());
        }
        current = table[current];
    }
    if (quint64(out.size()) < wanted)
        return false;
    out.truncate(qsizetype(wanted));
    return true;
}

bool CompoundFile::open(const QByteArray &data)
{
    m_data = data;
    if (m_data.size() < 512 ||
        std::memcmp(m_data.constData(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) != 0)
        return false;
    const QByteArrayView header(m_data.constData(), 512);
    m_sectorShift = u16(header, 30);
    m_miniShift = u16(header, 32);
    if ((m_sectorShift != 9 && m_sectorShift != 12) || m_miniShift != 6)
        return false;
    m_miniCutoff = u32(header, 56);
    const quint32 fatSectors = u32(header, 44);
    const quint32 firstDirectory = u32(header, 48);
    const quint32 firstMiniFat = u32(header, 60);
    quint32 difatSector = u32(header, 68);
    const qint64 totalSectors = m_data.size() >> m_sectorShift;
    if (fatSectors > quint64(totalSectors))
        return false;

    // The FAT sectors: 109 listed in the header, the rest in DIFAT sectors.
    std::vector<quint32> fatList;
    for (int i = 0; i < 109 && fatList.size() < fatSectors; ++i)
        fatList.push_back(u32(header, 76 + 4 * i));
    const int perDifat = (1 << m_sectorShift) / 4 - 1;
    qint64 difatSteps = 0;
    while (fatList.size() < fatSectors && difatSector <= kMaxSector) {
        const QByteArrayView s = sector(difatSector);
        if (s.size() < (qsizetype(1) << m_sectorShift) || ++difatSteps > totalSectors)
            return false;
        for (int i = 0; i < perDifat && fatList.size() < fatSectors; ++i)
            fatList.push_back(u32(s, 4 * i));
        difatSector = u32(s, 4 * perDifat);
    }
    m_fat.clear();
    m_fat.reserve(fatList.size() << (m_sectorShift - 2));
    for (const quint32 index : fatList) {
        const QByteArrayView s = sector(index);
        if (s.isEmpty())
            return false;
        for (qsizetype at = 0; at + 4 <= s.size(); at += 4)
            m_fat.push_back(u32(s, at));
    }

    // The directory has no size of its own: it is its whole chain.
    const QByteArray directory = wholeChain(firstDirectory);
    m_entries.clear();
    for (qsizetype at = 0; at + 128 <= directory.size(); at += 128) {
        const QByteArrayView e(directory.constData() + at, 128);
        Entry entry;
        entry.type = quint8(e.at(66));
        if (entry.type != 1 && entry.type != 2 && entry.type != 5)
            continue;
        const int nameBytes = std::min<int>(u16(e, 64), 64);
        for (int k = 0; k + 1 < nameBytes; k += 2) {
            const char16_t c = u16(e, k);
            if (c == 0)
                break;
            entry.name += QChar(c);
        }
        entry.start = u32(e, 116);
        entry.size = u32(e, 120);
        if (m_sectorShift == 12)
            entry.size |= quint64(u32(e, 124)) << 32;
        m_entries.push_back(entry);
    }
    if (m_entries.empty() || m_entries.front().type != 5)
        return false;

    // The mini stream lives in the root entry's chain; the mini FAT in its own.
    const Entry &root = m_entries.front();
    m_miniStream.clear();
    m_miniFat.clear();
    if (root.size > 0 && root.size <= quint64(m_data.size())) {
        if (!readChain(m_fat, root.start, root.size, false, m_miniStream))
            m_miniStream.clear();
        const QByteArray miniFat = wholeChain(firstMiniFat);
        for (qsizetype at = 0; at + 4 <= miniFat.size(); at += 4)
            m_miniFat.push_back(u32(miniFat, at));
    }
    return true;
}

QStringList CompoundFile::streamNames() const
{
    QStringList names;
    for (const Entry &e : m_entries) {
        if (e.type == 2)
            names << e.name;
    }
    return names;
}

bool CompoundFile::hasStream(const QString &name) const
{
    return streamNames().contains(name, Qt::CaseInsensitive);
}

std::optional<QByteArray> CompoundFile::stream(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.type != 2 || e.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (e.size > quint64(m_data.size()))
            return std::nullopt;
        QByteArray out;
        const bool mini = e.size < m_miniCutoff;
        if (!readChain(mini ? m_miniFat : m_fat, e.start, e.size, mini, out))
            return std::nullopt;
        return out;
    }
    return std::nullopt;
}

} // namespace ttcs::sheet
