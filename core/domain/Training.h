// The yearly training classes in policy communication and their trainees.
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ttcs {

enum class TraineeCategory
{
    Reporter,
    Editor,
    Collaborator,
    PortalEditor,    // biên tập viên cổng/trang thông tin điện tử
    CultureOfficial, // công chức Phòng Văn hóa - Thông tin
    DistrictCentre,  // viên chức Trung tâm VH-TT-TT cấp huyện
    Other
};
// "reporter", "editor", "collaborator", "portal_editor", "culture_official",
// "district_centre", "other" as stored
QString traineeCategoryKey(TraineeCategory c);
std::optional<TraineeCategory> traineeCategoryFromKey(const QString &key);
QString traineeCategoryLabel(TraineeCategory c); // translated
const QList<TraineeCategory> &allTraineeCategories();

struct TrainingClass
{
    qint64 id = 0;
    int year = 0;
    QString title;
    QDate startDate;
    QDate endDate;
    QString place;
    qint64 organiserId = 0;         // the organising unit, 0 when none
    QString organiserName;          // filled when read
    std::optional<int> plannedSize; // planned number of trainees

    bool operator==(const TrainingClass &o) const
    {
        return id == o.id && year == o.year && title == o.title && startDate == o.startDate &&
               endDate == o.endDate && place == o.place && organiserId == o.organiserId &&
               plannedSize == o.plannedSize;
    }
};

struct Trainee
{
    qint64 id = 0;
    qint64 classId = 0;
    QString name;
    qint64 unitId = 0; // 0: the unit was only written as text
    QString unitText;  // the unit as written (or the matched unit's name when read)
    TraineeCategory category = TraineeCategory::Other;
    bool completed = false;
    qint64 batchId = 0; // import batch, 0 when typed in

    bool operator==(const Trainee &o) const
    {
        return id == o.id && classId == o.classId && name == o.name && unitId == o.unitId &&
               unitText == o.unitText && category == o.category && completed == o.completed &&
               batchId == o.batchId;
    }
};

// A class with its trainees: what removing a class takes away, and what
// puts it back.
struct TrainingClassRecord
{
    TrainingClass trainingClass;
    QList<Trainee> trainees;
};

struct TraineeCount
{
    int trainees = 0;
    int completed = 0;
};

// Trainees by category for one year (or for every year: year 0). Every
// category is present, with zeros when it had no trainees.
struct TraineeTotals
{
    int year = 0;
    QMap<TraineeCategory, TraineeCount> byCategory;
    int trainees() const;
    int completed() const;
};

} // namespace ttcs
