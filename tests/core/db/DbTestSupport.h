// A new database for a db test: created at `path`, with the demo data
// unless told otherwise.
#pragma once

#include "db/Database.h"

#include <catch2/catch.hpp>

#include <memory>

namespace ttcs::test {

inline std::unique_ptr<db::Database> newDatabase(const QString &path, bool demoData = true)
{
    db::OpenOptions o;
    o.create = true;
    o.loadDefaultData = demoData;
    auto db = db::Database::open(path, o);
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

} // namespace ttcs::test
