#include "db/SqlQuery.h"

#include <QSqlError>

namespace ttcs::db {

SqlQuery::SqlQuery(const QSqlDatabase &db)
    : m_query(db)
{
    m_query.setForwardOnly(true);
}

bool SqlQuery::exec(const QString &sql)
{
    return m_query.exec(sql);
}

namespace {

// Qt binds a null QString as SQL NULL; an empty text column wants ''.
QVariant sqlValue(const QVariant &v)
{
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QLatin1String(""));
    return v;
}

} // namespace

bool SqlQuery::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    if (!m_query.prepare(sql))
        return false;
    for (const QVariant &v : values)
        m_query.addBindValue(sqlValue(v));
    return m_query.exec();
}

bool SqlQuery::prepare(const QString &sql)
{
    return m_query.prepare(sql);
}

void SqlQuery::bind(const QVariant &value)
{
    m_query.addBindValue(sqlValue(value));
}

bool SqlQuery::exec()
{
    return m_query.exec();
}

QString SqlQuery::errorText() const
{
    const QSqlError e = m_query.lastError();
    QString text = e.databaseText();
    if (text.isEmpty())
        text = e.text();
    return text;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString escapeLike(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace ttcs::db
