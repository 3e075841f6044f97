#include "db/Database.h"

#include "db/DefaultData.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStandardPaths>

#include <atomic>
#include <thread>

Q_LOGGING_CATEGORY(lcDb, "ttcs.db")

namespace ttcs::db {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("ttcs-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What is wrong with the file before SQLite touches it: empty or not an
// SQLite file at all.
QString checkHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("ttcs::Database", "The file %1 cannot be read: %2")
            .arg(QDir::toNativeSeparators(path), f.errorString());
    const QByteArray head = f.read(16);
    if (head.isEmpty())
        return QCoreApplication::translate("ttcs::Database",
                                           "The file %1 is empty: it is not a TTCS database.")
            .arg(QDir::toNativeSeparators(path));
    if (head != QByteArray("SQLite format 3\0", 16))
        return QCoreApplication::translate(
                   "ttcs::Database",
                   "The file %1 is not a TTCS database (it is not an SQLite file).")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

QString describeSqlError(const QSqlError &e, const QString &path)
{
    const QString native = e.nativeErrorCode();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6)
    if (native == QLatin1String("5") || native == QLatin1String("6") ||
        e.databaseText().contains(QLatin1String("locked"))) {
        return QCoreApplication::translate("ttcs::Database",
                                           "The database %1 is locked by another program. Close "
                                           "the other program or try again "
                                           "later; nothing was changed.")
            .arg(QDir::toNativeSeparators(path));
    }
    // SQLITE_NOTADB (26), SQLITE_CORRUPT (11)
    if (native == QLatin1String("26") || native == QLatin1String("11"))
        return QCoreApplication::translate("ttcs::Database",
                                           "The file %1 is damaged or is not a TTCS database.")
            .arg(QDir::toNativeSeparators(path));
    return QCoreApplication::translate("ttcs::Database", "The database %1 cannot be opened: %2")
        .arg(QDir::toNativeSeparators(path),
             e.databaseText().isEmpty() ? e.text() : e.databaseText());
}

} // namespace

QString Database::defaultPath()
{
    const QString env = qEnvironmentVariable("TTCS_DB");
    if (!env.isEmpty())
        return env;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("ttcs.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return Error{
            QCoreApplication::translate("ttcs::Database", "%1 is a folder, not a database file.")
                .arg(QDir::toNativeSeparators(path))};
    if (!exists && !options.create)
        return Error{QCoreApplication::translate("ttcs::Database",
                                                 "There is no database at %1. Create one with "
                                                 "\"ttcs-cli init\" or from the File menu.")
                         .arg(QDir::toNativeSeparators(path))};
    if (!exists && options.readOnly)
        return Error{QCoreApplication::translate("ttcs::Database", "There is no database at %1.")
                         .arg(QDir::toNativeSeparators(path))};
    if (exists) {
        const QString problem = checkHeader(path);
        if (!problem.isEmpty())
            return Error{problem};
    } else {
        const QDir dir = info.absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return Error{
                QCoreApplication::translate("ttcs::Database", "The folder %1 cannot be created.")
                    .arg(QDir::toNativeSeparators(dir.absolutePath()))};
    }

    auto result = openChecked(path, info, exists, options);
    if (!result.ok() && !exists) {
        // Leave nothing behind of a database that could not be set up.
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(info.absoluteFilePath() + QLatin1String(suffix));
    }
    return result;
}

Result<std::unique_ptr<Database>> Database::openChecked(const QString &path, const QFileInfo &info,
                                                        bool exists, const OpenOptions &options)
{
    std::unique_ptr<Database> self(new Database);
    self->m_path = info.absoluteFilePath();
    self->m_connectionName = nextConnectionName();
    self->m_created = !exists;

    if (options.readOnly) {
        self->m_readOnly = true;
        self->m_readOnlyReason = options.readOnlyReason.isEmpty()
                                     ? QCoreApplication::translate("ttcs::Database", "opened read-only")
                                     : options.readOnlyReason;
    } else if (exists && !info.isWritable()) {
        self->m_readOnly = true;
        self->m_readOnlyReason =
            QCoreApplication::translate("ttcs::Database", "the file is read-only");
    } else if (exists && !QFileInfo(info.absolutePath()).isWritable()) {
        // SQLite needs to create its journal next to the file.
        self->m_readOnly = true;
        self->m_readOnlyReason =
            QCoreApplication::translate("ttcs::Database", "its folder is read-only");
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
    db.setDatabaseName(self->m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
    if (self->m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return Error{describeSqlError(db.lastError(), path)};

    int version = 0;
    {
        SqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return Error{describeSqlError(q.raw().lastError(), path)};
        version = q.value(0).toInt();
    }
    const int current = currentSchemaVersion();
    if (version > current) {
        return Error{
            QCoreApplication::translate(
                "ttcs::Database",
                "The database %1 was written by a newer version of TTCS (schema %2; this version "
                "reads up to %3). Update TTCS to open it; nothing was changed.")
                .arg(QDir::toNativeSeparators(path))
                .arg(version)
                .arg(current)};
    }
    if (version > 0 || exists) {
        // A file with tables but no version is not ours.
        SqlQuery q(db);
        if (version == 0 && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) &&
            q.next() && q.value(0).toInt() > 0) {
            return Error{
                QCoreApplication::translate(
                    "ttcs::Database",
                    "The file %1 is an SQLite database of another program, not a TTCS database; "
                    "nothing was changed.")
                    .arg(QDir::toNativeSeparators(path))};
        }
    }
    if (self->m_readOnly && version < current) {
        return Error{
            QCoreApplication::translate(
                "ttcs::Database",
                "The database %1 must be upgraded before use, but %2. Nothing was changed.")
                .arg(QDir::toNativeSeparators(path), self->m_readOnlyReason)};
    }

    SqlQuery pragmas(db);
    if (!pragmas.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return Error{describeSqlError(pragmas.raw().lastError(), path)};
    if (!self->m_readOnly) {
        // WAL keeps readers and the writer apart and survives a crash
        // mid-write; synchronous=FULL makes a committed transaction survive
        // a power loss too, at a small cost per commit.
        if (!pragmas.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return Error{describeSqlError(pragmas.raw().lastError(), path)};
        if (!pragmas.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return Error{describeSqlError(pragmas.raw().lastError(), path)};
        // The journal is copied into the file by checkpointIfLarge(), on a
        // thread of its own, not by the commit that fills it: a large
        // import returns once its commit is safely on disk. The journal
        // file is cut back once it has been copied, so that its size says
        // how much is left to copy.
        if (!pragmas.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")) ||
            !pragmas.exec(QStringLiteral("PRAGMA journal_size_limit = 0")))
            return Error{describeSqlError(pragmas.raw().lastError(), path)};
        pragmas.raw().finish(); // both answer with a row: end the statement
    }

    if (version < current) {
        if (version > 0) {
            const QString stem =
                self->m_path +
                QStringLiteral(".v%1-%2")
                    .arg(version)
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            // A name of its own even when an upgrade that was cut short
            // made one the same second.
            QString backup = stem + QStringLiteral(".bak");
            for (int n = 2; QFileInfo::exists(backup); ++n)
                backup = stem + QStringLiteral("-%1.bak").arg(n);
            // Written under a temporary name, renamed when whole: a copy cut
            // short (the program killed mid-way) never passes for a copy.
            const QString part = backup + QStringLiteral(".part");
            QFile::remove(part);
            SqlQuery q(db);
            const bool copied = q.exec(QStringLiteral("VACUUM INTO ?"), {part});
            if (!copied || !QFile::rename(part, backup)) {
                QFile::remove(part);
                return Error{
                    QCoreApplication::translate(
                        "ttcs::Database",
                        "A copy of the database could not be made before upgrading it, so it was "
                        "not upgraded: %1")
                        .arg(copied ? QDir::toNativeSeparators(backup) : q.errorText())};
            }
            self->m_migrationBackup = backup;
            qCInfo(lcDb) << "copy before migration:" << backup;
        }
        const Status st = migrate(db, version);
        if (!st.ok())
            return Error{st.error()};
        if (version == 0 && options.loadDefaultData) {
            const Status seeded = self->transaction([&db] { return loadDefaultData(db); });
            if (!seeded.ok())
                return Error{QCoreApplication::translate("ttcs::Database",
                                                         "The default data could not be loaded: %1")
                                 .arg(seeded.error())};
        }
    }
    return self;
}

Database::~Database()
{
    waitForCheckpoint();
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_readOnly)
        return Error{QCoreApplication::translate(
                         "ttcs::Database", "The database is read-only (%1); nothing was changed.")
                         .arg(m_readOnlyReason)};
    QSqlDatabase db = connection();
    if (!db.transaction())
        return Error{describeSqlError(db.lastError(), m_path)};
    Status st = work();
    if (!st.ok()) {
        db.rollback();
        return st;
    }
    if (!db.commit()) {
        const QSqlError e = db.lastError();
        db.rollback();
        return Error{describeSqlError(e, m_path)};
    }
    checkpointIfLarge();
    return {};
}

// SQLite takes foreign_keys only outside a transaction. Both settings are
// the connection's: they are put back whatever the work did (outside a
// transaction that cannot fail, and the work's outcome stands either way).
//
// The page cache: with SQLite's 2 MiB, a large import spilled pages to the
// journal mid-transaction and wrote most of them four or five times over
// (100,000 people: 42,660 writes for a file of 4,478 pages; 13,510 with
// 64 MiB). It grows only as pages are used, and shrinks back after.
Status Database::bulkTransaction(const std::function<Status()> &work)
{
    SqlQuery pragma(connection());
    qint64 cacheSize = -2000; // SQLite's default, should asking fail
    if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
        cacheSize = pragma.raw().value(0).toLongLong();
    pragma.raw().finish();
    const auto putBack = [&] {
        if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
            !pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize)))
            qCWarning(lcDb) << "settings not put back after a bulk write:" << pragma.errorText();
    };
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF")) ||
        !pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"))) {
        const QSqlError error = pragma.raw().lastError();
        putBack();
        return Error{describeSqlError(error, m_path)};
    }
    const Status st = transaction(work);
    putBack();
    return st;
}

// The thread copying the journal into the file, if one was started.
struct Database::Checkpoint
{
    std::thread thread;
    std::atomic<bool> running{false};
};

void Database::waitForCheckpoint()
{
    if (m_checkpoint && m_checkpoint->thread.joinable())
        m_checkpoint->thread.join();
}

// What SQLite's own automatic checkpoint does after a commit that leaves
// more than 1,000 pages in the journal, but on a connection and a thread
// of its own: the commit is durable once the journal is synced, and the
// copy (as much again to write and sync for a large import) no longer
// holds up whoever committed. A checkpoint that readers cut short is taken
// up again after the next commit.
void Database::checkpointIfLarge()
{
    constexpr qint64 kLargeJournal = 4 * 1024 * 1024;
    if (QFileInfo(m_path + QStringLiteral("-wal")).size() < kLargeJournal)
        return;
    if (!m_checkpoint)
        m_checkpoint = std::make_unique<Checkpoint>();
    if (m_checkpoint->running)
        return; // one at a time: the one running copies what it can
    waitForCheckpoint();
    m_checkpoint->running = true;
    const QString name = m_connectionName + QStringLiteral("-checkpoint");
    m_checkpoint->thread = std::thread([path = m_path, name, &running = m_checkpoint->running] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                SqlQuery q(db);
                if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                    qCWarning(lcDb) << "checkpoint failed:" << q.errorText();
                db.close();
            } else {
                qCWarning(lcDb) << "checkpoint connection failed:" << db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        running = false;
    });
}

} // namespace ttcs::db
