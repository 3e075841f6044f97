#include "ProgressFixture.h"

#include <catch2/catch.hpp>

#include <QSqlError>

namespace ttcs::test {

namespace {

QSqlQuery run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> binds)
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec());
    return q;
}

} // namespace

ProgressFixture::ProgressFixture()
{
    REQUIRE(m_dir.isValid());
    db::OpenOptions options;
    options.create = true;
    auto opened = db::Database::open(m_dir.filePath(QStringLiteral("progress.sqlite")), options);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    m_db = std::move(opened).value();
}

QVariant ProgressFixture::scalar(const QString &sql, std::initializer_list<QVariant> binds)
{
    QSqlQuery q = run(m_db->connection(), sql, binds);
    INFO(sql.toStdString());
    REQUIRE(q.next());
    return q.value(0);
}

qint64 ProgressFixture::count(const QString &sql, std::initializer_list<QVariant> binds)
{
    return scalar(sql, binds).toLongLong();
}

void ProgressFixture::exec(const QString &sql, std::initializer_list<QVariant> binds)
{
    run(m_db->connection(), sql, binds);
}

qint64 ProgressFixture::task(const char *number)
{
    const qint64 id =
        count(QStringLiteral("SELECT id FROM tasks WHERE number = ?"), {QString::fromUtf8(number)});
    REQUIRE(id > 0);
    return id;
}

qint64 ProgressFixture::unit(const char *seedKey)
{
    const qint64 id = count(QStringLiteral("SELECT id FROM units WHERE seed_key = ?"),
                            {QString::fromUtf8(seedKey)});
    REQUIRE(id > 0);
    return id;
}

qint64 ProgressFixture::unitNamed(const QString &name)
{
    const qint64 id = count(QStringLiteral("SELECT id FROM units WHERE name = ?"), {name});
    REQUIRE(id > 0);
    return id;
}

qint64 ProgressFixture::addUnit(const QString &name, const char *kind, qint64 parentId)
{
    QSqlQuery q =
        run(m_db->connection(),
            QStringLiteral("INSERT INTO units(name, kind, parent_id) VALUES (?, ?, ?)"),
            {name, QString::fromLatin1(kind),
             parentId > 0 ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong))});
    return q.lastInsertId().toLongLong();
}

} // namespace ttcs::test
