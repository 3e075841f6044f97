#include "db/Backup.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>

#include <algorithm>

namespace ttcs::db {

namespace {

QString autoPrefix(const Database &db)
{
    return QFileInfo(db.path()).completeBaseName() + QLatin1Char('-');
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

// The fast copy: with the journal written back into the file (a WAL
// checkpoint) and a read transaction held, the file itself is a consistent
// snapshot that nothing changes until the transaction ends, so it is copied
// as bytes, in chunks that can be counted and cancelled. Returns false in
// `used` when the checkpoint could not complete (another reader), and the
// caller falls back to VACUUM INTO.
Status copyFile(Database &db, const QString &path, const CopyProgress &progress, bool &used)
{
    used = false;
    if (db.isReadOnly())
        return {};
    QSqlDatabase c = db.connection();
    SqlQuery checkpoint(c);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next() ||
        checkpoint.value(0).toInt() != 0 || checkpoint.value(1).toInt() > 0)
        return {};
    if (!c.transaction())
        return {};
    SqlQuery snapshot(c); // a read lock: no checkpoint may write the file now
    if (!snapshot.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !snapshot.next()) {
        c.rollback();
        return {};
    }
    used = true;
    QFile in(db.path());
    QSaveFile out(path);
    Status st;
    if (!in.open(QIODevice::ReadOnly))
        st = Error{QCoreApplication::translate("ttcs::Database", "The file %1 cannot be read: %2")
                       .arg(QDir::toNativeSeparators(db.path()), in.errorString())};
    else if (!out.open(QIODevice::WriteOnly))
        st = Error{QCoreApplication::translate("ttcs::Database", "The file %1 cannot be written: %2")
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
        return Error{QCoreApplication::translate("ttcs::Database", "The file %1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), out.errorString())};
    return {};
}

} // namespace

Status backupTo(Database &db, const QString &path, const CopyProgress &progress)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{QCoreApplication::translate("ttcs::Database", "The folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(target.absolutePath()))};
    bool copied = false;
    const Status fast = copyFile(db, target.absoluteFilePath(), progress, copied);
    if (copied)
        return fast;
    if (progress && !progress(0, 0))
        return cancelled();
    // VACUUM INTO refuses an existing file: write beside it, then swap.
    const QString temp = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(temp);
    SqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("VACUUM INTO ?"), {temp})) {
        QFile::remove(temp);
        return Error{
            QCoreApplication::translate("ttcs::Database", "The copy could not be written to %1: %2")
                .arg(QDir::toNativeSeparators(path), q.errorText())};
    }
    return replaceFile(temp, target.absoluteFilePath(), progress);
}

QString backupFolder(const Database &db)
{
    return QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList listBackups(const Database &db, const QString &folder)
{
    const QDir dir(folder.isEmpty() ? backupFolder(db) : folder);
    QStringList names = dir.entryList(
        {autoPrefix(db) + QStringLiteral("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].sqlite")},
        QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end());
    QStringList paths;
    for (const QString &n : names)
        paths << dir.filePath(n);
    return paths;
}

Result<QString> dailyBackup(Database &db, const QDate &today, int keep, const QString &where)
{
    const QString folder = where.isEmpty() ? backupFolder(db) : where;
    if (!QDir().mkpath(folder))
        return Error{
            QCoreApplication::translate("ttcs::Database", "The folder %1 cannot be created.")
                .arg(QDir::toNativeSeparators(folder))};
    const QString path = QDir(folder).filePath(autoPrefix(db) + today.toString(Qt::ISODate) +
                                               QStringLiteral(".sqlite"));
    QString made;
    if (!QFile::exists(path)) {
        const Status st = backupTo(db, path);
        if (!st.ok())
            return Error{st.error()};
        made = path;
    }
    const QStringList all = listBackups(db, folder);
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i)
        QFile::remove(all.at(i));
    return made;
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
