#include "sheet/NumberFormat.h"

#include "sheet/Sheet.h"

#include <cmath>

namespace ttcs::sheet {

namespace {

constexpr double kLastSerial = 2958465; // 31 December 9999

QString twoDigits(int n)
{
    return QString::number(n).rightJustified(2, QLatin1Char('0'));
}

QString dateText(const QDate &d)
{
    return twoDigits(d.day()) + QLatin1Char('/') + twoDigits(d.month()) + QLatin1Char('/') +
           QString::number(d.year()).rightJustified(4, QLatin1Char('0'));
}

QString timeText(const QTime &t, bool seconds)
{
    QString s = twoDigits(t.hour()) + QLatin1Char(':') + twoDigits(t.minute());
    if (seconds)
        s += QLatin1Char(':') + twoDigits(t.second());
    return s;
}

// Splits a format code into its sections, outside quotes and brackets.
std::vector<QStringView> splitSections(QStringView code)
{
    std::vector<QStringView> sections;
    qsizetype start = 0;
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('\\') && !quoted) {
            ++i;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char('[')) {
            bracket = true;
        } else if (!quoted && c == QLatin1Char(']')) {
            bracket = false;
        } else if (!quoted && !bracket && c == QLatin1Char(';')) {
            sections.push_back(code.mid(start, i - start));
            start = i + 1;
        }
    }
    sections.push_back(code.mid(start));
    return sections;
}

} // namespace

double normaliseSerial(double serial, bool date1904)
{
    if (date1904)
        return serial + 1462;
    if (serial >= 1 && serial < 60)
        return serial + 1;
    return serial;
}

QString NumberFormat::general(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("#NUM!");
    if (value == 0)
        return QStringLiteral("0");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    QString s = QString::number(value, 'g', 15);
    if (s.contains(QLatin1Char('e')))
        s.replace(QLatin1Char('e'), QLatin1Char('E'));
    return s;
}

NumberFormat NumberFormat::builtin(int id)
{
    NumberFormat f;
    switch (id) {
    case 1:
        return parse(u"0");
    case 2:
        return parse(u"0.00");
    case 3:
        return parse(u"#,##0");
    case 4:
        return parse(u"#,##0.00");
    case 9:
        return parse(u"0%");
    case 10:
        return parse(u"0.00%");
    case 37:
    case 38:
        return parse(u"#,##0 ;(#,##0)");
    case 39:
    case 40:
        return parse(u"#,##0.00;(#,##0.00)");
    case 14:
    case 15:
    case 16:
    case 17:
    case 27:
    case 28:
    case 29:
    case 30:
    case 31:
    case 34:
    case 35:
    case 36:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 57:
    case 58:
        f.m_kind = Kind::Date;
        return f;
    case 18:
    case 20:
    case 32:
    case 33:
    case 55:
    case 56:
        f.m_kind = Kind::Time;
        return f;
    case 19:
    case 21:
    case 45:
    case 46:
    case 47:
        f.m_kind = Kind::Time;
        f.m_seconds = true;
        return f;
    case 22:
        f.m_kind = Kind::DateTime;
        return f;
    case 49:
        f.m_kind = Kind::Text;
        return f;
    default:
        return f;
    }
}

bool NumberFormat::parseSection(QStringView code, Section &section, bool &dateCodes, bool &hasDate,
                                bool &hasTime, bool &seconds)
{
    auto literal = [&section](const QString &text) {
        if (!section.tokens.empty() && section.tokens.back().part == Part::Literal)
            section.tokens.back().literal += text;
        else
            section.tokens.push_back({Part::Literal, QChar(), text});
    };
    bool pointSeen = false;
    QChar lastCode; // the last date or time letter, for telling months from minutes
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = code.at(i);
        const QChar lower = c.toLower();
        if (c == QLatin1Char('"')) {
            const qsizetype close = code.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            literal(code.mid(i + 1, end - i - 1).toString());
            i = end;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 < n)
                literal(QString(code.at(++i)));
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            const QString inside = code.mid(i + 1, end - i - 1).toString().toLower();
            bool elapsed = !inside.isEmpty();
            for (const QChar k : inside)
                elapsed = elapsed &&
                          (k == QLatin1Char('h') || k == QLatin1Char('m') || k == QLatin1Char('s'));
            if (elapsed) {
                dateCodes = hasTime = true;
                seconds = seconds || inside.contains(QLatin1Char('s'));
                lastCode = inside.at(0);
            } else if (inside.startsWith(QLatin1Char('$'))) {
                const qsizetype dash = inside.indexOf(QLatin1Char('-'));
                literal(code.mid(i + 2, (dash < 0 ? inside.size() : dash) - 1).toString());
            }
            i = end;
        } else if (c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // padding and fill characters: nothing to show
        } else if (c == QLatin1Char('0') || c == QLatin1Char('#') || c == QLatin1Char('?')) {
            section.tokens.push_back({Part::Digit, c, {}});
            section.hasDigits = true;
        } else if (c == QLatin1Char('.') && !pointSeen && !dateCodes) {
            section.tokens.push_back({Part::Point, QChar(), {}});
            pointSeen = true;
        } else if (c == QLatin1Char(',')) {
            const bool afterDigit =
                !section.tokens.empty() && section.tokens.back().part == Part::Digit;
            const bool beforeDigit = i + 1 < n && (code.at(i + 1) == QLatin1Char('0') ||
                                                   code.at(i + 1) == QLatin1Char('#') ||
                                                   code.at(i + 1) == QLatin1Char('?'));
            if (afterDigit && beforeDigit)
                section.grouping = true;
            else if (!afterDigit)
                literal(QStringLiteral(","));
        } else if (c == QLatin1Char('%')) {
            ++section.percent;
            literal(QStringLiteral("%"));
        } else if (lower == QLatin1Char('e') && i + 1 < n &&
                   (code.at(i + 1) == QLatin1Char('+') || code.at(i + 1) == QLatin1Char('-'))) {
            return false; // scientific: shown as General
        } else if (c == QLatin1Char('@')) {
            literal(QString());
        } else if (code.mid(i).startsWith(QLatin1String("AM/PM"), Qt::CaseInsensitive)) {
            dateCodes = hasTime = true;
            i += 4;
        } else if (code.mid(i).startsWith(QLatin1String("A/P"), Qt::CaseInsensitive)) {
            dateCodes = hasTime = true;
            i += 2;
        } else if (lower == QLatin1Char('y') || lower == QLatin1Char('d') ||
                   lower == QLatin1Char('e') || lower == QLatin1Char('g')) {
            dateCodes = hasDate = true;
            lastCode = lower;
        } else if (lower == QLatin1Char('h') || lower == QLatin1Char('s')) {
            dateCodes = hasTime = true;
            seconds = seconds || lower == QLatin1Char('s');
            lastCode = lower;
        } else if (lower == QLatin1Char('m')) {
            // Minutes right after hours or before seconds, months otherwise.
            qsizetype run = i;
            while (run < n && code.at(run).toLower() == QLatin1Char('m'))
                ++run;
            qsizetype j = run;
            while (j < n && !code.at(j).isLetter())
                ++j;
            const bool beforeSeconds = j < n && code.at(j).toLower() == QLatin1Char('s');
            if (lastCode == QLatin1Char('h') || beforeSeconds)
                hasTime = true;
            else
                hasDate = true;
            dateCodes = true;
            lastCode = lower;
            i = run - 1;
        } else {
            literal(QString(c));
        }
    }
    return true;
}

NumberFormat NumberFormat::parse(QStringView code)
{
    NumberFormat f;
    const QStringView trimmed = code.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1String("general"), Qt::CaseInsensitive))
        return f;
    bool anyDate = false;
    bool hasDate = false;
    bool hasTime = false;
    bool seconds = false;
    const std::vector<QStringView> parts = splitSections(trimmed);
    for (std::size_t i = 0; i < parts.size() && i < 3; ++i) {
        Section section;
        bool dateCodes = false;
        if (!parseSection(parts[i], section, dateCodes, hasDate, hasTime, seconds))
            return NumberFormat();
        anyDate = anyDate || dateCodes;
        int decimals = 0;
        bool point = false;
        for (const Token &t : section.tokens) {
            point = point || t.part == Part::Point;
            decimals += point && t.part == Part::Digit;
        }
        if (decimals > 30)
            return NumberFormat();
        f.m_sections.push_back(std::move(section));
    }
    if (anyDate) {
        f.m_kind = hasDate && hasTime ? Kind::DateTime : hasTime ? Kind::Time : Kind::Date;
        f.m_seconds = seconds;
        f.m_sections.clear();
    } else if (!f.m_sections.empty() && f.m_sections.front().hasDigits) {
        f.m_kind = Kind::Number;
    } else if (trimmed.contains(QLatin1Char('@'))) {
        f.m_kind = Kind::Text;
        f.m_sections.clear();
    } else {
        f.m_sections.clear(); // literal text only: shown as General
    }
    return f;
}

QString NumberFormat::render(const Section &section, double value)
{
    if (!section.hasDigits) {
        QString text;
        for (const Token &t : section.tokens)
            text += t.literal;
        return text;
    }
    double v = value;
    for (int i = 0; i < section.percent; ++i)
        v *= 100;
    std::size_t point = section.tokens.size();
    int decimals = 0;
    for (std::size_t i = 0; i < section.tokens.size(); ++i) {
        if (section.tokens[i].part == Part::Point && point == section.tokens.size())
            point = i;
        else if (section.tokens[i].part == Part::Digit && point != section.tokens.size())
            ++decimals;
    }
    const bool negative = v < 0;
    const QString fixed = QString::number(std::fabs(v), 'f', decimals);
    const qsizetype dot = fixed.indexOf(QLatin1Char('.'));
    QString intDigits = dot < 0 ? fixed : fixed.left(dot);
    const QString fracDigits = dot < 0 ? QString() : fixed.mid(dot + 1);
    if (intDigits == QLatin1String("0"))
        intDigits.clear();

    std::size_t firstDigit = point;
    int zeros = 0;
    for (std::size_t i = 0; i < point; ++i) {
        if (section.tokens[i].part == Part::Digit) {
            if (firstDigit == point)
                firstDigit = i;
            zeros += section.tokens[i].digit == QLatin1Char('0');
        }
    }

    QString integerPart;
    if (section.grouping) {
        QString digits = intDigits.rightJustified(zeros, QLatin1Char('0'));
        for (qsizetype k = digits.size() - 3; k > 0; k -= 3)
            digits.insert(k, QLatin1Char(','));
        bool placed = false;
        for (std::size_t i = 0; i < point; ++i) {
            const Token &t = section.tokens[i];
            if (t.part == Part::Literal) {
                integerPart += t.literal;
            } else if (!placed) {
                integerPart += digits;
                placed = true;
            }
        }
        if (!placed)
            integerPart += digits;
    } else {
        // Digits fill the placeholders from the right; the leftmost one
        // takes whatever digits are left over.
        qsizetype remaining = intDigits.size();
        for (std::size_t i = point; i-- > 0;) {
            const Token &t = section.tokens[i];
            if (t.part == Part::Literal) {
                integerPart.prepend(t.literal);
            } else if (remaining > 0) {
                if (i == firstDigit) {
                    integerPart.prepend(intDigits.left(remaining));
                    remaining = 0;
                } else {
                    integerPart.prepend(intDigits.at(--remaining));
                }
            } else if (t.digit == QLatin1Char('0')) {
                integerPart.prepend(QLatin1Char('0'));
            } else if (t.digit == QLatin1Char('?')) {
                integerPart.prepend(QLatin1Char(' '));
            }
        }
        if (remaining > 0)
            integerPart += intDigits.left(remaining);
    }

    QString fraction;
    QString after;
    if (point < section.tokens.size()) {
        // Trailing # placeholders drop trailing zeros.
        qsizetype keep = fracDigits.size();
        for (std::size_t i = section.tokens.size(); i-- > point + 1 && keep > 0;) {
            const Token &t = section.tokens[i];
            if (t.part != Part::Digit)
                continue;
            if (t.digit == QLatin1Char('#') && fracDigits.at(keep - 1) == QLatin1Char('0'))
                --keep;
            else
                break;
        }
        qsizetype k = 0;
        for (std::size_t i = point + 1; i < section.tokens.size(); ++i) {
            const Token &t = section.tokens[i];
            if (t.part == Part::Literal) {
                (k < keep ? fraction : after) += t.literal;
            } else if (t.part == Part::Digit) {
                if (k < keep)
                    fraction += fracDigits.at(k);
                ++k;
            }
        }
    }
    QString text = integerPart;
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    text += after;
    bool allZero = true;
    for (const QChar c : std::as_const(text))
        allZero = allZero && !(c.isDigit() && c != QLatin1Char('0'));
    if (negative && !allZero)
        text.prepend(QLatin1Char('-'));
    return text;
}

QString NumberFormat::format(double value) const
{
    if (!std::isfinite(value))
        return QStringLiteral("#NUM!");
    if (m_kind != Kind::Number || m_sections.empty())
        return general(value);
    if (m_sections.size() >= 2 && value < 0)
        return render(m_sections[1], -value);
    if (m_sections.size() >= 3 && value == 0)
        return render(m_sections[2], 0);
    return render(m_sections[0], value);
}

QString NumberFormat::formatDate(double serial) const
{
    if (!std::isfinite(serial) || serial < 0 || serial > kLastSerial + 1)
        return {};
    const QDateTime dt = dateTimeFromSerial(serial);
    if (!dt.isValid())
        return {};
    switch (m_kind) {
    case Kind::Time:
        return timeText(dt.time(), m_seconds);
    case Kind::DateTime:
        return dateText(dt.date()) + QLatin1Char(' ') + timeText(dt.time(), m_seconds);
    default:
        return dateText(dt.date());
    }
}

} // namespace ttcs::sheet
