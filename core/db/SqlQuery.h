// A QSqlQuery that binds positionally in one call and words its errors.
// Only db/ writes SQL; everything outside it goes through repositories.
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace ttcs::db {

class SqlQuery
{
public:
    explicit SqlQuery(const QSqlDatabase &db);

    bool exec(const QString &sql);
    // Prepares `sql`, binds `values` in order and runs it.
    bool exec(const QString &sql, std::initializer_list<QVariant> values);
    bool prepare(const QString &sql);
    void bind(const QVariant &value);
    bool exec();

    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    QString string(int i) const { return m_query.value(i).toString(); }
    qint64 id(int i) const { return m_query.value(i).toLongLong(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QString errorText() const;
    QSqlQuery &raw() { return m_query; }

private:
    QSqlQuery m_query;
};

// A value for a nullable column: NULL for 0 ids and empty or null dates.
QVariant nullableId(qint64 id);
QVariant nullableText(const QString &s);

// `s` with %, _ and \ escaped, for LIKE … ESCAPE '\'.
QString escapeLike(const QString &s);

} // namespace ttcs::db
