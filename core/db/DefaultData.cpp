#include "db/DefaultData.h"

#include "db/SqlQuery.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

namespace ttcs::db {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return text::clean(o.value(QLatin1String(key)).toString());
}

// Stores `o[key]` (an array of strings) as lines.
QString lines(const QJsonObject &o, const char *key)
{
    QStringList out;
    const QJsonArray arr = o.value(QLatin1String(key)).toArray();
    for (const QJsonValue &v : arr)
        out << text::clean(v.toString());
    return out.join(QLatin1Char('\n'));
}

// Keeps line breaks, cleans each line.
QString body(const QJsonObject &o, const char *key)
{
    QStringList out;
    const QStringList in = o.value(QLatin1String(key)).toString().split(QLatin1Char('\n'));
    for (const QString &l : in)
        out << text::clean(l);
    return out.join(QLatin1Char('\n'));
}

class SeedLoader
{
public:
    explicit SeedLoader(QSqlDatabase &db)
        : m_db(db)
    {}

    Status load(const QJsonObject &root)
    {
        Status st = loadProfile(root.value(QLatin1String("profile")).toObject());
        if (st.ok())
            st = loadUnits(root.value(QLatin1String("units")).toArray());
        if (st.ok())
            st = loadGroups(root.value(QLatin1String("groups")).toArray());
        if (st.ok())
            st = loadPlan(root.value(QLatin1String("plan")).toObject());
        if (st.ok())
            st = loadTasks(root.value(QLatin1String("tasks")).toArray());
        return st;
    }

private:
    Status fail(const SqlQuery &q) { return Error{q.errorText()}; }

    Status loadProfile(const QJsonObject &profile)
    {
        SqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"));
        for (auto it = profile.begin(); it != profile.end(); ++it) {
            q.bind(QString(QStringLiteral("profile/") + it.key()));
            q.bind(text::nfc(it.value().toString()));
            if (!q.exec())
                return fail(q);
        }
        return {};
    }

    Status loadUnits(const QJsonArray &units)
    {
        SqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO units(name, short_name, kind, seed_key, valid_from, "
                                 "valid_to) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QJsonValue &v : units) {
            const QJsonObject u = v.toObject();
            q.bind(str(u, "name"));
            q.bind(str(u, "short"));
            q.bind(str(u, "kind"));
            q.bind(str(u, "key"));
            q.bind(nullableText(str(u, "valid_from")));
            q.bind(nullableText(str(u, "valid_to")));
            if (!q.exec())
                return fail(q);
            m_units.insert(str(u, "key"), q.lastInsertId());
        }
        SqlQuery parent(m_db);
        parent.prepare(QStringLiteral("UPDATE units SET parent_id = ? WHERE id = ?"));
        for (const QJsonValue &v : units) {
            const QJsonObject u = v.toObject();
            const QString p = str(u, "parent");
            if (p.isEmpty())
                continue;
            if (!m_units.contains(p))
                return Error{QCoreApplication::translate(
                                 "ttcs::Database", "Default data: unknown parent unit \"%1\".")
                                 .arg(p)};
            parent.bind(m_units.value(p));
            parent.bind(m_units.value(str(u, "key")));
            if (!parent.exec())
                return fail(parent);
        }
        return {};
    }

    Status loadGroups(const QJsonArray &groups)
    {
        SqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO unit_groups(key, name, kinds) VALUES (?, ?, ?)"));
        for (const QJsonValue &v : groups) {
            const QJsonObject g = v.toObject();
            q.bind(str(g, "key"));
            q.bind(str(g, "name"));
            q.bind(lines(g, "kinds").replace(QLatin1Char('\n'), QLatin1Char(',')));
            if (!q.exec())
                return fail(q);
            m_groups.insert(str(g, "key"), q.lastInsertId());
        }
        return {};
    }

    Status loadPlan(const QJsonObject &plan)
    {
        const QJsonObject signer = plan.value(QLatin1String("signer")).toObject();
        SqlQuery q(m_db);
        if (!q.exec(
                QStringLiteral(
                    "INSERT INTO plans(number, symbol, issued, year, issuer, title, legal_bases, "
                    "preamble, signer_authority, signer_title, signer_name, recipients) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {str(plan, "number"), str(plan, "symbol"), str(plan, "date"),
                 plan.value(QLatin1String("year")).toInt(), str(plan, "issuer"), str(plan, "title"),
                 lines(plan, "legal_bases"), str(plan, "preamble"), body(signer, "authority"),
                 str(signer, "title"), str(signer, "name"), lines(plan, "recipients")}))
            return fail(q);
        m_planId = q.lastInsertId();

        SqlQuery s(m_db);
        s.prepare(QStringLiteral("INSERT INTO plan_sections(plan_id, key, heading, body, "
                                 "sort_order) VALUES (?, ?, ?, ?, ?)"));
        int order = 0;
        const QJsonArray sections = plan.value(QLatin1String("sections")).toArray();
        for (const QJsonValue &v : sections) {
            const QJsonObject o = v.toObject();
            s.bind(m_planId);
            s.bind(str(o, "key"));
            s.bind(str(o, "heading"));
            s.bind(body(o, "body"));
            s.bind(++order);
            if (!s.exec())
                return fail(s);
        }

        SqlQuery r(m_db);
        r.prepare(QStringLiteral(
            "INSERT INTO plan_responsibilities(plan_id, heading, body, unit_id, sort_order) "
            "VALUES (?, ?, ?, ?, ?)"));
        order = 0;
        const QJsonArray resp = plan.value(QLatin1String("responsibilities")).toArray();
        for (const QJsonValue &v : resp) {
            const QJsonObject o = v.toObject();
            const QJsonArray units = o.value(QLatin1String("units")).toArray();
            r.bind(m_planId);
            r.bind(str(o, "heading"));
            r.bind(body(o, "body"));
            r.bind(nullableId(units.isEmpty() ? 0 : m_units.value(units.first().toString())));
            r.bind(++order);
            if (!r.exec())
                return fail(r);
        }
        return {};
    }

    Status loadTasks(const QJsonArray &tasks)
    {
        SqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO tasks(plan_id, parent_id, number, title, content, "
                                 "frequency, time_frame, lead_text, "
                                 "coordinate_text, implement_text, sort_order) VALUES (?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?)"));
        SqlQuery role(m_db);
        role.prepare(QStringLiteral("INSERT INTO task_roles(task_id, role, unit_id, group_id, "
                                    "sort_order) VALUES (?, ?, ?, ?, ?)"));
        QHash<QString, qint64> byNumber;
        int order = 0;
        for (const QJsonValue &v : tasks) {
            const QJsonObject t = v.toObject();
            const QString number = str(t, "number");
            const qsizetype dot = number.lastIndexOf(QLatin1Char('.'));
            const QString parentNumber = dot > 0 ? number.left(dot) : QString();
            if (!parentNumber.isEmpty() && !byNumber.contains(parentNumber))
                return Error{QCoreApplication::translate(
                                 "ttcs::Database", "Default data: task %1 comes before its parent.")
                                 .arg(number)};
            const QString title = str(t, "title");
            QString content = str(t, "content");
            if (content.isEmpty())
                content = title;
            q.bind(m_planId);
            q.bind(nullableId(byNumber.value(parentNumber)));
            q.bind(number);
            q.bind(title);
            q.bind(content);
            q.bind(nullableText(str(t, "frequency")));
            q.bind(str(t, "time_frame"));
            q.bind(str(t, "lead_text"));
            q.bind(str(t, "coordinate_text"));
            q.bind(str(t, "implement_text"));
            q.bind(++order);
            if (!q.exec())
                return fail(q);
            const qint64 taskId = q.lastInsertId();
            byNumber.insert(number, taskId);

            int roleOrder = 0;
            for (const char *kind : {"lead", "coordinate", "implement"}) {
                const QJsonArray refs = t.value(QLatin1String(kind)).toArray();
                for (const QJsonValue &ref : refs) {
                    const QString key = ref.toString();
                    qint64 unitId = 0;
                    qint64 groupId = 0;
                    if (key.startsWith(QLatin1String("group:")))
                        groupId = m_groups.value(key.mid(6));
                    else
                        unitId = m_units.value(key);
                    if (unitId == 0 && groupId == 0)
                        return Error{QCoreApplication::translate(
                                         "ttcs::Database",
                                         "Default data: task %1 names an unknown unit \"%2\".")
                                         .arg(number, key)};
                    role.bind(taskId);
                    role.bind(QLatin1String(kind));
                    role.bind(nullableId(unitId));
                    role.bind(nullableId(groupId));
                    role.bind(++roleOrder);
                    if (!role.exec())
                        return fail(role);
                }
            }
        }
        return {};
    }

    QSqlDatabase &m_db;
    QHash<QString, qint64> m_units;
    QHash<QString, qint64> m_groups;
    qint64 m_planId = 0;
};

} // namespace

Status loadSeed(QSqlDatabase &db, const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        return Error{
            QCoreApplication::translate("ttcs::Database", "Default data is not valid JSON: %1")
                .arg(err.errorString())};
    return SeedLoader(db).load(doc.object());
}

Status loadDefaultData(QSqlDatabase &db)
{
    QFile f(QStringLiteral(":/seed/bac-kan-2023.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ttcs::Database",
                                                 "The default data is missing from this build.")};
    return loadSeed(db, f.readAll());
}

} // namespace ttcs::db
