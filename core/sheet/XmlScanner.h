// Internal to the readers: a small, fast pull scanner for the large XML
// parts of a spreadsheet (worksheets, shared strings, ODS content). It
// reads UTF-8 from a byte source in chunks, never builds a tree and never
// copies a name or value: views stay valid until the next call to next().
//
// QXmlStreamReader reads a 27 MB worksheet in about 1.3 s on the office
// machines' class of hardware; this reads it in a fraction of that, which
// is what lets a 100,000-row list open without a wait. It checks what a
// reader needs to trust the data (tags balance, attributes are quoted,
// entities are known) and refuses any DOCTYPE, so no entity can be
// declared, let alone expanded.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstring>
#include <functional>
#include <vector>

namespace ttcs::sheet {

class XmlScanner
{
public:
    enum class Token
    {
        StartElement,
        EndElement,
        Characters,
        EndDocument,
        Invalid
    };
    enum class Failure
    {
        None,
        NotWellFormed,
        Doctype,
        TooLarge,
        ReadError
    };

    // Reads up to `max` bytes into `buffer`: the count, 0 at the end, or
    // -1 on a read error.
    using Source = std::function<qint64(char *buffer, qint64 max)>;

    // `maxTokenBytes` bounds one tag or one run of text.
    XmlScanner(Source source, qint64 maxTokenBytes);
    explicit XmlScanner(QByteArrayView document);

    Token next();

    // A worksheet cell in its common shape, read in one step: the
    // attributes r, s and t (null views when absent) and the text of <v>.
    struct SimpleCell
    {
        QByteArrayView r;
        QByteArrayView s;
        QByteArrayView t;
        QByteArrayView v;          // null when the cell has no <v>
        QByteArrayView inlineText; // <is><t>..</t></is>; null when none
    };
    // When the input continues with `<c ...>` holding nothing but an
    // optional `<v>`, or an inline string of one `<t>`, without entities
    // (or `<c .../>`), and all of it is in the buffer, reads it and returns
    // true: the same as the tokens it stands for, several times faster.
    // Otherwise consumes nothing.
    bool readSimpleCell(SimpleCell &cell);
    // When the input continues with a shared string in its common shape,
    // `<si><t>text</t></si>` (the <t> may carry attributes such as
    // xml:space), the text without entities and all of it in the buffer,
    // reads it and returns true with `text` its raw UTF-8: the same as the
    // five tokens it stands for, several times faster. Otherwise consumes
    // nothing.
    bool readSimpleString(QByteArrayView &text);

    // The current element (StartElement, EndElement).
    QByteArrayView name() const { return m_name; }
    QByteArrayView localName() const { return m_localName; }
    template <std::size_t N> bool isLocalName(const char (&name)[N]) const
    {
        return equals(m_localName, name);
    }
    // The raw value of the attribute with that local name (entities not
    // decoded), or a null view when there is none.
    QByteArrayView attribute(QByteArrayView localName) const;
    template <std::size_t N> QByteArrayView attribute(const char (&localName)[N]) const
    {
        return attribute(QByteArrayView(localName, N - 1));
    }
    // The same, by qualified name ("office:value-type").
    QByteArrayView qualifiedAttribute(QByteArrayView name) const;
    template <std::size_t N> QByteArrayView qualifiedAttribute(const char (&name)[N]) const
    {
        return qualifiedAttribute(QByteArrayView(name, N - 1));
    }

    // The current text (Characters): raw, entities not decoded, unless it
    // came from a CDATA section.
    QByteArrayView rawText() const { return m_text; }
    // Appends the current text, decoded, to `out`.
    bool appendText(QByteArray &out);

    Failure failure() const { return m_failure; }
    qint64 bytesConsumed() const { return m_consumedBefore + m_pos; }

    // Decodes entity and character references and line ends in `raw`
    // and appends the UTF-8 result to `out`; false on a bad reference.
    static bool decode(QByteArrayView raw, QByteArray &out);

    // Compares with a literal without measuring it at run time.
    template <std::size_t N> static bool equals(QByteArrayView view, const char (&literal)[N])
    {
        if (view.size() != qsizetype(N - 1))
            return false;
        for (std::size_t i = 0; i + 1 < N; ++i) { // short: no call to memcmp
            if (view.data()[i] != literal[i])
                return false;
        }
        return true;
    }

private:
    struct Attribute
    {
        QByteArrayView name;
        QByteArrayView localName;
        QByteArrayView value;
    };
    enum class Step
    {
        Done,
        Skip,
        NeedMore,
        Bad
    };

    bool refill();
    // Where the next markup starts, past white space, when the scanner
    // stands between tokens and nothing has failed; nullptr otherwise.
    const char *nextMarkup() const;
    Step scanMarkup(Token &token);
    Step scanStartTag(const char *p, const char *end, Token &token);
    Token fail(Failure failure);
    void prepareEncoding();

    Source m_source;
    qint64 m_maxTokenBytes = 0;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_consumedBefore = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_rootClosed = false;
    bool m_pendingEnd = false;
    bool m_textIsCData = false;
    Failure m_failure = Failure::None;

    QByteArrayView m_name;
    QByteArrayView m_localName;
    QByteArrayView m_text;
    // The current element's attributes; past the first 32, an element's
    // attributes are checked but not kept (no spreadsheet part has so many).
    static constexpr int kMaxAttributes = 32;
    std::array<Attribute, kMaxAttributes> m_attributes;
    int m_attributeCount = 0;
    // The open elements, by a hash of their names. Deeper nesting than
    // kMaxDepth is refused as not well-formed: no spreadsheet part nests
    // more than a few levels, and a part of "<a>" repeated would otherwise
    // hold a third of its size in this stack (half a gigabyte at 200 MB).
    static constexpr std::size_t kMaxDepth = 10000;
    std::vector<quint64> m_open;
};

} // namespace ttcs::sheet
