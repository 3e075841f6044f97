#include "db/Migrations.h"

#include "db/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <functional>

namespace ttcs::db {

namespace {

Status runScript(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        SqlQuery q(db);
        if (!q.exec(sql))
            return Error{q.errorText()};
    }
    return {};
}

// Version 1: the whole first schema.
Status migrateTo1(QSqlDatabase &db)
{
    return runScript(db, {
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            short_name TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('department','district','commune','press','party','police','ministry','other')),
            parent_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
            valid_from TEXT,
            valid_to TEXT,
            successor_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            seed_key TEXT UNIQUE,
            CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)))"),
        QStringLiteral("CREATE INDEX units_parent ON units(parent_id)"),
        QStringLiteral("CREATE INDEX units_kind ON units(kind)"),
        QStringLiteral(R"(CREATE TABLE unit_groups (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kinds TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE unit_group_members (
            group_id INTEGER NOT NULL REFERENCES unit_groups(id) ON DELETE CASCADE,
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            PRIMARY KEY (group_id, unit_id)))"),
        QStringLiteral(R"(CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL DEFAULT '',
            symbol TEXT NOT NULL DEFAULT '',
            issued TEXT NOT NULL DEFAULT '',
            year INTEGER NOT NULL,
            issuer TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            legal_bases TEXT NOT NULL DEFAULT '',
            preamble TEXT NOT NULL DEFAULT '',
            signer_authority TEXT NOT NULL DEFAULT '',
            signer_title TEXT NOT NULL DEFAULT '',
            signer_name TEXT NOT NULL DEFAULT '',
            recipients TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE plan_sections (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            heading TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL,
            UNIQUE (plan_id, key)))"),
        QStringLiteral(R"(CREATE TABLE plan_responsibilities (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            heading TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            sort_order INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE,
            number TEXT NOT NULL,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            content TEXT NOT NULL DEFAULT '',
            frequency TEXT CHECK (frequency IN ('regular','annual','on_request','once')),
            time_frame TEXT NOT NULL DEFAULT '',
            lead_text TEXT NOT NULL DEFAULT '',
            coordinate_text TEXT NOT NULL DEFAULT '',
            implement_text TEXT NOT NULL DEFAULT '',
            sort_order INTEGER NOT NULL,
            UNIQUE (plan_id, number)))"),
        QStringLiteral("CREATE INDEX tasks_parent ON tasks(parent_id)"),
        QStringLiteral(R"(CREATE TABLE task_roles (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('lead','coordinate','implement')),
            unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
            group_id INTEGER REFERENCES unit_groups(id) ON DELETE RESTRICT,
            sort_order INTEGER NOT NULL DEFAULT 0,
            CHECK ((unit_id IS NULL) <> (group_id IS NULL))))"),
        QStringLiteral("CREATE INDEX task_roles_task ON task_roles(task_id)"),
        QStringLiteral(R"(CREATE TABLE task_years (
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            deadline TEXT,
            target TEXT NOT NULL DEFAULT '',
            expected_output TEXT NOT NULL DEFAULT '',
            budget INTEGER,
            PRIMARY KEY (task_id, year)))"),
        QStringLiteral(R"(CREATE TABLE progress (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
            year INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('not_started','in_progress','done','not_applicable')),
            result TEXT NOT NULL DEFAULT '',
            figures TEXT NOT NULL DEFAULT '{}',
            completed_on TEXT,
            reported_on TEXT,
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
            UNIQUE (task_id, unit_id, year)))"),
        QStringLiteral("CREATE INDEX progress_year_status ON progress(year, status)"),
        QStringLiteral("CREATE INDEX progress_unit ON progress(unit_id, year)"),
        QStringLiteral(R"(CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            sheet TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
            list_date TEXT,
            summary TEXT NOT NULL DEFAULT '{}',
            undone_at TEXT))"),
        QStringLiteral(R"(CREATE TABLE rejected_rows (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
            sheet TEXT NOT NULL DEFAULT '',
            row_number INTEGER NOT NULL,
            reason TEXT NOT NULL,
            cells TEXT NOT NULL DEFAULT '[]'))"),
        QStringLiteral(R"(CREATE TABLE spokespersons (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
            unit_text TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            position TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            serving_from TEXT,
            serving_to TEXT,
            batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
            source_sheet TEXT NOT NULL DEFAULT '',
            source_row INTEGER))"),
        QStringLiteral("CREATE INDEX spokespersons_unit ON spokespersons(unit_id)"),
        QStringLiteral("CREATE INDEX spokespersons_batch ON spokespersons(batch_id)"),
        QStringLiteral(R"(CREATE TABLE training_classes (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            title TEXT NOT NULL,
            start_date TEXT,
            end_date TEXT,
            place TEXT NOT NULL DEFAULT '',
            organiser_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            planned_size INTEGER))"),
        QStringLiteral("CREATE INDEX training_classes_year ON training_classes(year)"),
        QStringLiteral(R"(CREATE TABLE trainees (
            id INTEGER PRIMARY KEY,
            class_id INTEGER NOT NULL REFERENCES training_classes(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            unit_text TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL CHECK (category IN ('reporter','editor','collaborator','portal_editor','culture_official','district_centre','other')),
            completed INTEGER NOT NULL DEFAULT 0,
            batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL))"),
        QStringLiteral("CREATE INDEX trainees_class ON trainees(class_id)"),
        QStringLiteral(R"(CREATE TABLE media_items (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            outlet TEXT NOT NULL DEFAULT '',
            platform TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            link TEXT NOT NULL DEFAULT '',
            topic TEXT NOT NULL DEFAULT '',
            sentiment TEXT NOT NULL CHECK (sentiment IN ('positive','neutral','negative')),
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            action_taken TEXT NOT NULL DEFAULT '',
            false_information INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX media_items_date ON media_items(date)"),
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
            who TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            detail TEXT NOT NULL DEFAULT ''))"),
    });
}

// Version 2: following the plan through the year. A task's year may be
// left out of the year's plan and may name its own units; a unit records
// why it ended; progress and media items remember their import batch; a
// year's implementation plan is recorded when it is started.
Status migrateTo2(QSqlDatabase &db)
{
    return runScript(
        db,
        {
            QStringLiteral("ALTER TABLE task_years ADD COLUMN planned INTEGER NOT NULL DEFAULT 1 "
                           "CHECK (planned IN (0, 1))"),
            QStringLiteral("ALTER TABLE task_years ADD COLUMN own_roles INTEGER NOT NULL DEFAULT 0 "
                           "CHECK (own_roles IN (0, 1))"),
            QStringLiteral(R"(CREATE TABLE task_year_roles (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL,
            year INTEGER NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('lead','coordinate','implement')),
            unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
            group_id INTEGER REFERENCES unit_groups(id) ON DELETE RESTRICT,
            sort_order INTEGER NOT NULL DEFAULT 0,
            CHECK ((unit_id IS NULL) <> (group_id IS NULL)),
            FOREIGN KEY (task_id, year) REFERENCES task_years(task_id, year) ON DELETE CASCADE))"),
            QStringLiteral("CREATE INDEX task_year_roles_task ON task_year_roles(task_id, year)"),
            QStringLiteral("CREATE INDEX task_years_year ON task_years(year)"),
            QStringLiteral(R"(CREATE TABLE plan_years (
            year INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            from_year INTEGER,
            started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))))"),
            QStringLiteral("ALTER TABLE units ADD COLUMN end_reason TEXT "
                           "CHECK (end_reason IN ('renamed','merged','dissolved'))"),
            QStringLiteral("ALTER TABLE progress ADD COLUMN batch_id INTEGER "
                           "REFERENCES import_batches(id) ON DELETE SET NULL"),
            QStringLiteral("CREATE INDEX progress_batch ON progress(batch_id)"),
            QStringLiteral("ALTER TABLE media_items ADD COLUMN batch_id INTEGER "
                           "REFERENCES import_batches(id) ON DELETE SET NULL"),
            QStringLiteral("CREATE INDEX media_items_batch ON media_items(batch_id)"),
        });
}

// Version 3: a cheaper spokespersons table to write. Its name check
// called two SQL functions on every row; the new one, the same test, calls
// none for a name that starts with a printable character. No query looks
// people up by their import batch (undoing a batch reads the ids it
// recorded), so that index goes. Together they were about a third of
// SQLite's work for each imported row.
Status migrateTo3(QSqlDatabase &db)
{
    return runScript(db, {
        QStringLiteral(R"(CREATE TABLE spokespersons_new (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
            unit_text TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL CHECK (name >= '!' OR trim(name) <> ''),
            position TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            serving_from TEXT,
            serving_to TEXT,
            batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
            source_sheet TEXT NOT NULL DEFAULT '',
            source_row INTEGER))"),
        QStringLiteral("INSERT INTO spokespersons_new(id, unit_id, unit_text, name, position, phone, "
                       "email, decision, notes, serving_from, serving_to, batch_id, source_sheet, "
                       "source_row) SELECT id, unit_id, unit_text, name, position, phone, email, "
                       "decision, notes, serving_from, serving_to, batch_id, source_sheet, "
                       "source_row FROM spokespersons"),
        QStringLiteral("DROP TABLE spokespersons"),
        QStringLiteral("ALTER TABLE spokespersons_new RENAME TO spokespersons"),
        QStringLiteral("CREATE INDEX spokespersons_unit ON spokespersons(unit_id)"),
    });
}

using Migration = std::function<Status(QSqlDatabase &)>;

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {migrateTo1, migrateTo2, migrateTo3};
    return steps;
}

} // namespace

int currentSchemaVersion()
{
    return int(migrations().size());
}

Status migrate(QSqlDatabase &db, int fromVersion)
{
    const auto &steps = migrations();
    for (int v = fromVersion; v < steps.size(); ++v) {
        if (!db.transaction())
            return Error{db.lastError().text()};
        Status st = steps.at(v)(db);
        if (st.ok()) {
            SqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)))
                st = Error{q.errorText()};
        }
        if (!st.ok()) {
            db.rollback();
            return Error{QCoreApplication::translate("ttcs::Database",
                                                     "Upgrading the database to version %1 failed: %2")
                             .arg(v + 1)
                             .arg(st.error())};
        }
        if (!db.commit()) {
            const QString why = db.lastError().text();
            db.rollback();
            return Error{why};
        }
    }
    return {};
}

} // namespace ttcs::db
