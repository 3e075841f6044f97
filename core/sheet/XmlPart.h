// Internal to the readers: reads one XML entry of a zip archive through an
// XmlScanner and turns whatever goes wrong (damaged data, a DOCTYPE, an
// entry or a cell too large) into a ReadFailure naming the entry.
#pragma once

#include "sheet/ReadFailure.h"
#include "sheet/XmlScanner.h"
#include "sheet/ZipArchive.h"

#include <optional>

namespace ttcs::sheet {

inline ReadFailure failureOf(ZipArchive::Status status, const QString &entry)
{
    switch (status) {
    case ZipArchive::Status::Missing:
        return {Problem::MissingPart, entry, {}};
    case ZipArchive::Status::TooLarge:
        return {Problem::EntryTooLarge, entry, {}};
    case ZipArchive::Status::Corrupt:
    case ZipArchive::Status::Ok:
        break;
    }
    return {Problem::CorruptPart, entry, {}};
}

// Gives every token of `entry` to `handle(XmlScanner &, XmlScanner::Token)`,
// which returns false to stop after setting `failure`. Returns the failure,
// or nothing when the whole entry was read and its CRC matched.
template <typename Handler>
std::optional<ReadFailure> scanXmlEntry(ZipArchive &zip, const QString &entry, qint64 maxTokenBytes,
                                        ReadFailure &failure, Handler &&handle)
{
    const ZipArchive::Status opened = zip.openEntry(entry);
    if (opened != ZipArchive::Status::Ok)
        return failureOf(opened, entry);
    XmlScanner xml(zip.source(), maxTokenBytes);
    for (;;) {
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::EndDocument)
            break;
        if (token == XmlScanner::Token::Invalid) {
            const ZipArchive::Status status = zip.closeEntry(false);
            if (status != ZipArchive::Status::Ok)
                return failureOf(status, entry);
            switch (xml.failure()) {
            case XmlScanner::Failure::Doctype:
                return ReadFailure{Problem::Doctype, entry, {}};
            case XmlScanner::Failure::TooLarge:
                return ReadFailure{Problem::CellTooLong, entry, {}};
            case XmlScanner::Failure::ReadError:
                return ReadFailure{Problem::CorruptPart, entry, {}};
            case XmlScanner::Failure::NotWellFormed:
            case XmlScanner::Failure::None:
                break;
            }
            return ReadFailure{Problem::NotWellFormed, entry, {}};
        }
        if (!handle(xml, token)) {
            zip.closeEntry(false);
            return failure;
        }
    }
    const ZipArchive::Status status = zip.closeEntry(true);
    if (status != ZipArchive::Status::Ok)
        return failureOf(status, entry);
    return std::nullopt;
}

// Whether a name or raw value is that literal.
template <std::size_t N> inline bool is(QByteArrayView view, const char (&literal)[N])
{
    return XmlScanner::equals(view, literal);
}

// The decoded text of an attribute value.
inline QString attributeText(QByteArrayView raw)
{
    if (!raw.contains('&') && !raw.contains('\r'))
        return QString::fromUtf8(raw);
    QByteArray decoded;
    if (!XmlScanner::decode(raw, decoded))
        return QString::fromUtf8(raw);
    return QString::fromUtf8(decoded);
}

// A whole number from an attribute or element text; `fallback` if none.
inline qint64 toInteger(QByteArrayView raw, qint64 fallback = -1)
{
    qint64 value = 0;
    qsizetype i = 0;
    while (i < raw.size() && (raw.at(i) == ' ' || raw.at(i) == '\t' || raw.at(i) == '\n'))
        ++i;
    const qsizetype first = i;
    while (i < raw.size() && raw.at(i) >= '0' && raw.at(i) <= '9') {
        value = value * 10 + (raw.at(i) - '0');
        if (value > (qint64(1) << 40))
            return fallback;
        ++i;
    }
    return i == first ? fallback : value;
}

} // namespace ttcs::sheet
