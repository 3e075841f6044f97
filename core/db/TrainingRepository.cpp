#include "db/TrainingRepository.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>

#include <algorithm>

namespace ttcs::db {

namespace {

const QString kClassColumns =
    QStringLiteral("SELECT c.id, c.year, c.title, c.start_date, c.end_date, c.place, "
                   "c.organiser_id, u.name, c.planned_size "
                   "FROM training_classes c LEFT JOIN units u ON u.id = c.organiser_id");
const QString kTraineeColumns =
    QStringLiteral("SELECT t.id, t.class_id, t.name, t.unit_id, t.unit_text, u.name, t.category, "
                   "t.completed, t.batch_id "
                   "FROM trainees t LEFT JOIN units u ON u.id = t.unit_id");

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

TrainingClass classFrom(const SqlQuery &q)
{
    TrainingClass c;
    c.id = q.id(0);
    c.year = q.value(1).toInt();
    c.title = q.string(2);
    c.startDate = QDate::fromString(q.string(3), Qt::ISODate);
    c.endDate = QDate::fromString(q.string(4), Qt::ISODate);
    c.place = q.string(5);
    c.organiserId = q.id(6);
    c.organiserName = q.string(7);
    if (!q.value(8).isNull())
        c.plannedSize = q.value(8).toInt();
    return c;
}

Trainee traineeFrom(const SqlQuery &q)
{
    Trainee t;
    t.id = q.id(0);
    t.classId = q.id(1);
    t.name = q.string(2);
    t.unitId = q.id(3);
    t.unitText = q.string(4);
    if (t.unitText.isEmpty())
        t.unitText = q.string(5);
    t.category = traineeCategoryFromKey(q.string(6)).value_or(TraineeCategory::Other);
    t.completed = q.value(7).toInt() != 0;
    t.batchId = q.id(8);
    return t;
}

QString classProblem(const TrainingClass &c)
{
    if (text::clean(c.title).isEmpty())
        return QCoreApplication::translate("ttcs::Database", "A training class needs a title.");
    if (c.year < 1990 || c.year > 2200)
        return QCoreApplication::translate("ttcs::Database", "A training class needs a year.");
    if (c.startDate.isValid() && c.endDate.isValid() && c.endDate < c.startDate)
        return QCoreApplication::translate("ttcs::Database",
                                           "A class cannot end before it starts.");
    if (c.plannedSize && *c.plannedSize < 0)
        return QCoreApplication::translate("ttcs::Database",
                                           "The planned size cannot be negative.");
    return {};
}

QVariant sizeValue(const std::optional<int> &n)
{
    return n ? QVariant(*n) : QVariant(QMetaType(QMetaType::Int));
}

Status insertClass(const QSqlDatabase &db, const TrainingClass &c, qint64 &id)
{
    SqlQuery q(db);
    if (!q.exec(QStringLiteral(
                    "INSERT INTO training_classes(id, year, title, start_date, end_date, place, "
                    "organiser_id, planned_size) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {nullableId(c.id), c.year, text::clean(c.title), nullableText(isoDate(c.startDate)),
                 nullableText(isoDate(c.endDate)), text::clean(c.place), nullableId(c.organiserId),
                 sizeValue(c.plannedSize)}))
        return Error{q.errorText()};
    id = c.id > 0 ? c.id : q.lastInsertId();
    return {};
}

Status insertTrainee(const QSqlDatabase &db, const Trainee &t, qint64 &id)
{
    if (text::clean(t.name).isEmpty())
        return Error{QCoreApplication::translate("ttcs::Database", "A trainee needs a name.")};
    SqlQuery q(db);
    if (!q.exec(
            QStringLiteral(
                "INSERT INTO trainees(id, class_id, name, unit_id, unit_text, category, completed, "
                "batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {nullableId(t.id), t.classId, text::clean(t.name), nullableId(t.unitId),
             text::clean(t.unitText), traineeCategoryKey(t.category), t.completed ? 1 : 0,
             nullableId(t.batchId)}))
        return Error{q.errorText()};
    id = t.id > 0 ? t.id : q.lastInsertId();
    return {};
}

TraineeTotals emptyTotals(int year)
{
    TraineeTotals t;
    t.year = year;
    for (TraineeCategory c : allTraineeCategories())
        t.byCategory.insert(c, {});
    return t;
}

} // namespace

TrainingRepository::TrainingRepository(Database &db)
    : m_db(db)
{}

Result<QList<TrainingClass>> TrainingRepository::classes(std::optional<int> year) const
{
    SqlQuery q(m_db.connection());
    const QString order = QStringLiteral(" ORDER BY c.year, coalesce(c.start_date, '9999'), c.id");
    const bool ok =
        year ? q.exec(kClassColumns + QStringLiteral(" WHERE c.year = ?") + order, {*year})
             : q.exec(kClassColumns + order);
    if (!ok)
        return Error{q.errorText()};
    QList<TrainingClass> out;
    while (q.next())
        out << classFrom(q);
    return out;
}

Result<TrainingClass> TrainingRepository::trainingClass(qint64 id) const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(kClassColumns + QStringLiteral(" WHERE c.id = ?"), {id}))
        return Error{q.errorText()};
    if (!q.next())
        return Error{
            QCoreApplication::translate("ttcs::Database", "No training class with id %1.").arg(id)};
    return classFrom(q);
}

Result<qint64> TrainingRepository::addClass(const TrainingClass &c)
{
    qint64 id = 0;
    const Status st = m_db.transaction([&]() -> Status {
        if (const QString problem = classProblem(c); !problem.isEmpty())
            return Error{problem};
        TrainingClass fresh = c;
        fresh.id = 0;
        if (Status i = insertClass(m_db.connection(), fresh, id); !i.ok())
            return i;
        return AuditLog(m_db).record(QStringLiteral("insert"), QStringLiteral("training_class"), id,
                                     c.title);
    });
    if (!st.ok())
        return Error{st.error()};
    return id;
}

Result<TrainingClass> TrainingRepository::updateClass(const TrainingClass &c)
{
    TrainingClass previous;
    const Status st = m_db.transaction([&]() -> Status {
        auto before = trainingClass(c.id);
        if (!before)
            return Error{before.error()};
        previous = before.value();
        if (const QString problem = classProblem(c); !problem.isEmpty())
            return Error{problem};
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("UPDATE training_classes SET year = ?, title = ?, start_date = "
                                   "?, end_date = ?, "
                                   "place = ?, organiser_id = ?, planned_size = ? WHERE id = ?"),
                    {c.year, text::clean(c.title), nullableText(isoDate(c.startDate)),
                     nullableText(isoDate(c.endDate)), text::clean(c.place),
                     nullableId(c.organiserId), sizeValue(c.plannedSize), c.id}))
            return Error{q.errorText()};
        return AuditLog(m_db).record(QStringLiteral("update"), QStringLiteral("training_class"),
                                     c.id, c.title);
    });
    if (!st.ok())
        return Error{st.error()};
    return previous;
}

Result<TrainingClassRecord> TrainingRepository::removeClass(qint64 id)
{
    TrainingClassRecord record;
    const Status st = m_db.transaction([&]() -> Status {
        auto c = trainingClass(id);
        if (!c)
            return Error{c.error()};
        record.trainingClass = c.value();
        auto people = trainees(id);
        if (!people)
            return Error{people.error()};
        record.trainees = people.value();
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("DELETE FROM training_classes WHERE id = ?"), {id}))
            return Error{q.errorText()};
        return AuditLog(m_db).record(
            QStringLiteral("delete"), QStringLiteral("training_class"), id,
            QStringLiteral("%1 (%2 trainees)").arg(c->title).arg(record.trainees.size()));
    });
    if (!st.ok())
        return Error{st.error()};
    return record;
}

Status TrainingRepository::restoreClass(const TrainingClassRecord &record)
{
    return m_db.transaction([&]() -> Status {
        qint64 id = 0;
        if (Status i = insertClass(m_db.connection(), record.trainingClass, id); !i.ok())
            return i;
        for (const Trainee &t : record.trainees) {
            qint64 tid = 0;
            if (Status i = insertTrainee(m_db.connection(), t, tid); !i.ok())
                return i;
        }
        return AuditLog(m_db).record(QStringLiteral("undo"), QStringLiteral("training_class"), id,
                                     record.trainingClass.title);
    });
}

Result<QList<Trainee>> TrainingRepository::trainees(qint64 classId) const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(kTraineeColumns + QStringLiteral(" WHERE t.class_id = ?"), {classId}))
        return Error{q.errorText()};
    QList<Trainee> out;
    while (q.next())
        out << traineeFrom(q);
    std::stable_sort(out.begin(), out.end(), [](const Trainee &a, const Trainee &b) {
        return text::personNameKey(a.name) < text::personNameKey(b.name);
    });
    return out;
}

Result<qint64> TrainingRepository::addTrainee(const Trainee &t)
{
    qint64 id = 0;
    const Status st = m_db.transaction([&]() -> Status {
        Trainee fresh = t;
        fresh.id = 0;
        if (Status i = insertTrainee(m_db.connection(), fresh, id); !i.ok())
            return i;
        return AuditLog(m_db).record(QStringLiteral("insert"), QStringLiteral("trainee"), id,
                                     t.name);
    });
    if (!st.ok())
        return Error{st.error()};
    return id;
}

Result<Trainee> TrainingRepository::updateTrainee(const Trainee &t)
{
    Trainee previous;
    const Status st = m_db.transaction([&]() -> Status {
        SqlQuery q(m_db.connection());
        if (!q.exec(kTraineeColumns + QStringLiteral(" WHERE t.id = ?"), {t.id}))
            return Error{q.errorText()};
        if (!q.next())
            return Error{
                QCoreApplication::translate("ttcs::Database", "No trainee with id %1.").arg(t.id)};
        previous = traineeFrom(q);
        if (!q.exec(QStringLiteral("DELETE FROM trainees WHERE id = ?"), {t.id}))
            return Error{q.errorText()};
        qint64 id = 0;
        if (Status i = insertTrainee(m_db.connection(), t, id); !i.ok())
            return i;
        return AuditLog(m_db).record(QStringLiteral("update"), QStringLiteral("trainee"), t.id,
                                     t.name);
    });
    if (!st.ok())
        return Error{st.error()};
    return previous;
}

Result<Trainee> TrainingRepository::removeTrainee(qint64 id)
{
    Trainee removed;
    const Status st = m_db.transaction([&]() -> Status {
        SqlQuery q(m_db.connection());
        if (!q.exec(kTraineeColumns + QStringLiteral(" WHERE t.id = ?"), {id}))
            return Error{q.errorText()};
        if (!q.next())
            return Error{
                QCoreApplication::translate("ttcs::Database", "No trainee with id %1.").arg(id)};
        removed = traineeFrom(q);
        if (!q.exec(QStringLiteral("DELETE FROM trainees WHERE id = ?"), {id}))
            return Error{q.errorText()};
        return AuditLog(m_db).record(QStringLiteral("delete"), QStringLiteral("trainee"), id,
                                     removed.name);
    });
    if (!st.ok())
        return Error{st.error()};
    return removed;
}

Status TrainingRepository::restoreTrainee(const Trainee &t)
{
    return m_db.transaction([&]() -> Status {
        qint64 id = 0;
        if (Status i = insertTrainee(m_db.connection(), t, id); !i.ok())
            return i;
        return AuditLog(m_db).record(QStringLiteral("undo"), QStringLiteral("trainee"), id, t.name);
    });
}

Result<QList<TraineeTotals>> TrainingRepository::totalsByYear() const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT c.year, t.category, count(t.id), coalesce(sum(t.completed), 0) "
                           "FROM training_classes c LEFT JOIN trainees t ON t.class_id = c.id "
                           "GROUP BY c.year, t.category ORDER BY c.year")))
        return Error{q.errorText()};
    QList<TraineeTotals> out;
    while (q.next()) {
        const int year = q.value(0).toInt();
        if (out.isEmpty() || out.last().year != year)
            out << emptyTotals(year);
        if (q.value(1).isNull())
            continue; // a class without trainees
        const auto category = traineeCategoryFromKey(q.string(1)).value_or(TraineeCategory::Other);
        TraineeCount &n = out.last().byCategory[category];
        n.trainees += q.value(2).toInt();
        n.completed += q.value(3).toInt();
    }
    return out;
}

Result<TraineeTotals> TrainingRepository::totals(int year) const
{
    auto all = totalsByYear();
    if (!all)
        return Error{all.error()};
    for (const TraineeTotals &t : all.value()) {
        if (t.year == year)
            return t;
    }
    return emptyTotals(year);
}

Result<TraineeTotals> TrainingRepository::totalsAllYears() const
{
    auto all = totalsByYear();
    if (!all)
        return Error{all.error()};
    TraineeTotals sum = emptyTotals(0);
    for (const TraineeTotals &t : all.value()) {
        for (auto it = t.byCategory.cbegin(); it != t.byCategory.cend(); ++it) {
            sum.byCategory[it.key()].trainees += it.value().trainees;
            sum.byCategory[it.key()].completed += it.value().completed;
        }
    }
    return sum;
}

} // namespace ttcs::db
