#include "db/TaskEditRepository.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/YearRows.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <numeric>

namespace ttcs::db {

namespace {

QString cleanLines(const QString &s)
{
    QStringList lines = s.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = text::clean(l);
    return lines.join(QLatin1Char('\n')).trimmed();
}

TaskFields cleaned(const TaskFields &f)
{
    TaskFields c = f;
    c.title = text::clean(f.title);
    c.content = cleanLines(f.content);
    c.timeFrame = text::clean(f.timeFrame);
    c.leadText = text::clean(f.leadText);
    c.coordinateText = text::clean(f.coordinateText);
    c.implementText = text::clean(f.implementText);
    return c;
}

QVariant frequencyValue(const std::optional<Frequency> &f)
{
    return f ? QVariant(frequencyKey(*f)) : QVariant(QMetaType(QMetaType::QString));
}

QString notFound(qint64 taskId)
{
    return QCoreApplication::translate("ttcs::Database", "No task with id %1.").arg(taskId);
}

// The plan laid out again from its tree: siblings keep their order (by
// the current sort order), except `moved`, which goes under `parent` at
// `position`. Numbers and sort orders follow.
QList<TaskPlace> relayout(const QList<TaskPlace> &current, qint64 moved = 0, qint64 parent = 0,
                          int position = -1)
{
    QHash<qint64, QList<TaskPlace>> children;
    QList<TaskPlace> sorted = current;
    std::stable_sort(sorted.begin(), sorted.end(), [](const TaskPlace &a, const TaskPlace &b) {
        return a.sortOrder < b.sortOrder;
    });
    TaskPlace movedPlace;
    for (const TaskPlace &p : std::as_const(sorted)) {
        if (moved != 0 && p.id == moved) {
            movedPlace = p;
            continue;
        }
        children[p.parentId] << p;
    }
    if (moved != 0) {
        movedPlace.parentId = parent;
        QList<TaskPlace> &siblings = children[parent];
        const int at = position < 0 || position > siblings.size() ? int(siblings.size()) : position;
        siblings.insert(at, movedPlace);
    }
    QList<TaskPlace> out;
    out.reserve(current.size());
    int order = 0;
    // Depth first, parents before children.
    std::function<void(qint64, const QString &)> walk = [&](qint64 parentId,
                                                            const QString &prefix) {
        const QList<TaskPlace> list = children.value(parentId);
        for (qsizetype i = 0; i < list.size(); ++i) {
            TaskPlace p = list.at(i);
            p.number = prefix + QString::number(i + 1);
            p.sortOrder = ++order;
            out << p;
            walk(p.id, p.number + QLatin1Char('.'));
        }
    };
    walk(0, QString());
    return out;
}

Status applyLayout(const QSqlDatabase &db, qint64 planId, const QList<TaskPlace> &layout)
{
    SqlQuery q(db);
    // Numbers are unique in a plan: clear them all first.
    if (!q.exec(QStringLiteral("UPDATE tasks SET number = '~' || id WHERE plan_id = ?"), {planId}))
        return Error{q.errorText()};
    q.prepare(
        QStringLiteral("UPDATE tasks SET parent_id = ?, number = ?, sort_order = ? WHERE id = ?"));
    for (const TaskPlace &p : layout) {
        q.bind(nullableId(p.parentId));
        q.bind(p.number);
        q.bind(p.sortOrder);
        q.bind(p.id);
        if (!q.exec())
            return Error{q.errorText()};
    }
    return {};
}

// The task and every task below it, parents first.
QList<qint64> subtree(const QList<TaskPlace> &layout, qint64 root)
{
    QList<qint64> out{root};
    QSet<qint64> inside{root};
    // The layout is in plan order, so a child always comes after its parent.
    for (const TaskPlace &p : layout) {
        if (inside.contains(p.parentId) && !inside.contains(p.id)) {
            inside.insert(p.id);
            out << p.id;
        }
    }
    return out;
}

Status insertRecord(const QSqlDatabase &db, const TaskRecord &r)
{
    const Task &t = r.task;
    SqlQuery q(db);
    if (!q.exec(QStringLiteral(
                    "INSERT INTO tasks(id, plan_id, parent_id, number, title, content, frequency, "
                    "time_frame, lead_text, coordinate_text, implement_text, sort_order) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {t.id, t.planId, nullableId(t.parentId),
                 QString(QStringLiteral("~") + QString::number(t.id)), t.title, t.content,
                 frequencyValue(t.frequency), t.timeFrame, t.leadText, t.coordinateText,
                 t.implementText, t.sortOrder}))
        return Error{q.errorText()};
    if (Status st = writeTaskRoles(db, t.id, t.roles); !st.ok())
        return st;
    for (const TaskYearPlan &y : r.years) {
        if (Status st = writeTaskYear(db, y); !st.ok())
            return st;
    }
    for (const Progress &p : r.progress) {
        auto id = insertProgress(db, p);
        if (!id)
            return Error{id.error()};
    }
    return {};
}

} // namespace

TaskFields TaskFields::of(const Task &task)
{
    TaskFields f;
    f.title = task.title;
    f.content = task.content;
    f.frequency = task.frequency;
    f.timeFrame = task.timeFrame;
    f.leadText = task.leadText;
    f.coordinateText = task.coordinateText;
    f.implementText = task.implementText;
    return f;
}

bool TaskFields::operator==(const TaskFields &o) const
{
    return title == o.title && content == o.content && frequency == o.frequency &&
           timeFrame == o.timeFrame && leadText == o.leadText &&
           coordinateText == o.coordinateText && implementText == o.implementText;
}

TaskEditRepository::TaskEditRepository(Database &db)
    : m_db(db)
{}

Result<QList<TaskPlace>> TaskEditRepository::layout(qint64 planId) const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT id, parent_id, number, sort_order FROM tasks WHERE plan_id = ? "
                           "ORDER BY sort_order, id"),
            {planId}))
        return Error{q.errorText()};
    QList<TaskPlace> out;
    while (q.next())
        out << TaskPlace{q.id(0), q.id(1), q.string(2), q.value(3).toInt()};
    return out;
}

Result<TaskRecord> TaskEditRepository::record(qint64 taskId) const
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery q(db);
    if (!q.exec(
            QStringLiteral(
                "SELECT id, plan_id, parent_id, number, title, content, frequency, time_frame, "
                "lead_text, coordinate_text, implement_text, sort_order FROM tasks WHERE id = ?"),
            {taskId}))
        return Error{q.errorText()};
    if (!q.next())
        return Error{notFound(taskId)};
    TaskRecord r;
    Task &t = r.task;
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
    auto roles = readTaskRoles(db, taskId);
    if (!roles)
        return Error{roles.error()};
    t.roles = roles.value();
    auto years = readTaskYears(db, taskId, 0);
    if (!years)
        return Error{years.error()};
    r.years = years.value();
    auto progress = readProgress(db, taskId, 0);
    if (!progress)
        return Error{progress.error()};
    r.progress = progress.value();
    return r;
}

Result<TaskTreeChange> TaskEditRepository::add(const NewTask &spec)
{
    TaskTreeChange change;
    const Status st = m_db.transaction([&]() -> Status {
        const QSqlDatabase db = m_db.connection();
        qint64 planId = spec.planId;
        if (spec.parentId > 0) {
            auto parent = record(spec.parentId);
            if (!parent)
                return Error{parent.error()};
            if (planId != 0 && planId != parent->task.planId)
                return Error{QCoreApplication::translate(
                    "ttcs::Database", "A sub-task belongs to the plan of its parent.")};
            planId = parent->task.planId;
            if (!parent->progress.isEmpty())
                return Error{QCoreApplication::translate(
                                 "ttcs::Database",
                                 "Progress has been reported on task %1; it cannot be "
                                 "given sub-tasks.")
                                 .arg(parent->task.number)};
        }
        if (planId == 0) {
            auto latest = planInForce(db, 9999);
            if (!latest)
                return Error{latest.error()};
            planId = latest->id;
        }
        const TaskFields f = cleaned(spec.fields);
        if (f.title.isEmpty())
            return Error{QCoreApplication::translate("ttcs::Database", "A task needs a title.")};
        if (const QString problem = roleProblem(spec.roles); !problem.isEmpty())
            return Error{problem};
        auto before = layout(planId);
        if (!before)
            return Error{before.error()};
        change.planId = planId;
        change.layoutBefore = before.value();

        SqlQuery q(db);
        if (!q.exec(QStringLiteral(
                        "INSERT INTO tasks(plan_id, parent_id, number, title, content, frequency, "
                        "time_frame, lead_text, coordinate_text, implement_text, sort_order) "
                        "VALUES (?, ?, '~new', ?, ?, ?, ?, ?, ?, ?, 0)"),
                    {planId, nullableId(spec.parentId), f.title, f.content,
                     frequencyValue(f.frequency), f.timeFrame, f.leadText, f.coordinateText,
                     f.implementText}))
            return Error{q.errorText()};
        change.taskId = q.lastInsertId();
        if (Status r = writeTaskRoles(db, change.taskId, spec.roles); !r.ok())
            return r;
        QList<TaskPlace> places = change.layoutBefore;
        places << TaskPlace{change.taskId, spec.parentId, QString(), 0};
        change.layoutAfter = relayout(places, change.taskId, spec.parentId, spec.position);
        if (Status a = applyLayout(db, planId, change.layoutAfter); !a.ok())
            return a;
        auto added = record(change.taskId);
        if (!added)
            return Error{added.error()};
        change.added << added.value();
        return AuditLog(m_db).record(QStringLiteral("insert"), QStringLiteral("task"),
                                     change.taskId,
                                     added->task.number + QLatin1Char(' ') + f.title);
    });
    if (!st.ok())
        return Error{st.error()};
    return change;
}

Result<TaskTreeChange> TaskEditRepository::remove(qint64 taskId)
{
    TaskTreeChange change;
    const Status st = m_db.transaction([&]() -> Status {
        auto root = record(taskId);
        if (!root)
            return Error{root.error()};
        change.planId = root->task.planId;
        change.taskId = taskId;
        auto before = layout(change.planId);
        if (!before)
            return Error{before.error()};
        change.layoutBefore = before.value();
        const QList<qint64> ids = subtree(change.layoutBefore, taskId);
        for (qint64 id : ids) {
            auto r = record(id);
            if (!r)
                return Error{r.error()};
            change.removed << r.value();
        }
        SqlQuery q(m_db.connection());
        // Sub-tasks, roles, years and progress go with it (ON DELETE CASCADE).
        if (!q.exec(QStringLiteral("DELETE FROM tasks WHERE id = ?"), {taskId}))
            return Error{q.errorText()};
        const QSet<qint64> gone(ids.cbegin(), ids.cend());
        QList<TaskPlace> rest;
        for (const TaskPlace &p : std::as_const(change.layoutBefore)) {
            if (!gone.contains(p.id))
                rest << p;
        }
        change.layoutAfter = relayout(rest);
        if (Status a = applyLayout(m_db.connection(), change.planId, change.layoutAfter); !a.ok())
            return a;
        return AuditLog(m_db).record(
            QStringLiteral("delete"), QStringLiteral("task"), taskId,
            QStringLiteral("%1 %2 (%3 tasks, %4 progress rows)")
                .arg(root->task.number, root->task.title)
                .arg(ids.size())
                .arg(std::accumulate(
                    change.removed.cbegin(), change.removed.cend(), 0,
                    [](int n, const TaskRecord &r) { return n + int(r.progress.size()); })));
    });
    if (!st.ok())
        return Error{st.error()};
    return change;
}

Result<TaskTreeChange> TaskEditRepository::move(qint64 taskId, qint64 newParentId, int position)
{
    TaskTreeChange change;
    const Status st = m_db.transaction([&]() -> Status {
        auto task = record(taskId);
        if (!task)
            return Error{task.error()};
        change.planId = task->task.planId;
        change.taskId = taskId;
        auto before = layout(change.planId);
        if (!before)
            return Error{before.error()};
        change.layoutBefore = before.value();
        if (newParentId != 0) {
            if (subtree(change.layoutBefore, taskId).contains(newParentId))
                return Error{QCoreApplication::translate(
                    "ttcs::Database", "A task cannot be moved under itself or its sub-tasks.")};
            auto parent = record(newParentId);
            if (!parent)
                return Error{parent.error()};
            if (parent->task.planId != change.planId)
                return Error{QCoreApplication::translate(
                    "ttcs::Database", "A sub-task belongs to the plan of its parent.")};
            if (newParentId != task->task.parentId && !parent->progress.isEmpty())
                return Error{QCoreApplication::translate(
                                 "ttcs::Database",
                                 "Progress has been reported on task %1; it cannot be "
                                 "given sub-tasks.")
                                 .arg(parent->task.number)};
        }
        change.layoutAfter = relayout(change.layoutBefore, taskId, newParentId, position);
        if (Status a = applyLayout(m_db.connection(), change.planId, change.layoutAfter); !a.ok())
            return a;
        QString number;
        for (const TaskPlace &p : std::as_const(change.layoutAfter)) {
            if (p.id == taskId)
                number = p.number;
        }
        return AuditLog(m_db).record(QStringLiteral("move"), QStringLiteral("task"), taskId,
                                     task->task.number + QStringLiteral(" -> ") + number);
    });
    if (!st.ok())
        return Error{st.error()};
    return change;
}

Result<TaskTreeChange> TaskEditRepository::renumber(qint64 planId)
{
    TaskTreeChange change;
    change.planId = planId;
    const Status st = m_db.transaction([&]() -> Status {
        auto before = layout(planId);
        if (!before)
            return Error{before.error()};
        change.layoutBefore = before.value();
        change.layoutAfter = relayout(change.layoutBefore);
        if (Status a = applyLayout(m_db.connection(), planId, change.layoutAfter); !a.ok())
            return a;
        return AuditLog(m_db).record(QStringLiteral("renumber"), QStringLiteral("plan"), planId,
                                     QString());
    });
    if (!st.ok())
        return Error{st.error()};
    return change;
}

Result<TaskTreeChange> TaskEditRepository::revert(const TaskTreeChange &change)
{
    TaskTreeChange inverse;
    inverse.planId = change.planId;
    inverse.taskId = change.taskId;
    inverse.layoutBefore = change.layoutAfter;
    inverse.layoutAfter = change.layoutBefore;
    inverse.added = change.removed;
    const Status st = m_db.transaction([&]() -> Status {
        const QSqlDatabase db = m_db.connection();
        auto current = layout(change.planId);
        if (!current)
            return Error{current.error()};
        if (current.value() != change.layoutAfter)
            return Error{QCoreApplication::translate(
                "ttcs::Database", "The plan's tasks have changed since; this edit can no "
                                  "longer be undone.")};
        // What is taken away is read as it is now, so that redoing puts it
        // back exactly.
        for (const TaskRecord &r : change.added) {
            auto now = record(r.task.id);
            if (!now)
                return Error{now.error()};
            inverse.removed << now.value();
        }
        SqlQuery q(db);
        for (const TaskRecord &r : change.added) {
            if (!q.exec(QStringLiteral("DELETE FROM tasks WHERE id = ?"), {r.task.id}))
                return Error{q.errorText()};
        }
        for (const TaskRecord &r : change.removed) {
            if (Status i = insertRecord(db, r); !i.ok())
                return Error{
                    QCoreApplication::translate("ttcs::Database", "Task %1 cannot be put back: %2")
                        .arg(r.task.number, i.error())};
        }
        if (Status a = applyLayout(db, change.planId, change.layoutBefore); !a.ok())
            return a;
        return AuditLog(m_db).record(QStringLiteral("undo"), QStringLiteral("task"), change.taskId,
                                     QString());
    });
    if (!st.ok())
        return Error{st.error()};
    return inverse;
}

Result<TaskFields> TaskEditRepository::update(qint64 taskId, const TaskFields &fields)
{
    TaskFields previous;
    const Status st = m_db.transaction([&]() -> Status {
        auto task = record(taskId);
        if (!task)
            return Error{task.error()};
        previous = TaskFields::of(task->task);
        const TaskFields f = cleaned(fields);
        if (f.title.isEmpty())
            return Error{QCoreApplication::translate("ttcs::Database", "A task needs a title.")};
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral(
                        "UPDATE tasks SET title = ?, content = ?, frequency = ?, time_frame = ?, "
                        "lead_text = ?, coordinate_text = ?, implement_text = ? WHERE id = ?"),
                    {f.title, f.content, frequencyValue(f.frequency), f.timeFrame, f.leadText,
                     f.coordinateText, f.implementText, taskId}))
            return Error{q.errorText()};
        return AuditLog(m_db).record(QStringLiteral("update"), QStringLiteral("task"), taskId,
                                     task->task.number + QLatin1Char(' ') + f.title);
    });
    if (!st.ok())
        return Error{st.error()};
    return previous;
}

Result<QList<TaskRole>> TaskEditRepository::setRoles(qint64 taskId, const QList<TaskRole> &roles)
{
    QList<TaskRole> previous;
    const Status st = m_db.transaction([&]() -> Status {
        auto task = record(taskId);
        if (!task)
            return Error{task.error()};
        if (const QString problem = roleProblem(roles); !problem.isEmpty())
            return Error{problem};
        previous = task->task.roles;
        if (Status w = writeTaskRoles(m_db.connection(), taskId, roles); !w.ok())
            return w;
        return AuditLog(m_db).record(QStringLiteral("update"), QStringLiteral("task_roles"), taskId,
                                     task->task.number);
    });
    if (!st.ok())
        return Error{st.error()};
    return previous;
}

} // namespace ttcs::db
