// Helpers for the fault tests: running ttcs-cli and ttcs-fault-child as
// processes, killing them at a random moment, and looking at a database
// file from outside (integrity, version, rows per table).
#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace ttcs::faults {

QString cliPath();
QString childPath();

// The environment of a child: English messages, no TTCS_DB.
QProcessEnvironment childEnvironment();

struct Run
{
    int exitCode = -1; // -1 when the process did not end normally
    QByteArray out;
    QString err;
};

// Runs `program` to its end (at most `timeoutMs`).
Run run(const QString &program, const QStringList &args, int timeoutMs = 120000);
inline Run cli(const QStringList &args, int timeoutMs = 120000)
{
    return run(cliPath(), args, timeoutMs);
}

// Waits `delayMs` for `p` to end; kills it (SIGKILL on Unix) when it has
// not. True when it was killed.
bool killAfter(QProcess &p, int delayMs);
class FaultLoop;
// The same, telling `loop` how the round went (the time counted from now):
// for work whose end cannot be seen from outside, a kill counts as a kill
// before the end.
bool killAfter(QProcess &p, FaultLoop &loop, int delayMs);

// How long a fault loop runs: TTCS_FAULT_SECONDS (default 3) and the seed
// TTCS_FAULT_SEED (default random; printed when a check fails). It runs
// at least `minRounds` rounds, and goes on past its time (up to four times
// the minimum) while no round has been killed before its end yet.
class FaultLoop
{
public:
    explicit FaultLoop(int minRounds = 3);
    // True while there is time left, or fewer than the minimum rounds ran.
    bool more();
    int rounds() const { return m_rounds; }
    quint32 seed() const { return m_seed; }
    QRandomGenerator &random() { return m_random; }
    // A delay in [0, spanMs], half of the time in its last fifth, where
    // the commit or the rename happens. `spanMs` is the length of a run
    // measured once; on a loaded machine runs vary, so after a round that
    // ended before its kill the span shrinks to what that round took.
    int delay(int spanMs);
    // Tells how the round went: killed before the work was done, or done
    // within `ms` (ended by itself, or killed after its commit, which a
    // test sees in the data).
    void ended(bool killedBeforeEnd, qint64 ms);
    int killed() const { return m_killed; }

private:
    qint64 m_budgetMs;
    qint64 m_startMs;
    int m_minRounds;
    int m_rounds = 0;
    int m_killed = 0;
    int m_spanMs = -1; // the span learnt from rounds that were not killed
    quint32 m_seed;
    QRandomGenerator m_random;
};

QByteArray readBytes(const QString &path);
bool writeBytes(const QString &path, const QByteArray &bytes);
QByteArray sha256(const QString &path);

// Removes a database file and its journals.
void removeDatabase(const QString &path);
bool copyDatabase(const QString &from, const QString &to);

// Opens the file with a connection of its own (which recovers a WAL left
// by a killed process, as any later open does).
QString integrityCheck(const QString &path);
int userVersion(const QString &path);
// Rows per table, for every table of the schema.
QMap<QString, qint64> tableCounts(const QString &path);
// The schema as SQLite keeps it: "type name: sql" per object, sorted.
QStringList schema(const QString &path);

// True when the tests run as root, for whom file permissions do not hold.
bool runningAsRoot();

// Makes a file or a folder unwritable for the object's life: its write
// permissions taken away, or, for root (whom permissions do not stop), the
// immutable attribute set (chattr +i, which needs a file system that has
// it). `ok()` is false when neither can be done here.
class Unwritable
{
public:
    explicit Unwritable(const QString &path);
    ~Unwritable();
    Unwritable(const Unwritable &) = delete;
    Unwritable &operator=(const Unwritable &) = delete;
    bool ok() const { return m_ok; }
    QString why() const { return m_why; }

private:
    QString m_path;
    bool m_ok = false;
    bool m_immutable = false;
    QString m_why;
};

// Files in `dir` other than `keep`.
QStringList otherFiles(const QString &dir, const QStringList &keep);

} // namespace ttcs::faults
