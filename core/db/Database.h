// The one SQLite file that holds everything: opened with foreign keys, WAL
// and a busy timeout, migrated to the current schema (with a copy kept
// first), refused with a clear message when it is not ours to write.
#pragma once

#include "domain/Result.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace ttcs::db {

struct OpenOptions
{
    // Create the file when it does not exist (else a missing file is an error).
    bool create = false;
    // Load the default data (the Bắc Kạn 2023 plan) into a newly created file.
    bool loadDefaultData = true;
    // Open without ever writing, even when the file could be written.
    bool readOnly = false;
    // Why, for the user, when readOnly is set (e.g. another copy of the app
    // has the file open).
    QString readOnlyReason;
};

class Database final
{
public:
    // Opens (or creates) the database at `path`. On failure nothing was
    // written and the message says why, in the user's language.
    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options = {});

    // TTCS_DB when set, else ttcs.sqlite in the user's application-data folder.
    static QString defaultPath();

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the file is open read-only, empty when it is writable.
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    // Where the copy made before the last migration went, if one was made.
    const QString &backupBeforeMigration() const { return m_migrationBackup; }
    bool wasCreated() const { return m_created; }

    // Runs `work` in one transaction: committed when it succeeds, rolled
    // back when it fails.
    Status transaction(const std::function<Status()> &work);
    // The same for a bulk write whose rows the caller has checked against
    // the tables they refer to, in the same transaction: SQLite then does
    // not look up each row's parents (foreign keys are off while it runs),
    // and its page cache holds the whole write, written once at the end.
    Status bulkTransaction(const std::function<Status()> &work);

    // Waits for the copy of the journal into the file that a large commit
    // started in the background (see transaction()); for whatever reads
    // the file itself, such as a backup.
    void waitForCheckpoint();

private:
    Database() = default;
    static Result<std::unique_ptr<Database>> openChecked(const QString &path, const QFileInfo &info, bool exists,
                                                         const OpenOptions &options);
    void checkpointIfLarge();

    struct Checkpoint;
    std::unique_ptr<Checkpoint> m_checkpoint;
    QString m_connectionName;
    QString m_path;
    QString m_readOnlyReason;
    QString m_migrationBackup;
    bool m_readOnly = false;
    bool m_created = false;
};

} // namespace ttcs::db
