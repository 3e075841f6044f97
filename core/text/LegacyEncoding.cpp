#include "text/LegacyEncoding.h"

#include <QStringView>

#include <array>
#include <cstddef>

namespace ttcs::text {

namespace {

// Combining marks: the five tones and the three vowel modifiers.
constexpr char16_t kGrave = 0x0300;    // huyền
constexpr char16_t kAcute = 0x0301;    // sắc
constexpr char16_t kTilde = 0x0303;    // ngã
constexpr char16_t kHook = 0x0309;     // hỏi
constexpr char16_t kDotBelow = 0x0323; // nặng
constexpr char16_t kCircumflex = 0x0302;
constexpr char16_t kBreve = 0x0306;
constexpr char16_t kHorn = 0x031B;

bool isTone(char16_t c)
{
    return c == kGrave || c == kAcute || c == kTilde || c == kHook || c == kDotBelow;
}

bool isModifier(char16_t c)
{
    return c == kCircumflex || c == kBreve || c == kHorn;
}

// TCVN3 (ABC), bytes 0xA1 to 0xFF; 0 where the code is unused.
constexpr char16_t kTcvn3First = 0xA1;
// clang-format off
constexpr std::array<char16_t, 0x5F> kTcvn3 = {
          u'Ă', u'Â', u'Ê', u'Ô', u'Ơ', u'Ư', u'Đ', u'ă', u'â', u'ê', u'ô', u'ơ', u'ư', u'đ', 0,    // A1-AF
    0,    0,    0,    0,    0,    u'à', u'ả', u'ã', u'á', u'ạ', 0,    u'ằ', u'ẳ', u'ẵ', u'ắ', 0,    // B0-BF
    0,    0,    0,    0,    0,    0,    u'ặ', u'ầ', u'ẩ', u'ẫ', u'ấ', u'ậ', u'è', 0,    u'ẻ', u'ẽ', // C0-CF
    u'é', u'ẹ', u'ề', u'ể', u'ễ', u'ế', u'ệ', u'ì', u'ỉ', 0,    0,    0,    u'ĩ', u'í', u'ị', u'ò', // D0-DF
    0,    u'ỏ', u'õ', u'ó', u'ọ', u'ồ', u'ổ', u'ỗ', u'ố', u'ộ', u'ờ', u'ở', u'ỡ', u'ớ', u'ợ', u'ù', // E0-EF
    0,    u'ủ', u'ũ', u'ú', u'ụ', u'ừ', u'ử', u'ữ', u'ứ', u'ự', u'ỳ', u'ỷ', u'ỹ', u'ý', u'ỵ', 0,    // F0-FF
};
// clang-format on

// Windows-1258, bytes 0x80 to 0xFF. Undefined codes keep their own value,
// as Windows does. 0xCC, 0xD2, 0xDE, 0xEC and 0xF2 are combining tone marks.
constexpr std::array<char16_t, 0x80> kWindows1258 = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80
    0x02C6, 0x2030, 0x008A, 0x2039, 0x0152, 0x008D, 0x008E, 0x008F, // 88
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90
    0x02DC, 0x2122, 0x009A, 0x203A, 0x0153, 0x009D, 0x009E, 0x0178, // 98
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, // A0
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, // A8
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, // B0
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, // B8
    0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7, // C0
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF, // C8
    0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7, // D0
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF, // D8
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7, // E0
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF, // E8
    0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7, // F0
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF, // F8
};

// Characters Windows-1252 gives to bytes 0x80-0x9F. Legacy text read
// through that code page holds only these and U+0000-U+00FF.
bool isWindows1252Special(char16_t c)
{
    switch (c) {
    case 0x20AC:
    case 0x201A:
    case 0x0192:
    case 0x201E:
    case 0x2026:
    case 0x2020:
    case 0x2021:
    case 0x02C6:
    case 0x2030:
    case 0x0160:
    case 0x2039:
    case 0x0152:
    case 0x017D:
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x2022:
    case 0x2013:
    case 0x2014:
    case 0x02DC:
    case 0x2122:
    case 0x0161:
    case 0x203A:
    case 0x0153:
    case 0x017E:
    case 0x0178:
        return true;
    default:
        return false;
    }
}

bool fitsWindows1252(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u > 0xFF && !isWindows1252Special(u))
            return false;
    }
    return true;
}

bool hasNonAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return true;
    }
    return false;
}

// --- VNI ------------------------------------------------------------------

// The tone a VNI mark character stands for after a vowel (either case).
char16_t vniTone(char16_t mark)
{
    switch (QChar(mark).toLower().unicode()) {
    case u'ø':
        return kGrave;
    case u'ù':
        return kAcute;
    case u'û':
        return kHook;
    case u'õ':
        return kTilde;
    case u'ï':
        return kDotBelow;
    default:
        return 0;
    }
}

// Marks that carry a circumflex (after a, e, o) and maybe a tone.
bool vniCircumflex(char16_t mark, char16_t &tone)
{
    switch (QChar(mark).toLower().unicode()) {
    case u'â':
        tone = 0;
        return true;
    case u'à':
        tone = kGrave;
        return true;
    case u'á':
        tone = kAcute;
        return true;
    case u'å':
        tone = kHook;
        return true;
    case u'ã':
        tone = kTilde;
        return true;
    case u'ä':
        tone = kDotBelow;
        return true;
    default:
        return false;
    }
}

// Marks that carry a breve (after a only) and maybe a tone.
bool vniBreve(char16_t mark, char16_t &tone)
{
    switch (QChar(mark).toLower().unicode()) {
    case u'ê':
        tone = 0;
        return true;
    case u'è':
        tone = kGrave;
        return true;
    case u'é':
        tone = kAcute;
        return true;
    case u'ú':
        tone = kHook;
        return true;
    case u'ü':
        tone = kTilde;
        return true;
    case u'ë':
        tone = kDotBelow;
        return true;
    default:
        return false;
    }
}

// Single VNI characters that stand for a whole letter.
char16_t vniSingle(char16_t c)
{
    switch (c) {
    case u'æ':
        return u'ỉ';
    case u'Æ':
        return u'Ỉ';
    case u'ó':
        return u'ĩ';
    case u'Ó':
        return u'Ĩ';
    case u'ò':
        return u'ị';
    case u'Ò':
        return u'Ị';
    case u'î':
        return u'ỵ';
    case u'Î':
        return u'Ỵ';
    case u'ñ':
        return u'đ';
    case u'Ñ':
        return u'Đ';
    default:
        return 0;
    }
}

// --- Plausibility of Vietnamese words ---------------------------------------

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return c.isLetter() || c.isMark() || (u >= 0xA1 && u <= 0xFF);
}

bool startsWith(QStringView s, const char16_t *prefix)
{
    return s.startsWith(QStringView(prefix));
}

bool endsWith(QStringView s, const char16_t *suffix)
{
    return s.endsWith(QStringView(suffix));
}

// Vowel groups a Vietnamese syllable can have, tone marks left out.
bool isNucleus(QStringView v)
{
    static const char16_t *const nuclei[] = {
        u"a",   u"ă",   u"â",   u"e",   u"ê",   u"i",   u"o",   u"ô",   u"ơ",   u"u",   u"ư",
        u"y",   u"ai",  u"ao",  u"au",  u"ay",  u"âu",  u"ây",  u"eo",  u"êu",  u"ia",  u"iê",
        u"iu",  u"oa",  u"oă",  u"oe",  u"oi",  u"oo",  u"ôi",  u"ơi",  u"ua",  u"uâ",  u"uê",
        u"ui",  u"uô",  u"uơ",  u"uy",  u"ưa",  u"ưi",  u"ươ",  u"ưu",  u"yê",  u"iêu", u"oai",
        u"oao", u"oay", u"oeo", u"uây", u"uôi", u"uya", u"uyê", u"uyu", u"ươi", u"ươu", u"yêu"};
    for (const char16_t *n : nuclei) {
        if (v == QStringView(n))
            return true;
    }
    return false;
}

enum class WordKind
{
    Neutral,
    Vietnamese,
    Implausible
};

// Judges one word: plain ASCII says nothing; otherwise it must be one
// well-formed Vietnamese syllable with sensible capitals.
WordKind judgeWord(QStringView word)
{
    bool ascii = true;
    for (const QChar c : word) {
        if (c.unicode() >= 0x80)
            ascii = false;
    }
    if (ascii)
        return WordKind::Neutral;

    // Capitals: all small, all capitals, or a capital first.
    int letters = 0;
    int uppers = 0;
    bool upperAfterFirst = false;
    bool lowerSeen = false;
    for (const QChar c : word) {
        if (c.isMark())
            continue;
        if (!c.isLetter())
            return WordKind::Implausible;
        if (c.isUpper()) {
            ++uppers;
            if (letters > 0)
                upperAfterFirst = true;
        } else {
            lowerSeen = true;
        }
        ++letters;
    }
    if (upperAfterFirst && lowerSeen)
        return WordKind::Implausible;

    // Take the tone out, keep the vowel modifiers.
    const QString decomposed = word.toString().toLower().normalized(QString::NormalizationForm_D);
    QString bare;
    bare.reserve(decomposed.size());
    char16_t tone = 0;
    char16_t previousBase = 0;
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (isTone(u)) {
            if (tone != 0 || previousBase == 0)
                return WordKind::Implausible;
            tone = u;
            continue;
        }
        if (isModifier(u)) {
            const bool fits = (u == kCircumflex && (previousBase == u'a' || previousBase == u'e' ||
                                                    previousBase == u'o')) ||
                              (u == kBreve && previousBase == u'a') ||
                              (u == kHorn && (previousBase == u'o' || previousBase == u'u'));
            if (!fits)
                return WordKind::Implausible;
            bare += c;
            continue;
        }
        if (c.isMark())
            return WordKind::Implausible;
        if (!((u >= u'a' && u <= u'z') || u == u'đ'))
            return WordKind::Implausible;
        previousBase = u;
        bare += c;
    }
    bare = bare.normalized(QString::NormalizationForm_C);
    QStringView rest(bare);

    static const char16_t *const initials[] = {
        u"ngh", u"ng", u"gh", u"gi", u"kh", u"nh", u"ph", u"qu", u"th", u"tr", u"ch",
        u"sl",  u"b",  u"c",  u"d",  u"đ",  u"g",  u"h",  u"k",  u"l",  u"m",  u"n",
        u"p",   u"r",  u"s",  u"t",  u"v",  u"x",  u"f",  u"j",  u"w",  u"z"};
    for (const char16_t *initial : initials) {
        if (startsWith(rest, initial)) {
            QStringView after = rest.mid(QStringView(initial).size());
            // "gì", "gìn": the i of gi is the vowel itself.
            static const QString vowels = QStringLiteral("aăâeêioôơuưy");
            if (QStringView(initial) == u"gi" && (after.isEmpty() || !vowels.contains(after.at(0))))
                after = rest.mid(1);
            rest = after;
            break;
        }
    }
    QStringView coda;
    static const char16_t *const finals[] = {u"ng", u"nh", u"ch", u"c", u"m", u"n", u"p", u"t"};
    for (const char16_t *f : finals) {
        if (endsWith(rest, f)) {
            coda = rest.right(QStringView(f).size());
            rest.chop(coda.size());
            break;
        }
    }
    if (!isNucleus(rest))
        return WordKind::Implausible;
    // A syllable closed by c, ch, p or t only takes the sắc or nặng tone.
    if ((coda == u"c" || coda == u"ch" || coda == u"p" || coda == u"t") && tone != 0 &&
        tone != kAcute && tone != kDotBelow)
        return WordKind::Implausible;
    return WordKind::Vietnamese;
}

struct Score
{
    int vietnamese = 0;
    int implausible = 0;
};

Score scoreText(const QString &text)
{
    Score score;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && isWordChar(text.at(j)))
            ++j;
        switch (judgeWord(QStringView(text).mid(i, j - i))) {
        case WordKind::Vietnamese:
            ++score.vietnamese;
            break;
        case WordKind::Implausible:
            ++score.implausible;
            break;
        case WordKind::Neutral:
            break;
        }
        i = j;
    }
    return score;
}

// A decoding is believed when it repairs words and reads as Vietnamese.
bool believable(const Score &decoded, const Score &original)
{
    return decoded.vietnamese > 0 && decoded.implausible < original.implausible &&
           decoded.implausible * 3 <= decoded.vietnamese;
}

} // namespace

LegacyEncoding legacyEncodingOfFont(const QString &fontName)
{
    const QString name = fontName.trimmed();
    if (name.startsWith(QLatin1String(".Vn"), Qt::CaseInsensitive))
        return LegacyEncoding::Tcvn3;
    if (name.startsWith(QLatin1String("VNI-"), Qt::CaseInsensitive) ||
        name.startsWith(QLatin1String("VNI "), Qt::CaseInsensitive))
        return LegacyEncoding::Vni;
    return LegacyEncoding::None;
}

bool isCapitalsOnlyFont(const QString &fontName)
{
    const QString name = fontName.trimmed();
    return legacyEncodingOfFont(name) == LegacyEncoding::Tcvn3 && name.size() > 4 &&
           name.endsWith(QLatin1Char('H'));
}

QString decodeTcvn3(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= kTcvn3First && u <= 0xFF && kTcvn3[u - kTcvn3First] != 0)
            out += QChar(kTcvn3[u - kTcvn3First]);
        else
            out += c;
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString decodeVni(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (const char16_t single = vniSingle(c)) {
            out += QChar(single);
            continue;
        }
        // The base letter of a vowel that may carry marks.
        char16_t base = 0;
        char16_t modifier = 0;
        switch (c) {
        case u'a':
        case u'A':
        case u'e':
        case u'E':
        case u'o':
        case u'O':
        case u'u':
        case u'U':
        case u'y':
        case u'Y':
            base = c;
            break;
        case u'ô':
            base = u'o';
            modifier = kHorn;
            break;
        case u'Ô':
            base = u'O';
            modifier = kHorn;
            break;
        case u'ö':
            base = u'u';
            modifier = kHorn;
            break;
        case u'Ö':
            base = u'U';
            modifier = kHorn;
            break;
        default:
            out += QChar(c);
            continue;
        }
        char16_t tone = 0;
        if (i + 1 < n) {
            const char16_t mark = text.at(i + 1).unicode();
            const char16_t lowerBase = QChar(base).toLower().unicode();
            char16_t markTone = 0;
            if (modifier == 0 && (lowerBase == u'a' || lowerBase == u'e' || lowerBase == u'o') &&
                vniCircumflex(mark, markTone)) {
                modifier = kCircumflex;
                tone = markTone;
                ++i;
            } else if (modifier == 0 && lowerBase == u'a' && vniBreve(mark, markTone)) {
                modifier = kBreve;
                tone = markTone;
                ++i;
            } else if ((markTone = vniTone(mark)) != 0) {
                tone = markTone;
                ++i;
            }
        }
        out += QChar(base);
        if (modifier != 0)
            out += QChar(modifier);
        if (tone != 0)
            out += QChar(tone);
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString encodeTcvn3(const QString &text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    for (const QChar c : nfc) {
        char16_t found = 0;
        for (const QChar candidate : {c, c.toLower()}) {
            for (std::size_t k = 0; k < kTcvn3.size(); ++k) {
                if (kTcvn3[k] == candidate.unicode()) {
                    found = char16_t(kTcvn3First + k);
                    break;
                }
            }
            if (found != 0)
                break;
        }
        out += found != 0 ? QChar(found) : c;
    }
    return out;
}

QString encodeVni(const QString &text)
{
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size() * 2);
    for (const QChar c : nfc) {
        const QString parts = QString(c).normalized(QString::NormalizationForm_D);
        const QChar base = parts.at(0);
        const bool upper = base.isUpper();
        const char16_t lowerBase = base.toLower().unicode();
        char16_t modifier = 0;
        char16_t tone = 0;
        for (qsizetype k = 1; k < parts.size(); ++k) {
            const char16_t m = parts.at(k).unicode();
            if (isModifier(m))
                modifier = m;
            else if (isTone(m))
                tone = m;
        }
        auto cased = [upper](char16_t lower) {
            return upper ? QChar(lower).toUpper() : QChar(lower);
        };
        if (c == QChar(u'đ') || c == QChar(u'Đ')) {
            out += cased(u'ñ');
            continue;
        }
        if (parts.size() == 1) {
            out += c;
            continue;
        }
        if (lowerBase == u'i') {
            static const char16_t iTones[] = {u'i', u'ì', u'í', u'æ', u'ó', u'ò'};
            const int index = tone == kGrave      ? 1
                              : tone == kAcute    ? 2
                              : tone == kHook     ? 3
                              : tone == kTilde    ? 4
                              : tone == kDotBelow ? 5
                                                  : 0;
            out += cased(iTones[index]);
            continue;
        }
        if (lowerBase == u'y' && tone == kDotBelow) {
            out += cased(u'î');
            continue;
        }
        const int toneIndex = tone == kGrave      ? 1
                              : tone == kAcute    ? 2
                              : tone == kHook     ? 3
                              : tone == kTilde    ? 4
                              : tone == kDotBelow ? 5
                                                  : 0;
        if (modifier == kHorn) {
            out += cased(lowerBase == u'o' ? u'ô' : u'ö');
        } else if (modifier == kCircumflex) {
            static const char16_t circ[] = {u'â', u'à', u'á', u'å', u'ã', u'ä'};
            out += base;
            out += cased(circ[toneIndex]);
            continue;
        } else if (modifier == kBreve) {
            static const char16_t breve[] = {u'ê', u'è', u'é', u'ú', u'ü', u'ë'};
            out += base;
            out += cased(breve[toneIndex]);
            continue;
        } else if (lowerBase == u'a' || lowerBase == u'e' || lowerBase == u'o' ||
                   lowerBase == u'u' || lowerBase == u'y') {
            out += base;
        } else {
            out += c; // not a Vietnamese letter: leave it
            continue;
        }
        static const char16_t tones[] = {0, u'ø', u'ù', u'û', u'õ', u'ï'};
        if (toneIndex != 0)
            out += cased(tones[toneIndex]);
    }
    return out;
}

LegacyEncoding detectLegacyEncoding(const QString &text, const QString &fontName)
{
    if (text.isEmpty() || !fitsWindows1252(text))
        return LegacyEncoding::None;
    const LegacyEncoding byFont = legacyEncodingOfFont(fontName);
    if (byFont != LegacyEncoding::None)
        return byFont;
    if (!hasNonAscii(text))
        return LegacyEncoding::None;

    const Score original = scoreText(text);
    if (original.implausible == 0)
        return LegacyEncoding::None;
    const Score tcvn3 = scoreText(decodeTcvn3(text));
    const Score vni = scoreText(decodeVni(text));
    const bool tcvn3Fits = believable(tcvn3, original);
    const bool vniFits = believable(vni, original);
    if (tcvn3Fits && vniFits) {
        if (tcvn3.implausible != vni.implausible)
            return tcvn3.implausible < vni.implausible ? LegacyEncoding::Tcvn3
                                                       : LegacyEncoding::Vni;
        if (tcvn3.vietnamese != vni.vietnamese)
            return tcvn3.vietnamese > vni.vietnamese ? LegacyEncoding::Tcvn3 : LegacyEncoding::Vni;
        return LegacyEncoding::None; // cannot tell: leave it alone
    }
    if (tcvn3Fits)
        return LegacyEncoding::Tcvn3;
    if (vniFits)
        return LegacyEncoding::Vni;
    return LegacyEncoding::None;
}

LegacyConversion convertLegacyText(const QString &text, const QString &fontName)
{
    LegacyConversion result;
    result.encoding = detectLegacyEncoding(text, fontName);
    switch (result.encoding) {
    case LegacyEncoding::Tcvn3:
        result.text = decodeTcvn3(text);
        if (isCapitalsOnlyFont(fontName))
            result.text = result.text.toUpper();
        break;
    case LegacyEncoding::Vni:
        result.text = decodeVni(text);
        break;
    case LegacyEncoding::None:
        result.text = text;
        break;
    }
    return result;
}

QString decodeWindows1258(QByteArrayView bytes)
{
    QString out;
    out.resize(bytes.size());
    QChar *dst = out.data();
    for (const char b : bytes) {
        const auto u = static_cast<unsigned char>(b);
        *dst++ = QChar(u < 0x80 ? char16_t(u) : kWindows1258[u - 0x80]);
    }
    return out.normalized(QString::NormalizationForm_C);
}

} // namespace ttcs::text
