// Internal to the readers: reads one XML entry of a zip archive through an
// XmlScanner and turns whatever goes wrong (damaged data, a DOCTYPE, an
// entry or a cell too large) into a ReadFailure naming the entry.
#pragma once

#include "sheet/ReadFailure.h"
#include "sheet/XmlScanner.h"
#include "sheet/ZipArchive.h"

#include <optional>
#include <utility>

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

enum class FastStep
{
    None,
    Consumed,
    Stop
};

struct NoFastPath
{
    FastStep operator()(XmlScanner &) const { return FastStep::None; }
};

// Gives every token of `entry` to `handle(XmlScanner &, XmlScanner::Token)`,
// which returns false to stop after setting `failure`. Before each token,
// `fast(XmlScanner &)` may read something in one step (FastStep::Consumed)
// or stop (FastStep::Stop, after setting `failure`). With `prefetch`, a
// large entry is inflated on a second thread while this one reads it.
// Returns the failure, or nothing when the whole entry was read and its
// CRC matched.
template <typename Handler, typename Fast = NoFastPath>
std::optional<ReadFailure> scanXmlEntry(ZipArchive &zip, const QString &entry, qint64 maxTokenBytes,
                                        ReadFailure &failure, Handler &&handle, Fast &&fast = {},
                                        bool prefetch = false)
{
    const ZipArchive::Status opened = zip.openEntry(entry, prefetch);
    if (opened != ZipArchive::Status::Ok)
        return failureOf(opened, entry);
    XmlScanner xml(zip.source(), maxTokenBytes);
    for (;;) {
        const FastStep step = fast(xml);
        if (step == FastStep::Consumed)
            continue;
        if (step == FastStep::Stop) {
            zip.closeEntry(false);
            return failure;
        }
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

// The same for a part that may be large (a worksheet, ODS content).
template <typename Handler, typename Fast = NoFastPath>
std::optional<ReadFailure> scanLargeXmlEntry(ZipArchive &zip, const QString &entry,
                                             qint64 maxTokenBytes, ReadFailure &failure,
                                             Handler &&handle, Fast &&fast = {})
{
    return scanXmlEntry(zip, entry, maxTokenBytes, failure, std::forward<Handler>(handle),
                        std::forward<Fast>(fast), true);
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
    const char *p = raw.data();
    const char *const end = p + raw.size();
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n'))
        ++p;
    const char *const first = p;
    qint64 value = 0;
    for (; p < end && *p >= '0' && *p <= '9'; ++p) {
        value = value * 10 + (*p - '0');
        if (value > (qint64(1) << 40))
            return fallback;
    }
    return p == first ? fallback : value;
}

} // namespace ttcs::sheet
