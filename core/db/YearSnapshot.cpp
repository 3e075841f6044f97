#include "db/YearSnapshot.h"

#include "db/Database.h"
#include "db/TaskRepository.h"
#include "db/UnitRepository.h"
#include "db/YearRows.h"
#include "text/VietnameseText.h"

#include <QSet>

#include <algorithm>

namespace ttcs::db {

Result<YearSnapshot> YearSnapshot::load(Database &db, int year, ProgressRows rows)
{
    YearSnapshot s;
    s.m_year = year;

    UnitRepository unitRepo(db);
    auto units = unitRepo.all();
    if (!units)
        return Error{units.error()};
    auto groups = unitRepo.groups();
    if (!groups)
        return Error{groups.error()};
    s.m_units.emplace(units.value(), groups.value(), year);
    const UnitsOfYear &uy = *s.m_units;

    auto plan = planInForce(db.connection(), year);
    if (!plan)
        return Error{plan.error()};
    s.m_planId = plan->id;
    if (plan->year > year)
        return s; // before the plan: no tasks
    s.m_planYear = plan->year;

    auto all = TaskRepository(db).all();
    if (!all)
        return Error{all.error()};
    auto stored = readTaskYears(db.connection(), 0, year);
    if (!stored)
        return Error{stored.error()};
    QHash<qint64, TaskYearPlan> byTask;
    for (const TaskYearPlan &p : stored.value())
        byTask.insert(p.taskId, p);
    QSet<qint64> parents;
    for (const Task &t : all.value())
        parents.insert(t.parentId);

    QHash<qint64, QByteArray> keys; // collation keys of unit names
    auto keyOf = [&](qint64 unitId) -> const QByteArray & {
        auto it = keys.find(unitId);
        if (it == keys.end())
            it = keys.insert(unitId, text::collationKey(uy.unit(unitId).name));
        return *it;
    };

    for (const Task &task : all.value()) {
        if (task.planId != plan->id)
            continue;
        TaskInYear t;
        t.task = task;
        t.isLeaf = !parents.contains(task.id);
        const auto it = byTask.constFind(task.id);
        t.stored = it != byTask.cend();
        if (t.stored) {
            t.plan = *it;
        } else {
            t.plan.taskId = task.id;
            t.plan.year = year;
        }
        t.deadline = effectiveDeadline(task.frequency, t.plan.deadline, year);
        t.roles = t.plan.ownRoles ? t.plan.roles : task.roles;
        for (TaskRole &r : t.roles) {
            if (r.unitId > 0) {
                if (const qint64 now = uy.resolve(r.unitId))
                    r.name = uy.unit(now).name;
            }
        }
        if (t.isLeaf && t.plan.planned) {
            QHash<qint64, qsizetype> index;
            for (const TaskRole &r : std::as_const(t.roles)) {
                const QList<qint64> ids =
                    r.unitId > 0 ? QList<qint64>{uy.resolve(r.unitId)} : uy.expandGroup(r.groupId);
                for (qint64 id : ids) {
                    if (id == 0)
                        continue;
                    auto at = index.constFind(id);
                    if (at == index.cend()) {
                        const Unit &u = uy.unit(id);
                        at = index.insert(id, t.units.size());
                        t.units << InvolvedUnit{id, u.name, u.kind, {}};
                    }
                    QList<TaskRoleKind> &kinds = t.units[*at].roles;
                    if (!kinds.contains(r.role))
                        kinds << r.role;
                }
            }
            std::sort(t.units.begin(), t.units.end(),
                      [&](const InvolvedUnit &a, const InvolvedUnit &b) {
                          const QByteArray &ka = keyOf(a.unitId);
                          const QByteArray &kb = keyOf(b.unitId);
                          return ka != kb ? ka < kb : a.unitId < b.unitId;
                      });
            for (InvolvedUnit &u : t.units)
                std::sort(u.roles.begin(), u.roles.end());
        }
        s.m_tasks << t;
    }

    if (rows != ProgressRows::None) {
        auto progress = rows == ProgressRows::Whole ? readProgress(db.connection(), 0, year)
                                                    : readProgressStatuses(db.connection(), year);
        if (!progress)
            return Error{progress.error()};
        s.m_progress = std::move(progress).value();
    }
    return s;
}

QList<ProgressLine> YearSnapshot::lines(const QDate &today) const
{
    // The unit's own row, else the latest a predecessor made that year.
    QHash<QPair<qint64, qint64>, const Progress *> own;
    QHash<QPair<qint64, qint64>, const Progress *> inherited;
    for (const Progress &p : m_progress) {
        const qint64 now = m_units->resolve(p.unitId);
        if (now == p.unitId) {
            own.insert({p.taskId, p.unitId}, &p);
        } else if (now != 0) {
            const Progress *&slot = inherited[{p.taskId, now}];
            if (!slot || slot->id < p.id)
                slot = &p;
        }
    }

    QList<ProgressLine> out;
    for (const TaskInYear &t : m_tasks) {
        for (const InvolvedUnit &u : t.units) {
            ProgressLine l;
            l.taskId = t.task.id;
            l.taskNumber = t.task.number;
            l.taskTitle = t.task.title;
            l.frequency = t.task.frequency;
            l.unitId = u.unitId;
            l.unitName = u.name;
            l.unitKind = u.kind;
            l.roles = u.roles;
            l.year = m_year;
            l.deadline = t.deadline;
            const Progress *row = own.value({t.task.id, u.unitId});
            if (!row)
                row = inherited.value({t.task.id, u.unitId});
            if (row)
                l.progress = *row;
            const TrackedState st = trackProgress(row, t.task.frequency, t.deadline, today);
            l.status = st.status;
            l.outcome = st.outcome;
            out << l;
        }
    }
    return out;
}

} // namespace ttcs::db
