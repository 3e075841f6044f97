#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "sheet/XmlScanner.h"

#include <QStringList>

#include <cstring>
#include <memory>

using namespace ttcs::sheet;

namespace {

// A source giving `doc` in pieces of at most `chunk` bytes.
XmlScanner::Source piecesOf(const QByteArray &doc, qint64 chunk)
{
    auto pos = std::make_shared<qint64>(0);
    return [doc, chunk, pos](char *buffer, qint64 max) {
        const qint64 n = std::min({max, chunk, qint64(doc.size()) - *pos});
        std::memcpy(buffer, doc.constData() + *pos, std::size_t(n));
        *pos += n;
        return n;
    };
}

// The tokens of a document as text, read in chunks of `chunk` bytes.
QStringList tokens(const QByteArray &doc, qint64 chunk, XmlScanner::Failure *failure = nullptr)
{
    XmlScanner xml(piecesOf(doc, chunk), 1 << 20);
    QStringList out;
    for (;;) {
        const XmlScanner::Token t = xml.next();
        if (t == XmlScanner::Token::EndDocument)
            break;
        if (t == XmlScanner::Token::Invalid) {
            out << QStringLiteral("!");
            break;
        }
        if (t == XmlScanner::Token::StartElement) {
            QString s = QStringLiteral("<") + QString::fromUtf8(xml.localName());
            const QByteArrayView r = xml.attribute("r");
            if (!r.isNull())
                s += QStringLiteral(" r=") + QString::fromUtf8(r);
            out << s;
        } else if (t == XmlScanner::Token::EndElement) {
            out << QStringLiteral("/") + QString::fromUtf8(xml.localName());
        } else {
            QByteArray text;
            if (!xml.appendText(text)) {
                out << QStringLiteral("!");
                break;
            }
            out << QStringLiteral("\"") + QString::fromUtf8(text);
        }
    }
    if (failure)
        *failure = xml.failure();
    return out;
}

} // namespace

TEST_CASE("the scanner gives the same tokens whatever the chunk size")
{
    const QByteArray doc =
        "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- a comment with <tags> -->"
        "<x:root xmlns:x=\"urn:x\"><x:c r=\"A1\" s='2' t = \"s\"><x:v>12</x:v></x:c>"
        "<t xml:space=\"preserve\">Nguy&#7877;n &amp; &lt;V&#x103;n&gt; &quot;An&apos;\r\nb</t>"
        "<e/><![CDATA[raw <b> & ]]><?pi inside?></x:root>\n";
    const QStringList expected = tokens(doc, 1 << 20);
    CHECK(expected == QStringList{QStringLiteral("<root"), QStringLiteral("<c r=A1"),
                                  QStringLiteral("<v"), QStringLiteral("\"12"),
                                  QStringLiteral("/v"), QStringLiteral("/c"), QStringLiteral("<t"),
                                  QStringLiteral("\"Nguyễn & <Văn> \"An'\nb"), QStringLiteral("/t"),
                                  QStringLiteral("<e"), QStringLiteral("/e"),
                                  QStringLiteral("\"raw <b> & "), QStringLiteral("/root")});
    for (const qint64 chunk : {1, 2, 3, 7, 64}) {
        INFO("chunk " << chunk);
        CHECK(tokens(doc, chunk) == expected);
    }
}

TEST_CASE("the scanner refuses what a reader must not trust")
{
    const struct
    {
        const char *doc;
        XmlScanner::Failure failure;
    } cases[] = {
        {"<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>", XmlScanner::Failure::Doctype},
        {"<a><b></a></b>", XmlScanner::Failure::NotWellFormed},
        {"<a><b>", XmlScanner::Failure::NotWellFormed},
        {"<a b=c/>", XmlScanner::Failure::NotWellFormed},
        {"<a b=\"1\"c=\"2\"/>", XmlScanner::Failure::NotWellFormed},
        {"<a>&unknown;</a>", XmlScanner::Failure::NotWellFormed},
        {"<a>&#0;</a>", XmlScanner::Failure::NotWellFormed},
        {"<a>&#x110000;</a>", XmlScanner::Failure::NotWellFormed},
        {"<a/><b/>", XmlScanner::Failure::NotWellFormed},
        {"", XmlScanner::Failure::NotWellFormed},
        {"<a><!-- never closed", XmlScanner::Failure::NotWellFormed},
        {"<a></ a>", XmlScanner::Failure::NotWellFormed},
    };
    for (const auto &c : cases) {
        INFO(c.doc);
        XmlScanner::Failure failure = XmlScanner::Failure::None;
        const QStringList t = tokens(QByteArray(c.doc), 3, &failure);
        CHECK(t.last() == QStringLiteral("!"));
        CHECK(failure == c.failure);
    }
}

TEST_CASE("a token longer than the bound is refused as too large")
{
    const QByteArray doc = "<a>" + QByteArray(100'000, 'x') + "</a>";
    XmlScanner xml(piecesOf(doc, doc.size()), 10'000);
    XmlScanner::Token t = XmlScanner::Token::StartElement;
    while (t != XmlScanner::Token::Invalid && t != XmlScanner::Token::EndDocument)
        t = xml.next();
    // The bound is checked per buffer: up to a chunk more is accepted.
    CHECK((t == XmlScanner::Token::EndDocument || xml.failure() == XmlScanner::Failure::TooLarge));

    const QByteArray huge = "<a>" + QByteArray(3'000'000, 'x') + "</a>";
    XmlScanner strict(piecesOf(huge, huge.size()), 10'000);
    t = XmlScanner::Token::StartElement;
    while (t != XmlScanner::Token::Invalid && t != XmlScanner::Token::EndDocument)
        t = strict.next();
    CHECK(t == XmlScanner::Token::Invalid);
    CHECK(strict.failure() == XmlScanner::Failure::TooLarge);
}

namespace {

struct Items
{
    QStringList texts; // each <si>'s text, however it was read
    int inOneStep = 0; // how many readSimpleString() took
    bool failed = false;
};

// The shared strings of `doc`, read in chunks of `chunk` bytes the way the
// XLSX reader does: one step where readSimpleString() can, tokens elsewhere.
Items sharedStrings(const QByteArray &doc, qint64 chunk)
{
    XmlScanner xml(piecesOf(doc, chunk), 1 << 20);
    Items out;
    bool inItem = false;
    bool inText = false;
    QByteArray text;
    for (;;) {
        QByteArrayView simple;
        if (!inItem && xml.readSimpleString(simple)) {
            out.texts << QString::fromUtf8(simple);
            ++out.inOneStep;
            continue;
        }
        const XmlScanner::Token t = xml.next();
        if (t == XmlScanner::Token::EndDocument)
            break;
        if (t == XmlScanner::Token::Invalid) {
            out.failed = true;
            break;
        }
        if (t == XmlScanner::Token::StartElement && xml.isLocalName("si")) {
            inItem = true;
            text.clear();
        } else if (t == XmlScanner::Token::StartElement && xml.isLocalName("t")) {
            inText = inItem;
        } else if (t == XmlScanner::Token::EndElement && xml.isLocalName("t")) {
            inText = false;
        } else if (t == XmlScanner::Token::EndElement && xml.isLocalName("si")) {
            inItem = false;
            out.texts << QString::fromUtf8(text);
        } else if (t == XmlScanner::Token::Characters && inText && !xml.appendText(text)) {
            out.failed = true;
            break;
        }
    }
    return out;
}

} // namespace

TEST_CASE("a shared string in its common shape is read in one step, others by tokens")
{
    const QByteArray doc = "<sst count=\"9\">\n"
                           "<si><t>Sở Tư pháp</t></si>"
                           "<si><t xml:space=\"preserve\"> Lê  Văn </t></si>"
                           "<si><t></t></si>"
                           "<si><t>a &amp; b</t></si>"                 // a reference
                           "<si><t a=\"x>y\">quoted &gt;</t></si>"     // '>' in a value
                           "<si><t xml:space='preserve'>single</t></si>"
                           "<si><r><t>run</t></r></si>"                // rich text
                           "<si><t>one</t><rPh><t>two</t></rPh></si>" // phonetic run
                           "<si>\n<t>spaced</t></si>"
                           "</sst>";
    const QStringList expected{
        QStringLiteral("Sở Tư pháp"), QStringLiteral(" Lê  Văn "), QString(),
        QStringLiteral("a & b"),      QStringLiteral("quoted >"),  QStringLiteral("single"),
        QStringLiteral("run"),        QStringLiteral("onetwo"),    QStringLiteral("spaced")};
    const Items whole = sharedStrings(doc, 1 << 20);
    CHECK_FALSE(whole.failed);
    CHECK(whole.texts == expected);
    // The plain ones, and only those, in one step.
    CHECK(whole.inOneStep == 4);
    // An item cut by the end of a chunk is read by tokens: the same texts.
    for (const qint64 chunk : {1, 5, 17, 64}) {
        INFO("chunk " << chunk);
        const Items cut = sharedStrings(doc, chunk);
        CHECK_FALSE(cut.failed);
        CHECK(cut.texts == expected);
    }
    // Markup that is not well-formed is left to the tokens, which refuse it.
    for (const char *bad : {"<sst><si><t a=\"1\"b=\"2\">x</t></si></sst>",
                            "<sst><si><t a=\"1>x</t></si></sst>", "<sst><si><t>x</t></si>"}) {
        INFO(bad);
        const Items items = sharedStrings(QByteArray(bad), 1 << 20);
        CHECK(items.failed);
    }
}
