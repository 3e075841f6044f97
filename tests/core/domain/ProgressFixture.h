// A new database with the default data (the Bắc Kạn 2023 plan) in a
// temporary folder, with helpers to find its tasks and units and to count
// rows with plain SQL.
#pragma once

#include "db/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <initializer_list>
#include <memory>

namespace ttcs::test {

class ProgressFixture
{
public:
    ProgressFixture();

    db::Database &db() { return *m_db; }

    // The task with that number in the default plan.
    qint64 task(const char *number);
    // The unit with that seed key ("stttt", "ubnd-cm", …).
    qint64 unit(const char *seedKey);
    // The unit with that name.
    qint64 unitNamed(const QString &name);
    // The first column of the first row of `sql`.
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> binds = {});
    qint64 count(const QString &sql, std::initializer_list<QVariant> binds = {});
    // Runs a statement, failing the test when it fails.
    void exec(const QString &sql, std::initializer_list<QVariant> binds = {});
    // Adds a unit directly; returns its id.
    qint64 addUnit(const QString &name, const char *kind, qint64 parentId = 0);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_db;
};

} // namespace ttcs::test
