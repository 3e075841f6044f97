#include "import/TraineeImporter.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/ImportBatchRepository.h"
#include "db/SqlQuery.h"
#include "db/TrainingRepository.h"
#include "db/UnitRepository.h"
#include "import/ColumnMapping.h"
#include "import/FileHash.h"
#include "import/UnitMatcher.h"
#include "sheet/WorkbookReader.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace ttcs::import {

namespace {

constexpr int kScanRows = 60;

enum class Column
{
    None,
    Ordinal,
    Name,
    Unit,
    Category,
    Completed
};

struct HeaderWord
{
    Column column;
    const char *folded; // as foldWords gives it
};

// Exact header words first; otherwise the longest of these the header
// holds as whole words.
const HeaderWord kHeaderWords[] = {
    {Column::Ordinal, "stt"},
    {Column::Ordinal, "tt"},
    {Column::Ordinal, "so tt"},
    {Column::Ordinal, "no"},
    {Column::Name, "ho va ten"},
    {Column::Name, "ho ten"},
    {Column::Name, "ten"},
    {Column::Name, "hoc vien"},
    {Column::Name, "ho ten hoc vien"},
    {Column::Name, "full name"},
    {Column::Name, "name"},
    {Column::Unit, "don vi"},
    {Column::Unit, "co quan"},
    {Column::Unit, "co quan don vi"},
    {Column::Unit, "don vi cong tac"},
    {Column::Unit, "noi cong tac"},
    {Column::Unit, "co quan cong tac"},
    {Column::Unit, "unit"},
    {Column::Unit, "organisation"},
    {Column::Unit, "organization"},
    {Column::Category, "doi tuong"},
    {Column::Category, "thanh phan"},
    {Column::Category, "nhom doi tuong"},
    {Column::Category, "loai"},
    {Column::Category, "chuc danh"},
    {Column::Category, "chuc vu"},
    {Column::Category, "category"},
    {Column::Completed, "hoan thanh"},
    {Column::Completed, "da hoan thanh"},
    {Column::Completed, "ket qua"},
    {Column::Completed, "chung chi"},
    {Column::Completed, "chung nhan"},
    {Column::Completed, "cap chung nhan"},
    {Column::Completed, "completed"},
};

Column columnOf(const QString &header)
{
    if (header.size() > 120)
        return Column::None;
    const QString h = foldWords(header);
    if (h.isEmpty())
        return Column::None;
    for (const HeaderWord &w : kHeaderWords) {
        if (h == QLatin1String(w.folded))
            return w.column;
    }
    Column best = Column::None;
    qsizetype bestLength = 0;
    const QString padded = QLatin1Char(' ') + h + QLatin1Char(' ');
    for (const HeaderWord &w : kHeaderWords) {
        const QLatin1String word(w.folded);
        if (word.size() > bestLength && word.size() > 2 &&
            padded.contains(QLatin1Char(' ') + word + QLatin1Char(' '))) {
            best = w.column;
            bestLength = word.size();
        }
    }
    return best;
}

TraineeColumns columnsAt(const QStringList &cells, int row)
{
    TraineeColumns c;
    int others = 0;
    for (int i = 0; i < cells.size(); ++i) {
        int *slot = nullptr;
        switch (columnOf(cells.at(i))) {
        case Column::Name: slot = &c.name; break;
        case Column::Unit: slot = &c.unit; break;
        case Column::Category: slot = &c.category; break;
        case Column::Completed: slot = &c.completed; break;
        case Column::Ordinal:
        case Column::None: break;
        }
        // A merged header cell fills its neighbours with the same words:
        // the first column of them holds the data.
        if (slot && *slot < 0) {
            *slot = i;
            if (slot != &c.name)
                ++others;
        }
    }
    if (c.name >= 0 && others > 0)
        c.headerRow = row;
    return c;
}

bool isColumnNumber(const QString &cell)
{
    QString s = cell;
    s.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    bool ok = false;
    s.toInt(&ok);
    return ok;
}

QStringList rowCells(const sheet::Sheet &sheet, int row)
{
    QStringList out;
    const int columns = sheet.columnCount();
    out.reserve(columns);
    for (int c = 0; c < columns; ++c)
        out << text::clean(headerText(sheet.cell(row, c)));
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

QString cellAt(const QStringList &cells, int column)
{
    return column >= 0 && column < cells.size() ? cells.at(column) : QString();
}

// The key that makes two trainees of a class the same person.
QString personKey(const QString &name, qint64 unitId, const QString &unitText)
{
    return text::fold(name) + QLatin1Char('|') +
           (unitId > 0 ? QString::number(unitId) : text::fold(unitText));
}

QString rowMessage(int row, const QString &message)
{
    return QCoreApplication::translate("ttcs::Import", "Row %1: %2").arg(row).arg(message);
}

} // namespace

QStringList TraineePreview::rowMessages() const
{
    QList<QPair<int, QString>> all;
    for (const TraineeRow &r : rows) {
        for (const QString &w : r.warnings)
            all.append({r.row, rowMessage(r.row, w)});
    }
    for (const RejectedRow &r : rejected)
        all.append({r.row, rowMessage(r.row, r.reason)});
    std::stable_sort(all.begin(), all.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList out;
    for (const auto &m : std::as_const(all))
        out << m.second;
    return out;
}

TraineeImporter::TraineeImporter(db::Database &db)
    : m_db(db)
{}

std::optional<TraineeCategory> TraineeImporter::categoryOf(const QString &text)
{
    const QString f = foldWords(text);
    if (f.isEmpty())
        return std::nullopt;
    for (TraineeCategory c : allTraineeCategories()) {
        if (f == foldWords(traineeCategoryKey(c)) || f == foldWords(traineeCategoryLabel(c)))
            return c;
    }
    const QString padded = QLatin1Char(' ') + f + QLatin1Char(' ');
    auto has = [&](const char *words) {
        return padded.contains(QLatin1Char(' ') + QLatin1String(words) + QLatin1Char(' '));
    };
    // The more specific names first: a "biên tập viên cổng thông tin" is a
    // portal editor, not an editor of a newspaper.
    if (has("cong thong tin") || has("trang thong tin") || has("portal") || has("btv cong"))
        return TraineeCategory::PortalEditor;
    if (has("trung tam") || has("ttvh") || has("district centre") || has("district center"))
        return TraineeCategory::DistrictCentre;
    if (has("van hoa thong tin") || has("van hoa va thong tin") || has("vh tt") ||
        has("vhtt") || has("cong chuc") || has("culture"))
        return TraineeCategory::CultureOfficial;
    if (has("cong tac vien") || has("ctv") || has("collaborator"))
        return TraineeCategory::Collaborator;
    if (has("bien tap") || has("btv") || has("editor"))
        return TraineeCategory::Editor;
    if (has("phong vien") || has("pv") || has("nha bao") || has("reporter") ||
        has("journalist"))
        return TraineeCategory::Reporter;
    if (has("khac") || has("other"))
        return TraineeCategory::Other;
    return std::nullopt;
}

std::optional<bool> TraineeImporter::completedOf(const QString &text)
{
    const QString f = foldWords(text);
    if (f.isEmpty())
        return false;
    static const QSet<QString> yes = {
        QStringLiteral("x"),          QStringLiteral("co"),  QStringLiteral("dat"),
        QStringLiteral("hoan thanh"), QStringLiteral("da hoan thanh"),
        QStringLiteral("yes"),        QStringLiteral("y"),   QStringLiteral("1"),
        QStringLiteral("true"),       QStringLiteral("done"), QStringLiteral("completed"),
        QStringLiteral("da cap"),     QStringLiteral("cap chung chi"),
        QStringLiteral("co chung chi")};
    static const QSet<QString> no = {
        QStringLiteral("khong"),  QStringLiteral("chua"),  QStringLiteral("chua hoan thanh"),
        QStringLiteral("khong dat"), QStringLiteral("0"),  QStringLiteral("no"),
        QStringLiteral("n"),      QStringLiteral("false"), QStringLiteral("vang"),
        QStringLiteral("bo hoc")};
    if (yes.contains(f) || text.trimmed() == QStringLiteral("✓") ||
        text.trimmed() == QStringLiteral("✔"))
        return true;
    if (no.contains(f))
        return false;
    return std::nullopt;
}

TraineeColumns TraineeImporter::detectColumns(const QList<QStringList> &rows)
{
    for (int r = 0; r < std::min<int>(kScanRows, int(rows.size())); ++r) {
        const TraineeColumns c = columnsAt(rows.at(r), r);
        if (c.isUsable())
            return c;
    }
    return {};
}

Result<TraineePreview> TraineeImporter::preview(const QString &path, qint64 classId) const
{
    const Result<QString> sha = fileSha256(path);
    if (!sha)
        return Error{sha.error()};
    Result<sheet::Workbook> workbook = sheet::readWorkbook(path);
    if (!workbook)
        return Error{workbook.error()};
    auto p = preview(std::move(workbook).value(), sha.value(), classId);
    if (!p)
        return p;
    TraineePreview out = std::move(p).value();
    out.fileName = QFileInfo(path).fileName();
    return out;
}

Result<TraineePreview> TraineeImporter::preview(sheet::Workbook workbook, const QString &sha256,
                                                qint64 classId) const
{
    auto trainingClass = db::TrainingRepository(m_db).trainingClass(classId);
    if (!trainingClass)
        return Error{trainingClass.error()};
    auto existing = db::TrainingRepository(m_db).trainees(classId);
    if (!existing)
        return Error{existing.error()};
    auto units = db::UnitRepository(m_db).all();
    if (!units)
        return Error{units.error()};

    TraineePreview p;
    p.fileName = QFileInfo(workbook.path).fileName();
    p.sha256 = sha256;

    // The first sheet with a header that names the trainees' columns.
    const sheet::Sheet *chosen = nullptr;
    QList<QStringList> rows;
    for (sheet::Sheet &s : workbook.sheets) {
        if (s.isHidden())
            continue;
        s.fillMergedRanges(sheet::MergeFill::Across);
        QList<QStringList> cells;
        for (int r = 0; r < s.rowCount(); ++r)
            cells << rowCells(s, r);
        const TraineeColumns c = detectColumns(cells);
        if (c.isUsable()) {
            chosen = &s;
            rows = cells;
            p.columns = c;
            break;
        }
    }
    if (!chosen)
        return Error{QCoreApplication::translate(
                         "ttcs::Import",
                         "No sheet of %1 has a header row naming the trainees' names and their "
                         "unit, category or completion (for example \"Họ và tên\", \"Đơn vị\", "
                         "\"Đối tượng\") in its first %2 rows.")
                         .arg(p.fileName)
                         .arg(kScanRows)};
    p.sheetName = chosen->name();

    const QDate on(trainingClass->year, 12, 31);
    const UnitMatcher matcher(units.value(), on);
    QSet<QString> known;
    for (const Trainee &t : existing.value())
        known.insert(personKey(t.name, t.unitId, t.unitText));
    QHash<QString, int> firstRowOf; // person key -> row, within the file
    const TraineeColumns &col = p.columns;
    const QString headerName = foldWords(cellAt(rows.at(col.headerRow), col.name));

    for (int r = col.headerRow + 1; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        if (cells.isEmpty() || std::all_of(cells.cbegin(), cells.cend(),
                                           [](const QString &c) { return c.isEmpty(); }))
            continue;
        if (std::all_of(cells.cbegin(), cells.cend(),
                        [](const QString &c) { return c.isEmpty() || isColumnNumber(c); }))
            continue; // (1) (2) (3) under the header
        const QString name = cellAt(cells, col.name);
        if (!name.isEmpty() && foldWords(name) == headerName)
            continue; // the header again, on a pasted page
        if (name.isEmpty()) {
            p.rejected.push_back(
                {r + 1,
                 QCoreApplication::translate("ttcs::Import", "The row has no name."), cells});
            continue;
        }
        if (isColumnNumber(name)) {
            p.rejected.push_back(
                {r + 1,
                 QCoreApplication::translate("ttcs::Import",
                                             "The name column holds a number (%1), not a name.")
                     .arg(name),
                 cells});
            continue;
        }
        TraineeRow t;
        t.row = r + 1;
        t.name = name;
        t.unitText = cellAt(cells, col.unit);
        if (!t.unitText.isEmpty()) {
            const UnitMatch m = matcher.match(t.unitText);
            if (m.matched()) {
                t.unitId = m.unitId;
                t.unitName = m.unitName;
            } else if (m.kind == UnitMatch::Kind::Ambiguous) {
                t.warnings << QCoreApplication::translate(
                                  "ttcs::Import",
                                  "\"%1\" fits several units; it is kept as written.")
                                  .arg(t.unitText);
            } else {
                t.warnings << QCoreApplication::translate(
                                  "ttcs::Import", "No unit is called \"%1\"; it is kept as written.")
                                  .arg(t.unitText);
            }
        }
        const QString categoryText = cellAt(cells, col.category);
        if (!categoryText.isEmpty()) {
            if (const auto c = categoryOf(categoryText)) {
                t.category = *c;
            } else {
                t.warnings << QCoreApplication::translate(
                                  "ttcs::Import",
                                  "The category \"%1\" is not one of the known ones; the trainee "
                                  "is counted under \"%2\".")
                                  .arg(categoryText, traineeCategoryLabel(TraineeCategory::Other));
            }
        }
        const QString completedText = cellAt(cells, col.completed);
        if (const auto done = completedOf(completedText)) {
            t.completed = *done;
        } else {
            t.warnings << QCoreApplication::translate(
                              "ttcs::Import",
                              "\"%1\" does not say whether the class was completed; taken as "
                              "not completed.")
                              .arg(completedText);
        }
        const QString key = personKey(t.name, t.unitId, t.unitText);
        if (known.contains(key)) {
            t.alreadyInClass = true;
            ++p.alreadyInClass;
            if (firstRowOf.contains(key))
                t.warnings << QCoreApplication::translate(
                                  "ttcs::Import",
                                  "The same person is on row %1; this row is left out.")
                                  .arg(firstRowOf.value(key));
        } else {
            known.insert(key);
            firstRowOf.insert(key, t.row);
        }
        p.warningCount += int(t.warnings.size());
        p.rows.push_back(std::move(t));
    }
    return p;
}

Result<TraineeImportOutcome> TraineeImporter::commit(const TraineePreview &preview,
                                                     qint64 classId)
{
    TraineeImportOutcome outcome;
    const Status st = m_db.transaction([&]() -> Status {
        auto trainingClass = db::TrainingRepository(m_db).trainingClass(classId);
        if (!trainingClass)
            return Error{trainingClass.error()};
        // The class may have changed since the preview: check again.
        auto existing = db::TrainingRepository(m_db).trainees(classId);
        if (!existing)
            return Error{existing.error()};
        QSet<QString> known;
        for (const Trainee &t : existing.value())
            known.insert(personKey(t.name, t.unitId, t.unitText));

        db::ImportBatchRepository batches(m_db);
        db::ImportBatch batch;
        batch.kind = batchKind();
        batch.fileName = preview.fileName;
        batch.sha256 = preview.sha256;
        batch.sheet = preview.sheetName;
        const auto created = batches.create(batch);
        if (!created)
            return Error{created.error()};
        outcome.batchId = created.value();

        db::SqlQuery q(m_db.connection());
        if (!q.prepare(QStringLiteral("INSERT INTO trainees(class_id, name, unit_id, unit_text, "
                                      "category, completed, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)")))
            return Error{q.errorText()};
        for (const TraineeRow &r : preview.rows) {
            const QString key = personKey(r.name, r.unitId, r.unitText);
            if (known.contains(key)) {
                ++outcome.skipped;
                continue;
            }
            known.insert(key);
            q.bind(classId);
            q.bind(r.name);
            q.bind(db::nullableId(r.unitId));
            q.bind(r.unitText);
            q.bind(traineeCategoryKey(r.category));
            q.bind(r.completed ? 1 : 0);
            q.bind(outcome.batchId);
            if (!q.exec())
                return Error{q.errorText()};
            ++outcome.inserted;
        }

        QList<db::RejectedRowRecord> rejected;
        for (const RejectedRow &r : preview.rejected)
            rejected << db::RejectedRowRecord{preview.sheetName, r.row, r.reason, r.cells};
        if (Status s = batches.addRejected(outcome.batchId, rejected); !s.ok())
            return s;
        outcome.rejected = int(preview.rejected.size());
        outcome.warnings = preview.warningCount;
        const QJsonObject summary{{QStringLiteral("class"), classId},
                                  {QStringLiteral("imported"), outcome.inserted},
                                  {QStringLiteral("skipped"), outcome.skipped},
                                  {QStringLiteral("rejected"), outcome.rejected},
                                  {QStringLiteral("warnings"), outcome.warnings}};
        if (Status s = batches.setSummary(outcome.batchId, summary); !s.ok())
            return s;
        return db::AuditLog(m_db).record(
            QStringLiteral("import"), QStringLiteral("trainees"), classId,
            QStringLiteral("%1: %2 trainees").arg(preview.fileName).arg(outcome.inserted));
    });
    if (!st.ok())
        return Error{st.error()};
    return outcome;
}

} // namespace ttcs::import
