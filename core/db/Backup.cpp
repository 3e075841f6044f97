#include "db/Backup.h"

#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/SqlQuery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace ttcs::db {

namespace {

QString autoPrefix(const QString &database)
{
    return QFileInfo(database).completeBaseName() + QLatin1Char('-');
}

Status cancelled()
{
    return Error{QCoreApplication::translate("ttcs::Database",
                                             "The copy was cancelled; nothing was written.")};
}

// Copies `in` to `out` in chunks, telling `progress`. The first chunk is
// passed to `patchHeader` before it is written.
Status copyChunks(QFile &in, QSaveFile &out, const CopyProgress &progress,
                  const std::function<void(QByteArray &)> &patchHeader = {})
{
    const qint64 total = in.size();
    qint64 done = 0;
    if (progress && !progress(0, total))
        return cancelled();
    while (!in.atEnd()) {
        QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            break;
        if (done == 0 && patchHeader)
            patchHeader(chunk);
        if (out.write(chunk) != chunk.size())
            return Error{
                QCoreApplication::translate("ttcs::Database", "The file %1 cannot be written: %2")
                    .arg(QDir::toNativeSeparators(out.fileName()), out.errorString())};
        done += chunk.size();
        if (progress && !progress(done, total))
            return cancelled();
    }
    if (in.error() != QFileDevice::NoError)
        return Error{QCoreApplication::translate("ttcs::Database", "The file %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(in.fileName()), in.errorString())};
    return {};
}

// A connection of the calling thread to `path`, closed and removed when it
// goes: the copy never touches the connection another thread owns.
class OwnConnection final
{
public:
    OwnConnection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("ttcs-copy-%1").arg(s_counter.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        c.setDatabaseName(path);
        c.setConnectOptions(readOnly
                                ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_READONLY")
                                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (!c.open())
            m_error = c.lastError().databaseText().isEmpty() ? c.lastError().text()
                                                             : c.lastError().databaseText();
    }
    ~OwnConnection()
    {
        {
            QSqlDatabase c = QSqlDatabase::database(m_name, false);
            c.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    OwnConnection(const OwnConnection &) = delete;
    OwnConnection &operator=(const OwnConnection &) = delete;

    QSqlDatabase get() const { return QSqlDatabase::database(m_name, false); }
    const QString &error() const { return m_error; }

private:
    static inline QAtomicInteger<int> s_counter;
    QString m_name;
    QString m_error;
};

// PRAGMA data_version: changes whenever another connection has committed.
qint64 dataVersion(QSqlDatabase &c)
{
    SqlQuery q(c);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Writes the journal back into the file as far as it can without the
// write lock (a PASSIVE checkpoint: writers on other connections go on
// meanwhile, and it never waits for readers). True when every frame of the
// journal is now in the file, or when there is no journal.
bool writeBack(QSqlDatabase &c)
{
    SqlQuery q(c);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next())
        return false;
    const bool busy = q.value(0).toInt() != 0; // another checkpoint is running
    const qint64 frames = q.value(1).toLongLong();
    const qint64 written = q.value(2).toLongLong();
    q.raw().finish();
    return !busy && frames == written;
}

// The fast copy. A read transaction whose snapshot is wholly in the file
// (the journal empty, or every frame of it written back) reads the file
// alone, and while it lasts no checkpoint may write a later frame into the
// file (SQLite's checkpointer needs the lock such a reader holds, or stops
// at the reader's last frame): the file is then a consistent snapshot,
// copied as bytes in chunks that can be counted and cancelled.
//
// So the journal is first written back, here on the copy's own thread and
// connection, without the write lock: a large journal (left by a program
// that was stopped) takes a while to write back, and the window's
// connection may read and write meanwhile. Once the transaction holds its
// snapshot, the file alone must still be it: the journal is empty, or no
// other connection committed since every frame was written back (the data
// version is the same). Otherwise, a commit in between put frames in the
// journal that the file lacks: the copy is tried again, a few times.
// Returns false in `used` when the file alone never was the snapshot; the
// caller then lets SQLite make the copy.
Status copyFile(QSqlDatabase &c, const QString &database, const QString &path,
                const CopyProgress &progress, bool readOnly, bool &used)
{
    used = false;
    SqlQuery snapshot(c);
    for (int attempt = 0;; ++attempt) {
        if (attempt > 0) {
            if (attempt == 20)
                return {};
            if (progress && !progress(0, 0))
                return cancelled();
            QThread::msleep(50);
        }
        qint64 before = -1;
        bool writtenBack = false;
        if (!readOnly) {
            before = dataVersion(c);
            writtenBack = before >= 0 && writeBack(c);
            if (!writtenBack)
                continue; // a reader or another checkpoint was in the way
        }
        if (!c.transaction())
            return {};
        // The read lock is taken here.
        const bool read =
            snapshot.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && snapshot.next();
        const bool fileAlone =
            read && (QFileInfo(database + QStringLiteral("-wal")).size() == 0 ||
                     (writtenBack && dataVersion(c) == before));
        if (fileAlone)
            break;
        snapshot.raw().finish();
        c.rollback();
        if (readOnly)
            return {}; // nothing to wait for: the journal stays as it is
    }
    used = true;
    QFile in(database);
    QSaveFile out(path);
    Status st;
    if (!in.open(QIODevice::ReadOnly))
        st = Error{QCoreApplication::translate("ttcs::Database", "The file %1 cannot be read: %2")
                       .arg(QDir::toNativeSeparators(database), in.errorString())};
    else if (!out.open(QIODevice::WriteOnly))
        st =
            Error{QCoreApplication::translate("ttcs::Database", "The file %1 cannot be written: %2")
                      .arg(QDir::toNativeSeparators(path), out.errorString())};
    else
        st = copyChunks(in, out, progress, [](QByteArray &header) {
            // The copy is a file on its own, without a journal: mark it as
            // a rollback-journal database (file format bytes 18 and 19),
            // as VACUUM INTO does.
            if (header.size() >= 20) {
                header[18] = 1;
                header[19] = 1;
            }
        });
    snapshot.raw().finish();
    c.rollback(); // nothing was changed; this ends the read transaction
    if (!st.ok()) {
        out.cancelWriting();
        return st;
    }
    if (!out.commit())
        return Error{
            QCoreApplication::translate("ttcs::Database", "The file %1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(path), out.errorString())};
    return {};
}

} // namespace

Status backupTo(Database &db, const QString &path, const CopyProgress &progress)
{
    return backupFile(db.path(), path, progress, db.isReadOnly());
}

Status backupFile(const QString &database, const QString &path, const CopyProgress &progress,
                  bool readOnly)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{QCoreApplication::translate("ttcs::Database", "The folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(target.absolutePath()))};
    // Opened for writing, SQLite would make an empty database of a missing file.
    if (!QFileInfo(database).isFile())
        return Error{QCoreApplication::translate("ttcs::Database", "There is no database at %1.")
                         .arg(QDir::toNativeSeparators(database))};
    const OwnConnection own(database, readOnly);
    if (!own.error().isEmpty())
        return Error{
            QCoreApplication::translate("ttcs::Database", "The database %1 cannot be opened: %2")
                .arg(QDir::toNativeSeparators(database), own.error())};
    QSqlDatabase c = own.get();
    bool copied = false;
    const Status fast =
        copyFile(c, database, target.absoluteFilePath(), progress, readOnly, copied);
    if (copied)
        return fast;
    if (progress && !progress(0, 0))
        return cancelled();
    // VACUUM INTO refuses an existing file: write beside it, then swap.
    const QString temp = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(temp);
    SqlQuery q(c);
    bool copiedInto = false;
    bool stopped = false;
    {
        // It has no chunks of its own to report: Cancel is asked about as
        // it goes instead (where SQLite's interface can be reached).
        const StatementWatch watch(c, [&progress] { return !progress || progress(0, 0); });
        copiedInto = q.exec(QStringLiteral("VACUUM INTO ?"), {temp});
        stopped = watch.stopped();
    }
    if (!copiedInto) {
        QFile::remove(temp);
        if (stopped)
            return cancelled();
        return Error{
            QCoreApplication::translate("ttcs::Database", "The copy could not be written to %1: %2")
                .arg(QDir::toNativeSeparators(path), q.errorText())};
    }
    const Status st = replaceFile(temp, target.absoluteFilePath(), progress);
    QFile::remove(temp); // also when the swap was cancelled
    return st;
}

Status putInPlace(const QString &staged, const QString &target, bool dropJournal)
{
    // A rename within one folder: the file at `target` is the old one or
    // the new one, never a part of either.
    std::error_code error;
    std::filesystem::rename(QFileInfo(staged).filesystemAbsoluteFilePath(),
                            QFileInfo(target).filesystemAbsoluteFilePath(), error);
    if (error)
        return Error{
            QCoreApplication::translate("ttcs::Database", "The file %1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(target), QString::fromStdString(error.message()))};
    if (dropJournal) {
        QFile::remove(target + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
    }
    return {};
}

namespace {

QString backupFolderOf(const QString &database)
{
    return QFileInfo(database).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList backupsOf(const QString &database, const QString &folder)
{
    const QDir dir(folder.isEmpty() ? backupFolderOf(database) : folder);
    QStringList names = dir.entryList(
        {autoPrefix(database) + QStringLiteral("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].sqlite")},
        QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end());
    QStringList paths;
    for (const QString &n : names)
        paths << dir.filePath(n);
    return paths;
}

Result<QString> dailyCopy(const QString &database, const QDate &today, int keep,
                          const QString &where, const CopyProgress &progress, bool readOnly)
{
    const QString folder = where.isEmpty() ? backupFolderOf(database) : where;
    if (!QDir().mkpath(folder))
        return Error{
            QCoreApplication::translate("ttcs::Database", "The folder %1 cannot be created.")
                .arg(QDir::toNativeSeparators(folder))};
    const QString path = QDir(folder).filePath(autoPrefix(database) +
                                               today.toString(Qt::ISODate) +
                                               QStringLiteral(".sqlite"));
    QString made;
    if (!QFile::exists(path)) {
        // backupFile() writes beside `path` and renames the whole copy
        // into place; a copy stopped half-way is removed.
        const Status st = backupFile(database, path, progress, readOnly);
        if (!st.ok())
            return Error{st.error()};
        made = path;
    }
    const QStringList all = backupsOf(database, folder);
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i)
        QFile::remove(all.at(i));
    return made;
}

} // namespace

QString backupFolder(const Database &db)
{
    return backupFolderOf(db.path());
}

QStringList listBackups(const Database &db, const QString &folder)
{
    return backupsOf(db.path(), folder);
}

Result<QString> dailyBackup(Database &db, const QDate &today, int keep, const QString &where)
{
    return dailyCopy(db.path(), today, keep, where, {}, db.isReadOnly());
}

Result<QString> dailyBackupFile(const QString &database, const QDate &today, int keep,
                                const QString &where, const CopyProgress &progress, bool readOnly)
{
    return dailyCopy(database, today, keep, where, progress, readOnly);
}

Status checkRestorable(const QString &path)
{
    OpenOptions options;
    options.readOnly = true;
    auto opened = Database::open(path, options);
    if (!opened)
        return Error{opened.error()};
    return {};
}

Status replaceFile(const QString &source, const QString &target, const CopyProgress &progress)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ttcs::Database", "The file %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(source), in.errorString())};
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Error{
            QCoreApplication::translate("ttcs::Database", "The file %1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(target), out.errorString())};
    const Status st = copyChunks(in, out, progress);
    if (!st.ok()) {
        out.cancelWriting();
        return st;
    }
    if (!out.commit())
        return Error{
            QCoreApplication::translate("ttcs::Database", "The file %1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(target), out.errorString())};
    in.close();
    if (source.endsWith(QLatin1String(".part")))
        QFile::remove(source);
    // Journal files of the replaced database belong to the old contents.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    return {};
}

} // namespace ttcs::db
