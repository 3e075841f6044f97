// Every item model passes QAbstractItemModelTester, filled with real data.
#include <catch2/catch.hpp>

#include "SortFilterProxy.h"
#include "TestSupport.h"
#include "db/Database.h"
#include "db/TaskRepository.h"
#include "db/UnitRepository.h"
#include "models/SpokespersonTableModel.h"
#include "models/TaskTreeModel.h"
#include "models/UnitTreeModel.h"

#include <QAbstractItemModelTester>
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
