#include "db/NativeStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#ifdef TTCS_HAVE_SQLITE3
#include <sqlite3.h>
#endif

#include <cstring>

namespace ttcs::db {

#ifdef TTCS_HAVE_SQLITE3

namespace {

sqlite3 *handleOf(const QSqlDatabase &connection)
{
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant v = connection.driver()->handle();
    if (!v.isValid() || std::strcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// Whether the driver's SQLite is the one this program links: the build
// enables this only where Qt's driver uses the shared system library
// (TTCS_SQLITE_C_API in CMake), and the version and source the connection
// reports must then be this library's own, so a driver built against
// another SQLite is never driven through this one.
bool sameLibrary(const QSqlDatabase &connection)
{
    static const bool same = [&connection] {
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !q.next())
            return false;
        return q.value(0).toString() == QLatin1String(sqlite3_libversion()) &&
               q.value(1).toString() == QLatin1String(sqlite3_sourceid());
    }();
    return same;
}

} // namespace

struct NativeStatement::Private
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    QString error;
};

bool NativeStatement::isAvailable(const QSqlDatabase &connection)
{
    return !qEnvironmentVariableIsSet("TTCS_SQLITE_QT_ONLY") && handleOf(connection) != nullptr &&
           sameLibrary(connection);
}

NativeStatement::NativeStatement(const QSqlDatabase &connection, const QString &sql)
    : d(std::make_unique<Private>())
{
    d->db = isAvailable(connection) ? handleOf(connection) : nullptr;
    if (!d->db) {
        d->error = QStringLiteral("SQLite's interface is not available on this connection");
        return;
    }
    if (sqlite3_prepare16_v3(d->db, sql.utf16(), int(sql.size() * 2), SQLITE_PREPARE_PERSISTENT,
                             &d->statement, nullptr) != SQLITE_OK) {
        d->error = QString::fromUtf8(sqlite3_errmsg(d->db));
        d->statement = nullptr;
    }
}

NativeStatement::~NativeStatement()
{
    if (d->statement)
        sqlite3_finalize(d->statement);
}

bool NativeStatement::isValid() const
{
    return d->statement != nullptr;
}

void NativeStatement::bindNull(int at)
{
    sqlite3_bind_null(d->statement, at);
}

void NativeStatement::bindInt(int at, qint64 value)
{
    sqlite3_bind_int64(d->statement, at, value);
}

void NativeStatement::bindUtf8(int at, const char *text, int size)
{
    sqlite3_bind_text(d->statement, at, text, size, SQLITE_STATIC);
}

void NativeStatement::bindUtf8Terminated(int at, const char *text)
{
    sqlite3_bind_text(d->statement, at, text, -1, SQLITE_STATIC);
}

bool NativeStatement::step()
{
    const int rc = sqlite3_step(d->statement);
    sqlite3_reset(d->statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        d->error = QString::fromUtf8(sqlite3_errmsg(d->db));
        return false;
    }
    return true;
}

qint64 NativeStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(d->db);
}

QString NativeStatement::errorText() const
{
    return d->error;
}

struct StatementWatch::Private
{
    sqlite3 *db = nullptr;
    std::function<bool()> keepGoing;
    bool stopped = false;

    static int ask(void *self)
    {
        auto *p = static_cast<Private *>(self);
        if (!p->stopped && !p->keepGoing())
            p->stopped = true;
        return p->stopped ? 1 : 0;
    }
};

StatementWatch::StatementWatch(const QSqlDatabase &connection, std::function<bool()> keepGoing)
    : d(std::make_unique<Private>())
{
    d->db = NativeStatement::isAvailable(connection) ? handleOf(connection) : nullptr;
    d->keepGoing = std::move(keepGoing);
    // About a millisecond of work between questions.
    constexpr int kSteps = 10'000;
    if (d->db && d->keepGoing)
        sqlite3_progress_handler(d->db, kSteps, &Private::ask, d.get());
}

StatementWatch::~StatementWatch()
{
    if (d->db)
        sqlite3_progress_handler(d->db, 0, nullptr, nullptr);
}

bool StatementWatch::stopped() const
{
    return d->stopped;
}

#else // Without SQLite's headers: never available, and the caller keeps Qt.

struct NativeStatement::Private
{
};

bool NativeStatement::isAvailable(const QSqlDatabase &)
{
    return false;
}

NativeStatement::NativeStatement(const QSqlDatabase &, const QString &)
    : d(std::make_unique<Private>())
{
}

NativeStatement::~NativeStatement() = default;
bool NativeStatement::isValid() const { return false; }
void NativeStatement::bindNull(int) {}
void NativeStatement::bindInt(int, qint64) {}
void NativeStatement::bindUtf8(int, const char *, int) {}
void NativeStatement::bindUtf8Terminated(int, const char *) {}
bool NativeStatement::step() { return false; }
qint64 NativeStatement::lastInsertId() const { return 0; }
QString NativeStatement::errorText() const
{
    return QStringLiteral("SQLite's interface is not available in this build");
}

struct StatementWatch::Private
{
};

StatementWatch::StatementWatch(const QSqlDatabase &, std::function<bool()>)
    : d(std::make_unique<Private>())
{
}

StatementWatch::~StatementWatch() = default;
bool StatementWatch::stopped() const { return false; }

#endif

} // namespace ttcs::db
