#include "text/EmailAddress.h"

#include <QCoreApplication>
#include <QStringList>

namespace ttcs::text {

namespace {

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c.unicode() == 0x00A0 || c.unicode() == 0x200B || c.unicode() == 0xFEFF;
}

QString trimmed(const QString &s)
{
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && isSpaceLike(s.at(begin)))
        ++begin;
    while (end > begin && isSpaceLike(s.at(end - 1)))
        --end;
    return s.mid(begin, end - begin);
}

bool isLocalChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return QStringLiteral("!#$%&'*+/=?^_`{|}~.-").contains(c);
}

bool validLocal(const QString &local)
{
    if (local.isEmpty() || local.size() > 64 || local.startsWith(QLatin1Char('.')) ||
        local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String("..")))
        return false;
    for (const QChar c : local) {
        if (!isLocalChar(c))
            return false;
    }
    return true;
}

bool validDomain(const QString &domain)
{
    if (domain.size() > 253)
        return false;
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) ||
            label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'))
                return false;
        }
    }
    const QString &top = labels.last();
    if (top.size() < 2)
        return false;
    for (const QChar c : top) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

EmailCheck checkOne(const QString &piece)
{
    QString text = trimmed(piece);
    if (text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        text = trimmed(text.mid(7));
    if (text.startsWith(QLatin1Char('<')) && text.endsWith(QLatin1Char('>')))
        text = trimmed(text.mid(1, text.size() - 2));

    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at > 0 && at == text.lastIndexOf(QLatin1Char('@'))) {
        const QString local = text.left(at);
        QString domain = text.mid(at + 1).toLower();
        if (domain.endsWith(QLatin1Char('.')))
            domain.chop(1); // the full stop of a sentence
        if (validLocal(local) && validDomain(domain))
            return {local + QLatin1Char('@') + domain, true, {}};
    }
    return {
        text, false,
        QCoreApplication::translate("ttcs::text", "%1 is not a valid e-mail address.").arg(text)};
}

} // namespace

EmailCheck checkEmailAddress(const QString &raw)
{
    const QString text = trimmed(raw);
    if (text.isEmpty())
        return {};
    QStringList parts;
    QString current;
    for (const QChar c : text) {
        if (c == QLatin1Char(';') || c == QLatin1Char(',') || c == QLatin1Char('/') ||
            isSpaceLike(c)) {
            if (!current.isEmpty())
                parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        parts << current;
    if (parts.size() == 1)
        return checkOne(parts.first());
    // "abc @gmail.com": spaces inside one address, not a list.
    bool everyPartHasAt = true;
    for (const QString &part : std::as_const(parts))
        everyPartHasAt = everyPartHasAt && part.contains(QLatin1Char('@'));
    if (!everyPartHasAt)
        return checkOne(text);

    EmailCheck combined;
    QStringList addresses;
    QStringList notes;
    for (const QString &part : std::as_const(parts)) {
        const EmailCheck one = checkOne(part);
        combined.ok = combined.ok && one.ok;
        addresses << one.normalised;
        if (!one.note.isEmpty())
            notes << one.note;
    }
    combined.normalised = addresses.join(QStringLiteral("; "));
    combined.note = notes.join(QLatin1Char(' '));
    return combined;
}

} // namespace ttcs::text
