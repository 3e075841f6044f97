// What each unit did on each task in a year: the stored rows and the lines
// the office follows, with the statuses and outcomes computed for "today"
// from the injected clock. Every write runs in a transaction with an audit
// entry and returns the previous value, so an undo command can put it back.
#pragma once

#include "domain/Clock.h"
#include "domain/Progress.h"
#include "domain/ProgressTracking.h"
#include "domain/Result.h"

#include <QList>

#include <optional>

namespace ttcs::db {

class Database;

struct ProgressKey
{
    qint64 taskId = 0;
    qint64 unitId = 0;
    int year = 0;
};

// One row's write: the value before and after (none: no row).
struct ProgressChange
{
    ProgressKey key;
    std::optional<Progress> before;
    std::optional<Progress> after;
};

class ProgressRepository final
{
public:
    explicit ProgressRepository(Database &db, Clock clock = Clock::system());

    const Clock &clock() const { return m_clock; }

    Result<std::optional<Progress>> get(const ProgressKey &key) const;
    // The stored rows of a year, whatever their units.
    Result<QList<Progress>> stored(int year) const;

    // Stores `value` as the row of `key` (its task, unit and year are taken
    // from the key); nothing removes the row. Returns the previous row:
    // put(key, previous) undoes the edit. Refused: a task with sub-tasks,
    // a completion date on a task not done, negative figures.
    Result<std::optional<Progress>> put(const ProgressKey &key,
                                        const std::optional<Progress> &value);

    // Writes many rows in one transaction, each marked with `batchId` (0:
    // typed in): what an importer of filled-in progress forms calls. Either
    // every row is written or none. Returns each row's change, in order.
    Result<QList<ProgressChange>> write(const QList<Progress> &rows, qint64 batchId);
    // The same inside the caller's transaction (an importer that also
    // writes its batch record): on an error the caller rolls back.
    Result<QList<ProgressChange>> writeInTransaction(const QList<Progress> &rows, qint64 batchId);
    // Puts back the `before` of each change, in reverse order, in one
    // transaction.
    Status revert(const QList<ProgressChange> &changes);
    Status revertInTransaction(const QList<ProgressChange> &changes);

    // One line per involved unit of each leaf task planned in `year`, in
    // plan order then Vietnamese unit order, with the computed status and
    // outcome for the clock's today.
    Result<QList<ProgressLine>> lines(int year) const;

private:
    Result<std::optional<Progress>> putInTransaction(const ProgressKey &key,
                                                     const std::optional<Progress> &value,
                                                     const QString &action);

    Database &m_db;
    Clock m_clock;
};

} // namespace ttcs::db
