// Internal to the readers: the streams of an OLE2 compound file (the
// container of .xls workbooks and of password-encrypted Office files).
// Every sector number, chain and size is checked against the file, so a
// damaged file gives an error, never a read out of bounds or a loop.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ttcs::sheet {

class CompoundFile
{
public:
    // False when `data` is not a readable compound file.
    bool open(const QByteArray &data);

    QStringList streamNames() const;
    bool hasStream(const QString &name) const;
    // The stream's bytes, or nothing when it is missing or damaged.
    std::optional<QByteArray> stream(const QString &name) const;

private:
    struct Entry
    {
        QString name;
        int type = 0; // 1 storage, 2 stream, 5 root
        quint32 start = 0;
        quint64 size = 0;
    };

    bool readChain(const std::vector<quint32> &table, quint32 start, quint64 size, bool mini,
                   QByteArray &out) const;
    QByteArray wholeChain(quint32 start) const;
    QByteArrayView sector(quint32 index) const;

    QByteArray m_data;
    int m_sectorShift = 9;
    int m_miniShift = 6;
    quint32 m_miniCutoff = 4096;
    std::vector<quint32> m_fat;
    std::vector<quint32> m_miniFat;
    QByteArray m_miniStream;
    std::vector<Entry> m_entries;
};

} // namespace ttcs::sheet
