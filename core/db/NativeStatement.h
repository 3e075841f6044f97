// A prepared statement run straight through SQLite's C API on the
// connection Qt opened, for the few writes of many thousands of rows where
// binding each value through QSqlQuery costs more than SQLite's insert.
//
// Only where Qt's SQLite driver uses the same SQLite library as this
// program (the system's, as on Debian, or vcpkg's DLL): the handle Qt gives
// is then this library's own. Elsewhere, or when the versions differ,
// isAvailable() is false and the caller keeps its QSqlQuery path.
#pragma once

#include <QString>

#include <functional>
#include <memory>

class QSqlDatabase;

namespace ttcs::db {

class NativeStatement
{
public:
    // Whether `connection` can be driven through the C API. False too
    // while the environment sets TTCS_SQLITE_QT_ONLY, which the tests use
    // to check the writes that other builds make through Qt.
    static bool isAvailable(const QSqlDatabase &connection);

    NativeStatement(const QSqlDatabase &connection, const QString &sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    // False when the statement could not be prepared; errorText() says why.
    bool isValid() const;

    // Values by position, from 1 as in SQLite. The UTF-8 text must stay
    // alive until step() has run: it is not copied.
    void bindNull(int at);
    void bindInt(int at, qint64 value);
    void bindUtf8(int at, const char *text, int size);
    // A text that ends in a NUL and holds none before it: SQLite then
    // knows it can read it as a C string where it is, which a CHECK or a
    // function on the value does; bound with its size, it is copied first.
    void bindUtf8Terminated(int at, const char *text);

    // Runs the statement once and makes it ready for the next values;
    // false on an error. lastInsertId() is the row it inserted.
    bool step();
    qint64 lastInsertId() const;
    QString errorText() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// While it lives, SQLite asks `keepGoing` every few thousand steps of the
// statements run on `connection`; when the answer is false, the statement
// under way stops and fails as interrupted. For the long statements that
// have no steps of their own to report on (VACUUM INTO). Where SQLite's
// interface is not available (see NativeStatement::isAvailable) it does
// nothing, and such statements run to their end.
class StatementWatch
{
public:
    StatementWatch(const QSqlDatabase &connection, std::function<bool()> keepGoing);
    ~StatementWatch();
    StatementWatch(const StatementWatch &) = delete;
    StatementWatch &operator=(const StatementWatch &) = delete;

    // Whether a statement was stopped because `keepGoing` said so.
    bool stopped() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ttcs::db
