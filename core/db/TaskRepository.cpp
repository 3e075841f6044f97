#include "db/TaskRepository.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QHash>

namespace ttcs::db {

TaskRepository::TaskRepository(Database &db)
    : m_db(db)
{
}

Result<QList<Task>> TaskRepository::all() const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, plan_id, parent_id, number, title, content, frequency, time_frame, "
                               "lead_text, coordinate_text, implement_text, sort_order FROM tasks "
                               "ORDER BY plan_id, sort_order")))
        return Error{q.errorText()};
    QList<Task> tasks;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Task t;
        t.id = q.id(0);
        t.planId = q.id(1);
        t.parentId = q.id(2);
        t.number = q.string(3);
        t.title = q.string(4);
        t.content = q.string(5);
        t.frequency = frequencyFromKey(q.string(6));
        t.timeFrame = q.string(7);
        t.leadText = q.string(8);
        t.coordinateText = q.string(9);
        t.implementText = q.string(10);
        t.sortOrder = q.value(11).toInt();
        index.insert(t.id, tasks.size());
        tasks << t;
    }

    SqlQuery r(m_db.connection());
    if (!r.exec(QStringLiteral("SELECT r.task_id, r.role, r.unit_id, r.group_id, coalesce(u.name, g.name) "
                               "FROM task_roles r LEFT JOIN units u ON u.id = r.unit_id "
                               "LEFT JOIN unit_groups g ON g.id = r.group_id ORDER BY r.task_id, r.sort_order")))
        return Error{r.errorText()};
    while (r.next()) {
        const auto it = index.constFind(r.id(0));
        if (it == index.cend())
            continue;
        TaskRole role;
        role.role = roleFromKey(r.string(1)).value_or(TaskRoleKind::Lead);
        role.unitId = r.id(2);
        role.groupId = r.id(3);
        role.name = r.string(4);
        tasks[*it].roles << role;
    }
    return tasks;
}

} // namespace ttcs::db
