#include "db/SpokespersonRepository.h"

#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/SqlQuery.h"

#include <QCoreApplication>
#include <QStringEncoder>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstring>
#include <future>
#include <map>
#include <memory>

namespace ttcs::db {

SpokespersonRepository::SpokespersonRepository(Database &db)
    : m_db(db)
{
}

Result<QList<Spokesperson>> SpokespersonRepository::servingOn(const QDate &date) const
{
    QString sql = QStringLiteral(
        "SELECT s.id, s.unit_id, coalesce(u.name, s.unit_text), s.name, s.position, s.phone, s.email, "
        "s.decision, s.serving_from, s.serving_to, s.batch_id FROM spokespersons s "
        "LEFT JOIN units u ON u.id = s.unit_id");
    SqlQuery q(m_db.connection());
    bool ok = false;
    if (date.isValid()) {
        sql += QStringLiteral(" WHERE (s.serving_from IS NULL OR s.serving_from <= ?) "
                              "AND (s.serving_to IS NULL OR s.serving_to >= ?)");
        const QString d = date.toString(Qt::ISODate);
        ok = q.exec(sql, {d, d});
    } else {
        ok = q.exec(sql);
    }
    if (!ok)
        return Error{q.errorText()};
    QList<Spokesperson> out;
    while (q.next()) {
        Spokesperson s;
        s.id = q.id(0);
        s.unitId = q.id(1);
        s.unitName = q.string(2);
        s.name = q.string(3);
        s.position = q.string(4);
        s.phone = q.string(5);
        s.email = q.string(6);
        s.decision = q.string(7);
        s.servingFrom = QDate::fromString(q.string(8), Qt::ISODate);
        s.servingTo = QDate::fromString(q.string(9), Qt::ISODate);
        s.batchId = q.id(10);
        out << s;
    }
    return out;
}

namespace {

const QString kRecordColumns = QStringLiteral(
    "id, unit_id, unit_text, name, position, phone, email, decision, notes, serving_from, "
    "serving_to, batch_id, source_sheet, source_row");

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

SpokespersonRecord readRecord(const SqlQuery &q)
{
    SpokespersonRecord r;
    r.person.id = q.id(0);
    r.person.unitId = q.id(1);
    r.unitText = q.string(2);
    r.person.name = q.string(3);
    r.person.position = q.string(4);
    r.person.phone = q.string(5);
    r.person.email = q.string(6);
    r.person.decision = q.string(7);
    r.notes = q.string(8);
    r.person.servingFrom = QDate::fromString(q.string(9), Qt::ISODate);
    r.person.servingTo = QDate::fromString(q.string(10), Qt::ISODate);
    r.person.batchId = q.id(11);
    r.sourceSheet = q.string(12);
    r.sourceRow = q.value(13).toInt();
    r.person.unitName = r.unitText;
    return r;
}

// Binds the stored fields of `r` at positions 0 to 12, in the order of
// kRecordColumns after the id.
void bindRecord(QSqlQuery &q, const SpokespersonRecord &r)
{
    q.bindValue(0, nullableId(r.person.unitId));
    q.bindValue(1, textValue(r.unitText));
    q.bindValue(2, textValue(r.person.name));
    q.bindValue(3, textValue(r.person.position));
    q.bindValue(4, textValue(r.person.phone));
    q.bindValue(5, textValue(r.person.email));
    q.bindValue(6, textValue(r.person.decision));
    q.bindValue(7, textValue(r.notes));
    q.bindValue(8, dateValue(r.person.servingFrom));
    q.bindValue(9, dateValue(r.person.servingTo));
    q.bindValue(10, nullableId(r.person.batchId));
    q.bindValue(11, textValue(r.sourceSheet));
    q.bindValue(12, r.sourceRow > 0 ? QVariant(r.sourceRow) : QVariant(QMetaType(QMetaType::Int)));
}

// The nine values of a row that are its own, from position `at` on.
void bindOwnValues(QSqlQuery &q, const SpokespersonRecord &r, int &at)
{
    static const QVariant noId = nullableId(0);
    static const QVariant noRow{QMetaType(QMetaType::Int)};
    q.bindValue(at++, r.person.unitId > 0 ? QVariant(r.person.unitId) : noId);
    q.bindValue(at++, textValue(r.unitText));
    q.bindValue(at++, textValue(r.person.name));
    q.bindValue(at++, textValue(r.person.position));
    q.bindValue(at++, textValue(r.person.phone));
    q.bindValue(at++, textValue(r.person.email));
    q.bindValue(at++, textValue(r.person.decision));
    q.bindValue(at++, textValue(r.notes));
    q.bindValue(at++, r.sourceRow > 0 ? QVariant(r.sourceRow) : noRow);
}

QString idList(const std::vector<qint64> &ids, std::size_t from, std::size_t count)
{
    QStringList parts;
    parts.reserve(qsizetype(count));
    for (std::size_t i = from; i < from + count; ++i)
        parts << QString::number(ids[i]);
    return parts.join(QLatin1Char(','));
}

// Ids go into the SQL text in chunks: they are numbers, never user text.
constexpr std::size_t kIdChunk = 500;

// Rows per INSERT when many rows share their batch, sheet and dates.
constexpr int kRowsPerInsert = 256;

// Rows per INSERT through SQLite's C API (13 values each, within SQLite's
// limit of bound values).
constexpr int kNativeRowsPerInsert = 64;
// Rows converted to UTF-8 in one go while SQLite inserts the block before.
constexpr std::size_t kBlockRows = 32 * std::size_t(kNativeRowsPerInsert);

const QString kInsertColumns = QStringLiteral(
    "INSERT INTO spokespersons(unit_id, unit_text, name, position, phone, email, decision, notes, "
    "source_row, batch_id, source_sheet, serving_from, serving_to) ");

// "INSERT … SELECT json_extract(v.column1, '$[0]'), … FROM (VALUES (?), …)
// v, (SELECT ? …) c" for `rows` rows: each row is one bound JSON array of
// its own nine values (SQLite parses it once for the nine), the values the
// rows share are bound once.
QString multiRowInsert(int rows)
{
    QString sql = kInsertColumns + QStringLiteral("SELECT ");
    for (int i = 0; i < 9; ++i)
        sql += QStringLiteral("json_extract(v.column1, '$[%1]'), ").arg(i);
    sql += QStringLiteral("c.batch, c.sheet, c.since, NULL FROM (VALUES ");
    for (int i = 0; i < rows; ++i)
        sql += i > 0 ? QLatin1String(",(?)") : QLatin1String("(?)");
    sql += QStringLiteral(") AS v, (SELECT ? AS batch, ? AS sheet, ? AS since) AS c");
    return sql;
}

void appendJsonString(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    const auto plain = [](QChar c) {
        return c.unicode() >= 0x20 && c != QLatin1Char('"') && c != QLatin1Char('\\');
    };
    if (std::all_of(s.begin(), s.end(), plain)) {
        out += s; // nearly every text: copied whole
    } else {
        for (const QChar c : s) {
            if (plain(c)) {
                out += c;
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
                out += QLatin1Char('\\');
                out += c;
            } else {
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            }
        }
    }
    out += QLatin1Char('"');
}

// [unit_id, unit_text, name, position, phone, email, decision, notes,
// source_row] of a row, for multiRowInsert.
QString ownValuesAsJson(const SpokespersonRecord &r)
{
    QString out;
    out.reserve(16 + r.unitText.size() + r.person.name.size() + r.person.position.size() +
                r.person.phone.size() + r.person.email.size() + r.person.decision.size() +
                r.notes.size() + 40);
    out += QLatin1Char('[');
    if (r.person.unitId > 0)
        out += QString::number(r.person.unitId);
    else
        out += QLatin1String("null");
    for (const QString *text : {&r.unitText, &r.person.name, &r.person.position, &r.person.phone,
                                &r.person.email, &r.person.decision, &r.notes}) {
        out += QLatin1Char(',');
        appendJsonString(out, *text);
    }
    out += QLatin1Char(',');
    if (r.sourceRow > 0)
        out += QString::number(r.sourceRow);
    else
        out += QLatin1String("null");
    out += QLatin1Char(']');
    return out;
}

} // namespace

Result<std::vector<SpokespersonRecord>>
SpokespersonRepository::notEndedBefore(const QDate &date) const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT ") + kRecordColumns +
                QStringLiteral(" FROM spokespersons WHERE serving_to IS NULL OR serving_to >= ? "
                               "ORDER BY id"),
            {date.toString(Qt::ISODate)}))
        return Error{q.errorText()};
    std::vector<SpokespersonRecord> out;
    while (q.next())
        out.push_back(readRecord(q));
    return out;
}

Result<SpokespersonRecord> SpokespersonRepository::record(qint64 id) const
{
    SqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT ") + kRecordColumns +
                    QStringLiteral(" FROM spokespersons WHERE id = ?"),
                {id}))
        return Error{q.errorText()};
    if (!q.next())
        return Error{QCoreApplication::translate("ttcs::Database",
                                                 "The spokesperson no longer exists.")};
    SpokespersonRecord r = readRecord(q);
    if (r.person.unitId > 0) {
        SqlQuery unit(m_db.connection());
        if (unit.exec(QStringLiteral("SELECT name FROM units WHERE id = ?"), {r.person.unitId}) &&
            unit.next())
            r.person.unitName = unit.string(0);
    }
    if (r.person.unitName.isEmpty())
        r.person.unitName = r.unitText;
    return r;
}

Result<std::vector<qint64>>
SpokespersonRepository::insertRecords(const std::vector<SpokespersonRecord> &records)
{
    std::vector<qint64> ids;
    if (records.empty())
        return ids;
    ids.reserve(records.size());
    if (NativeStatement::isAvailable(m_db.connection()))
        return insertNative(records);
    const SpokespersonRecord &first = records.front();
    const bool shared =
        std::all_of(records.begin(), records.end(), [&](const SpokespersonRecord &r) {
            return r.person.batchId == first.person.batchId &&
                   (r.sourceSheet.constData() == first.sourceSheet.constData() ||
                    r.sourceSheet == first.sourceSheet) &&
                   r.person.servingFrom == first.person.servingFrom && r.person.servingTo.isNull();
        });
    if (!shared) {
        // Row by row.
        SqlQuery q(m_db.connection());
        if (!q.prepare(kInsertColumns +
                       QStringLiteral("VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return Error{q.errorText()};
        QSqlQuery &raw = q.raw();
        for (const SpokespersonRecord &r : records) {
            int at = 0;
            bindOwnValues(raw, r, at);
            raw.bindValue(at++, nullableId(r.person.batchId));
            raw.bindValue(at++, textValue(r.sourceSheet));
            raw.bindValue(at++, dateValue(r.person.servingFrom));
            raw.bindValue(at++, dateValue(r.person.servingTo));
            if (!raw.exec())
                return Error{q.errorText()};
            ids.push_back(raw.lastInsertId().toLongLong());
        }
        return ids;
    }

    // Many rows per statement, one bound value per row and what they share
    // bound once: binding each value through Qt costs more than SQLite's
    // insert itself.
    SqlQuery last(m_db.connection());
    if (!last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM spokespersons")) ||
        !last.next())
        return Error{last.errorText()};
    const qint64 lastBefore = last.id(0);
    const QVariant batch = nullableId(first.person.batchId);
    const QVariant sheet = textValue(first.sourceSheet);
    const QVariant since = dateValue(first.person.servingFrom);
    SqlQuery full(m_db.connection());
    const std::size_t count = records.size();
    const std::size_t fullChunks = count / std::size_t(kRowsPerInsert);
    if (fullChunks > 0 && !full.prepare(multiRowInsert(kRowsPerInsert)))
        return Error{full.errorText()};
    const auto insertChunk = [&](SqlQuery &q, std::size_t from, std::size_t rows) {
        QSqlQuery &raw = q.raw();
        int at = 0;
        for (std::size_t i = from; i < from + rows; ++i)
            raw.bindValue(at++, ownValuesAsJson(records[i]));
        raw.bindValue(at++, batch);
        raw.bindValue(at++, sheet);
        raw.bindValue(at++, since);
        return raw.exec();
    };
    for (std::size_t chunk = 0; chunk < fullChunks; ++chunk) {
        if (!insertChunk(full, chunk * std::size_t(kRowsPerInsert), std::size_t(kRowsPerInsert)))
            return Error{full.errorText()};
    }
    const std::size_t rest = count - fullChunks * std::size_t(kRowsPerInsert);
    if (rest > 0) {
        SqlQuery tail(m_db.connection());
        if (!tail.prepare(multiRowInsert(int(rest))) || !insertChunk(tail, count - rest, rest))
            return Error{tail.errorText()};
    }
    // Inside the caller's transaction nobody else inserts: the new rows are
    // the ones after the largest id before, in the order given.
    if (!last.exec(QStringLiteral("SELECT id FROM spokespersons WHERE id > ? ORDER BY id"),
                   {lastBefore}))
        return Error{last.errorText()};
    while (last.next())
        ids.push_back(last.id(0));
    if (ids.size() != count)
        return Error{
            QStringLiteral("%1 rows were inserted but %2 found").arg(count).arg(ids.size())};
    return ids;
}

namespace {

// The texts of a run of rows as UTF-8, SQLite's own encoding, each followed
// by a NUL so that SQLite need not copy it to read it as a C string (the
// name's CHECK does).
struct Utf8Rows
{
    // Per row, in the order of kInsertColumns: unit_text, name, position,
    // phone, email, decision, notes, source_sheet, serving_from, serving_to.
    static constexpr std::size_t kTexts = 10;
    // The name, which the table's CHECK reads as a C string.
    static constexpr std::size_t kName = 1;
    QByteArray bytes;
    // Per row and text: where it starts in `bytes` and its size; a size of
    // -1 is NULL (an empty date).
    std::vector<std::array<std::pair<qint32, qint32>, kTexts>> spans;
};

Utf8Rows toUtf8Rows(const SpokespersonRecord *const *records, std::size_t rows)
{
    QStringEncoder toUtf8(QStringEncoder::Utf8);
    // Dates are few: each written once (a map: what it gives stays put).
    std::map<QDate, QString> dates;
    const QString none;
    const auto dateText = [&dates, &none](const QDate &d) -> const QString & {
        if (!d.isValid())
            return none;
        auto it = dates.find(d);
        if (it == dates.end())
            it = dates.emplace(d, d.toString(Qt::ISODate)).first;
        return it->second;
    };
    Utf8Rows out;
    out.spans.resize(rows);
    std::vector<std::array<const QString *, Utf8Rows::kTexts>> texts(rows);
    qsizetype space = 0;
    for (std::size_t i = 0; i < rows; ++i) {
        const SpokespersonRecord &r = *records[i];
        texts[i] = {&r.unitText,
                    &r.person.name,
                    &r.person.position,
                    &r.person.phone,
                    &r.person.email,
                    &r.person.decision,
                    &r.notes,
                    &r.sourceSheet,
                    &dateText(r.person.servingFrom),
                    &dateText(r.person.servingTo)};
        for (const QString *text : texts[i])
            space += toUtf8.requiredSpace(text->size()) + 1;
    }
    out.bytes.resize(space);
    char *const begin = out.bytes.data();
    char *at = begin;
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t t = 0; t < Utf8Rows::kTexts; ++t) {
            const QString &text = *texts[i][t];
            if (t >= 8 && text.isEmpty()) {
                out.spans[i][t] = {0, -1};
                continue;
            }
            char *const start = at;
            at = toUtf8.appendToBuffer(at, text);
            out.spans[i][t] = {qint32(start - begin), qint32(at - start)};
            *at++ = '\0';
        }
    }
    return out;
}

} // namespace

// Through SQLite's C API, kNativeRowsPerInsert rows per statement: each
// statement opens its cursors on the table and its indexes once for all
// its rows. The texts, converted to UTF-8 on a second thread a block of
// rows ahead of the statements, are bound without a copy.
//
// The rows go in unit by unit (in the order given within a unit): each
// lands in the unit index next to the one before, where a list that
// jumps from unit to unit would have SQLite search the index afresh for
// every row.
Result<std::vector<qint64>>
SpokespersonRepository::insertNative(const std::vector<SpokespersonRecord> &records)
{
    constexpr int kColumns = 13;
    const auto statementFor = [this](int rows) {
        QString sql = kInsertColumns + QStringLiteral("VALUES ");
        for (int i = 0; i < rows; ++i)
            sql += i > 0 ? QLatin1String(",(?,?,?,?,?,?,?,?,?,?,?,?,?)")
                         : QLatin1String("(?,?,?,?,?,?,?,?,?,?,?,?,?)");
        return std::make_unique<NativeStatement>(m_db.connection(), sql);
    };
    SqlQuery last(m_db.connection());
    if (!last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM spokespersons")) ||
        !last.next())
        return Error{last.errorText()};
    const qint64 lastBefore = last.id(0);

    const std::size_t count = records.size();
    const std::size_t perStatement = std::size_t(kNativeRowsPerInsert);
    std::unique_ptr<NativeStatement> full;
    if (count >= perStatement) {
        full = statementFor(kNativeRowsPerInsert);
        if (!full->isValid())
            return Error{full->errorText()};
    }
    std::vector<const SpokespersonRecord *> inOrder(count);
    std::transform(records.begin(), records.end(), inOrder.begin(),
                   [](const SpokespersonRecord &r) { return &r; });
    std::stable_sort(inOrder.begin(), inOrder.end(),
                     [](const SpokespersonRecord *a, const SpokespersonRecord *b) {
                         return a->person.unitId < b->person.unitId;
                     });
    // Rows `from` to `from + rows` of inOrder, in `block` from its row
    // `blockFrom`.
    const auto run = [&](NativeStatement &insert, const Utf8Rows &block, std::size_t blockFrom,
                         std::size_t from, std::size_t rows) {
        const char *const bytes = block.bytes.constData();
        for (std::size_t i = 0; i < rows; ++i) {
            const SpokespersonRecord &r = *inOrder[from + i];
            const auto &spans = block.spans[from - blockFrom + i];
            const int base = int(i) * kColumns;
            const auto bindId = [&](int column, qint64 id) {
                if (id > 0)
                    insert.bindInt(base + column, id);
                else
                    insert.bindNull(base + column);
            };
            const auto bindText = [&](int column, std::size_t text) {
                const auto [at, size] = spans[text];
                if (size < 0)
                    insert.bindNull(base + column);
                else if (text == Utf8Rows::kName && !std::memchr(bytes + at, 0, std::size_t(size)))
                    insert.bindUtf8Terminated(base + column, bytes + at);
                else
                    insert.bindUtf8(base + column, bytes + at, size);
            };
            bindId(1, r.person.unitId);
            for (std::size_t t = 0; t < 7; ++t)
                bindText(2 + int(t), t);
            bindId(9, r.sourceRow);
            bindId(10, r.person.batchId);
            for (std::size_t t = 7; t < Utf8Rows::kTexts; ++t)
                bindText(4 + int(t), t);
        }
        return insert.step();
    };
    // While SQLite inserts one block, the next is converted.
    const auto convert = [&inOrder, count](std::size_t from) {
        return toUtf8Rows(inOrder.data() + from, std::min(kBlockRows, count - from));
    };
    std::future<Utf8Rows> next;
    std::size_t done = 0;
    qint64 lastId = lastBefore;
    for (std::size_t blockFrom = 0; blockFrom < count; blockFrom += kBlockRows) {
        const Utf8Rows block = next.valid() ? next.get() : convert(blockFrom);
        if (blockFrom + kBlockRows < count)
            next = std::async(std::launch::async, convert, blockFrom + kBlockRows);
        const std::size_t blockEnd = blockFrom + block.spans.size();
        for (; full && blockEnd - done >= perStatement; done += perStatement) {
            if (!run(*full, block, blockFrom, done, perStatement))
                return Error{full->errorText()};
            lastId = full->lastInsertId();
        }
        if (done < blockEnd) { // the last rows, fewer than a statement's
            auto tail = statementFor(int(blockEnd - done));
            if (!tail->isValid() || !run(*tail, block, blockFrom, done, blockEnd - done))
                return Error{tail->errorText()};
            lastId = tail->lastInsertId();
            done = blockEnd;
        }
    }

    // A new row takes the largest id plus one, and inside the caller's
    // transaction nobody else inserts: when the last row's id is the
    // largest before plus their number, the rows took the ids in between,
    // in the order they went in.
    if (lastId != lastBefore + qint64(count))
        return Error{QStringLiteral("%1 rows were inserted, but the last has id %2 after %3")
                         .arg(count)
                         .arg(lastId)
                         .arg(lastBefore)};
    std::vector<qint64> ids(count);
    for (std::size_t k = 0; k < count; ++k)
        ids[std::size_t(inOrder[k] - records.data())] = lastBefore + 1 + qint64(k);
    return ids;
}

Status SpokespersonRepository::updateRecords(const std::vector<SpokespersonRecord> &records)
{
    SqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("UPDATE spokespersons SET unit_id = ?, unit_text = ?, name = ?, "
                                  "position = ?, phone = ?, email = ?, decision = ?, notes = ?, "
                                  "serving_from = ?, serving_to = ?, batch_id = ?, "
                                  "source_sheet = ?, source_row = ? WHERE id = ?")))
        return Error{q.errorText()};
    QSqlQuery &raw = q.raw();
    for (const SpokespersonRecord &r : records) {
        bindRecord(raw, r);
        raw.bindValue(13, r.person.id);
        if (!raw.exec())
            return Error{q.errorText()};
    }
    return {};
}

Status SpokespersonRepository::endServing(const std::vector<qint64> &ids, const QDate &lastDay)
{
    for (std::size_t from = 0; from < ids.size(); from += kIdChunk) {
        const std::size_t count = std::min(kIdChunk, ids.size() - from);
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("UPDATE spokespersons SET serving_to = ? WHERE id IN (") +
                        idList(ids, from, count) + QLatin1Char(')'),
                    {lastDay.toString(Qt::ISODate)}))
            return Error{q.errorText()};
    }
    return {};
}

Status SpokespersonRepository::removeRecords(const std::vector<qint64> &ids)
{
    for (std::size_t from = 0; from < ids.size(); from += kIdChunk) {
        const std::size_t count = std::min(kIdChunk, ids.size() - from);
        SqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("DELETE FROM spokespersons WHERE id IN (") +
                    idList(ids, from, count) + QLatin1Char(')')))
            return Error{q.errorText()};
    }
    return {};
}

Status SpokespersonRepository::restoreRecord(const SpokespersonRecord &record)
{
    if (record.person.id <= 0)
        return Error{QCoreApplication::translate("ttcs::db::SpokespersonRepository",
                                                 "The spokesperson has no id to restore.")};
    auto ids = insertRecords({record});
    if (!ids)
        return Error{ids.error()};
    SqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("UPDATE spokespersons SET id = ? WHERE id = ?")))
        return Error{q.errorText()};
    q.raw().bindValue(0, record.person.id);
    q.raw().bindValue(1, ids->front());
    if (!q.raw().exec())
        return Error{q.errorText()};
    return {};
}

} // namespace ttcs::db
