// Every item model passes QAbstractItemModelTester, filled with real data.
#include <catch2/catch.hpp>

#include "SortFilterProxy.h"
#include "TestSupport.h"
#include "db/Database.h"
#include "db/TaskEditRepository.h"
#include "db/TaskRepository.h"
#include "db/UnitRepository.h"
#include "db/YearPlanRepository.h"
#include "domain/ProgressTracking.h"
#include "models/ProgressTableModel.h"
#include "models/SpokespersonTableModel.h"
#include "models/TaskTreeModel.h"
#include "models/UnitTreeModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>

using namespace ttcs;
using namespace ttcs::ui;

namespace {

std::unique_ptr<db::Database> seeded(const QTemporaryDir &dir)
{
    db::OpenOptions o;
    o.create = true;
    auto opened = db::Database::open(dir.filePath(QStringLiteral("models.sqlite")), o);
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

} // namespace

TEST_CASE("TaskTreeModel passes the model tester and sorts numbers as numbers")
{
    QTemporaryDir dir;
    auto db = seeded(dir);
    TaskTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTasks(db::TaskRepository(*db).all().value());
    CHECK(model.rowCount() == 9);

    SortFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(TaskTreeModel::NumberColumn, Qt::DescendingOrder);
    CHECK(proxy.index(0, 0).data().toString() == QStringLiteral("9"));
    // Every word must match, diacritics and case aside: only 8.2 speaks of "tin xấu độc".
    proxy.setSearchText(QStringLiteral("XAU DOC"));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data().toString() == QStringLiteral("8"));
    CHECK(proxy.rowCount(proxy.index(0, 0)) == 1);

    CHECK(TaskTreeModel::numberSortKey(QStringLiteral("3.9")) <
          TaskTreeModel::numberSortKey(QStringLiteral("3.10")));
    model.setTasks({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("UnitTreeModel passes the model tester and puts communes under their district")
{
    QTemporaryDir dir;
    auto db = seeded(dir);
    UnitTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Unit> units = db::UnitRepository(*db).all().value();
    qint64 baBe = 0;
    for (const Unit &u : units) {
        if (u.name == QStringLiteral("UBND huyện Ba Bể"))
            baBe = u.id;
    }
    Unit commune;
    commune.id = 100000;
    commune.name = QStringLiteral("UBND xã Nam Mẫu");
    commune.kind = UnitKind::Commune;
    commune.parentId = baBe;
    units << commune;
    model.setUnits(units);

    QModelIndex found;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            if (i.data().toString() == commune.name)
                found = i;
            walk(i);
        }
    };
    walk({});
    REQUIRE(found.isValid());
    CHECK(found.parent().data().toString() == QStringLiteral("UBND huyện Ba Bể"));
}

TEST_CASE("SpokespersonTableModel passes the model tester and sorts by given name")
{
    SpokespersonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<Spokesperson> people;
    for (const char *name : {"Trần Văn Bình", "Nguyễn Thị Ánh", "Lê An", "Đỗ Thị Ân"}) {
        Spokesperson p;
        p.name = QString::fromUtf8(name);
        p.unitName = QStringLiteral("Sở Tư pháp");
        people << p;
    }
    model.setPeople(people);
    SortFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(SpokespersonTableModel::NameColumn, Qt::AscendingOrder);
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order << proxy.index(r, 0).data().toString();
    // Given name first; a, ă, â are letters of their own, so Ánh (a) comes before Ân (â).
    CHECK(order == QStringList({QStringLiteral("Lê An"), QStringLiteral("Nguyễn Thị Ánh"),
                                QStringLiteral("Đỗ Thị Ân"), QStringLiteral("Trần Văn Bình")}));
    proxy.setSearchText(QStringLiteral("anh"));
    CHECK(proxy.rowCount() == 1);
}

TEST_CASE("the tree models pass the model tester while the plan and the units are edited")
{
    QTemporaryDir dir;
    auto db = seeded(dir);
    TaskTreeModel tasks;
    QAbstractItemModelTester taskTester(&tasks,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    SortFilterProxy proxy;
    proxy.setSourceModel(&tasks);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(TaskTreeModel::NumberColumn, Qt::AscendingOrder);
    db::TaskRepository taskRepo(*db);
    db::TaskEditRepository edits(*db);
    auto year = [&] {
        return db::YearPlanRepository(*db).tasks(2024).value();
    };
    tasks.setTasks(taskRepo.all().value(), year());
    const QModelIndex first = tasks.index(0, 0);
    const qint64 firstId = first.data(IdRole).toLongLong();

    // A field edit keeps every row in place: only the data changes, and the
    // indexes handed out before stay valid.
    QPersistentModelIndex kept(tasks.index(2, TaskTreeModel::TitleColumn));
    int resets = 0, changes = 0;
    QObject::connect(&tasks, &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(&tasks, &QAbstractItemModel::dataChanged, [&] { ++changes; });
    db::TaskFields f = db::TaskFields::of(*tasks.taskAt(first));
    f.title = QStringLiteral("Tiêu đề mới");
    REQUIRE(edits.update(firstId, f).ok());
    tasks.setTasks(taskRepo.all().value(), year());
    CHECK(resets == 0);
    CHECK(changes > 0);
    CHECK(kept.isValid());
    CHECK(tasks.index(0, TaskTreeModel::TitleColumn).data().toString() ==
          QStringLiteral("Tiêu đề mới"));

    // A task left out of the year shows so.
    TaskYearPlan leftOut;
    leftOut.planned = false;
    REQUIRE(db::YearPlanRepository(*db).put(firstId, 2024, leftOut).ok());
    tasks.setTasks(taskRepo.all().value(), year());
    CHECK(tasks.index(0, TaskTreeModel::DeadlineColumn).data().toString() ==
          TaskTreeModel::tr("Left out this year"));

    // Structural edits change the rows: the model is reset.
    db::NewTask spec;
    spec.parentId = firstId;
    spec.fields.title = QStringLiteral("Nhiệm vụ con mới");
    auto added = edits.add(spec);
    REQUIRE(added.ok());
    tasks.setTasks(taskRepo.all().value(), year());
    CHECK(resets == 1);
    const QModelIndex sub = tasks.indexOfKey(added->taskId);
    REQUIRE(sub.isValid());
    CHECK(sub.parent().data(IdRole).toLongLong() == firstId);
    REQUIRE(edits.move(added->taskId, 0, 0).ok());
    tasks.setTasks(taskRepo.all().value(), year());
    CHECK(tasks.index(0, 0).data(IdRole).toLongLong() == added->taskId);
    CHECK(tasks.index(0, 0).data().toString() == QStringLiteral("1"));
    REQUIRE(edits.remove(added->taskId).ok());
    tasks.setTasks(taskRepo.all().value(), year());
    CHECK_FALSE(tasks.indexOfKey(added->taskId).isValid());

    UnitTreeModel units;
    QAbstractItemModelTester unitTester(&units,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    db::UnitRepository unitRepo(*db);
    units.setUnits(unitRepo.existingIn(2024).value());
    qint64 justice = 0;
    const QList<Unit> allUnits = unitRepo.all().value();
    for (const Unit &u : allUnits)
        justice = u.name == QStringLiteral("Sở Tư pháp") ? u.id : justice;
    Unit edited = unitRepo.byId(justice).value();
    edited.shortName = QStringLiteral("STP");
    REQUIRE(unitRepo.update(edited).ok());
    units.setUnits(unitRepo.existingIn(2024).value());
    CHECK(units.indexOfKey(justice, UnitTreeModel::ShortNameColumn).data().toString() ==
          QStringLiteral("STP"));
    auto renamed =
        unitRepo.rename(justice, QStringLiteral("Sở Tư pháp tỉnh"), QString(), QDate(2024, 7, 1));
    REQUIRE(renamed.ok());
    units.setUnits(unitRepo.existingIn(2024).value());
    CHECK(units.indexOfKey(renamed->added->id).isValid());
    units.setUnits(unitRepo.existingIn(2025).value());
    CHECK_FALSE(units.indexOfKey(justice).isValid());
}

TEST_CASE("ProgressTableModel passes the model tester with an icon for every status and outcome")
{
    // One line for each way a line can stand, its status and outcome worked
    // out as the repository does, on 1 July 2024.
    const QDate today(2024, 7, 1);
    const QDate passed(2024, 6, 30), ahead(2024, 12, 31);
    struct Case
    {
        std::optional<ProgressStatus> stored;
        QDate deadline;
        QDate completedOn;
    };
    const QList<Case> cases = {
        {std::nullopt, QDate(), QDate()},                  // not reported, in progress
        {std::nullopt, passed, QDate()},                   // not reported, overdue
        {ProgressStatus::NotStarted, ahead, QDate()},      // not started, in progress
        {ProgressStatus::InProgress, ahead, QDate()},      // in progress, in progress
        {ProgressStatus::InProgress, passed, QDate()},     // overdue, overdue
        {ProgressStatus::Done, ahead, QDate(2024, 5, 2)},  // done, on time
        {ProgressStatus::Done, passed, QDate(2024, 7, 1)}, // done, late
        {ProgressStatus::NotApplicable, ahead, QDate()},   // not applicable, none
    };
    QList<ProgressLine> lines;
    for (const Case &c : cases) {
        ProgressLine l;
        l.taskId = lines.size() + 1;
        l.taskNumber = QString::number(lines.size() + 1);
        l.taskTitle = QStringLiteral("Nhiệm vụ");
        l.unitId = 1;
        l.unitName = QStringLiteral("Sở Tư pháp");
        l.year = 2024;
        l.deadline = c.deadline;
        if (c.stored) {
            Progress p;
            p.status = *c.stored;
            p.completedOn = c.completedOn;
            p.reportedOn = today;
            l.progress = p;
        }
        const TrackedState state =
            trackProgress(l.progress ? &*l.progress : nullptr, std::nullopt, l.deadline, today);
        l.status = state.status;
        l.outcome = state.outcome;
        lines << l;
    }

    ProgressTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SortFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLines(lines);
    REQUIRE(model.rowCount() == int(cases.size()));

    // Every status and every outcome is there, each with an icon that
    // paints; the same status always paints the same picture, and two
    // statuses never do.
    QSet<TrackedStatus> statuses;
    QSet<Outcome> outcomes;
    QHash<TrackedStatus, QImage> statusImages;
    QHash<Outcome, QImage> outcomeImages;
    for (int r = 0; r < model.rowCount(); ++r) {
        const ProgressLine &l = *model.lineAt(r);
        statuses.insert(l.status);
        const QVariant decoration =
            model.index(r, ProgressTableModel::StatusColumn).data(Qt::DecorationRole);
        REQUIRE(decoration.canConvert<QIcon>());
        const QIcon icon = decoration.value<QIcon>();
        REQUIRE_FALSE(icon.isNull());
        const QImage image = icon.pixmap(QSize(16, 16), 1.0).toImage();
        REQUIRE(image.size() == QSize(16, 16));
        if (statusImages.contains(l.status))
            CHECK(statusImages.value(l.status) == image);
        statusImages.insert(l.status, image);
        // The tooltip names the status and says what it means.
        const QString tip =
            model.index(r, ProgressTableModel::StatusColumn).data(Qt::ToolTipRole).toString();
        CHECK(tip.contains(trackedStatusLabel(l.status)));
        CHECK(tip.contains(ProgressTableModel::statusExplanation(l.status).toHtmlEscaped()));

        const QVariant outcome =
            model.index(r, ProgressTableModel::OutcomeColumn).data(Qt::DecorationRole);
        if (!l.outcome) {
            CHECK_FALSE(outcome.isValid());
            continue;
        }
        outcomes.insert(*l.outcome);
        REQUIRE_FALSE(outcome.value<QIcon>().isNull());
        outcomeImages.insert(*l.outcome,
                             outcome.value<QIcon>().pixmap(QSize(16, 16), 1.0).toImage());
        // The other columns carry no icon.
        CHECK_FALSE(
            model.index(r, ProgressTableModel::TaskColumn).data(Qt::DecorationRole).isValid());
    }
    CHECK(statuses.size() == int(allTrackedStatuses().size()));
    CHECK(outcomes.size() == int(allOutcomes().size()));
    const QList<QImage> distinct = statusImages.values();
    for (int i = 0; i < distinct.size(); ++i)
        for (int j = i + 1; j < distinct.size(); ++j)
            CHECK(distinct.at(i) != distinct.at(j));
    const QList<QImage> distinctOutcomes = outcomeImages.values();
    for (int i = 0; i < distinctOutcomes.size(); ++i)
        for (int j = i + 1; j < distinctOutcomes.size(); ++j)
            CHECK(distinctOutcomes.at(i) != distinctOutcomes.at(j));

    // The status column's header explains every status.
    const QString legend =
        model.headerData(ProgressTableModel::StatusColumn, Qt::Horizontal, Qt::ToolTipRole)
            .toString();
    for (TrackedStatus s : allTrackedStatuses())
        CHECK(legend.contains(trackedStatusLabel(s)));

    // Sorting by status keeps each icon with its line.
    proxy.sort(ProgressTableModel::StatusColumn, Qt::AscendingOrder);
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QModelIndex i = proxy.index(r, ProgressTableModel::StatusColumn);
        const auto s = trackedStatusFromKey(i.data(ProgressTableModel::StatusKeyRole).toString());
        REQUIRE(s);
        CHECK(i.data(Qt::DecorationRole).value<QIcon>().pixmap(QSize(16, 16), 1.0).toImage() ==
              statusImages.value(*s));
    }
    model.setLines({});
    CHECK(model.rowCount() == 0);
}
