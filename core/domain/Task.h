// Tasks of the plan (numbered 1, 3.2, …) and the roles units or unit groups
// play in them.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ttcs {

enum class Frequency { Regular, Annual, OnRequest, Once };
QString frequencyKey(Frequency f); // "regular", "annual", "on_request", "once"
std::optional<Frequency> frequencyFromKey(const QString &key);
QString frequencyLabel(Frequency f); // translated

enum class TaskRoleKind { Lead, Coordinate, Implement };
QString roleKey(TaskRoleKind r); // "lead", "coordinate", "implement"
std::optional<TaskRoleKind> roleFromKey(const QString &key);
QString roleLabel(TaskRoleKind r); // translated

struct TaskRole
{
    TaskRoleKind role = TaskRoleKind::Lead;
    qint64 unitId = 0;  // either a unit…
    qint64 groupId = 0; // …or a group
    QString name;       // the unit's or group's name, for display
};

struct Task
{
    qint64 id = 0;
    qint64 planId = 0;
    qint64 parentId = 0; // 0: top level
    QString number;      // "3.2"
    QString title;
    QString content;
    std::optional<Frequency> frequency; // none for a group of sub-tasks
    QString timeFrame;                  // as the plan words it
    QString leadText, coordinateText, implementText; // the plan's own wording, when given
    int sortOrder = 0;
    QList<TaskRole> roles;

    QStringList roleNames(TaskRoleKind kind) const;
};

} // namespace ttcs
