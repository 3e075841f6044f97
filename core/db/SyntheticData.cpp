#include "db/SyntheticData.h"

#include "db/SqlQuery.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QStringList>

namespace ttcs::db {

namespace {

const QStringList kFamily = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
                             QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Vũ"),
                             QStringLiteral("Đặng"),   QStringLiteral("Bùi"),   QStringLiteral("Đỗ"),
                             QStringLiteral("Hà"),     QStringLiteral("Nông"),  QStringLiteral("Triệu")};
const QStringList kMiddle = {QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Đức"),
                             QStringLiteral("Minh"), QStringLiteral("Thu"), QStringLiteral("Hữu")};
const QStringList kGiven = {QStringLiteral("An"),    QStringLiteral("Bình"), QStringLiteral("Cường"),
                            QStringLiteral("Dũng"),  QStringLiteral("Hằng"), QStringLiteral("Hưng"),
                            QStringLiteral("Lan"),   QStringLiteral("Linh"), QStringLiteral("Nhung"),
                            QStringLiteral("Phương"), QStringLiteral("Quân"), QStringLiteral("Thảo")};
const QStringList kKinds = {QStringLiteral("department"), QStringLiteral("district"), QStringLiteral("commune"),
                            QStringLiteral("press")};
const QStringList kStatus = {QStringLiteral("not_started"), QStringLiteral("in_progress"), QStringLiteral("done"),
                             QStringLiteral("not_applicable")};
const QStringList kCategories = {QStringLiteral("reporter"),       QStringLiteral("editor"),
                                 QStringLiteral("collaborator"),   QStringLiteral("portal_editor"),
                                 QStringLiteral("culture_official"), QStringLiteral("district_centre"),
                                 QStringLiteral("other")};
const QStringList kSentiment = {QStringLiteral("positive"), QStringLiteral("neutral"), QStringLiteral("negative")};

} // namespace

Status generateSyntheticData(QSqlDatabase &db, const SyntheticSize &size)
{
    QRandomGenerator rng(20230721);
    auto pick = [&rng](const QStringList &list) -> const QString & { return list.at(rng.bounded(int(list.size()))); };
    auto fail = [](const SqlQuery &q) { return Status(Error{q.errorText()}); };
    auto personName = [&pick]() -> QString {
        return pick(kFamily) + QLatin1Char(' ') + pick(kMiddle) + QLatin1Char(' ') + pick(kGiven);
    };

    SqlQuery plan(db);
    if (!plan.exec(QStringLiteral("INSERT INTO plans(year, title, symbol) VALUES (?, ?, 'KH-UBND')"),
                   {size.firstYear, QStringLiteral("Kế hoạch truyền thông chính sách (dữ liệu tổng hợp)")}))
        return fail(plan);
    const qint64 planId = plan.lastInsertId();

    // Units: a tenth are districts, half communes under them.
    SqlQuery unit(db);
    unit.prepare(QStringLiteral("INSERT INTO units(id, name, short_name, kind, parent_id) VALUES (?, ?, ?, ?, ?)"));
    QList<qint64> districts;
    for (int i = 1; i <= size.units; ++i) {
        QString kind = kKinds.at(i % 10 == 0 ? 1 : (i % 2 == 0 ? 2 : (i % 7 == 0 ? 3 : 0)));
        qint64 parent = 0;
        if (kind == QLatin1String("commune")) {
            if (districts.isEmpty())
                kind = QStringLiteral("department");
            else
                parent = districts.at(rng.bounded(int(districts.size())));
        }
        unit.bind(i);
        unit.bind(QStringLiteral("Đơn vị %1 %2").arg(pick(kGiven)).arg(i));
        unit.bind(QStringLiteral("ĐV%1").arg(i));
        unit.bind(kind);
        unit.bind(nullableId(parent));
        if (!unit.exec())
            return fail(unit);
        if (kind == QLatin1String("district"))
            districts << i;
    }

    // Tasks: groups of ten sub-tasks.
    SqlQuery task(db);
    task.prepare(QStringLiteral("INSERT INTO tasks(id, plan_id, parent_id, number, title, content, frequency, "
                                "sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    SqlQuery role(db);
    role.prepare(QStringLiteral("INSERT INTO task_roles(task_id, role, unit_id, sort_order) VALUES (?, ?, ?, ?)"));
    qint64 group = 0;
    int sub = 0;
    for (int i = 1; i <= size.tasks; ++i) {
        const bool isGroup = (i - 1) % 11 == 0;
        QString number;
        if (isGroup) {
            group = i;
            sub = 0;
            number = QString::number((i - 1) / 11 + 1);
        } else {
            number = QStringLiteral("%1.%2").arg((i - 1) / 11 + 1).arg(++sub);
        }
        task.bind(i);
        task.bind(planId);
        task.bind(isGroup ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(group));
        task.bind(number);
        task.bind(QStringLiteral("Nhiệm vụ truyền thông chính sách số %1").arg(number));
        task.bind(QStringLiteral("Nội dung chi tiết của nhiệm vụ %1: cung cấp thông tin, tuyên truyền, phổ biến "
                                 "chính sách đến người dân và doanh nghiệp trên địa bàn.")
                      .arg(number));
        task.bind(isGroup ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QStringLiteral("annual")));
        task.bind(i);
        if (!task.exec())
            return fail(task);
        if (!isGroup) {
            role.bind(i);
            role.bind(QStringLiteral("lead"));
            role.bind(1 + rng.bounded(size.units));
            role.bind(1);
            if (!role.exec())
                return fail(role);
        }
    }

    // Progress: distinct (task, unit, year) triples.
    SqlQuery progress(db);
    progress.prepare(QStringLiteral(
        "INSERT INTO progress(task_id, unit_id, year, status, result, figures) VALUES (?, ?, ?, ?, ?, ?)"));
    const int perYear = size.progressRows / std::max(1, size.years);
    for (int y = 0; y < size.years; ++y) {
        for (int k = 0; k < perYear; ++k) {
            const int taskId = 1 + (k % size.tasks);
            const int unitId = 1 + (k / size.tasks) % size.units;
            progress.bind(taskId);
            progress.bind(unitId);
            progress.bind(size.firstYear + y);
            progress.bind(pick(kStatus));
            progress.bind(QStringLiteral("Đã triển khai, đăng tải %1 tin bài trên cổng thông tin điện tử.")
                              .arg(rng.bounded(50)));
            progress.bind(QStringLiteral("{\"articles\":%1}").arg(rng.bounded(50)));
            if (!progress.exec())
                return fail(progress);
        }
    }

    SqlQuery person(db);
    person.prepare(QStringLiteral(
        "INSERT INTO spokespersons(unit_id, name, position, phone, email, serving_from) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < size.spokespersons; ++i) {
        person.bind(1 + rng.bounded(size.units));
        person.bind(personName());
        person.bind(QStringLiteral("Phó Giám đốc"));
        person.bind(QStringLiteral("09%1").arg(rng.bounded(10000000, 99999999)));
        person.bind(QStringLiteral("nguoi%1@backan.gov.vn").arg(i));
        person.bind(QStringLiteral("%1-01-01").arg(size.firstYear + rng.bounded(size.years)));
        if (!person.exec())
            return fail(person);
    }

    SqlQuery klass(db);
    klass.prepare(QStringLiteral("INSERT INTO training_classes(id, year, title, planned_size) VALUES (?, ?, ?, 100)"));
    for (int y = 0; y < size.years; ++y) {
        klass.bind(y + 1);
        klass.bind(size.firstYear + y);
        klass.bind(QStringLiteral("Lớp bồi dưỡng kỹ năng truyền thông chính sách năm %1").arg(size.firstYear + y));
        if (!klass.exec())
            return fail(klass);
    }
    SqlQuery trainee(db);
    trainee.prepare(QStringLiteral("INSERT INTO trainees(class_id, name, unit_id, category, completed) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < size.trainees; ++i) {
        trainee.bind(1 + i % size.years);
        trainee.bind(personName());
        trainee.bind(1 + rng.bounded(size.units));
        trainee.bind(pick(kCategories));
        trainee.bind(rng.bounded(10) < 9 ? 1 : 0);
        if (!trainee.exec())
            return fail(trainee);
    }

    SqlQuery media(db);
    media.prepare(QStringLiteral("INSERT INTO media_items(date, outlet, title, sentiment) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < size.mediaItems; ++i) {
        media.bind(QStringLiteral("%1-%2-%3")
                       .arg(size.firstYear + i % size.years)
                       .arg(1 + rng.bounded(12), 2, 10, QLatin1Char('0'))
                       .arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0')));
        media.bind(QStringLiteral("Báo điện tử"));
        media.bind(QStringLiteral("Tin bài về tỉnh số %1").arg(i));
        media.bind(pick(kSentiment));
        if (!media.exec())
            return fail(media);
    }
    return {};
}

} // namespace ttcs::db
