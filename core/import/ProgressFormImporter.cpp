#include "import/ProgressFormImporter.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "import/FileHash.h"
#include "import/ProgressForm.h"
#include "sheet/WorkbookReader.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ttcs::import {

namespace {

QString rowMessage(int row, const QString &text)
{
    return QCoreApplication::translate("ttcs::Import", "Row %1: %2").arg(row).arg(text);
}

quint64 pairKey(qint64 taskId, qint64 unitId)
{
    return (quint64(taskId) << 32) ^ quint64(unitId);
}

// A figure as a unit may type it: "12", "1.200", "1 200"; a number cell
// must hold a whole number.
std::optional<qint64> figureOf(const sheet::Cell &cell, bool *bad)
{
    *bad = false;
    if (cell.type == sheet::CellType::Number) {
        if (cell.number < 0 || cell.number > 1e12 || std::floor(cell.number) != cell.number) {
            *bad = true;
            return std::nullopt;
        }
        return qint64(cell.number);
    }
    QString t = text::clean(cell.text);
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression grouped(
        QStringLiteral("^[0-9]{1,3}([., ][0-9]{3})+$|^[0-9]{1,12}$"));
    if (!grouped.match(t).hasMatch()) {
        *bad = true;
        return std::nullopt;
    }
    t.remove(QLatin1Char('.')).remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    return t.toLongLong();
}

// A date as a unit may give it: a date cell, or text as dd/MM/yyyy (also
// d/M/yyyy, with - or . between) or yyyy-MM-dd.
QDate dateOf(const sheet::Cell &cell, bool *bad)
{
    *bad = false;
    if (cell.type == sheet::CellType::Date)
        return cell.dateTime().date();
    if (cell.type == sheet::CellType::Number) {
        // A serial in a cell whose format was lost.
        if (cell.number >= 36526 && cell.number < 73051)
            return sheet::dateTimeFromSerial(cell.number).date();
        *bad = true;
        return {};
    }
    const QString t = text::clean(cell.text);
    if (t.isEmpty())
        return {};
    QDate d = QDate::fromString(t, Qt::ISODate);
    static const QRegularExpression dmy(
        QStringLiteral("^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})$"));
    if (const auto m = dmy.match(t); !d.isValid() && m.hasMatch())
        d = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (!d.isValid())
        *bad = true;
    return d;
}

QJsonValue progressToJson(const std::optional<Progress> &p)
{
    if (!p)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("status"), progressStatusKey(p->status)},
        {QStringLiteral("result"), p->result},
        {QStringLiteral("figures"), progressFiguresToJson(p->figures)},
        {QStringLiteral("completedOn"), p->completedOn.toString(Qt::ISODate)},
        {QStringLiteral("reportedOn"), p->reportedOn.toString(Qt::ISODate)},
        {QStringLiteral("batch"), p->batchId},
    };
}

std::optional<Progress> progressFromJson(const QJsonValue &v, const db::ProgressKey &key)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    Progress p;
    p.taskId = key.taskId;
    p.unitId = key.unitId;
    p.year = key.year;
    p.status = progressStatusFromKey(o.value(QStringLiteral("status")).toString())
                   .value_or(ProgressStatus::NotStarted);
    p.result = o.value(QStringLiteral("result")).toString();
    p.figures = progressFiguresFromJson(o.value(QStringLiteral("figures")).toString());
    p.completedOn = QDate::fromString(o.value(QStringLiteral("completedOn")).toString(), Qt::ISODate);
    p.reportedOn = QDate::fromString(o.value(QStringLiteral("reportedOn")).toString(), Qt::ISODate);
    p.batchId = o.value(QStringLiteral("batch")).toInteger();
    return p;
}

// What a unit reports, ignoring when and through which batch.
bool sameReport(const Progress &a, const Progress &b)
{
    return a.status == b.status && text::clean(a.result) == text::clean(b.result) &&
           a.figures == b.figures && a.completedOn == b.completedOn;
}

// Where the form's parts are in a sheet the unit sent back.
struct Layout
{
    const sheet::Sheet *sheet = nullptr;
    int keyColumn = -1;
    int headerRow = -1;
    int status = -1;
    int result = -1;
    int completedOn = -1;
    QList<int> figures; // per progressFigureKeys(); -1: column missing
};

// The sheet and column holding the most row keys, and the header above.
std::optional<Layout> findLayout(const sheet::Workbook &workbook)
{
    Layout best;
    int bestKeys = 0;
    int bestFirstRow = -1;
    for (const sheet::Sheet &s : workbook.sheets) {
        QHash<int, int> perColumn;
        QHash<int, int> firstRow;
        for (int r = 0; r < s.rowCount(); ++r) {
            const std::vector<sheet::Cell> &cells = s.row(r);
            for (int c = 0; c < int(cells.size()); ++c) {
                if (cells[std::size_t(c)].text.startsWith(QLatin1String("TTCS:"),
                                                          Qt::CaseInsensitive) &&
                    parseProgressFormKey(cells[std::size_t(c)].text, nullptr) != KeyCheck::NotAKey) {
                    ++perColumn[c];
                    if (!firstRow.contains(c))
                        firstRow.insert(c, r);
                }
            }
        }
        for (auto it = perColumn.cbegin(); it != perColumn.cend(); ++it) {
            if (it.value() > bestKeys) {
                bestKeys = it.value();
                best.sheet = &s;
                best.keyColumn = it.key();
                bestFirstRow = firstRow.value(it.key());
            }
        }
    }
    if (!best.sheet)
        return std::nullopt;

    const QStringList &header = progressFormHeader();
    const auto folded = [](const QString &t) { return text::fold(t).simplified(); };
    const QString statusHeader = folded(header.at(formcolumn::Status));
    for (int r = bestFirstRow - 1; r >= 0 && best.headerRow < 0; --r) {
        const std::vector<sheet::Cell> &cells = best.sheet->row(r);
        for (const sheet::Cell &cell : cells) {
            if (folded(cell.text) == statusHeader) {
                best.headerRow = r;
                break;
            }
        }
    }
    if (best.headerRow < 0)
        return best;
    QHash<QString, int> columnOf;
    const std::vector<sheet::Cell> &cells = best.sheet->row(best.headerRow);
    for (int c = 0; c < int(cells.size()); ++c) {
        const QString f = folded(cells[std::size_t(c)].text);
        if (!f.isEmpty() && !columnOf.contains(f))
            columnOf.insert(f, c);
    }
    best.status = columnOf.value(statusHeader, -1);
    best.result = columnOf.value(folded(header.at(formcolumn::Result)), -1);
    best.completedOn = columnOf.value(folded(header.at(formcolumn::completedOn())), -1);
    for (int i = 0; i < progressFigureKeys().size(); ++i)
        best.figures << columnOf.value(folded(header.at(formcolumn::FirstFigure + i)), -1);
    return best;
}

QStringList rowCells(const sheet::Sheet &sheet, int row)
{
    QStringList cells;
    for (const sheet::Cell &c : sheet.row(row))
        cells << c.text;
    while (!cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
    return cells;
}

} // namespace

QStringList ProgressFormFile::rowMessages() const
{
    QStringList lines;
    for (const db::RejectedRowRecord &r : rejected)
        lines << QStringLiteral("%1: %2").arg(fileName, rowMessage(r.row, r.reason));
    for (const QString &w : warnings)
        lines << QStringLiteral("%1: %2").arg(fileName, w);
    return lines;
}

ProgressFormImporter::ProgressFormImporter(db::Database &db, Clock clock)
    : m_db(db)
    , m_clock(clock)
{}

QString ProgressFormImporter::batchKind()
{
    return QStringLiteral("progress");
}

Result<ProgressFormFile> ProgressFormImporter::read(const QString &path,
                                                    const ProgressFormOptions &options)
{
    ProgressFormFile f;
    f.path = path;
    f.fileName = QFileInfo(path).fileName();
    auto workbook = sheet::readWorkbook(path, options.limits);
    if (!workbook)
        return Error{workbook.error()};
    auto sha = fileSha256(path);
    if (!sha)
        return Error{sha.error()};
    f.sha256 = sha.value();

    const auto layout = findLayout(workbook.value());
    if (!layout)
        return Error{QCoreApplication::translate("ttcs::Import", "%1 is not a progress form: none of its rows has the key the exported "
                        "form gives each task. Export the unit's form again and ask the unit to "
                        "fill that one in.")
                         .arg(f.fileName)};
    const sheet::Sheet &sheet = *layout->sheet;
    f.sheetName = sheet.name();
    if (layout->headerRow < 0 || layout->status < 0)
        return Error{QCoreApplication::translate("ttcs::Import", "%1: the header row with the column \"%2\" was not found above the "
                        "tasks; the form's header must stay as it was exported.")
                         .arg(f.fileName, progressFormHeader().at(formcolumn::Status))};

    // The form's year and unit: those of its first valid key.
    for (int r = layout->headerRow + 1; r < sheet.rowCount() && f.unitId == 0; ++r) {
        ProgressFormKey key;
        if (parseProgressFormKey(sheet.text(r, layout->keyColumn), &key) == KeyCheck::Valid) {
            f.year = key.year;
            f.unitId = key.unitId;
        }
    }
    if (f.unitId == 0)
        return Error{QCoreApplication::translate("ttcs::Import", "%1: every row key of the form was altered; the rows cannot be matched "
                        "to tasks.")
                         .arg(f.fileName)};
    if (options.year != 0 && f.year != options.year)
        return Error{QCoreApplication::translate("ttcs::Import", "%1 is the form for %2, not for %3; nothing was imported from it.")
                         .arg(f.fileName)
                         .arg(f.year)
                         .arg(options.year)};
    if (options.unitId != 0 && f.unitId != options.unitId)
        return Error{QCoreApplication::translate("ttcs::Import", "%1 is the form of another unit; nothing was imported from it.")
                         .arg(f.fileName)};

    auto lines = db::ProgressRepository(m_db, m_clock).lines(f.year);
    if (!lines)
        return Error{lines.error()};
    QHash<qint64, const ProgressLine *> lineOfTask;
    for (const ProgressLine &l : lines.value()) {
        if (l.unitId == f.unitId)
            lineOfTask.insert(l.taskId, &l);
    }
    if (lineOfTask.isEmpty())
        return Error{QCoreApplication::translate("ttcs::Import", "%1: the unit of this form has no task in %2 any more; nothing was "
                        "imported from it.")
                         .arg(f.fileName)
                         .arg(f.year)};
    f.unitName = lineOfTask.cbegin().value()->unitName;
    auto stored = db::ProgressRepository(m_db, m_clock).stored(f.year);
    if (!stored)
        return Error{stored.error()};
    QHash<quint64, Progress> storedOf;
    for (const Progress &p : stored.value())
        storedOf.insert(pairKey(p.taskId, p.unitId), p);

    const QStringList &header = progressFormHeader();
    for (int i = 0; i < layout->figures.size(); ++i) {
        if (layout->figures.at(i) < 0)
            f.warnings << QCoreApplication::translate("ttcs::Import", "The column \"%1\" is missing; its figures were kept as they were.")
                              .arg(header.at(formcolumn::FirstFigure + i));
    }
    if (layout->result < 0)
        f.warnings << QCoreApplication::translate("ttcs::Import", "The column \"%1\" is missing; the results were kept as they were.")
                          .arg(header.at(formcolumn::Result));
    if (layout->completedOn < 0)
        f.warnings << QCoreApplication::translate("ttcs::Import", "The column \"%1\" is missing; the completion dates were kept as they "
                         "were.")
                          .arg(header.at(formcolumn::completedOn()));

    QSet<qint64> seen;
    const QString statuses = progressFormStatusTexts().join(QStringLiteral(", "));
    for (int r = layout->headerRow + 1; r < sheet.rowCount(); ++r) {
        const int shown = r + 1;
        const auto reject = [&](const QString &reason) {
            f.rejected << db::RejectedRowRecord{sheet.name(), shown, reason, rowCells(sheet, r)};
        };
        const QString keyText = sheet.text(r, layout->keyColumn).trimmed();
        bool filled = !sheet.text(r, layout->status).trimmed().isEmpty() ||
                      (layout->result >= 0 && !sheet.text(r, layout->result).trimmed().isEmpty());
        if (keyText.isEmpty()) {
            if (filled)
                f.warnings << rowMessage(shown, QCoreApplication::translate("ttcs::Import", "this row has no key (it was added to the "
                                                   "form by hand); it was not imported."));
            continue;
        }
        ProgressFormKey key;
        switch (parseProgressFormKey(keyText, &key)) {
        case KeyCheck::NotAKey:
        case KeyCheck::Altered:
            reject(QCoreApplication::translate("ttcs::Import", "the row key \"%1\" was changed; the row cannot be matched to a task.")
                       .arg(keyText));
            continue;
        case KeyCheck::Valid:
            break;
        }
        if (key.year != f.year || key.unitId != f.unitId) {
            reject(QCoreApplication::translate("ttcs::Import", "the row was copied from the form of another unit or year."));
            continue;
        }
        const ProgressLine *line = lineOfTask.value(key.taskId);
        if (!line) {
            reject(QCoreApplication::translate("ttcs::Import", "the task of this row is no longer one of the unit's tasks in %1.")
                       .arg(f.year));
            continue;
        }
        if (seen.contains(key.taskId)) {
            reject(QCoreApplication::translate("ttcs::Import", "task %1 appears twice in the form; only its first row was read.")
                       .arg(line->taskNumber));
            continue;
        }
        seen.insert(key.taskId);

        const db::ProgressKey pk{key.taskId, key.unitId, key.year};
        std::optional<Progress> before;
        if (auto it = storedOf.constFind(pairKey(key.taskId, key.unitId)); it != storedOf.cend())
            before = *it;

        Progress after;
        after.taskId = key.taskId;
        after.unitId = key.unitId;
        after.year = key.year;
        after.reportedOn = m_clock.today();
        const QString statusText = text::clean(sheet.text(r, layout->status));
        after.result = layout->result >= 0 ? text::clean(sheet.text(r, layout->result))
                                           : (before ? before->result : QString());
        QStringList problems;
        bool anyFigure = false;
        for (int i = 0; i < layout->figures.size(); ++i) {
            const QString &figureKey = progressFigureKeys().at(i);
            const int column = layout->figures.at(i);
            if (column < 0) {
                if (before && before->figures.contains(figureKey))
                    after.figures.insert(figureKey, before->figures.value(figureKey));
                continue;
            }
            bool bad = false;
            const auto value = figureOf(sheet.cell(r, column), &bad);
            if (bad)
                problems << QCoreApplication::translate("ttcs::Import", "\"%1\" under \"%2\" is not a whole number of zero or more.")
                                .arg(sheet.text(r, column),
                                     header.at(formcolumn::FirstFigure + i));
            else if (value) {
                after.figures.insert(figureKey, *value);
                anyFigure = true;
            }
        }
        // Figures the form has no column for stay as they were.
        if (before) {
            for (auto it = before->figures.cbegin(); it != before->figures.cend(); ++it) {
                if (!progressFigureKeys().contains(it.key()))
                    after.figures.insert(it.key(), it.value());
            }
        }
        bool badDate = false;
        QDate completed;
        if (layout->completedOn >= 0)
            completed = dateOf(sheet.cell(r, layout->completedOn), &badDate);
        else if (before)
            completed = before->completedOn;
        if (badDate)
            problems << QCoreApplication::translate("ttcs::Import", "the completion date \"%1\" is not a date (write it as dd/mm/yyyy).")
                            .arg(sheet.text(r, layout->completedOn));
        filled = filled || anyFigure || completed.isValid();

        if (statusText.isEmpty()) {
            if (!filled && problems.isEmpty()) {
                ++f.blank;
                continue;
            }
            problems.prepend(QCoreApplication::translate("ttcs::Import", "no status was chosen (one of: %1).").arg(statuses));
        } else if (const auto status = progressStatusFromFormText(statusText)) {
            after.status = *status;
        } else {
            problems.prepend(
                QCoreApplication::translate("ttcs::Import", "the status \"%1\" is not one of: %2.").arg(statusText, statuses));
        }
        if (!problems.isEmpty()) {
            reject(problems.join(QLatin1Char(' ')));
            continue;
        }
        if (completed.isValid() && after.status != ProgressStatus::Done) {
            f.warnings << rowMessage(shown, QCoreApplication::translate("ttcs::Import", "a completion date is only kept for a task that "
                                               "is done; the date of task %1 was left out.")
                                                .arg(line->taskNumber));
            completed = QDate();
        }
        after.completedOn = completed;
        if (completed.isValid() && completed > m_clock.today())
            f.warnings << rowMessage(shown, QCoreApplication::translate("ttcs::Import", "the completion date of task %1 (%2) is in the "
                                               "future.")
                                                .arg(line->taskNumber,
                                                     completed.toString(QStringLiteral("dd/MM/yyyy"))));

        ProgressFormRow row{shown,          pk,     line->taskNumber, line->taskTitle,
                            line->unitName, before, after,            false};
        if (!before)
            f.added << row;
        else if (sameReport(*before, after))
            ++f.unchanged;
        else
            f.conflicts << row;
    }
    return f;
}

Result<QList<ProgressFormFile>> ProgressFormImporter::readAll(const QStringList &paths,
                                                              const ProgressFormOptions &options)
{
    QList<ProgressFormFile> files;
    QHash<quint64, QString> firstFile; // year-independent: all rows of one year
    for (const QString &path : paths) {
        auto file = read(path, options);
        if (!file)
            return Error{file.error()};
        ProgressFormFile f = file.value();
        const auto dedupe = [&](QList<ProgressFormRow> &rows) {
            for (qsizetype i = 0; i < rows.size();) {
                const ProgressFormRow &row = rows.at(i);
                const quint64 k = pairKey(row.key.taskId, row.key.unitId) ^ (quint64(row.key.year) << 56);
                if (const auto it = firstFile.constFind(k); it != firstFile.cend()) {
                    f.rejected << db::RejectedRowRecord{
                        f.sheetName, row.row,
                        QCoreApplication::translate("ttcs::Import", "task %1 of this unit is also in %2; import the two files one after "
                           "the other to choose between them.")
                            .arg(row.taskNumber, it.value()),
                        {}};
                    rows.removeAt(i);
                } else {
                    firstFile.insert(k, f.fileName);
                    ++i;
                }
            }
        };
        dedupe(f.added);
        dedupe(f.conflicts);
        files << f;
    }
    return files;
}

Result<ProgressImportOutcome> ProgressFormImporter::commit(const QList<ProgressFormFile> &files)
{
    ProgressImportOutcome outcome;
    const Status st = m_db.transaction([&]() -> Status {
        db::ImportBatchRepository batches(m_db);
        db::ProgressRepository progress(m_db, m_clock);
        for (const ProgressFormFile &f : files) {
            QList<Progress> rows;
            int added = 0;
            int taken = 0;
            for (const ProgressFormRow &r : f.added) {
                rows << r.after;
                ++added;
            }
            for (const ProgressFormRow &r : f.conflicts) {
                if (r.takeNew) {
                    rows << r.after;
                    ++taken;
                }
            }
            outcome.imported += added;
            outcome.updated += taken;
            outcome.kept += int(f.conflicts.size()) - taken;
            outcome.unchanged += f.unchanged;
            outcome.rejected += int(f.rejected.size());
            outcome.warnings += f.warningCount();
            if (rows.isEmpty())
                continue; // nothing to take back, so no batch

            db::ImportBatch batch;
            batch.kind = batchKind();
            batch.fileName = f.fileName;
            batch.sha256 = f.sha256;
            batch.sheet = f.sheetName;
            const auto created = batches.create(batch);
            if (!created)
                return Error{created.error()};
            const qint64 batchId = created.value();
            auto written = progress.writeInTransaction(rows, batchId);
            if (!written)
                return Error{written.error()};
            QJsonArray undoRows;
            for (const db::ProgressChange &c : written.value()) {
                undoRows.append(QJsonObject{{QStringLiteral("task"), c.key.taskId},
                                            {QStringLiteral("unit"), c.key.unitId},
                                            {QStringLiteral("year"), c.key.year},
                                            {QStringLiteral("before"), progressToJson(c.before)}});
            }
            outcome.changes << written.value();
            if (Status s = batches.addRejected(batchId, f.rejected); !s.ok())
                return s;
            const QJsonObject summary{
                {QStringLiteral("imported"), added},
                {QStringLiteral("updated"), taken},
                {QStringLiteral("closed"), 0},
                {QStringLiteral("rejected"), int(f.rejected.size())},
                {QStringLiteral("warnings"), f.warningCount()},
                {QStringLiteral("kept"), int(f.conflicts.size()) - taken},
                {QStringLiteral("unchanged"), f.unchanged},
                {QStringLiteral("year"), f.year},
                {QStringLiteral("unit"), f.unitId},
                {QStringLiteral("undo"), QJsonObject{{QStringLiteral("rows"), undoRows}}},
            };
            if (Status s = batches.setSummary(batchId, summary); !s.ok())
                return s;
            if (Status s = db::AuditLog(m_db).record(QStringLiteral("import"),
                                                     QStringLiteral("import_batch"), batchId,
                                                     f.fileName);
                !s.ok())
                return s;
            outcome.batchIds << batchId;
        }
        return {};
    });
    if (!st.ok())
        return Error{QCoreApplication::translate("ttcs::Import", "Nothing was imported: %1").arg(st.error())};
    return outcome;
}

Status ProgressFormImporter::undo(qint64 batchId)
{
    db::ImportBatchRepository batches(m_db);
    auto batch = batches.byId(batchId);
    if (!batch)
        return Error{batch.error()};
    if (batch->kind != batchKind())
        return Error{QCoreApplication::translate("ttcs::Import", "Import batch %1 is not an import of progress forms.").arg(batchId)};
    if (batch->isUndone())
        return Error{QCoreApplication::translate("ttcs::Import", "Import batch %1 was already undone on %2.")
                         .arg(batchId)
                         .arg(batch->undoneAt.toLocalTime().toString(Qt::ISODate))};
    const QJsonValue rows =
        batch->summary.value(QStringLiteral("undo")).toObject().value(QStringLiteral("rows"));
    if (!rows.isArray())
        return Error{QCoreApplication::translate("ttcs::Import", "Import batch %1 cannot be undone: it keeps no record of its changes.")
                         .arg(batchId)};
    db::ProgressRepository progress(m_db, m_clock);
    QList<db::ProgressChange> changes;
    for (const QJsonValue &v : rows.toArray()) {
        const QJsonObject o = v.toObject();
        const db::ProgressKey key{o.value(QStringLiteral("task")).toInteger(),
                                  o.value(QStringLiteral("unit")).toInteger(),
                                  o.value(QStringLiteral("year")).toInt()};
        auto current = progress.get(key);
        if (!current)
            return Error{current.error()};
        // Anything written since (by hand or by a later import) would be
        // lost: the user must take that back first.
        if (!current.value() || current.value()->batchId != batchId)
            return Error{QCoreApplication::translate("ttcs::Import", "Import batch %1 cannot be undone: some of its rows were changed "
                            "after it. Undo those changes first.")
                             .arg(batchId)};
        changes << db::ProgressChange{key, progressFromJson(o.value(QStringLiteral("before")), key),
                                      current.value()};
    }
    const Status st = m_db.transaction([&]() -> Status {
        if (Status s = progress.revertInTransaction(changes); !s.ok())
            return s;
        if (Status s = batches.markUndone(batchId, QDateTime::currentDateTimeUtc()); !s.ok())
            return s;
        return db::AuditLog(m_db).record(QStringLiteral("undo"), QStringLiteral("import_batch"),
                                         batchId, batch->fileName);
    });
    if (!st.ok())
        return Error{QCoreApplication::translate("ttcs::Import", "Import batch %1 was not undone; nothing was changed: %2")
                         .arg(batchId)
                         .arg(st.error())};
    return {};
}

} // namespace ttcs::import
