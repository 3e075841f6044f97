#include "FaultSupport.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace ttcs::faults {

QString cliPath()
{
    return QStringLiteral(TTCS_CLI_PATH);
}

QString childPath()
{
    return QStringLiteral(TTCS_FAULT_CHILD_PATH);
}

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TTCS_DB"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

Run run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out or did not start: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool killAfter(QProcess &p, int delayMs)
{
    if (p.state() == QProcess::NotRunning || p.waitForFinished(std::max(delayMs, 1)))
        return false;
    p.kill();
    p.waitForFinished(30000);
    return true;
}

bool killAfter(QProcess &p, FaultLoop &loop, int delayMs)
{
    QElapsedTimer timer;
    timer.start();
    const bool killed = killAfter(p, delayMs);
    loop.ended(killed, timer.elapsed());
    return killed;
}

FaultLoop::FaultLoop(int minRounds)
    : m_budgetMs(1000 * qEnvironmentVariableIntValue("TTCS_FAULT_SECONDS"))
    , m_startMs(QDateTime::currentMSecsSinceEpoch())
    , m_minRounds(minRounds)
{
    if (m_budgetMs <= 0)
        m_budgetMs = 3000;
    bool given = false;
    m_seed = quint32(qEnvironmentVariableIntValue("TTCS_FAULT_SEED", &given));
    if (!given)
        m_seed = QRandomGenerator::global()->generate();
    m_random.seed(m_seed);
}

bool FaultLoop::more()
{
    const bool inTime = QDateTime::currentMSecsSinceEpoch() - m_startMs < m_budgetMs;
    if (m_rounds < m_minRounds || inTime || (m_killed == 0 && m_rounds < 4 * m_minRounds)) {
        ++m_rounds;
        return true;
    }
    return false;
}

void FaultLoop::ended(bool killed, qint64 ms)
{
    if (killed)
        ++m_killed;
    else
        m_spanMs = int(std::max<qint64>(1, ms * 9 / 10));
}

int FaultLoop::delay(int spanMs)
{
    if (m_spanMs > 0)
        spanMs = std::min(spanMs, m_spanMs);
    spanMs = std::max(spanMs, 1);
    if (m_random.bounded(2) == 0)
        return int(m_random.bounded(spanMs + 1));
    return spanMs - spanMs / 5 + int(m_random.bounded(spanMs / 5 + 1));
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256).toHex();
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

bool copyDatabase(const QString &from, const QString &to)
{
    removeDatabase(to);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("fault-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Runs `work` on a connection of its own to `path`.
template <typename Work> void withConnection(const QString &path, Work work)
{
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QString integrityCheck(const QString &path)
{
    QString result = QStringLiteral("cannot open");
    withConnection(path, [&result](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            result = q.lastError().text();
            return;
        }
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        result = lines.join(QLatin1Char('\n'));
    });
    return result;
}

int userVersion(const QString &path)
{
    int version = -1;
    withConnection(path, [&version](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            version = q.value(0).toInt();
    });
    return version;
}

QMap<QString, qint64> tableCounts(const QString &path)
{
    QMap<QString, qint64> counts;
    withConnection(path, [&counts](QSqlDatabase &db) {
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
            return;
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &name : names) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)) && q.next())
                counts.insert(name, q.value(0).toLongLong());
            else
                counts.insert(name, -1);
        }
    });
    return counts;
}

QStringList schema(const QString &path)
{
    QStringList objects;
    withConnection(path, [&objects](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master")))
            return;
        while (q.next())
            objects << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() +
                           QStringLiteral(": ") + q.value(2).toString();
    });
    objects.sort();
    return objects;
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

Unwritable::Unwritable(const QString &path) : m_path(path)
{
    if (!runningAsRoot()) {
        const QFileInfo info(path);
        QFile::Permissions p = QFile::ReadOwner;
        if (info.isDir())
            p |= QFile::ExeOwner;
        m_ok = QFile::setPermissions(path, p);
        m_why = QStringLiteral("permissions not changed");
        return;
    }
    const Run r = run(QStringLiteral("chattr"), {QStringLiteral("+i"), path}, 10000);
    m_immutable = r.exitCode == 0;
    m_ok = m_immutable && !QFileInfo(path).isWritable();
    if (!m_ok)
        m_why = QStringLiteral("running as root, and chattr +i failed: ") + r.err.trimmed();
}

Unwritable::~Unwritable()
{
    if (m_immutable)
        run(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path}, 10000);
    else if (!runningAsRoot())
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner |
                                          (QFileInfo(m_path).isDir() ? QFile::ExeOwner
                                                                     : QFile::Permissions()));
}

QStringList otherFiles(const QString &dir, const QStringList &keep)
{
    QStringList names =
        QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &k : keep)
        names.removeAll(k);
    return names;
}

} // namespace ttcs::faults
