#include "domain/Training.h"

#include <QCoreApplication>

namespace ttcs {

QString traineeCategoryKey(TraineeCategory c)
{
    switch (c) {
    case TraineeCategory::Reporter:
        return QStringLiteral("reporter");
    case TraineeCategory::Editor:
        return QStringLiteral("editor");
    case TraineeCategory::Collaborator:
        return QStringLiteral("collaborator");
    case TraineeCategory::PortalEditor:
        return QStringLiteral("portal_editor");
    case TraineeCategory::CultureOfficial:
        return QStringLiteral("culture_official");
    case TraineeCategory::DistrictCentre:
        return QStringLiteral("district_centre");
    case TraineeCategory::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<TraineeCategory> traineeCategoryFromKey(const QString &key)
{
    for (TraineeCategory c : allTraineeCategories()) {
        if (traineeCategoryKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QString traineeCategoryLabel(TraineeCategory c)
{
    switch (c) {
    case TraineeCategory::Reporter:
        return QCoreApplication::translate("ttcs::Training", "Reporters");
    case TraineeCategory::Editor:
        return QCoreApplication::translate("ttcs::Training", "Editors");
    case TraineeCategory::Collaborator:
        return QCoreApplication::translate("ttcs::Training", "Collaborators");
    case TraineeCategory::PortalEditor:
        return QCoreApplication::translate("ttcs::Training", "Web portal editors");
    case TraineeCategory::CultureOfficial:
        return QCoreApplication::translate("ttcs::Training", "Culture and information officials");
    case TraineeCategory::DistrictCentre:
        return QCoreApplication::translate("ttcs::Training",
                                           "District culture and media centre staff");
    case TraineeCategory::Other:
        return QCoreApplication::translate("ttcs::Training", "Others");
    }
    return {};
}

const QList<TraineeCategory> &allTraineeCategories()
{
    static const QList<TraineeCategory> all = {TraineeCategory::Reporter,
                                               TraineeCategory::Editor,
                                               TraineeCategory::Collaborator,
                                               TraineeCategory::PortalEditor,
                                               TraineeCategory::CultureOfficial,
                                               TraineeCategory::DistrictCentre,
                                               TraineeCategory::Other};
    return all;
}

int TraineeTotals::trainees() const
{
    int n = 0;
    for (const TraineeCount &c : byCategory)
        n += c.trainees;
    return n;
}

int TraineeTotals::completed() const
{
    int n = 0;
    for (const TraineeCount &c : byCategory)
        n += c.completed;
    return n;
}

} // namespace ttcs
