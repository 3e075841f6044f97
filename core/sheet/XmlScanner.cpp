#include "sheet/XmlScanner.h"

#include <QString>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace ttcs::sheet {

namespace {

constexpr qsizetype kChunk = 512 * 1024;

// Character classes for the inner loops: one table look-up per byte.
constexpr quint8 kSpaceClass = 1;
constexpr quint8 kNameEndClass = 2;  // ends a name: '>', '/', '=' (and space)
constexpr quint8 kTextStopClass = 4; // stops plain text: '<', '&', '\r'

constexpr std::array<quint8, 256> makeClasses()
{
    std::array<quint8, 256> classes{};
    for (const unsigned char c : {' ', '\n', '\t', '\r'})
        classes[c] = kSpaceClass;
    for (const unsigned char c : {'>', '/', '='})
        classes[c] = kNameEndClass;
    for (const unsigned char c : {'<', '&', '\r'})
        classes[c] |= kTextStopClass;
    return classes;
}
constexpr std::array<quint8, 256> kClasses = makeClasses();

inline bool isSpace(char c)
{
    return kClasses[static_cast<unsigned char>(c)] & kSpaceClass;
}

inline bool endsName(char c)
{
    return (kClasses[static_cast<unsigned char>(c)] & (kSpaceClass | kNameEndClass)) != 0;
}

// The first '<', '&' or CR of a run of text, or `end`.
inline const char *textStop(const char *p, const char *end)
{
    while (p < end && !(kClasses[static_cast<unsigned char>(*p)] & kTextStopClass))
        ++p;
    return p;
}

// The part of a name after its namespace prefix.
inline QByteArrayView localPart(QByteArrayView name)
{
    const char *begin = name.data();
    for (const char *p = begin + name.size(); p-- > begin;) {
        if (*p == ':')
            return QByteArrayView(p + 1, begin + name.size() - (p + 1));
    }
    return name;
}

inline const char *find(const char *from, const char *end, char c)
{
    // Most searches end within a few bytes: look there before calling memchr.
    const char *stop = end - from > 16 ? from + 16 : end;
    for (const char *p = from; p < stop; ++p) {
        if (*p == c)
            return p;
    }
    if (stop == end)
        return nullptr;
    return static_cast<const char *>(std::memchr(stop, c, std::size_t(end - stop)));
}

// Past the attributes of a start tag whose name ends at `p`, each of them
// name="value" without markup or references, and its '>'; nullptr when the
// tag is not that simple (or is empty, or is not all before `end`).
const char *simpleTagEnd(const char *p, const char *end)
{
    for (;;) {
        const char *const before = p;
        while (p < end && isSpace(*p))
            ++p;
        if (p >= end)
            return nullptr;
        if (*p == '>')
            return p + 1;
        if (p == before) // a name runs on, or no space before an attribute
            return nullptr;
        const char *const name = p;
        while (p < end && !endsName(*p))
            ++p;
        if (p == name || p + 1 >= end || *p != '=' || (p[1] != '"' && p[1] != '\''))
            return nullptr;
        const char *const valueEnd = find(p + 2, end, p[1]);
        if (!valueEnd)
            return nullptr;
        for (const char *v = p + 2; v < valueEnd; ++v) {
            if (*v == '<' || *v == '&')
                return nullptr;
        }
        p = valueEnd + 1;
    }
}

// Open elements are remembered by a hash of their name: enough to tell a
// mismatched end tag, without copying names.
inline quint64 nameHash(QByteArrayView name)
{
    quint64 h = 14695981039346656037ULL;
    for (const char c : name)
        h = (h ^ quint64(static_cast<unsigned char>(c))) * 1099511628211ULL;
    return h ^ quint64(name.size());
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

bool isXmlChar(char32_t cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

} // namespace

XmlScanner::XmlScanner(Source source, qint64 maxTokenBytes)
    : m_source(std::move(source))
    , m_maxTokenBytes(std::max<qint64>(maxTokenBytes, 4096))
{
    m_buffer.resize(kChunk);
}

XmlScanner::XmlScanner(QByteArrayView document)
    : m_maxTokenBytes(std::max<qint64>(document.size(), 4096))
    , m_buffer(document.toByteArray())
    , m_end(document.size())
    , m_eof(true)
{}

XmlScanner::Token XmlScanner::fail(Failure failure)
{
    if (m_failure == Failure::None)
        m_failure = failure;
    return Token::Invalid;
}

bool XmlScanner::refill()
{
    if (m_eof || m_failure != Failure::None)
        return false;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, std::size_t(m_end - m_pos));
        m_consumedBefore += m_pos;
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buffer.size()) {
        if (m_buffer.size() >= m_maxTokenBytes + kChunk) {
            m_failure = Failure::TooLarge;
            return false;
        }
        m_buffer.resize(std::min<qint64>(m_buffer.size() * 2, m_maxTokenBytes + kChunk));
    }
    const qint64 n = m_source ? m_source(m_buffer.data() + m_end, m_buffer.size() - m_end) : 0;
    if (n < 0) {
        m_failure = Failure::ReadError;
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += qsizetype(n);
    return true;
}

void XmlScanner::prepareEncoding()
{
    while (m_end - m_pos < 4 && refill()) {
    }
    const auto *d = reinterpret_cast<const unsigned char *>(m_buffer.constData() + m_pos);
    const qsizetype available = m_end - m_pos;
    if (available >= 3 && d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF) {
        m_pos += 3;
        return;
    }
    const bool utf16 =
        available >= 2 && ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF) ||
                           (d[0] == '<' && d[1] == 0) || (d[0] == 0 && d[1] == '<'));
    if (!utf16)
        return;
    // A UTF-16 part (rare): read it whole and go on with it as UTF-8.
    while (refill()) {
    }
    if (m_failure != Failure::None)
        return;
    const QByteArrayView bytes(m_buffer.constData() + m_pos, m_end - m_pos);
    const bool bigEndian = (d[0] == 0xFE) || (d[0] == 0);
    QStringDecoder decoder(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
    const QString text = decoder(bytes);
    QByteArray utf8 = text.toUtf8();
    if (utf8.startsWith("\xEF\xBB\xBF"))
        utf8.remove(0, 3);
    m_consumedBefore += m_pos;
    m_buffer = utf8;
    m_pos = 0;
    m_end = m_buffer.size();
    m_eof = true;
}

QByteArrayView XmlScanner::attribute(QByteArrayView localName) const
{
    for (int i = 0; i < m_attributeCount; ++i) {
        const Attribute &a = m_attributes[std::size_t(i)];
        if (a.localName.size() == localName.size() &&
            std::memcmp(a.localName.data(), localName.data(), std::size_t(localName.size())) == 0)
            return a.value;
    }
    return {};
}

QByteArrayView XmlScanner::qualifiedAttribute(QByteArrayView name) const
{
    for (int i = 0; i < m_attributeCount; ++i) {
        const Attribute &a = m_attributes[std::size_t(i)];
        if (a.name.size() == name.size() &&
            std::memcmp(a.name.data(), name.data(), std::size_t(name.size())) == 0)
            return a.value;
    }
    return {};
}

bool XmlScanner::appendText(QByteArray &out)
{
    if (m_textIsCData) {
        out.append(m_text);
        return true;
    }
    if (!decode(m_text, out)) {
        m_failure = Failure::NotWellFormed;
        return false;
    }
    return true;
}

bool XmlScanner::decode(QByteArrayView raw, QByteArray &out)
{
    const char *p = raw.data();
    const char *const end = p + raw.size();
    while (p < end) {
        const char *s = p;
        while (s < end && *s != '&' && *s != '\r')
            ++s;
        out.append(p, s - p);
        if (s == end)
            break;
        if (*s == '\r') {
            out.append('\n');
            p = s + 1;
            if (p < end && *p == '\n')
                ++p;
            continue;
        }
        const char *semi = find(s, std::min(end, s + 12), ';');
        if (!semi)
            return false;
        const QByteArrayView entity(s + 1, semi - s - 1);
        if (entity == "lt") {
            out.append('<');
        } else if (entity == "gt") {
            out.append('>');
        } else if (entity == "amp") {
            out.append('&');
        } else if (entity == "quot") {
            out.append('"');
        } else if (entity == "apos") {
            out.append('\'');
        } else if (entity.size() >= 2 && entity.at(0) == '#') {
            char32_t cp = 0;
            const bool hex = entity.at(1) == 'x' || entity.at(1) == 'X';
            const qsizetype first = hex ? 2 : 1;
            if (first >= entity.size())
                return false;
            for (qsizetype i = first; i < entity.size(); ++i) {
                const char c = entity.at(i);
                int digit = -1;
                if (c >= '0' && c <= '9')
                    digit = c - '0';
                else if (hex && c >= 'a' && c <= 'f')
                    digit = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F')
                    digit = c - 'A' + 10;
                if (digit < 0)
                    return false;
                cp = cp * (hex ? 16 : 10) + char32_t(digit);
                if (cp > 0x10FFFF)
                    return false;
            }
            if (!isXmlChar(cp))
                return false;
            appendUtf8(out, cp);
        } else {
            return false; // no other entity exists without a DTD
        }
        p = semi + 1;
    }
    return true;
}

XmlScanner::Token XmlScanner::next()
{
    if (m_failure != Failure::None)
        return Token::Invalid;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_open.pop_back();
        if (m_open.empty())
            m_rootClosed = true;
        return Token::EndElement;
    }
    if (!m_started) {
        m_started = true;
        prepareEncoding();
        if (m_failure != Failure::None)
            return Token::Invalid;
    }
    for (;;) {
        if (m_pos >= m_end) {
            if (refill())
                continue;
            if (m_failure != Failure::None)
                return Token::Invalid;
            if (!m_rootClosed)
                return fail(Failure::NotWellFormed); // truncated, or no element at all
            return Token::EndDocument;
        }
        const char *data = m_buffer.constData();
        const char *p = data + m_pos;
        const char *end = data + m_end;
        if (*p != '<') {
            const char *lt = find(p, end, '<');
            if (!lt) {
                if (m_end - m_pos > m_maxTokenBytes)
                    return fail(Failure::TooLarge);
                if (refill())
                    continue;
                if (m_failure != Failure::None)
                    return Token::Invalid;
                // Text at the very end of the input.
                data = m_buffer.constData();
                p = data + m_pos;
                lt = data + m_end;
            }
            m_pos = lt - data;
            if (m_open.empty())
                continue; // white space around the root element
            m_text = QByteArrayView(p, lt - p);
            m_textIsCData = false;
            return Token::Characters;
        }
        Token token = Token::Invalid;
        switch (scanMarkup(token)) {
        case Step::Done:
            return token;
        case Step::Skip:
            continue;
        case Step::Bad:
            return fail(Failure::NotWellFormed);
        case Step::NeedMore:
            if (m_end - m_pos > m_maxTokenBytes)
                return fail(Failure::TooLarge);
            if (refill())
                continue;
            if (m_failure != Failure::None)
                return Token::Invalid;
            return fail(Failure::NotWellFormed);
        }
    }
}

const char *XmlScanner::nextMarkup() const
{
    if (m_failure != Failure::None || m_pendingEnd || !m_started)
        return nullptr;
    const char *p = m_buffer.constData() + m_pos;
    const char *const end = m_buffer.constData() + m_end;
    while (p < end && isSpace(*p))
        ++p;
    return p;
}

bool XmlScanner::readSimpleCell(SimpleCell &cell)
{
    const char *const data = m_buffer.constData();
    const char *const end = data + m_end;
    const char *const p = nextMarkup();
    if (!p || end - p < 4 || p[0] != '<' || p[1] != 'c' || !endsName(p[2]))
        return false;
    const char *q = p + 2;
    cell = SimpleCell();
    bool selfClosing = false;
    for (;;) {
        while (q < end && isSpace(*q))
            ++q;
        if (q >= end)
            return false;
        if (*q == '>') {
            ++q;
            break;
        }
        if (*q == '/') {
            if (q + 1 >= end || q[1] != '>')
                return false;
            q += 2;
            selfClosing = true;
            break;
        }
        const char *attrName = q;
        while (q < end && !endsName(*q))
            ++q;
        const qsizetype nameLength = q - attrName;
        if (q >= end || nameLength == 0 || *q != '=' || q + 1 >= end)
            return false;
        const char quote = q[1];
        if (quote != '"' && quote != '\'')
            return false;
        const char *valueEnd = find(q + 2, end, quote);
        if (!valueEnd || (valueEnd + 1 < end && !endsName(valueEnd[1])))
            return false;
        const QByteArrayView value(q + 2, valueEnd - (q + 2));
        if (nameLength == 1) {
            switch (*attrName) {
            case 'r':
                cell.r = value;
                break;
            case 's':
                cell.s = value;
                break;
            case 't':
                cell.t = value;
                break;
            default:
                break;
            }
        }
        q = valueEnd + 1;
    }
    if (!selfClosing) {
        while (q < end && isSpace(*q))
            ++q;
        if (end - q >= 3 && q[0] == '<' && q[1] == 'v' && q[2] == '>') {
            const char *text = q + 3;
            // Entities or line ends stop here too: the general path decodes them.
            const char *lt = textStop(text, end);
            if (end - lt < 4 || std::memcmp(lt, "</v>", 4) != 0)
                return false;
            cell.v = QByteArrayView(text, lt - text);
            q = lt + 4;
            while (q < end && isSpace(*q))
                ++q;
        } else if (end - q >= 6 && std::memcmp(q, "<is><t", 6) == 0) {
            const char *gt = find(q + 6, end, '>');
            if (!gt || (gt != q + 6 && !isSpace(q[6])) || gt[-1] == '/')
                return false;
            const char *text = gt + 1;
            const char *lt = textStop(text, end);
            if (end - lt < 9 || std::memcmp(lt, "</t></is>", 9) != 0)
                return false;
            cell.inlineText = QByteArrayView(text, lt - text);
            q = lt + 9;
            while (q < end && isSpace(*q))
                ++q;
        }
        if (end - q < 4 || std::memcmp(q, "</c>", 4) != 0)
            return false;
        q += 4;
    }
    m_pos = q - data;
    return true;
}

bool XmlScanner::readSimpleString(QByteArrayView &text)
{
    const char *const data = m_buffer.constData();
    const char *const end = data + m_end;
    const char *const p = m_open.empty() ? nullptr : nextMarkup();
    if (!p || end - p < 6 || std::memcmp(p, "<si><t", 6) != 0)
        return false;
    const char *const start = simpleTagEnd(p + 6, end);
    if (!start)
        return false;
    const char *const stop = textStop(start, end);
    if (end - stop < 9 || std::memcmp(stop, "</t></si>", 9) != 0)
        return false;
    text = QByteArrayView(start, stop - start);
    m_pos = (stop + 9) - data;
    return true;
}

XmlScanner::Step XmlScanner::scanMarkup(Token &token)
{
    const char *data = m_buffer.constData();
    const char *p = data + m_pos;
    const char *end = data + m_end;
    if (end - p < 2)
        return Step::NeedMore;
    const char kind = p[1];
    if (kind == '/') {
        const char *gt = find(p + 2, end, '>');
        if (!gt)
            return Step::NeedMore;
        const char *nameEnd = gt;
        while (nameEnd > p + 2 && isSpace(nameEnd[-1]))
            --nameEnd;
        const QByteArrayView name(p + 2, nameEnd - (p + 2));
        if (name.isEmpty() || m_open.empty() || m_open.back() != nameHash(name))
            return Step::Bad;
        m_name = name;
        m_localName = localPart(name);
        m_open.pop_back();
        if (m_open.empty())
            m_rootClosed = true;
        m_pos = gt + 1 - data;
        token = Token::EndElement;
        return Step::Done;
    }
    if (kind == '?') {
        const char *q = p + 2;
        for (;;) {
            const char *gt = find(q, end, '>');
            if (!gt)
                return Step::NeedMore;
            if (gt - 1 >= p + 2 && gt[-1] == '?') {
                m_pos = gt + 1 - data;
                return Step::Skip;
            }
            q = gt + 1;
        }
    }
    if (kind == '!') {
        if (end - p < 4)
            return Step::NeedMore;
        if (p[2] == '-' && p[3] == '-') {
            const char *q = p + 4;
            for (;;) {
                const char *gt = find(q, end, '>');
                if (!gt)
                    return Step::NeedMore;
                if (gt - 2 >= p + 4 && gt[-1] == '-' && gt[-2] == '-') {
                    m_pos = gt + 1 - data;
                    return Step::Skip;
                }
                q = gt + 1;
            }
        }
        if (end - p < 9)
            return Step::NeedMore;
        if (std::memcmp(p, "<![CDATA[", 9) == 0) {
            const char *q = p + 9;
            for (;;) {
                const char *gt = find(q, end, '>');
                if (!gt)
                    return Step::NeedMore;
                if (gt - 2 >= p + 9 && gt[-1] == ']' && gt[-2] == ']') {
                    if (m_open.empty())
                        return Step::Bad;
                    m_text = QByteArrayView(p + 9, gt - 2 - (p + 9));
                    m_textIsCData = true;
                    m_pos = gt + 1 - data;
                    token = Token::Characters;
                    return Step::Done;
                }
                q = gt + 1;
            }
        }
        if (std::memcmp(p, "<!DOCTYPE", 9) == 0) {
            m_failure = Failure::Doctype;
            return Step::Bad;
        }
        return Step::Bad;
    }
    return scanStartTag(p, end, token);
}

XmlScanner::Step XmlScanner::scanStartTag(const char *p, const char *end, Token &token)
{
    const char *q = p + 1;
    while (q < end && !endsName(*q))
        ++q;
    if (q == end)
        return Step::NeedMore;
    const QByteArrayView name(p + 1, q - (p + 1));
    if (name.isEmpty() || m_rootClosed || m_open.size() >= kMaxDepth)
        return Step::Bad;
    m_attributeCount = 0;
    bool selfClosing = false;
    for (;;) {
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return Step::NeedMore;
        const char c = *q;
        if (c == '>') {
            ++q;
            break;
        }
        if (c == '/') {
            if (q + 1 == end)
                return Step::NeedMore;
            if (q[1] != '>')
                return Step::Bad;
            q += 2;
            selfClosing = true;
            break;
        }
        const char *attrName = q;
        while (q < end && !endsName(*q))
            ++q;
        if (q == end)
            return Step::NeedMore;
        if (q == attrName)
            return Step::Bad;
        const QByteArrayView attr(attrName, q - attrName);
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return Step::NeedMore;
        if (*q != '=')
            return Step::Bad;
        ++q;
        while (q < end && isSpace(*q))
            ++q;
        if (q == end)
            return Step::NeedMore;
        const char quote = *q;
        if (quote != '"' && quote != '\'')
            return Step::Bad;
        const char *valueEnd = find(q + 1, end, quote);
        if (!valueEnd)
            return Step::NeedMore;
        if (m_attributeCount < kMaxAttributes)
            m_attributes[std::size_t(m_attributeCount++)] = {
                attr, localPart(attr), QByteArrayView(q + 1, valueEnd - q - 1)};
        q = valueEnd + 1;
        if (q < end && !endsName(*q))
            return Step::Bad; // another attribute must be set apart by a space
        if (q < end && *q == '=')
            return Step::Bad;
    }
    m_name = name;
    m_localName = localPart(name);
    m_open.push_back(nameHash(name));
    m_pendingEnd = selfClosing;
    m_pos = q - m_buffer.constData();
    token = Token::StartElement;
    return Step::Done;
}

} // namespace ttcs::sheet
