// Units of the province (departments, districts, communes, press…) and the
// named groups of units a task can give a role to as a whole.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace ttcs {

enum class UnitKind { Department, District, Commune, Press, Party, Police, Ministry, Other };

QString unitKindKey(UnitKind kind);                    // "department", … as stored
std::optional<UnitKind> unitKindFromKey(const QString &key);
QString unitKindLabel(UnitKind kind);                  // translated, plural, for the UI
const QList<UnitKind> &allUnitKinds();

// Why a unit ended: renamed (its successor is the same body under a new
// name), merged into its successor, or dissolved (no successor).
enum class UnitEnd
{
    None,
    Renamed,
    Merged,
    Dissolved
};
QString unitEndKey(UnitEnd end); // "", "renamed", "merged", "dissolved" as stored
UnitEnd unitEndFromKey(const QString &key);
QString unitEndLabel(UnitEnd end); // translated; empty for None

struct Unit
{
    qint64 id = 0;
    QString name;
    QString shortName;
    UnitKind kind = UnitKind::Other;
    qint64 parentId = 0;   // 0: none
    QDate validFrom;       // null: since always
    QDate validTo;         // null: still exists
    qint64 successorId = 0;
    UnitEnd end = UnitEnd::None; // why validTo is set

    // True when the unit exists at some time in `year`.
    bool existsIn(int year) const;
};

struct UnitGroup
{
    qint64 id = 0;
    QString key;
    QString name;
    QList<UnitKind> kinds; // members by kind, in addition to explicit members
    QList<qint64> memberIds; // explicit members (filled by the readers that need them)
};

} // namespace ttcs
