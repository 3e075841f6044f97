#include "report/DocumentOptions.h"

#include <QDate>
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

QString planReference(const Plan &plan)
{
    QString ref = QStringLiteral("Kế hoạch số ");
    ref += plan.number.isEmpty() ? QStringLiteral("      ") : plan.number;
    ref += QLatin1Char('/') + plan.symbol;
    if (!plan.issued.isEmpty()) {
        const QDate d = QDate::fromString(plan.issued, Qt::ISODate);
        if (d.isValid()) {
            ref += QStringLiteral(" ngày ") + d.toString(QStringLiteral("dd/MM/yyyy"));
        } else {
            const QStringList ym = plan.issued.split(QLatin1Char('-'));
            if (ym.size() == 2)
                ref += QStringLiteral(" tháng %1 năm %2").arg(ym.at(1).toInt()).arg(ym.at(0));
        }
    }
    if (!plan.issuer.isEmpty())
        ref += QStringLiteral(" của ") + plan.issuer;
    return ref;
}

} // namespace ttcs::report
