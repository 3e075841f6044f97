#include "domain/Task.h"

#include <QCoreApplication>
#include <QStringList>

namespace ttcs {

QString frequencyKey(Frequency f)
{
    switch (f) {
    case Frequency::Regular: return QStringLiteral("regular");
    case Frequency::Annual: return QStringLiteral("annual");
    case Frequency::OnRequest: return QStringLiteral("on_request");
    case Frequency::Once: return QStringLiteral("once");
    }
    return {};
}

std::optional<Frequency> frequencyFromKey(const QString &key)
{
    for (Frequency f : {Frequency::Regular, Frequency::Annual, Frequency::OnRequest, Frequency::Once}) {
        if (frequencyKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QString frequencyLabel(Frequency f)
{
    switch (f) {
    case Frequency::Regular: return QCoreApplication::translate("ttcs::Task", "Continuous");
    case Frequency::Annual: return QCoreApplication::translate("ttcs::Task", "Annually");
    case Frequency::OnRequest: return QCoreApplication::translate("ttcs::Task", "When requested");
    case Frequency::Once: return QCoreApplication::translate("ttcs::Task", "Once");
    }
    return {};
}

QString roleKey(TaskRoleKind r)
{
    switch (r) {
    case TaskRoleKind::Lead: return QStringLiteral("lead");
    case TaskRoleKind::Coordinate: return QStringLiteral("coordinate");
    case TaskRoleKind::Implement: return QStringLiteral("implement");
    }
    return {};
}

std::optional<TaskRoleKind> roleFromKey(const QString &key)
{
    for (TaskRoleKind r : {TaskRoleKind::Lead, TaskRoleKind::Coordinate, TaskRoleKind::Implement}) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString roleLabel(TaskRoleKind r)
{
    switch (r) {
    case TaskRoleKind::Lead: return QCoreApplication::translate("ttcs::Task", "Lead");
    case TaskRoleKind::Coordinate: return QCoreApplication::translate("ttcs::Task", "Coordinating");
    case TaskRoleKind::Implement: return QCoreApplication::translate("ttcs::Task", "Implementing");
    }
    return {};
}

QStringList Task::roleNames(TaskRoleKind kind) const
{
    QStringList names;
    for (const TaskRole &r : roles) {
        if (r.role == kind)
            names << r.name;
    }
    return names;
}

} // namespace ttcs
