#include "db/ProgressRepository.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/YearRows.h"
#include "db/YearSnapshot.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>

namespace ttcs::db {

ProgressRepository::ProgressRepository(Database &db, Clock clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<std::optional<Progress>> ProgressRepository::get(const ProgressKey &key) const
{
    return readProgressRow(m_db.connection(), key.taskId, key.unitId, key.year);
}

Result<QList<Progress>> ProgressRepository::stored(int year) const
{
    return readProgress(m_db.connection(), 0, year);
}

Result<std::optional<Progress>>
ProgressRepository::putInTransaction(const ProgressKey &key, const std::optional<Progress> &value,
                                     const QString &action)
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT number, EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id) "
                           "FROM tasks t WHERE id = ?"),
            {key.taskId}))
        return Error{q.errorText()};
    if (!q.next())
        return Error{
            QCoreApplication::translate("ttcs::Database", "No task with id %1.").arg(key.taskId)};
    const QString number = q.string(0);
    const bool hasSubTasks = q.value(1).toInt() != 0;
    if (!q.exec(QStringLiteral("SELECT name FROM units WHERE id = ?"), {key.unitId}))
        return Error{q.errorText()};
    if (!q.next())
        return Error{
            QCoreApplication::translate("ttcs::Database", "No unit with id %1.").arg(key.unitId)};
    const QString unitName = q.string(0);

    auto before = readProgressRow(db, key.taskId, key.unitId, key.year);
    if (!before)
        return before;
    if (before.value() &&
        !q.exec(QStringLiteral("DELETE FROM progress WHERE id = ?"), {before.value()->id}))
        return Error{q.errorText()};

    QString detail =
        QStringLiteral("%1 / %2 / %3: %4")
            .arg(number, unitName)
            .arg(key.year)
            .arg(before.value() ? progressStatusKey(before.value()->status) : QStringLiteral("-"));
    if (value) {
        if (hasSubTasks)
            return Error{QCoreApplication::translate(
                             "ttcs::Database",
                             "Task %1 has sub-tasks; progress is reported on each of them.")
                             .arg(number)};
        Progress p = *value;
        p.taskId = key.taskId;
        p.unitId = key.unitId;
        p.year = key.year;
        p.result = text::nfc(p.result).trimmed();
        if (p.id == 0 && before.value())
            p.id = before.value()->id; // an edit keeps the row's id
        if (p.completedOn.isValid() && p.status != ProgressStatus::Done)
            return Error{QCoreApplication::translate(
                "ttcs::Database", "A completion date is only given for a task that is done.")};
        for (auto it = p.figures.cbegin(); it != p.figures.cend(); ++it) {
            if (it.value() < 0)
                return Error{QCoreApplication::translate("ttcs::Database",
                                                         "Figures cannot be negative (%1).")
                                 .arg(progressFigureLabel(it.key()))};
        }
        auto id = insertProgress(db, p);
        if (!id)
            return Error{id.error()};
        detail += QStringLiteral(" -> ") + progressStatusKey(p.status);
    } else {
        detail += QStringLiteral(" -> -");
    }
    if (Status a = AuditLog(m_db).record(action, QStringLiteral("progress"), key.taskId, detail);
        !a.ok())
        return Error{a.error()};
    return before;
}

Result<std::optional<Progress>> ProgressRepository::put(const ProgressKey &key,
                                                        const std::optional<Progress> &value)
{
    std::optional<Progress> previous;
    const Status st = m_db.transaction([&]() -> Status {
        auto r = putInTransaction(key, value,
                                  value ? QStringLiteral("update") : QStringLiteral("delete"));
        if (!r)
            return Error{r.error()};
        previous = r.value();
        return {};
    });
    if (!st.ok())
        return Error{st.error()};
    return previous;
}

Result<QList<ProgressChange>> ProgressRepository::writeInTransaction(const QList<Progress> &rows,
                                                                    qint64 batchId)
{
    QList<ProgressChange> changes;
    for (Progress p : rows) {
        p.batchId = batchId;
        const ProgressKey key{p.taskId, p.unitId, p.year};
        auto r = putInTransaction(key, p,
                                  batchId > 0 ? QStringLiteral("import") : QStringLiteral("update"));
        if (!r)
            return Error{r.error()};
        auto after = readProgressRow(m_db.connection(), key.taskId, key.unitId, key.year);
        if (!after)
            return Error{after.error()};
        changes << ProgressChange{key, r.value(), after.value()};
    }
    return changes;
}

Result<QList<ProgressChange>> ProgressRepository::write(const QList<Progress> &rows, qint64 batchId)
{
    QList<ProgressChange> changes;
    const Status st = m_db.transaction([&]() -> Status {
        auto written = writeInTransaction(rows, batchId);
        if (!written)
            return Error{written.error()};
        changes = written.value();
        return {};
    });
    if (!st.ok())
        return Error{st.error()};
    return changes;
}

Status ProgressRepository::revertInTransaction(const QList<ProgressChange> &changes)
{
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        auto r = putInTransaction(it->key, it->before, QStringLiteral("undo"));
        if (!r)
            return Error{r.error()};
    }
    return {};
}

Status ProgressRepository::revert(const QList<ProgressChange> &changes)
{
    return m_db.transaction([&]() -> Status { return revertInTransaction(changes); });
}

Result<QList<ProgressLine>> ProgressRepository::lines(int year) const
{
    auto snap = YearSnapshot::load(m_db, year);
    if (!snap)
        return Error{snap.error()};
    return snap->lines(m_clock.today());
}

} // namespace ttcs::db
