#include "domain/Unit.h"

#include <QCoreApplication>

namespace ttcs {

namespace {
struct KindName
{
    UnitKind kind;
    const char *key;
};
constexpr KindName kKinds[] = {
    {UnitKind::Department, "department"}, {UnitKind::District, "district"},
    {UnitKind::Commune, "commune"},       {UnitKind::Press, "press"},
    {UnitKind::Party, "party"},           {UnitKind::Police, "police"},
    {UnitKind::Ministry, "ministry"},     {UnitKind::Other, "other"},
};
} // namespace

QString unitKindKey(UnitKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.key);
    }
    return QStringLiteral("other");
}

std::optional<UnitKind> unitKindFromKey(const QString &key)
{
    for (const auto &k : kKinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString unitKindLabel(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Department: return QCoreApplication::translate("ttcs::Unit", "Departments and agencies");
    case UnitKind::District: return QCoreApplication::translate("ttcs::Unit", "Districts and city");
    case UnitKind::Commune: return QCoreApplication::translate("ttcs::Unit", "Communes, wards and towns");
    case UnitKind::Press: return QCoreApplication::translate("ttcs::Unit", "Press agencies");
    case UnitKind::Party: return QCoreApplication::translate("ttcs::Unit", "Party bodies");
    case UnitKind::Police: return QCoreApplication::translate("ttcs::Unit", "Police");
    case UnitKind::Ministry: return QCoreApplication::translate("ttcs::Unit", "Ministries and central bodies");
    case UnitKind::Other: return QCoreApplication::translate("ttcs::Unit", "Other units");
    }
    return {};
}

const QList<UnitKind> &allUnitKinds()
{
    static const QList<UnitKind> kinds = {UnitKind::Department, UnitKind::District, UnitKind::Commune,
                                          UnitKind::Press,      UnitKind::Party,    UnitKind::Police,
                                          UnitKind::Ministry,   UnitKind::Other};
    return kinds;
}

QString unitEndKey(UnitEnd end)
{
    switch (end) {
    case UnitEnd::None:
        return {};
    case UnitEnd::Renamed:
        return QStringLiteral("renamed");
    case UnitEnd::Merged:
        return QStringLiteral("merged");
    case UnitEnd::Dissolved:
        return QStringLiteral("dissolved");
    }
    return {};
}

UnitEnd unitEndFromKey(const QString &key)
{
    for (UnitEnd e : {UnitEnd::Renamed, UnitEnd::Merged, UnitEnd::Dissolved}) {
        if (unitEndKey(e) == key)
            return e;
    }
    return UnitEnd::None;
}

QString unitEndLabel(UnitEnd end)
{
    switch (end) {
    case UnitEnd::None:
        return {};
    case UnitEnd::Renamed:
        return QCoreApplication::translate("ttcs::Unit", "Renamed");
    case UnitEnd::Merged:
        return QCoreApplication::translate("ttcs::Unit", "Merged");
    case UnitEnd::Dissolved:
        return QCoreApplication::translate("ttcs::Unit", "Dissolved");
    }
    return {};
}

bool Unit::existsIn(int year) const
{
    if (validFrom.isValid() && validFrom.year() > year)
        return false;
    if (validTo.isValid() && validTo.year() < year)
        return false;
    return true;
}

} // namespace ttcs
