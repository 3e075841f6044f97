#include "db/Backup.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace ttcs::db {

namespace {

QString autoPrefix(const Database &db)
{
    return QFileInfo(db.path()).completeBaseName() + QLatin1Char('-');
}

} // namespace

Status backupTo(Database &db, const QString &path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{QCoreApplication::translate("ttcs::Database", "The folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(target.absolutePath()))};
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
    return replaceFile(temp, target.absoluteFilePath());
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

Status replaceFile(const QString &source, const QString &target)
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
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            break;
        if (out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return Error{
                QCoreApplication::translate("ttcs::Database", "The file %1 cannot be written: %2")
                    .arg(QDir::toNativeSeparators(target), out.errorString())};
        }
    }
    if (in.error() != QFileDevice::NoError || !out.commit())
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
