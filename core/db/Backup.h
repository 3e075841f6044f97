// Copies of the database: a consistent copy of the open file at any time
// (the copy holds every committed change and nothing half written), an automatic dated copy on the first open of each day with only
// the last few kept, and the checks before a copy is restored.
#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

namespace ttcs::db {

class Database;

// Told of a copy's bytes done out of `total`; returns false to cancel it.
using CopyProgress = std::function<bool(qint64 done, qint64 total)>;

// Writes a consistent copy of `db` to `path`, atomically: on failure or
// when cancelled nothing is left at `path` and an existing file there is
// unchanged. The copy is made through a connection of its own, as
// backupFile() does.
Status backupTo(Database &db, const QString &path, const CopyProgress &progress = {});

// Writes a consistent copy of the database file `database` to `path`,
// atomically, through a connection of its own: it may run on any thread,
// also while the database is open on another one (the window's connection
// stays with its thread). Unless `readOnly`, the write-ahead journal is
// first written back into the file, without the write lock (writers on
// other connections are not kept waiting), so that the file itself can be
// copied as bytes, counted and cancellable; when the journal cannot be
// written back (another program reading an older state all along) the
// copy is made by SQLite (VACUUM INTO).
Status backupFile(const QString &database, const QString &path,
                  const CopyProgress &progress = {}, bool readOnly = false);

// Puts the finished file `staged` in the place of `target` in one step,
// replacing a file there whole. With `dropJournal`, the journal files of
// the database that was at `target` go too: they belong to the old
// contents (the caller has closed that database).
Status putInPlace(const QString &staged, const QString &target, bool dropJournal = false);

// The folder of the automatic copies: "backups" next to the database file.
QString backupFolder(const Database &db);

// Makes today's copy in `folder` (empty: backupFolder()) unless one
// exists, then keeps only the newest `keep` automatic copies. Returns the
// new copy's path, or an empty string when today's copy was already there.
Result<QString> dailyBackup(Database &db, const QDate &today, int keep = 10,
                            const QString &folder = {});

// The same for the database file `database`, through a connection of its
// own: it may run on any thread while the database is open on another,
// and `progress` may cancel it. Today's copy is written beside its name
// and renamed when whole, so a copy cancelled or cut short leaves nothing
// under it, and the old copies are pruned only once it is in place.
// With `readOnly`, the copy only reads (see backupFile()).
Result<QString> dailyBackupFile(const QString &database, const QDate &today, int keep = 10,
                                const QString &folder = {}, const CopyProgress &progress = {},
                                bool readOnly = false);

// The automatic copies of `db` in `folder` (empty: backupFolder()), newest first.
QStringList listBackups(const Database &db, const QString &folder = {});

// Checks that `path` is a TTCS database this version can open, without
// writing to it.
Status checkRestorable(const QString &path);

// Replaces the file at `target` by a copy of `source`, atomically. The
// caller has closed the database at `target` and made a copy of it first.
Status replaceFile(const QString &source, const QString &target,
                   const CopyProgress &progress = {});

} // namespace ttcs::db
