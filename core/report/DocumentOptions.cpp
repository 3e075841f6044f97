#include "report/DocumentOptions.h"

#include <QRegularExpression>

namespace ttcs::report {

QStringList recipientNames(const OrgProfile &profile)
{
    QStringList out;
    for (QString r : profile.recipients) {
        r = r.trimmed();
        if (r.startsWith(QLatin1Char('-')))
            r = r.mid(1).trimmed();
        while (r.endsWith(QLatin1Char(';')) || r.endsWith(QLatin1Char('.')))
            r.chop(1);
        if (!r.isEmpty() && !r.startsWith(QStringLiteral("Lưu")))
            out << r;
    }
    return out;
}

QString archiveLine(const OrgProfile &profile)
{
    return profile.draftingUnit.isEmpty() ? QStringLiteral("VT")
                                          : QStringLiteral("VT, ") + profile.draftingUnit;
}

QStringList headerLines(const QString &text)
{
    QStringList out;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("\\s*(\\n|/)\\s*")), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        out << p.trimmed();
    return out;
}

QStringList authorityLines(const OrgProfile &profile)
{
    QStringList out = headerLines(profile.signerAuthority);
    out << headerLines(profile.signerTitle);
    return out;
}

QString bodyName(const OrgProfile &profile)
{
    if (!profile.issuingBodyName.isEmpty())
        return profile.issuingBodyName;
    // Without a name for running text, the header's words joined.
    return headerLines(profile.issuingBody).join(QLatin1Char(' '));
}

} // namespace ttcs::report
