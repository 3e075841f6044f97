#include "db/YearRows.h"

#include "db/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>

namespace ttcs::db {

namespace {

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate fromIso(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
}

const QString kProgressColumns =
    QStringLiteral("SELECT id, task_id, unit_id, year, status, result, figures, completed_on, "
                   "reported_on, batch_id, "
                   "updated_at FROM progress");

Progress progressFrom(const SqlQuery &q)
{
    Progress p;
    p.id = q.id(0);
    p.taskId = q.id(1);
    p.unitId = q.id(2);
    p.year = q.value(3).toInt();
    p.status = progressStatusFromKey(q.string(4)).value_or(ProgressStatus::NotStarted);
    p.result = q.string(5);
    p.figures = progressFiguresFromJson(q.string(6));
    p.completedOn = fromIso(q.string(7));
    p.reportedOn = fromIso(q.string(8));
    p.batchId = q.id(9);
    p.updatedAt = QDateTime::fromString(q.string(10), Qt::ISODate);
    return p;
}

} // namespace

Result<PlanInForce> planInForce(const QSqlDatabase &db, int year)
{
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, year FROM plans ORDER BY (year <= ?) DESC, "
                               "CASE WHEN year <= ? THEN -year ELSE year END LIMIT 1"),
                {year, year}))
        return Error{q.errorText()};
    if (!q.next())
        return Error{QCoreApplication::translate("ttcs::Database", "The database holds no plan.")};
    return PlanInForce{q.id(0), q.value(1).toInt()};
}

Result<QList<TaskYearPlan>> readTaskYears(const QSqlDatabase &db, qint64 taskId, int year)
{
    // The same condition on task_years (prefix "") and task_year_roles ("r.").
    QVariantList binds;
    auto where = [&](const QString &prefix) {
        QString w = QStringLiteral(" WHERE 1 = 1");
        if (taskId > 0)
            w += QStringLiteral(" AND ") + prefix + QStringLiteral("task_id = ?");
        if (year > 0)
            w += QStringLiteral(" AND ") + prefix + QStringLiteral("year = ?");
        return w;
    };
    if (taskId > 0)
        binds << taskId;
    if (year > 0)
        binds << year;
    SqlQuery q(db);
    q.prepare(
        QStringLiteral(
            "SELECT task_id, year, planned, deadline, target, expected_output, budget, own_roles "
            "FROM task_years") +
        where(QString()) + QStringLiteral(" ORDER BY task_id, year"));
    for (const QVariant &v : binds)
        q.bind(v);
    if (!q.exec())
        return Error{q.errorText()};
    QList<TaskYearPlan> out;
    QHash<QPair<qint64, int>, qsizetype> index;
    while (q.next()) {
        TaskYearPlan p;
        p.taskId = q.id(0);
        p.year = q.value(1).toInt();
        p.planned = q.value(2).toInt() != 0;
        p.deadline = fromIso(q.string(3));
        p.target = q.string(4);
        p.expectedOutput = q.string(5);
        if (!q.value(6).isNull())
            p.budget = q.value(6).toLongLong();
        p.ownRoles = q.value(7).toInt() != 0;
        index.insert({p.taskId, p.year}, out.size());
        out << p;
    }

    SqlQuery r(db);
    r.prepare(
        QStringLiteral(
            "SELECT r.task_id, r.year, r.role, r.unit_id, r.group_id, coalesce(u.name, g.name) "
            "FROM task_year_roles r LEFT JOIN units u ON u.id = r.unit_id "
            "LEFT JOIN unit_groups g ON g.id = r.group_id") +
        where(QStringLiteral("r.")) +
        QStringLiteral(" ORDER BY r.task_id, r.year, r.sort_order, r.id"));
    for (const QVariant &v : binds)
        r.bind(v);
    if (!r.exec())
        return Error{r.errorText()};
    while (r.next()) {
        const auto it = index.constFind({r.id(0), r.value(1).toInt()});
        if (it == index.cend())
            continue;
        TaskRole role;
        role.role = roleFromKey(r.string(2)).value_or(TaskRoleKind::Lead);
        role.unitId = r.id(3);
        role.groupId = r.id(4);
        role.name = r.string(5);
        out[*it].roles << role;
    }
    return out;
}

Status deleteTaskYear(const QSqlDatabase &db, qint64 taskId, int year)
{
    SqlQuery q(db);
    // The year's roles go with it (ON DELETE CASCADE).
    if (!q.exec(QStringLiteral("DELETE FROM task_years WHERE task_id = ? AND year = ?"),
                {taskId, year}))
        return Error{q.errorText()};
    return {};
}

Status writeTaskYear(const QSqlDatabase &db, const TaskYearPlan &plan)
{
    if (Status st = deleteTaskYear(db, plan.taskId, plan.year); !st.ok())
        return st;
    SqlQuery q(db);
    if (!q.exec(
            QStringLiteral(
                "INSERT INTO task_years(task_id, year, planned, deadline, target, expected_output, "
                "budget, own_roles) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {plan.taskId, plan.year, plan.planned ? 1 : 0, nullableText(isoDate(plan.deadline)),
             plan.target, plan.expectedOutput,
             plan.budget ? QVariant(*plan.budget) : QVariant(QMetaType(QMetaType::LongLong)),
             plan.ownRoles ? 1 : 0}))
        return Error{q.errorText()};
    if (!plan.ownRoles)
        return {};
    int order = 0;
    for (const TaskRole &r : plan.roles) {
        if (!q.exec(QStringLiteral("INSERT INTO task_year_roles(task_id, year, role, unit_id, "
                                   "group_id, sort_order) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                    {plan.taskId, plan.year, roleKey(r.role), nullableId(r.unitId),
                     nullableId(r.groupId), ++order}))
            return Error{q.errorText()};
    }
    return {};
}

Result<QList<Progress>> readProgress(const QSqlDatabase &db, qint64 taskId, int year)
{
    QString sql = kProgressColumns + QStringLiteral(" WHERE 1 = 1");
    QVariantList binds;
    if (taskId > 0) {
        sql += QStringLiteral(" AND task_id = ?");
        binds << taskId;
    }
    if (year > 0) {
        sql += QStringLiteral(" AND year = ?");
        binds << year;
    }
    sql += QStringLiteral(" ORDER BY id");
    SqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.bind(v);
    if (!q.exec())
        return Error{q.errorText()};
    QList<Progress> out;
    while (q.next())
        out << progressFrom(q);
    return out;
}

Result<QList<Progress>> readProgressStatuses(const QSqlDatabase &db, int year)
{
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, task_id, unit_id, status, completed_on, reported_on "
                               "FROM progress WHERE year = ? ORDER BY id"),
                {year}))
        return Error{q.errorText()};
    QList<Progress> out;
    while (q.next()) {
        Progress p;
        p.id = q.id(0);
        p.taskId = q.id(1);
        p.unitId = q.id(2);
        p.year = year;
        p.status = progressStatusFromKey(q.string(3)).value_or(ProgressStatus::NotStarted);
        p.completedOn = fromIso(q.string(4));
        p.reportedOn = fromIso(q.string(5));
        out << p;
    }
    return out;
}

Result<std::optional<Progress>> readProgressRow(const QSqlDatabase &db, qint64 taskId,
                                                qint64 unitId, int year)
{
    SqlQuery q(db);
    if (!q.exec(kProgressColumns +
                    QStringLiteral(" WHERE task_id = ? AND unit_id = ? AND year = ?"),
                {taskId, unitId, year}))
        return Error{q.errorText()};
    if (!q.next())
        return std::optional<Progress>();
    return std::optional<Progress>(progressFrom(q));
}

Result<qint64> insertProgress(const QSqlDatabase &db, const Progress &p)
{
    SqlQuery q(db);
    if (!q.exec(QStringLiteral(
                    "INSERT INTO progress(id, task_id, unit_id, year, status, result, figures, "
                    "completed_on, reported_on, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {nullableId(p.id), p.taskId, p.unitId, p.year, progressStatusKey(p.status),
                 p.result, progressFiguresToJson(p.figures), nullableText(isoDate(p.completedOn)),
                 nullableText(isoDate(p.reportedOn)), nullableId(p.batchId)}))
        return Error{q.errorText()};
    return p.id > 0 ? p.id : q.lastInsertId();
}

Result<QList<TaskRole>> readTaskRoles(const QSqlDatabase &db, qint64 taskId)
{
    SqlQuery r(db);
    if (!r.exec(QStringLiteral("SELECT r.role, r.unit_id, r.group_id, coalesce(u.name, g.name) "
                               "FROM task_roles r LEFT JOIN units u ON u.id = r.unit_id "
                               "LEFT JOIN unit_groups g ON g.id = r.group_id WHERE r.task_id = ? "
                               "ORDER BY r.sort_order, r.id"),
                {taskId}))
        return Error{r.errorText()};
    QList<TaskRole> out;
    while (r.next()) {
        TaskRole role;
        role.role = roleFromKey(r.string(0)).value_or(TaskRoleKind::Lead);
        role.unitId = r.id(1);
        role.groupId = r.id(2);
        role.name = r.string(3);
        out << role;
    }
    return out;
}

Status writeTaskRoles(const QSqlDatabase &db, qint64 taskId, const QList<TaskRole> &roles)
{
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM task_roles WHERE task_id = ?"), {taskId}))
        return Error{q.errorText()};
    int order = 0;
    for (const TaskRole &r : roles) {
        if (!q.exec(
                QStringLiteral(
                    "INSERT INTO task_roles(task_id, role, unit_id, group_id, sort_order) "
                    "VALUES (?, ?, ?, ?, ?)"),
                {taskId, roleKey(r.role), nullableId(r.unitId), nullableId(r.groupId), ++order}))
            return Error{q.errorText()};
    }
    return {};
}

QString roleProblem(const QList<TaskRole> &roles)
{
    for (const TaskRole &r : roles) {
        if ((r.unitId > 0) == (r.groupId > 0))
            return QCoreApplication::translate(
                "ttcs::Database", "Each role must name either one unit or one group of units.");
    }
    return {};
}

} // namespace ttcs::db
