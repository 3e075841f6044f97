#include "text/PhoneNumber.h"

#include <QCoreApplication>
#include <QStringList>

namespace ttcs::text {

namespace {

struct OldPrefix
{
    const char *oldPrefix;
    const char *newPrefix;
};

// The 2018 renumbering of 11-digit mobile numbers.
constexpr OldPrefix kOldPrefixes[] = {
    {"0162", "032"}, {"0163", "033"}, {"0164", "034"}, {"0165", "035"}, {"0166", "036"},
    {"0167", "037"}, {"0168", "038"}, {"0169", "039"}, {"0120", "070"}, {"0121", "079"},
    {"0122", "077"}, {"0126", "076"}, {"0128", "078"}, {"0123", "083"}, {"0124", "084"},
    {"0125", "085"}, {"0127", "081"}, {"0129", "082"}, {"0186", "056"}, {"0188", "058"},
    {"0199", "059"},
};

QString newPrefixFor(QStringView elevenDigits)
{
    for (const OldPrefix &p : kOldPrefixes) {
        if (elevenDigits.startsWith(QLatin1String(p.oldPrefix)))
            return QLatin1String(p.newPrefix);
    }
    return {};
}

bool isFormatting(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\t':
    case 0x00A0:
    case u'.':
    case u'-':
    case u'(':
    case u')':
    case 0x2013:
    case 0x2014:
    case 0x2011:
        return true;
    default:
        return false;
    }
}

PhoneCheck invalid(const QString &text)
{
    return {text, false,
            QCoreApplication::translate("ttcs::text", "%1 is not a Vietnamese phone number.")
                .arg(text)};
}

PhoneCheck checkOne(const QString &piece)
{
    QString text = piece.trimmed();
    if (text.startsWith(QLatin1Char('\'')))
        text.remove(0, 1); // Excel's "keep as text" mark typed into a CSV
    // A label in front: "DĐ: 0912...", "CQ: 0209...".
    QString number = text;
    const qsizetype colon = number.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0)
        number = number.mid(colon + 1);

    QString digits;
    digits.reserve(number.size());
    bool plus = false;
    for (const QChar c : std::as_const(number)) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
        else if (c == QLatin1Char('+') && digits.isEmpty() && !plus)
            plus = true;
        else if (!isFormatting(c))
            return invalid(text);
    }
    if (digits.isEmpty())
        return invalid(text);

    if (digits.startsWith(QLatin1String("0084")))
        digits.remove(0, 2);
    if (plus && !digits.startsWith(QLatin1String("84")))
        return invalid(text); // another country
    if (digits.startsWith(QLatin1String("84")) &&
        (plus || digits.size() == 11 || digits.size() == 12)) {
        digits.remove(0, 2);
        if (!digits.startsWith(QLatin1Char('0')))
            digits.prepend(QLatin1Char('0'));
    }

    PhoneCheck result;
    QStringList notes;
    const QChar first = digits.at(0);
    // Lost its leading 0 in a number cell: mobiles 9 digits (10 if old),
    // landlines 9 or 10 digits starting with the area code's 2.
    if (first != QLatin1Char('0')) {
        const bool mobile = digits.size() == 9 && QStringLiteral("35789").contains(first);
        const bool oldMobile = digits.size() == 10 && first == QLatin1Char('1') &&
                               !newPrefixFor(QString(QLatin1Char('0') + digits)).isEmpty();
        const bool landline =
            (digits.size() == 9 || digits.size() == 10) && first == QLatin1Char('2');
        const bool service = (digits.startsWith(QLatin1String("1800")) ||
                              digits.startsWith(QLatin1String("1900"))) &&
                             (digits.size() == 8 || digits.size() == 10);
        if (service) {
            result.normalised = digits;
            return result;
        }
        if (!mobile && !oldMobile && !landline)
            return invalid(text);
        notes << QCoreApplication::translate(
                     "ttcs::text",
                     "The leading 0 of %1 was lost (the cell held a number) and has been put back.")
                     .arg(digits);
        digits.prepend(QLatin1Char('0'));
    }

    if (digits.size() == 11 && digits.startsWith(QLatin1String("01"))) {
        const QString prefix = newPrefixFor(digits);
        if (prefix.isEmpty())
            return invalid(text);
        const QString converted = prefix + digits.mid(4);
        notes << QCoreApplication::translate(
                     "ttcs::text",
                     "Old 11-digit mobile number %1 was changed to the new number %2.")
                     .arg(digits, converted);
        digits = converted;
    }

    const QChar second = digits.size() > 1 ? digits.at(1) : QChar();
    const bool mobile = digits.size() == 10 && QStringLiteral("35789").contains(second);
    const bool landline =
        (digits.size() == 10 || digits.size() == 11) && second == QLatin1Char('2');
    if (!mobile && !landline)
        return invalid(text);
    result.normalised = digits;
    result.note = notes.join(QLatin1Char(' '));
    return result;
}

// Whether the cell may hold several numbers, for splitNumbers(); nearly
// every cell holds one.
bool maySplit(QStringView s)
{
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'/':
        case u';':
        case u',':
        case u'\n':
        case u'\r':
        case u'|':
        case 0x2013:
        case 0x2014:
            return true;
        default:
            break;
        }
    }
    return s.contains(QLatin1String(" - "));
}

// Splits a cell that holds several numbers.
QStringList splitNumbers(const QString &raw)
{
    QString s = raw;
    for (const QString &dash :
         {QStringLiteral(" - "), QStringLiteral(" \u2013 "), QStringLiteral(" \u2014 ")})
        s.replace(dash, QStringLiteral(";"));
    QStringList parts;
    QString current;
    for (const QChar c : std::as_const(s)) {
        if (c == QLatin1Char('/') || c == QLatin1Char(';') || c == QLatin1Char(',') ||
            c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('|')) {
            if (!current.trimmed().isEmpty())
                parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        parts << current;
    return parts;
}

} // namespace

PhoneCheck checkPhoneNumber(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return {};
    if (!maySplit(text))
        return checkOne(text);
    const QStringList parts = splitNumbers(text);
    if (parts.size() <= 1)
        return checkOne(text);

    PhoneCheck combined;
    QStringList numbers;
    QStringList notes;
    for (const QString &part : parts) {
        const PhoneCheck one = checkOne(part);
        combined.ok = combined.ok && one.ok;
        numbers << one.normalised;
        if (!one.note.isEmpty())
            notes << one.note;
    }
    if (!combined.ok) {
        // "0912 - 345 - 678": the dashes were formatting after all.
        const PhoneCheck whole =
            checkOne(QString(text).replace(QLatin1Char('-'), QLatin1Char(' ')));
        if (whole.ok)
            return whole;
    }
    combined.normalised = numbers.join(QStringLiteral("; "));
    combined.note = notes.join(QLatin1Char(' '));
    return combined;
}

} // namespace ttcs::text
