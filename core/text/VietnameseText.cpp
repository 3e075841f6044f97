#include "text/VietnameseText.h"

#include <algorithm>
#include <array>

namespace ttcs::text {

namespace {

bool isCombining(char16_t c) { return c >= 0x0300 && c <= 0x036F; }

// Letter ranks in Vietnamese order; the modifier marks (breve, circumflex,
// horn) and đ make letters of their own.
int letterRank(char16_t base, char16_t modifier)
{
    static constexpr std::array<char16_t, 26> latin = {
        u'a', u'b', u'c', u'd', u'e', u'f', u'g', u'h', u'i', u'j', u'k', u'l', u'm',
        u'n', u'o', u'p', u'q', u'r', u's', u't', u'u', u'v', u'w', u'x', u'y', u'z'};
    int index = -1;
    for (std::size_t i = 0; i < latin.size(); ++i) {
        if (latin[i] == base) {
            index = int(i);
            break;
        }
    }
    if (index < 0)
        return -1;
    // Four slots per letter: plain, then ă/â/ê/ô/ơ/ư variants.
    int slot = 0;
    if (modifier == 0x0306) // breve: ă
        slot = 1;
    else if (modifier == 0x0302) // circumflex: â ê ô
        slot = 2;
    else if (modifier == 0x031B) // horn: ơ ư
        slot = 3;
    return index * 4 + slot;
}

int toneRank(char16_t mark)
{
    switch (mark) {
    case 0x0300: return 1; // huyền
    case 0x0309: return 2; // hỏi
    case 0x0303: return 3; // ngã
    case 0x0301: return 4; // sắc
    case 0x0323: return 5; // nặng
    default: return 0;
    }
}

} // namespace

// Letter by letter where a letter's small form is one letter of its own:
// ASCII, the Latin blocks up to U+024F and Latin Extended Additional, which
// hold every Vietnamese letter, except U+0130 (İ), whose small form is two.
// Anything else goes to QString::toLower(), which also knows those cases.
QString lower(const QString &s)
{
    const qsizetype size = s.size();
    const auto *const from = reinterpret_cast<const char16_t *>(s.constData());
    qsizetype i = 0;
    while (i < size && !(from[i] >= u'A' && from[i] <= u'Z') && from[i] < 0x80)
        ++i;
    if (i == size)
        return s; // nothing to change: shared, not copied
    QString out(size, Qt::Uninitialized);
    auto *const to = reinterpret_cast<char16_t *>(out.data());
    std::copy(from, from + i, to);
    for (; i < size; ++i) {
        const char16_t u = from[i];
        if (u < 0x80) {
            to[i] = u >= u'A' && u <= u'Z' ? char16_t(u + 0x20) : u;
        } else if ((u < 0x0250 && u != 0x0130) || (u >= 0x1E00 && u < 0x1F00)) {
            to[i] = char16_t(QChar::toLower(char32_t(u)));
        } else {
            return s.toLower();
        }
    }
    return out;
}

QString nfc(const QString &s)
{
    return s.normalized(QString::NormalizationForm_C);
}

QString clean(const QString &s)
{
    QString out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (const QChar c : s) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0xFEFF)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += c;
    }
    return nfc(out);
}

QString fold(const QString &s)
{
    const QString d = s.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(d.size());
    for (const QChar c : d) {
        const char16_t u = c.unicode();
        if (isCombining(u))
            continue;
        if (u == 0x0110 || u == 0x0111) {
            out += QLatin1Char('d');
            continue;
        }
        out += c.toLower();
    }
    return out;
}

QByteArray collationKey(const QString &s)
{
    const QString d = s.normalized(QString::NormalizationForm_D);
    QByteArray letters;
    QByteArray tones;
    QByteArray cases;
    letters.reserve(d.size() * 2);
    for (qsizetype i = 0; i < d.size(); ++i) {
        char16_t u = d.at(i).unicode();
        if (isCombining(u))
            continue; // a mark without a base letter
        char16_t modifier = 0;
        int tone = 0;
        qsizetype j = i + 1;
        for (; j < d.size() && isCombining(d.at(j).unicode()); ++j) {
            const char16_t m = d.at(j).unicode();
            if (m == 0x0306 || m == 0x0302 || m == 0x031B)
                modifier = m;
            else if (toneRank(m) > 0)
                tone = toneRank(m);
        }
        const bool upper = QChar(u).isUpper();
        const char16_t lower = QChar(u).toLower().unicode();
        int rank = -1;
        if (lower == 0x0111) // đ comes right after d
            rank = letterRank(u'd', 0) + 1;
        else
            rank = letterRank(lower, modifier);
        quint16 primary;
        if (rank >= 0)
            primary = quint16(0x0400 + rank);
        else if (QChar(u).isDigit())
            primary = quint16(0x0100 + QChar(u).digitValue());
        else if (QChar(u).isSpace())
            primary = 0x0001;
        else if (QChar(u).isLetter())
            primary = quint16(0x0800 + (lower & 0x7FFF) / 2);
        else
            primary = quint16(0x0010 + (u & 0xFF));
        letters.append(char(primary >> 8));
        letters.append(char(primary & 0xFF));
        tones.append(char('0' + tone));
        cases.append(upper ? '1' : '0');
        i = j - 1;
    }
    letters.append('\0');
    letters.append('\0');
    return letters + tones + '\0' + cases;
}

QByteArray personNameKey(const QString &fullName)
{
    const QString name = clean(fullName);
    const qsizetype lastSpace = name.lastIndexOf(QLatin1Char(' '));
    if (lastSpace < 0)
        return collationKey(name);
    const QString given = name.mid(lastSpace + 1);
    const QString rest = name.left(lastSpace);
    return collationKey(given) + QByteArray(1, '\x01') + collationKey(rest);
}

bool containsFolded(const QString &haystack, const QString &needle)
{
    return fold(haystack).contains(fold(needle));
}

} // namespace ttcs::text
