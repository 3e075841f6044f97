#include "domain/OrgProfile.h"

namespace ttcs {

namespace {
struct Field
{
    const char *key;
    QString OrgProfile::*member;
};
const Field kFields[] = {
    {"province", &OrgProfile::province},
    {"place", &OrgProfile::place},
    {"parent_body", &OrgProfile::parentBody},
    {"issuing_body", &OrgProfile::issuingBody},
    {"issuing_body_name", &OrgProfile::issuingBodyName},
    {"issuing_body_short", &OrgProfile::issuingBodyShort},
    {"drafting_unit", &OrgProfile::draftingUnit},
    {"plan_symbol", &OrgProfile::planSymbol},
    {"report_symbol", &OrgProfile::reportSymbol},
    {"signer_authority", &OrgProfile::signerAuthority},
    {"signer_title", &OrgProfile::signerTitle},
    {"signer_name", &OrgProfile::signerName},
    {"report_recipient", &OrgProfile::reportRecipient},
    {"press_authority", &OrgProfile::pressAuthority},
};
} // namespace

QStringList OrgProfile::keys()
{
    QStringList k;
    for (const Field &f : kFields)
        k << QLatin1String(f.key);
    k << QStringLiteral("recipients");
    return k;
}

QString OrgProfile::value(const QString &key) const
{
    if (key == QLatin1String("recipients"))
        return recipients.join(QLatin1Char('\n'));
    for (const Field &f : kFields) {
        if (key == QLatin1String(f.key))
            return this->*f.member;
    }
    return {};
}

void OrgProfile::setValue(const QString &key, const QString &value)
{
    if (key == QLatin1String("recipients")) {
        recipients = value.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return;
    }
    for (const Field &f : kFields) {
        if (key == QLatin1String(f.key)) {
            this->*f.member = value;
            return;
        }
    }
}

} // namespace ttcs
