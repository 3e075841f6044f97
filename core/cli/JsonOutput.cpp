#include "cli/JsonOutput.h"

#include <QHash>
#include <QJsonValue>

namespace ttcs::cli {

namespace {

QJsonValue nameOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray names(const Task &t, TaskRoleKind kind)
{
    QJsonArray arr;
    for (const QString &n : t.roleNames(kind))
        arr.append(n);
    return arr;
}

} // namespace

QJsonArray unitsToJson(const QList<Unit> &units)
{
    QHash<qint64, QString> byId;
    for (const Unit &u : units)
        byId.insert(u.id, u.name);
    QJsonArray arr;
    for (const Unit &u : units) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), u.id);
        o.insert(QStringLiteral("name"), u.name);
        o.insert(QStringLiteral("kind"), unitKindKey(u.kind));
        o.insert(QStringLiteral("parent"), nameOrNull(byId.value(u.parentId)));
        arr.append(o);
    }
    return arr;
}

QJsonArray tasksToJson(const QList<Task> &tasks)
{
    QHash<qint64, QString> numbers;
    for (const Task &t : tasks)
        numbers.insert(t.id, t.number);
    QJsonArray arr;
    for (const Task &t : tasks) {
        QJsonObject o;
        o.insert(QStringLiteral("number"), t.number);
        o.insert(QStringLiteral("title"), t.title);
        o.insert(QStringLiteral("content"), t.content);
        o.insert(QStringLiteral("frequency"), t.frequency ? QJsonValue(frequencyKey(*t.frequency))
                                                          : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("time_frame"), t.timeFrame);
        o.insert(QStringLiteral("lead"), names(t, TaskRoleKind::Lead));
        o.insert(QStringLiteral("coordinating"), names(t, TaskRoleKind::Coordinate));
        o.insert(QStringLiteral("implementing"), names(t, TaskRoleKind::Implement));
        o.insert(QStringLiteral("parent"), nameOrNull(numbers.value(t.parentId)));
        arr.append(o);
    }
    return arr;
}

QJsonObject statsToJson(const db::Stats &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("year"), s.year ? QJsonValue(*s.year) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("units"), s.units);
    o.insert(QStringLiteral("tasks"), s.tasks);
    o.insert(QStringLiteral("spokespersons"), s.spokespersons);
    o.insert(QStringLiteral("training_classes"), s.trainingClasses);
    o.insert(QStringLiteral("trainees"), s.trainees);
    o.insert(QStringLiteral("media_items"), s.mediaItems);
    QJsonObject progress;
    for (auto it = s.progressByStatus.cbegin(); it != s.progressByStatus.cend(); ++it)
        progress.insert(it.key(), it.value());
    o.insert(QStringLiteral("progress"), progress);
    return o;
}

} // namespace ttcs::cli
