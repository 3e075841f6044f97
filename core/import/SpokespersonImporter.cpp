#include "import/SpokespersonImporter.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/ImportBatchRepository.h"
#include "db/SpokespersonRepository.h"
#include "db/UnitRepository.h"
#include "import/FileHash.h"
#include "import/LayoutDetector.h"
#include "import/Slices.h"
#include "sheet/TableWriter.h"
#include "sheet/WorkbookReader.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <ctime>

Q_LOGGING_CATEGORY(lcImport, "ttcs.import", QtInfoMsg)

namespace ttcs::import {

namespace {

constexpr int kSampleRows = 30;

// Wall and processor time of the steps, for the debug log.
class StepTimer
{
public:
    StepTimer() { restart(); }
    QString lap()
    {
        const QString text = QStringLiteral("%1 ms (%2 ms processor)")
                                 .arg(m_wall.elapsed())
                                 .arg(qint64((std::clock() - m_cpu) * 1000 / CLOCKS_PER_SEC));
        restart();
        return text;
    }

private:
    void restart()
    {
        m_wall.start();
        m_cpu = std::clock();
    }
    QElapsedTimer m_wall;
    std::clock_t m_cpu = 0;
};

// ---- matching the rows with the people already in the database ----------

QString unitKeyOf(qint64 unitId)
{
    return QLatin1Char('#') + QString::number(unitId);
}

QString unitTextKey(const QString &unitText)
{
    return QStringLiteral("t:") + foldWords(unitText);
}

QString exactNameKey(const QString &name)
{
    return text::lower(text::clean(name));
}

struct Plan
{
    std::vector<int> target; // per row: the existing record it updates, or -1
    std::vector<int> close;  // existing records that leave the list
    int inserts = 0;
    int updates = 0;
};

// Warns on each row whose name (in small letters: nameKey) is on an
// earlier row for the same unit (unitKeys[i]), naming the first such row.
// The rows are sorted by a hash of the two and each run of equal hashes is
// looked at: a table of 100,000 names took twice as long, chasing
// its nodes and the names across memory.
void markSameNameTwice(std::vector<CheckedRow> &rows, const std::vector<qint64> &unitKeys,
                       const QString &message)
{
    struct Keyed
    {
        std::size_t hash;
        int index;
    };
    const auto byHash = [](const Keyed &a, const Keyed &b) {
        return a.hash != b.hash ? a.hash < b.hash : a.index < b.index;
    };
    // Hashed and sorted in slices side by side, then merged.
    std::vector<Keyed> keyed(rows.size());
    const std::size_t slices = sliceCount(rows.size());
    std::vector<std::size_t> ends(slices);
    inSlices(rows.size(), slices, [&](std::size_t slice, std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i)
            keyed[i] = {qHashMulti(0, unitKeys[i], rows[i].nameKey), int(i)};
        std::sort(keyed.begin() + qsizetype(from), keyed.begin() + qsizetype(to), byHash);
        ends[slice] = to;
    });
    for (std::size_t slice = 1; slice < slices; ++slice)
        std::inplace_merge(keyed.begin(), keyed.begin() + qsizetype(ends[slice - 1]),
                           keyed.begin() + qsizetype(ends[slice]), byHash);
    std::vector<int> firsts; // of each distinct key in a run, in row order
    for (std::size_t from = 0; from < keyed.size();) {
        std::size_t to = from + 1;
        while (to < keyed.size() && keyed[to].hash == keyed[from].hash)
            ++to;
        firsts.assign(1, keyed[from].index);
        for (std::size_t k = from + 1; k < to; ++k) {
            const std::size_t i = std::size_t(keyed[k].index);
            const auto same = std::find_if(firsts.begin(), firsts.end(), [&](int j) {
                return unitKeys[std::size_t(j)] == unitKeys[i] &&
                       rows[std::size_t(j)].nameKey == rows[i].nameKey;
            });
            if (same == firsts.end())
                firsts.push_back(int(i));
            else
                rows[i].warnings.push_back(
                    {WarningKind::SameNameTwice, message.arg(rows[std::size_t(*same)].row)});
        }
        from = to;
    }
}

Plan makePlan(const std::vector<CheckedRow> &rows,
              const std::vector<db::SpokespersonRecord> &existing, const QDate &listDate,
              bool closeMissing)
{
    Plan plan;
    plan.target.assign(rows.size(), -1);
    if (existing.empty()) {
        plan.inserts = int(rows.size());
        return plan;
    }
    const QChar sep(0x1F);
    QHash<QString, std::vector<int>> byExact;
    QHash<QString, std::vector<int>> byFolded;
    byExact.reserve(qsizetype(existing.size()) * 2);
    byFolded.reserve(qsizetype(existing.size()) * 2);
    for (std::size_t j = 0; j < existing.size(); ++j) {
        const db::SpokespersonRecord &e = existing[j];
        const QString exact = exactNameKey(e.person.name);
        const QString folded = foldWords(e.person.name);
        QStringList units{unitTextKey(e.unitText)};
        if (e.person.unitId > 0)
            units.prepend(unitKeyOf(e.person.unitId));
        for (const QString &u : std::as_const(units)) {
            byExact[u + sep + exact].push_back(int(j));
            byFolded[u + sep + folded].push_back(int(j));
        }
    }
    std::vector<bool> taken(existing.size(), false);
    const auto takeFrom = [&](const std::vector<int> *candidates, const CheckedRow &row) {
        if (!candidates)
            return -1;
        int first = -1;
        for (const int j : *candidates) {
            if (taken[std::size_t(j)])
                continue;
            const db::SpokespersonRecord &e = existing[std::size_t(j)];
            if ((!row.phone.isEmpty() && row.phone == e.person.phone) ||
                (!row.email.isEmpty() && row.email == e.person.email))
                return j;
            if (first < 0)
                first = j;
        }
        return first;
    };
    const auto find = [](const QHash<QString, std::vector<int>> &map, const QString &key) {
        const auto it = map.constFind(key);
        return it == map.cend() ? nullptr : &it.value();
    };
    QSet<QString> unitsInFile;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const CheckedRow &row = rows[i];
        QStringList units{unitTextKey(row.unitText)};
        if (row.unitId > 0)
            units.prepend(unitKeyOf(row.unitId));
        for (const QString &u : std::as_const(units))
            unitsInFile.insert(u);
        const QString &exact = row.nameKey;
        int j = -1;
        for (const QString &u : std::as_const(units)) {
            j = takeFrom(find(byExact, u + sep + exact), row);
            if (j >= 0)
                break;
        }
        if (j < 0) {
            const QString folded = foldWords(row.name);
            for (const QString &u : std::as_const(units)) {
                j = takeFrom(find(byFolded, u + sep + folded), row);
                if (j >= 0)
                    break;
            }
        }
        if (j >= 0) {
            taken[std::size_t(j)] = true;
            plan.target[i] = j;
            ++plan.updates;
        } else {
            ++plan.inserts;
        }
    }
    if (closeMissing) {
        for (std::size_t j = 0; j < existing.size(); ++j) {
            if (taken[j])
                continue;
            const db::SpokespersonRecord &e = existing[j];
            const QString key =
                e.person.unitId > 0 ? unitKeyOf(e.person.unitId) : unitTextKey(e.unitText);
            // Someone listed from this date on (or later) is not "missing"
            // from an older or the same list.
            if (!unitsInFile.contains(key) ||
                (e.person.servingFrom.isValid() && e.person.servingFrom >= listDate))
                continue;
            plan.close.push_back(int(j));
        }
    }
    return plan;
}

// ---- what a batch keeps to be undone -------------------------------------

QJsonObject recordToJson(const db::SpokespersonRecord &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.person.id},
        {QStringLiteral("unitId"), r.person.unitId},
        {QStringLiteral("unitText"), r.unitText},
        {QStringLiteral("name"), r.person.name},
        {QStringLiteral("position"), r.person.position},
        {QStringLiteral("phone"), r.person.phone},
        {QStringLiteral("email"), r.person.email},
        {QStringLiteral("decision"), r.person.decision},
        {QStringLiteral("notes"), r.notes},
        {QStringLiteral("from"), r.person.servingFrom.toString(Qt::ISODate)},
        {QStringLiteral("to"), r.person.servingTo.toString(Qt::ISODate)},
        {QStringLiteral("batch"), r.person.batchId},
        {QStringLiteral("sheet"), r.sourceSheet},
        {QStringLiteral("row"), r.sourceRow},
    };
}

db::SpokespersonRecord recordFromJson(const QJsonObject &o)
{
    db::SpokespersonRecord r;
    r.person.id = o.value(QStringLiteral("id")).toInteger();
    r.person.unitId = o.value(QStringLiteral("unitId")).toInteger();
    r.unitText = o.value(QStringLiteral("unitText")).toString();
    r.person.name = o.value(QStringLiteral("name")).toString();
    r.person.position = o.value(QStringLiteral("position")).toString();
    r.person.phone = o.value(QStringLiteral("phone")).toString();
    r.person.email = o.value(QStringLiteral("email")).toString();
    r.person.decision = o.value(QStringLiteral("decision")).toString();
    r.notes = o.value(QStringLiteral("notes")).toString();
    r.person.servingFrom =
        QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    r.person.servingTo = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    r.person.batchId = o.value(QStringLiteral("batch")).toInteger();
    r.sourceSheet = o.value(QStringLiteral("sheet")).toString();
    r.sourceRow = o.value(QStringLiteral("row")).toInt();
    return r;
}

// Ids as [first, last] runs: the rows of one import get consecutive ids.
QJsonArray idRuns(const std::vector<qint64> &ids)
{
    std::vector<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    QJsonArray runs;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1)
            ++j;
        runs.append(QJsonArray{sorted[i], sorted[j]});
        i = j + 1;
    }
    return runs;
}

std::vector<qint64> idsOfRuns(const QJsonArray &runs)
{
    std::vector<qint64> ids;
    for (const QJsonValue &v : runs) {
        const QJsonArray run = v.toArray();
        const qint64 first = run.at(0).toInteger();
        const qint64 last = run.at(1).toInteger();
        if (first <= 0 || last < first || last - first > 10'000'000)
            continue;
        for (qint64 id = first; id <= last; ++id)
            ids.push_back(id);
    }
    return ids;
}

struct UndoData
{
    std::vector<qint64> inserted;
    std::vector<db::SpokespersonRecord> previous; // updated or ended rows as they were
    bool present = false;

    QSet<qint64> touched() const
    {
        QSet<qint64> ids;
        for (const qint64 id : inserted)
            ids.insert(id);
        for (const auto &r : previous)
            ids.insert(r.person.id);
        return ids;
    }
};

UndoData undoDataOf(const QJsonObject &summary)
{
    UndoData data;
    const QJsonValue undo = summary.value(QStringLiteral("undo"));
    if (!undo.isObject())
        return data;
    data.present = true;
    const QJsonObject o = undo.toObject();
    data.inserted = idsOfRuns(o.value(QStringLiteral("inserted")).toArray());
    for (const QJsonValue &v : o.value(QStringLiteral("previous")).toArray())
        data.previous.push_back(recordFromJson(v.toObject()));
    return data;
}

// ---- reading -------------------------------------------------------------

QStringList rowTexts(const sheet::Sheet &sheet, int row, int columns)
{
    QStringList out;
    out.reserve(columns);
    for (int c = 0; c < columns; ++c)
        out << sheet.text(row, c);
    return out;
}

QString joined(const QStringList &names)
{
    return names.join(QStringLiteral("; "));
}

QString suggestionNames(const QList<UnitSuggestion> &suggestions)
{
    QStringList names;
    for (const UnitSuggestion &s : suggestions)
        names << s.name;
    return joined(names);
}

// The rows the unit should correct: the file's own columns, then the row
// number and the reason.
Status writeRejectedRows(const QString &fileName, const QStringList &headerCells,
                         const std::vector<RejectedRow> &rejected, const QString &path)
{
    sheet::Table table;
    table.title = QCoreApplication::translate("ttcs::Import", "Rows of %1 that were not imported")
                      .arg(fileName);
    table.sheetName = QCoreApplication::translate("ttcs::Import", "Not imported");
    table.header = headerCells;
    int width = int(table.header.size());
    for (const RejectedRow &r : rejected)
        width = std::max(width, int(r.cells.size()));
    while (table.header.size() < width)
        table.header << QString();
    table.header << QCoreApplication::translate("ttcs::Import", "Row")
                 << QCoreApplication::translate("ttcs::Import", "Reason");
    for (const RejectedRow &r : rejected) {
        QStringList cells = r.cells;
        while (cells.size() < width)
            cells << QString();
        cells << QString::number(r.row) << r.reason;
        table.addRow(cells);
    }
    for (int c = 0; c < table.header.size(); ++c) {
        qsizetype longest = table.header.at(c).size();
        for (const sheet::TableRow &row : table.rows)
            longest = std::max(longest, row.cells.value(c).size());
        table.columnWidths << double(std::clamp<qsizetype>(longest + 2, 6, 50));
    }
    return sheet::writeTable(table, path);
}

} // namespace

QStringList ImportPreview::rowMessages() const
{
    std::vector<std::pair<int, QString>> lines;
    for (const RejectedRow &r : rejected)
        lines.emplace_back(r.row, r.reason);
    for (const CheckedRow &r : rows) {
        for (const RowWarning &w : r.warnings)
            lines.emplace_back(r.row, w.message);
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    out.reserve(qsizetype(lines.size()));
    for (const auto &[row, message] : lines)
        out << QCoreApplication::translate("ttcs::Import", "Row %1: %2").arg(row).arg(message);
    return out;
}

SpokespersonImporter::SpokespersonImporter(db::Database &db, Clock clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<ImportPreview> SpokespersonImporter::preview(const QString &path,
                                                    const ImportOptions &options) const
{
    StepTimer timer;
    Result<sheet::Workbook> workbook = sheet::readWorkbook(path, options.limits);
    if (!workbook)
        return Error{workbook.error()};
    qCDebug(lcImport) << "read" << path << timer.lap();
    const Result<QString> sha = fileSha256(path);
    if (!sha)
        return Error{sha.error()};
    Result<ImportPreview> preview =
        this->preview(std::move(workbook).value(), sha.value(), options);
    if (preview.ok()) {
        preview.value().path = path;
        preview.value().fileName = QFileInfo(path).fileName();
    }
    return preview;
}

Result<ImportPreview> SpokespersonImporter::preview(sheet::Workbook workbook, const QString &sha256,
                                                    const ImportOptions &options) const
{
    ImportPreview p;
    p.path = workbook.path;
    p.fileName = QFileInfo(workbook.path).fileName();
    p.sha256 = sha256;
    p.listDate = options.listDate.isValid() ? options.listDate : m_clock.today();
    p.closeMissing = options.closeMissing;
    for (const sheet::Sheet &s : workbook.sheets)
        p.sheetNames << s.name();
    const QString shownFile = p.fileName.isEmpty() ? QStringLiteral("?") : p.fileName;

    // The sheet, and where its list is.
    sheet::Sheet *chosen = nullptr;
    Layout layout;
    if (!options.sheetName.isEmpty()) {
        for (sheet::Sheet &s : workbook.sheets) {
            if (s.name() == options.sheetName) {
                chosen = &s;
                break;
            }
        }
        if (!chosen)
            return Error{QCoreApplication::translate("ttcs::Import",
                                                     "%1 has no sheet named “%2”. Its sheets: %3.")
                             .arg(shownFile, options.sheetName, joined(p.sheetNames))};
        chosen->fillMergedRanges(sheet::MergeFill::Both);
        if (options.mapping) {
            layout = LayoutDetector::place(*chosen, *options.mapping);
        } else if (const auto found = LayoutDetector::detect(*chosen)) {
            layout = *found;
        } else {
            return Error{QCoreApplication::translate(
                             "ttcs::Import",
                             "The sheet “%1” of %2 does not look like a list of people: no row "
                             "near the top is a header with a name column (“Họ và tên”) and "
                             "another column such as “Chức vụ” or “Điện thoại”.")
                             .arg(options.sheetName, shownFile)};
        }
    } else {
        // The sheet whose header names the most columns; visible sheets
        // before hidden ones.
        int bestScore = 0;
        for (const bool hidden : {false, true}) {
            for (sheet::Sheet &s : workbook.sheets) {
                if (s.isHidden() != hidden || s.rowCount() == 0)
                    continue;
                s.fillMergedRanges(sheet::MergeFill::Both);
                if (options.mapping) {
                    const Layout placed = LayoutDetector::place(s, *options.mapping);
                    const int score = placed.mapping.shape == options.mapping->shape ? 100 : 1;
                    if (score > bestScore) {
                        bestScore = score;
                        layout = placed;
                        chosen = &s;
                    }
                    continue;
                }
                const auto found = LayoutDetector::detect(s);
                if (found && found->score > bestScore) {
                    bestScore = found->score;
                    layout = *found;
                    chosen = &s;
                }
            }
            if (chosen)
                break;
        }
        if (!chosen)
            return Error{QCoreApplication::translate(
                             "ttcs::Import",
                             "No sheet of %1 looks like a list of people: none has a header row "
                             "with a name column (“Họ và tên”) and another column such as "
                             "“Chức vụ” or “Điện thoại”.")
                             .arg(shownFile)};
    }
    if (!layout.mapping.isUsable())
        return Error{QCoreApplication::translate("ttcs::Import",
                                                 "No column of the sheet “%1” is set to hold "
                                                 "the names.")
                         .arg(chosen->name())};
    const sheet::Sheet &sheet = *chosen;
    p.sheetName = sheet.name();
    p.mapping = layout.mapping;
    p.mappingDetected = !options.mapping.has_value();
    p.titleLines = layout.titleLines;
    const int columns = std::max<int>(sheet.columnCount(), int(p.mapping.columns.size()));
    if (p.mapping.headerRow >= 0) {
        const int lastHeaderRow = p.mapping.headerRow + p.mapping.headerRowCount - 1;
        for (int c = 0; c < columns; ++c) {
            QString lower = text::clean(sheet.text(lastHeaderRow, c));
            const QString upper = text::clean(sheet.text(p.mapping.headerRow, c));
            p.headerCells << (lower.isEmpty() ? upper : lower);
        }
        while (!p.headerCells.isEmpty() && p.headerCells.constLast().isEmpty())
            p.headerCells.removeLast();
    }
    for (int r = 0; r < std::min(sheet.rowCount(), kSampleRows); ++r)
        p.sampleRows << rowTexts(sheet, r, columns);

    StepTimer timer;
    // The units.
    auto units = db::UnitRepository(m_db).all();
    if (!units)
        return Error{units.error()};
    const UnitMatcher matcher(units.value(), p.listDate);
    QString unitForAll;
    if (options.unitIdForAll > 0) {
        for (const Unit &u : units.value()) {
            if (u.id == options.unitIdForAll)
                unitForAll = u.name;
        }
        if (unitForAll.isEmpty())
            return Error{QCoreApplication::translate("ttcs::Import", "There is no unit %1.")
                             .arg(options.unitIdForAll)};
    } else if (!options.unitForAll.trimmed().isEmpty()) {
        const UnitMatch m = matcher.match(options.unitForAll);
        if (!m.matched()) {
            QString message = QCoreApplication::translate(
                                  "ttcs::Import", "The unit “%1” matches no unit of the list.")
                                  .arg(text::clean(options.unitForAll));
            if (!m.suggestions.isEmpty())
                message += QLatin1Char(' ') +
                           QCoreApplication::translate("ttcs::Import", "Did you mean: %1?")
                               .arg(suggestionNames(m.suggestions));
            return Error{message};
        }
        unitForAll = m.unitName;
    }

    // The rows.
    CheckedSheet checked = RowChecker(p.mapping, unitForAll, options.rowEdits).check(sheet);
    p.rows = std::move(checked.rows);
    p.rejected = std::move(checked.rejected);
    p.sections = std::move(checked.sections);
    p.ignoredRows = checked.ignoredRows;
    p.tcvn3Cells = checked.tcvn3Cells;
    p.vniCells = checked.vniCells;
    p.unitsFromSections = unitForAll.isEmpty() && !p.mapping.has(Field::Unit);
    qCDebug(lcImport) << "rows checked" << timer.lap();

    // Each distinct unit text of the file is matched once; rows of one unit
    // usually share the text's data, so the last one is tried first.
    struct UnitOfText
    {
        UnitMatch match;
        int unknown = -1; // index in p.unknownUnits
        RowWarning warning;
    };
    std::vector<UnitOfText> unitsOfTexts;
    QHash<QString, int> unitOfText;
    QString lastText;
    int last = -1;
    const auto unitFor = [&](const QString &text) -> int {
        if (last >= 0 && text.constData() == lastText.constData() && text.size() == lastText.size())
            return last;
        auto it = unitOfText.constFind(text);
        if (it == unitOfText.cend()) {
            UnitOfText u;
            const qint64 choice = options.unitChoices.value(text);
            for (const Unit &unit : units.value()) {
                if (choice > 0 && unit.id == choice) {
                    u.match.kind = UnitMatch::Kind::Exact;
                    u.match.unitId = unit.id;
                    u.match.unitName = unit.name;
                }
            }
            if (!u.match.matched())
                u.match = matcher.match(text);
            if (!u.match.matched()) {
                u.unknown = int(p.unknownUnits.size());
                p.unknownUnits.append(UnknownUnit{text, 0, u.match});
                if (u.match.kind == UnitMatch::Kind::Ambiguous) {
                    u.warning = {WarningKind::UnitAmbiguous,
                                 QCoreApplication::translate(
                                     "ttcs::Import",
                                     "The unit “%1” fits several units (%2); none was chosen.")
                                     .arg(text, suggestionNames(u.match.suggestions))};
                } else if (!u.match.suggestions.isEmpty()) {
                    u.warning = {WarningKind::UnitUnknown,
                                 QCoreApplication::translate(
                                     "ttcs::Import",
                                     "The unit “%1” is not in the list of units (closest: %2).")
                                     .arg(text, suggestionNames(u.match.suggestions))};
                } else {
                    u.warning = {WarningKind::UnitUnknown,
                                 QCoreApplication::translate(
                                     "ttcs::Import", "The unit “%1” is not in the list of units.")
                                     .arg(text)};
                }
            }
            it = unitOfText.insert(text, int(unitsOfTexts.size()));
            unitsOfTexts.push_back(std::move(u));
        }
        lastText = text;
        last = it.value();
        return last;
    };
    const QString sameNameTwice = QCoreApplication::translate(
        "ttcs::Import", "The same name is on row %1 for the same unit.");
    int withoutUnit = 0;
    const RowWarning noUnit{
        WarningKind::UnitUnknown,
        QCoreApplication::translate("ttcs::Import", "No unit is given for this person.")};
    // Units the user chose for single rows.
    QHash<qint64, const Unit *> unitById;
    for (const RowEdit &edit : options.rowEdits) {
        if (edit.unitId > 0 && unitById.isEmpty()) {
            for (const Unit &unit : units.value())
                unitById.insert(unit.id, &unit);
        }
    }
    // Per row: the unit id, or minus the unit text's index when it matched
    // no unit.
    std::vector<qint64> unitKeys(p.rows.size(), 0);
    for (std::size_t i = 0; i < p.rows.size(); ++i) {
        CheckedRow &row = p.rows[i];
        qint64 &unitKey = unitKeys[i];
        if (const Unit *picked = row.unitChoice > 0 ? unitById.value(row.unitChoice) : nullptr) {
            row.unitId = picked->id;
            row.unitName = picked->name;
            unitKey = row.unitId;
        } else if (row.unitText.isEmpty()) {
            row.warnings.push_back(noUnit);
            ++withoutUnit;
        } else {
            const int index = unitFor(row.unitText);
            const UnitOfText &u = unitsOfTexts[std::size_t(index)];
            if (u.match.matched()) {
                row.unitId = u.match.unitId;
                row.unitName = u.match.unitName;
                unitKey = row.unitId;
            } else {
                ++p.unknownUnits[u.unknown].rows;
                row.warnings.push_back(u.warning);
                unitKey = -1 - index;
            }
        }
    }
    markSameNameTwice(p.rows, unitKeys, sameNameTwice);
    for (const CheckedRow &row : p.rows)
        p.warningCount += int(row.warnings.size());

    qCDebug(lcImport) << "units matched" << timer.lap();
    // What commit would do now.
    auto existing = db::SpokespersonRepository(m_db).notEndedBefore(p.listDate);
    if (!existing)
        return Error{existing.error()};
    const Plan plan = makePlan(p.rows, existing.value(), p.listDate, p.closeMissing);
    p.toInsert = plan.inserts;
    p.toUpdate = plan.updates;
    p.toClose = int(plan.close.size());
    qCDebug(lcImport) << "planned" << timer.lap();
    auto earlier = db::ImportBatchRepository(m_db).withSha256(batchKind(), p.sha256);
    if (!earlier)
        return Error{earlier.error()};
    for (const db::ImportBatch &b : earlier.value()) {
        if (!b.isUndone())
            p.earlierBatches << b.id;
    }

    // The summary for the user.
    p.messages << QCoreApplication::translate(
                      "ttcs::Import",
                      "Sheet “%1”, header on row %2: %3 people, %4 rows refused, %5 warnings.")
                      .arg(p.sheetName)
                      .arg(p.mapping.headerRow + 1)
                      .arg(p.rows.size())
                      .arg(p.rejected.size())
                      .arg(p.warningCount);
    if (p.rows.empty())
        p.messages << QCoreApplication::translate("ttcs::Import",
                                                  "No person was found under the header.");
    if (p.unitsFromSections && !p.sections.empty())
        p.messages << QCoreApplication::translate(
            "ttcs::Import",
            "There is no unit column: each person's unit is the section row above them.");
    if (withoutUnit > 0)
        p.messages << QCoreApplication::translate(
                          "ttcs::Import",
                          "%1 people have no unit: the sheet has neither a unit column nor "
                          "section rows naming units.")
                          .arg(withoutUnit);
    if (p.tcvn3Cells > 0)
        p.messages << QCoreApplication::translate(
                          "ttcs::Import",
                          "%1 cells typed in the old TCVN3 encoding (.VnTime fonts) were "
                          "converted to Unicode.")
                          .arg(p.tcvn3Cells);
    if (p.vniCells > 0)
        p.messages << QCoreApplication::translate(
                          "ttcs::Import",
                          "%1 cells typed in the old VNI encoding were converted to Unicode.")
                          .arg(p.vniCells);
    for (const UnknownUnit &u : std::as_const(p.unknownUnits)) {
        if (u.match.kind == UnitMatch::Kind::Ambiguous)
            p.messages << QCoreApplication::translate("ttcs::Import",
                                                      "“%1” (%2 rows) fits several units: %3.")
                              .arg(u.text)
                              .arg(u.rows)
                              .arg(suggestionNames(u.match.suggestions));
        else if (!u.match.suggestions.isEmpty())
            p.messages << QCoreApplication::translate(
                              "ttcs::Import",
                              "“%1” (%2 rows) matches no unit; the text is kept. Closest: %3.")
                              .arg(u.text)
                              .arg(u.rows)
                              .arg(suggestionNames(u.match.suggestions));
        else
            p.messages << QCoreApplication::translate(
                              "ttcs::Import", "“%1” (%2 rows) matches no unit; the text is kept.")
                              .arg(u.text)
                              .arg(u.rows);
    }
    if (!p.earlierBatches.isEmpty())
        p.messages << QCoreApplication::translate(
                          "ttcs::Import",
                          "This file was already imported (batch %1); importing it again "
                          "updates the same people.")
                          .arg(p.earlierBatches.constFirst());
    p.messages << QCoreApplication::translate("ttcs::Import", "%1 people to add, %2 to update.")
                      .arg(p.toInsert)
                      .arg(p.toUpdate);
    if (p.closeMissing)
        p.messages << QCoreApplication::translate(
                          "ttcs::Import",
                          "%1 people missing from their unit's new list serve until %2.")
                          .arg(p.toClose)
                          .arg(p.listDate.addDays(-1).toString(Qt::ISODate));
    qCDebug(lcImport) << "preview" << p.fileName << p.sheetName << p.rows.size() << "rows";
    return p;
}

// Whether every unit the rows were matched to is still in the database: a
// unit may have been deleted since the preview, maybe by another window.
Status SpokespersonImporter::unitsStillThere(const std::vector<CheckedRow> &rows) const
{
    auto units = db::UnitRepository(m_db).all();
    if (!units)
        return Error{units.error()};
    QSet<qint64> ids;
    for (const Unit &u : units.value())
        ids.insert(u.id);
    for (const CheckedRow &row : rows) {
        if (row.unitId > 0 && !ids.contains(row.unitId))
            return Error{QCoreApplication::translate(
                             "ttcs::Import",
                             "The unit “%1” of row %2 is no longer in the list of units (it was "
                             "deleted after the file was checked). Check the file again.")
                             .arg(row.unitName.isEmpty() ? row.unitText : row.unitName)
                             .arg(row.row)};
    }
    return {};
}

Result<ImportOutcome> SpokespersonImporter::commit(const ImportPreview &preview)
{
    ImportOutcome outcome;
    StepTimer timer;
    // The rows refer to their units and to the new batch. SQLite would look
    // both up for every row, a sixth of its work on a large list; the units
    // are checked here instead, once each, in the same transaction.
    const Status st = m_db.bulkTransaction([&]() -> Status {
        db::ImportBatchRepository batches(m_db);
        db::SpokespersonRepository people(m_db);
        auto existing = people.notEndedBefore(preview.listDate);
        if (!existing)
            return Error{existing.error()};
        const std::vector<db::SpokespersonRecord> &before = existing.value();
        const Plan plan = makePlan(preview.rows, before, preview.listDate, preview.closeMissing);

        db::ImportBatch batch;
        batch.kind = batchKind();
        batch.fileName = preview.fileName;
        batch.sha256 = preview.sha256;
        batch.sheet = preview.sheetName;
        batch.listDate = preview.listDate;
        const auto created = batches.create(batch);
        if (!created)
            return Error{created.error()};
        const qint64 batchId = created.value();

        const auto fromSource = [&](db::SpokespersonRecord &r, const CheckedRow &row) {
            r.person.batchId = batchId;
            r.sourceSheet = preview.sheetName;
            r.sourceRow = row.row;
        };
        // Updated: what the new list says; what it leaves blank stays.
        std::vector<db::SpokespersonRecord> updates;
        updates.reserve(std::size_t(plan.updates));
        std::vector<std::size_t> insertAt(preview.rows.size());
        std::size_t insertCount = 0;
        QJsonArray previous;
        for (std::size_t i = 0; i < preview.rows.size(); ++i) {
            const int target = plan.target[i];
            if (target < 0) {
                insertAt[i] = insertCount++;
                continue;
            }
            const CheckedRow &row = preview.rows[i];
            const db::SpokespersonRecord &old = before[std::size_t(target)];
            previous.append(recordToJson(old));
            db::SpokespersonRecord r = old;
            r.person.name = row.name;
            if (row.unitId > 0)
                r.person.unitId = row.unitId;
            const auto keep = [](QString &field, const QString &value) {
                if (!value.isEmpty())
                    field = value;
            };
            keep(r.unitText, row.unitText);
            keep(r.person.position, row.position);
            keep(r.person.phone, row.phone);
            keep(r.person.email, row.email);
            keep(r.person.decision, row.decision);
            keep(r.notes, row.note);
            fromSource(r, row);
            updates.push_back(std::move(r));
        }
        // Added: filled side by side, each in its place in the order given.
        std::vector<db::SpokespersonRecord> inserts(insertCount);
        inSlices(preview.rows.size(), sliceCount(insertCount),
                 [&](std::size_t, std::size_t from, std::size_t to) {
                     for (std::size_t i = from; i < to; ++i) {
                         if (plan.target[i] >= 0)
                             continue;
                         const CheckedRow &row = preview.rows[i];
                         db::SpokespersonRecord &r = inserts[insertAt[i]];
                         r.person.name = row.name;
                         r.person.unitId = row.unitId;
                         r.unitText = row.unitText;
                         r.person.position = row.position;
                         r.person.phone = row.phone;
                         r.person.email = row.email;
                         r.person.decision = row.decision;
                         r.notes = row.note;
                         r.person.servingFrom = preview.listDate;
                         fromSource(r, row);
                     }
                 });
        std::vector<qint64> closed;
        closed.reserve(plan.close.size());
        for (const int j : plan.close) {
            previous.append(recordToJson(before[std::size_t(j)]));
            closed.push_back(before[std::size_t(j)].person.id);
        }

        if (Status s = unitsStillThere(preview.rows); !s.ok())
            return s;
        qCDebug(lcImport) << "records prepared" << timer.lap();
        const auto inserted = people.insertRecords(inserts);
        if (!inserted)
            return Error{inserted.error()};
        qCDebug(lcImport) << "inserted" << inserts.size() << timer.lap();
        if (Status s = people.updateRecords(updates); !s.ok())
            return s;
        if (Status s = people.endServing(closed, preview.listDate.addDays(-1)); !s.ok())
            return s;

        QList<db::RejectedRowRecord> rejected;
        rejected.reserve(qsizetype(preview.rejected.size()));
        for (const RejectedRow &r : preview.rejected)
            rejected << db::RejectedRowRecord{preview.sheetName, r.row, r.reason, r.cells};
        if (Status s = batches.addRejected(batchId, rejected); !s.ok())
            return s;

        outcome.batchId = batchId;
        outcome.inserted = int(inserts.size());
        outcome.updated = int(updates.size());
        outcome.closed = int(closed.size());
        outcome.rejected = int(preview.rejected.size());
        outcome.warnings = preview.warningCount;
        const QJsonObject counts{
            {QStringLiteral("imported"), outcome.inserted},
            {QStringLiteral("updated"), outcome.updated},
            {QStringLiteral("closed"), outcome.closed},
            {QStringLiteral("rejected"), outcome.rejected},
            {QStringLiteral("warnings"), outcome.warnings},
        };
        QJsonObject summary = counts;
        summary.insert(QStringLiteral("closeMissing"), preview.closeMissing);
        summary.insert(QStringLiteral("header"), QJsonArray::fromStringList(preview.headerCells));
        summary.insert(QStringLiteral("mapping"), preview.mapping.toJson());
        summary.insert(QStringLiteral("undo"),
                       QJsonObject{{QStringLiteral("inserted"), idRuns(inserted.value())},
                                   {QStringLiteral("previous"), previous}});
        if (Status s = batches.setSummary(batchId, summary); !s.ok())
            return s;
        qCDebug(lcImport) << "updated, ended, summary" << timer.lap();
        return db::AuditLog(m_db).record(
            QStringLiteral("import"), QStringLiteral("import_batch"), batchId,
            QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
    });
    if (!st.ok())
        return Error{QCoreApplication::translate("ttcs::Import",
                                                 "The list was not imported; nothing was "
                                                 "changed: %1")
                         .arg(st.error())};
    qCDebug(lcImport) << "committed batch" << outcome.batchId << timer.lap();
    return outcome;
}

Status SpokespersonImporter::undo(qint64 batchId)
{
    db::ImportBatchRepository batches(m_db);
    auto batch = batches.byId(batchId);
    if (!batch)
        return Error{batch.error()};
    if (batch->kind != batchKind())
        return Error{QCoreApplication::translate("ttcs::Import",
                                                 "Import batch %1 is not a list of spokespersons.")
                         .arg(batchId)};
    if (batch->isUndone())
        return Error{
            QCoreApplication::translate("ttcs::Import", "Import batch %1 was already undone on %2.")
                .arg(batchId)
                .arg(batch->undoneAt.toLocalTime().toString(Qt::ISODate))};
    const UndoData data = undoDataOf(batch->summary);
    if (!data.present)
        return Error{QCoreApplication::translate(
                         "ttcs::Import",
                         "Import batch %1 cannot be undone: it keeps no record of its changes.")
                         .arg(batchId)};

    // A later batch that changed the same people must be undone first, or
    // its changes would be lost or brought back wrong.
    auto all = batches.all(batchKind());
    if (!all)
        return Error{all.error()};
    const QSet<qint64> touched = data.touched();
    for (const db::ImportBatch &later : all.value()) {
        if (later.id <= batchId || later.isUndone())
            continue;
        auto full = batches.byId(later.id);
        if (!full)
            return Error{full.error()};
        if (undoDataOf(full->summary).touched().intersects(touched))
            return Error{QCoreApplication::translate(
                             "ttcs::Import",
                             "Import batch %1 changed some of the same people later; undo it "
                             "first.")
                             .arg(later.id)};
    }

    const Status st = m_db.transaction([&]() -> Status {
        db::SpokespersonRepository people(m_db);
        if (Status s = people.removeRecords(data.inserted); !s.ok())
            return s;
        if (Status s = people.updateRecords(data.previous); !s.ok())
            return s;
        if (Status s = batches.markUndone(batchId, QDateTime::currentDateTimeUtc()); !s.ok())
            return s;
        return db::AuditLog(m_db).record(QStringLiteral("undo"), QStringLiteral("import_batch"),
                                         batchId, batch->fileName);
    });
    if (!st.ok())
        return Error{QCoreApplication::translate("ttcs::Import",
                                                 "Import batch %1 was not undone; nothing was "
                                                 "changed: %2")
                         .arg(batchId)
                         .arg(st.error())};
    return {};
}

Status SpokespersonImporter::writeRejects(const ImportPreview &preview, const QString &path)
{
    return writeRejectedRows(preview.fileName, preview.headerCells, preview.rejected, path);
}

Status SpokespersonImporter::writeRejects(qint64 batchId, const QString &path) const
{
    db::ImportBatchRepository batches(m_db);
    auto batch = batches.byId(batchId);
    if (!batch)
        return Error{batch.error()};
    auto stored = batches.rejected(batchId);
    if (!stored)
        return Error{stored.error()};
    QStringList header;
    for (const QJsonValue &v : batch->summary.value(QStringLiteral("header")).toArray())
        header << v.toString();
    std::vector<RejectedRow> rows;
    rows.reserve(std::size_t(stored->size()));
    for (const db::RejectedRowRecord &r : stored.value())
        rows.push_back({r.row, r.reason, r.cells});
    return writeRejectedRows(batch->fileName, header, rows, path);
}

} // namespace ttcs::import
