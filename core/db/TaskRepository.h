// The plan's tasks with their unit and group roles.
#pragma once

#include "domain/Result.h"
#include "domain/Task.h"

#include <QList>

namespace ttcs::db {

class Database;

class TaskRepository final
{
public:
    explicit TaskRepository(Database &db);

    // Every task of every plan, in plan order (parents before their
    // children), each with its roles and their names.
    Result<QList<Task>> all() const;

private:
    Database &m_db;
};

} // namespace ttcs::db
