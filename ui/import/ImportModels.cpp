#include "import/ImportModels.h"

#include "text/VietnameseText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace ttcs::ui {

using import::Field;

namespace {

QVariantList choice(const QString &label, const QVariant &value)
{
    return QVariantList{label, value};
}

QString summaryCount(const db::ImportBatch &batch, const char *key)
{
    return QLocale().toString(batch.summary.value(QLatin1String(key)).toInt());
}

QStringList foldedWords(const QString &text)
{
    return text::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

// ColumnMappingModel ----------------------------------------------------------

ColumnMappingModel::ColumnMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString ColumnMappingModel::columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

void ColumnMappingModel::setPreview(const import::ImportPreview &preview)
{
    beginResetModel();
    m_mapping = preview.mapping;
    m_headers = preview.headerCells;
    m_examples.clear();
    int columns = std::max(int(m_mapping.columns.size()), int(m_headers.size()));
    for (const QStringList &row : preview.sampleRows)
        columns = std::max(columns, int(row.size()));
    // The first non-empty cell of a person's row, per column.
    QSet<int> sections;
    for (const import::SectionRow &s : preview.sections)
        sections.insert(s.row - 1);
    const int first = m_mapping.firstDataRow;
    for (int c = 0; c < columns; ++c) {
        QString example;
        for (int r = std::max(0, first); r < preview.sampleRows.size() && example.isEmpty(); ++r) {
            if (!sections.contains(r))
                example = preview.sampleRows.at(r).value(c).trimmed();
        }
        m_examples << example;
    }
    while (m_headers.size() < columns)
        m_headers << QString();
    endResetModel();
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const Field field = m_mapping.fieldOf(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LetterColumn: return columnLetter(row);
        case HeaderColumn: return m_headers.at(row);
        case ExampleColumn: return m_examples.at(row);
        case FieldColumn:
            return field == Field::None ? tr("(not imported)") : import::fieldLabel(field);
        }
        break;
    case Qt::EditRole:
        if (index.column() == FieldColumn)
            return import::fieldKey(field);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn)
            return tr("What this column holds; press F2 or double-click to change it");
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == FieldColumn && field == Field::None)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    case Qt::FontRole:
        if (index.column() == FieldColumn && field == Field::Name) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case ChoicesRole:
        if (index.column() == FieldColumn) {
            QVariantList choices{choice(tr("(not imported)"), QString())};
            for (Field f : import::allFields())
                choices << QVariant(choice(import::fieldLabel(f), import::fieldKey(f)));
            return choices;
        }
        break;
    }
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != FieldColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString key = value.toString();
    const std::optional<Field> field =
        key.isEmpty() ? std::optional<Field>(Field::None) : import::fieldFromKey(key);
    if (!field)
        return false;
    if (m_mapping.fieldOf(index.row()) == *field)
        return true;
    m_mapping.set(index.row(), *field);
    Q_EMIT dataChanged(this->index(0, FieldColumn), this->index(rowCount() - 1, FieldColumn));
    Q_EMIT mappingEdited();
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FieldColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LetterColumn: return tr("Column");
    case HeaderColumn: return tr("Header in the file");
    case ExampleColumn: return tr("First value");
    case FieldColumn: return tr("Imported as");
    }
    return {};
}

// SampleRowsModel -------------------------------------------------------------

SampleRowsModel::SampleRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SampleRowsModel::setPreview(const import::ImportPreview &preview)
{
    beginResetModel();
    m_rows = preview.sampleRows;
    m_mapping = preview.mapping;
    m_kinds.clear();
    m_sectionUnits.clear();
    m_columns = int(m_mapping.columns.size());
    QHash<int, QString> sections; // 0-based row -> unit text
    for (const import::SectionRow &s : preview.sections)
        sections.insert(s.row - 1, s.text);
    const int header = m_mapping.headerRow;
    for (int r = 0; r < m_rows.size(); ++r) {
        m_columns = std::max(m_columns, int(m_rows.at(r).size()));
        Kind kind = Kind::Data;
        if (header >= 0 && r < header)
            kind = Kind::Title;
        else if (header >= 0 && r < header + m_mapping.headerRowCount)
            kind = Kind::Header;
        else if (sections.contains(r))
            kind = Kind::Section;
        m_kinds << kind;
        m_sectionUnits << sections.value(r);
    }
    endResetModel();
}

int SampleRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SampleRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant SampleRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Kind kind = m_kinds.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return m_rows.at(index.row()).value(index.column());
    case Qt::ToolTipRole:
        switch (kind) {
        case Kind::Title: return tr("Title above the list (not imported)");
        case Kind::Header: return tr("Header row: names the columns");
        case Kind::Section:
            return tr("Section row: the people below belong to “%1”")
                .arg(m_sectionUnits.at(index.row()));
        case Kind::Data: return m_rows.at(index.row()).value(index.column());
        }
        break;
    case Qt::FontRole:
        if (kind == Kind::Header || kind == Kind::Section) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (kind == Kind::Title) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case Qt::BackgroundRole:
        if (kind == Kind::Header)
            return QBrush(QColor(0xdc, 0xe8, 0xf8));
        if (kind == Kind::Section)
            return QBrush(QColor(0xfd, 0xf1, 0xd6));
        break;
    case Qt::ForegroundRole:
        if (kind == Kind::Title)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (kind == Kind::Header || kind == Kind::Section)
            return QBrush(Qt::black); // readable on the light background in any theme
        break;
    }
    return {};
}

QVariant SampleRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1; // the row number the spreadsheet program shows
        return {};
    }
    if (role == Qt::DisplayRole) {
        const Field f = m_mapping.fieldOf(section);
        const QString letter = ColumnMappingModel::columnLetter(section);
        return f == Field::None ? letter
                                : QStringLiteral("%1: %2").arg(letter, import::fieldLabel(f));
    }
    return {};
}

// UnitChoiceModel -------------------------------------------------------------

UnitChoiceModel::UnitChoiceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void UnitChoiceModel::setUnknownUnits(const QList<import::UnknownUnit> &unknown,
                                      const QList<QPair<QString, qint64>> &units,
                                      const QHash<QString, qint64> &choices)
{
    beginResetModel();
    m_unknown = unknown;
    m_units = units;
    m_unitNames.clear();
    for (const auto &u : units)
        m_unitNames.insert(u.second, u.first);
    m_chosen.clear();
    for (const import::UnknownUnit &u : std::as_const(m_unknown))
        m_chosen << choices.value(u.text, 0);
    endResetModel();
}

QHash<QString, qint64> UnitChoiceModel::choices() const
{
    QHash<QString, qint64> out;
    for (int i = 0; i < m_unknown.size(); ++i) {
        if (m_chosen.at(i) > 0)
            out.insert(m_unknown.at(i).text, m_chosen.at(i));
    }
    return out;
}

void UnitChoiceModel::acceptSuggestions()
{
    bool changed = false;
    for (int i = 0; i < m_unknown.size(); ++i) {
        const auto &suggestions = m_unknown.at(i).match.suggestions;
        if (m_chosen.at(i) == 0 && !suggestions.isEmpty()) {
            m_chosen[i] = suggestions.first().unitId;
            changed = true;
        }
    }
    if (!changed)
        return;
    Q_EMIT dataChanged(index(0, ChoiceColumn), index(rowCount() - 1, ChoiceColumn));
    Q_EMIT choicesChanged();
}

QString UnitChoiceModel::unitName(qint64 id) const
{
    return m_unitNames.value(id);
}

int UnitChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_unknown.size());
}

int UnitChoiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const import::UnknownUnit &u = m_unknown.at(index.row());
    const qint64 chosen = m_chosen.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn: return u.text;
        case RowsColumn: return QLocale().toString(u.rows);
        case ChoiceColumn:
            return chosen > 0 ? unitName(chosen) : tr("(no unit: keep the text from the file)");
        }
        break;
    case Qt::EditRole:
        if (index.column() == ChoiceColumn)
            return chosen;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == ChoiceColumn) {
            QStringList lines;
            if (u.match.kind == import::UnitMatch::Kind::Ambiguous)
                lines << tr("Several units have this name; choose the right one.");
            else
                lines << tr("No unit has exactly this name.");
            for (const import::UnitSuggestion &s : u.match.suggestions)
                lines << tr("Suggested: %1 (%2% alike)").arg(s.name).arg(qRound(s.score * 100));
            lines << tr("Press F2 or double-click to choose.");
            return lines.join(QLatin1Char('\n'));
        }
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == ChoiceColumn && chosen == 0)
            return QBrush(QColor(0xa0, 0x50, 0x00));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RowsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ChoicesRole:
        if (index.column() == ChoiceColumn) {
            QVariantList choices{choice(tr("(no unit: keep the text from the file)"), qint64(0))};
            QSet<qint64> suggested;
            for (const import::UnitSuggestion &s : u.match.suggestions) {
                choices << QVariant(
                    choice(tr("%1 (suggested, %2% alike)").arg(s.name).arg(qRound(s.score * 100)),
                           s.unitId));
                suggested.insert(s.unitId);
            }
            for (const auto &unit : m_units) {
                if (!suggested.contains(unit.second))
                    choices << QVariant(choice(unit.first, unit.second));
            }
            return choices;
        }
        break;
    }
    return {};
}

bool UnitChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ChoiceColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const qint64 id = value.toLongLong();
    if (id != 0 && !m_unitNames.contains(id))
        return false;
    if (m_chosen.at(index.row()) == id)
        return true;
    m_chosen[index.row()] = id;
    Q_EMIT dataChanged(index, index);
    Q_EMIT choicesChanged();
    return true;
}

Qt::ItemFlags UnitChoiceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ChoiceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant UnitChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn: return tr("Unit as written in the file");
    case RowsColumn: return tr("People");
    case ChoiceColumn: return tr("Import under");
    }
    return {};
}

// CheckRowsModel --------------------------------------------------------------

CheckRowsModel::CheckRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

bool CheckRowsModel::Entry::operator==(const Entry &o) const
{
    return row == o.row && problems == o.problems && name == o.name && position == o.position &&
           unit == o.unit && unitText == o.unitText && phone == o.phone && email == o.email &&
           problem == o.problem && cells == o.cells && unitId == o.unitId &&
           unitMatched == o.unitMatched && edited == o.edited;
}

QList<CheckRowsModel::Entry> CheckRowsModel::entriesOf(const import::ImportPreview &preview) const
{
    QHash<QString, QList<import::UnitSuggestion>> suggestions;
    for (const import::UnknownUnit &u : preview.unknownUnits)
        suggestions.insert(u.text, u.match.suggestions);
    QList<Entry> entries;
    entries.reserve(qsizetype(preview.rows.size() + preview.rejected.size()));
    for (const import::CheckedRow &r : preview.rows) {
        Entry e;
        e.row = r.row;
        e.name = r.name;
        e.position = r.position;
        e.unitMatched = r.unitId > 0;
        e.unitId = r.unitId;
        e.unitText = r.unitText;
        e.unit = r.unitId > 0 ? r.unitName : r.unitText;
        e.phone = r.phone;
        e.email = r.email;
        e.edited = r.edited;
        if (!e.unitMatched)
            e.suggestions = suggestions.value(r.unitText);
        QStringList problems;
        for (const import::RowWarning &w : r.warnings) {
            problems << w.message;
            switch (w.kind) {
            case import::WarningKind::PhoneInvalid:
            case import::WarningKind::PhoneConverted: e.problems |= PhoneProblem; break;
            case import::WarningKind::EmailMalformed: e.problems |= EmailProblem; break;
            case import::WarningKind::UnitUnknown:
            case import::WarningKind::UnitAmbiguous: e.problems |= UnitProblem; break;
            case import::WarningKind::SameNameTwice: e.problems |= SameNameProblem; break;
            }
        }
        e.problem = problems.join(QStringLiteral("; "));
        entries << e;
    }
    for (const import::RejectedRow &r : preview.rejected) {
        Entry e;
        e.row = r.row;
        e.problems = Rejected;
        e.position = r.position;
        e.unitText = r.unitText;
        e.unit = r.unitText;
        e.unitMatched = false;
        e.phone = r.phone;
        e.email = r.email;
        e.edited = r.edited;
        e.cells = r.cells.join(QStringLiteral(" | ")).trimmed();
        e.problem = r.reason;
        entries << e;
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.row < b.row; });
    for (Entry &e : entries) {
        e.search = text::fold(e.name + QLatin1Char(' ') + e.position + QLatin1Char(' ') + e.unit +
                              QLatin1Char(' ') + e.phone + QLatin1Char(' ') + e.email +
                              QLatin1Char(' ') + e.problem + QLatin1Char(' ') + e.cells);
    }
    return entries;
}

void CheckRowsModel::setPreview(const import::ImportPreview &preview,
                                const QList<QPair<QString, qint64>> &units)
{
    beginResetModel();
    m_units = units;
    m_entries = entriesOf(preview);
    endResetModel();
}

void CheckRowsModel::updatePreview(const import::ImportPreview &preview)
{
    QList<Entry> entries = entriesOf(preview);
    const bool sameRows =
        entries.size() == m_entries.size() &&
        std::equal(entries.cbegin(), entries.cend(), m_entries.cbegin(),
                   [](const Entry &a, const Entry &b) { return a.row == b.row; });
    if (!sameRows) {
        beginResetModel();
        m_entries = std::move(entries);
        endResetModel();
        return;
    }
    // One signal per run of changed rows, so that views and filters only
    // look again at those.
    for (qsizetype i = 0; i < entries.size();) {
        if (entries.at(i) == m_entries.at(i)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < entries.size() && !(entries.at(j) == m_entries.at(j))) {
            m_entries[j] = std::move(entries[j]);
            ++j;
        }
        Q_EMIT dataChanged(index(int(i), 0), index(int(j - 1), ColumnCount - 1));
        i = j;
    }
}

int CheckRowsModel::rowOfSheetRow(int sheetRow) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), sheetRow,
                                     [](const Entry &e, int row) { return e.row < row; });
    return it != m_entries.cend() && it->row == sheetRow ? int(it - m_entries.cbegin()) : -1;
}

int CheckRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CheckRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const bool rejected = e.problems & Rejected;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RowColumn: return e.row;
        case StatusColumn:
            if (e.edited) {
                if (rejected)
                    return tr("Corrected, still not imported");
                return e.problems ? tr("Corrected, with a warning") : tr("Corrected");
            }
            if (rejected)
                return tr("Not imported");
            return e.problems ? tr("Imported, with a warning") : tr("Imported");
        case NameColumn:
            if (rejected && e.name.isEmpty())
                return role == Qt::ToolTipRole ? tr("Type the name (F2) to import this row")
                                               : tr("(no name)");
            return e.name;
        case PositionColumn: return e.position;
        case UnitColumn:
            if (!e.unitMatched && !e.unit.isEmpty() && role == Qt::ToolTipRole)
                return tr("%1 (matches no unit; kept as written). Choose a unit with F2.")
                    .arg(e.unit);
            return e.unit;
        case PhoneColumn: return e.phone;
        case EmailColumn: return e.email;
        case ProblemColumn:
            if (role == Qt::ToolTipRole && !e.cells.isEmpty())
                return tr("%1\nThe row as read: %2").arg(e.problem, e.cells);
            return e.problem;
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn: return e.name;
        case PositionColumn: return e.position;
        case UnitColumn: return e.unitMatched ? e.unitId : qint64(0);
        case PhoneColumn: return e.phone;
        case EmailColumn: return e.email;
        }
        return data(index, Qt::DisplayRole);
    case ChoicesRole:
        if (index.column() == UnitColumn) {
            QVariantList choices;
            choices << QVariant(QVariantList{
                e.unitText.isEmpty() ? tr("(no unit)")
                                     : tr("“%1” as written, no unit").arg(e.unitText),
                qint64(0)});
            for (const import::UnitSuggestion &s : e.suggestions)
                choices << QVariant(QVariantList{tr("%1 (suggested)").arg(s.name), s.unitId});
            for (const auto &[name, id] : m_units)
                choices << QVariant(QVariantList{name, id});
            return choices;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn || index.column() == ProblemColumn) {
            if (rejected)
                return QBrush(QColor(0xb0, 0x1c, 0x1c));
            if (e.problems)
                return QBrush(QColor(0x9a, 0x5b, 0x00));
            if (e.edited)
                return QBrush(QColor(0x1d, 0x6b, 0x2a));
        }
        if (index.column() == NameColumn && rejected && e.name.isEmpty())
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == UnitColumn && !e.unitMatched && !rejected)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        break;
    case Qt::FontRole:
        if (index.column() == NameColumn && rejected && e.name.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ProblemRole: return e.problems;
    case SearchRole: return e.search;
    case EditedRole: return e.edited;
    case SheetRowRole: return e.row;
    }
    return {};
}

bool CheckRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    if (value == data(index, Qt::EditRole))
        return true; // nothing typed over
    Q_EMIT editRequested(m_entries.at(index.row()).row, index.column(), value);
    return true;
}

Qt::ItemFlags CheckRowsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    switch (index.column()) {
    case NameColumn:
    case PositionColumn:
    case UnitColumn:
    case PhoneColumn:
    case EmailColumn: return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant CheckRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn: return tr("Row");
    case StatusColumn: return tr("Result");
    case NameColumn: return tr("Full name");
    case PositionColumn: return tr("Position");
    case UnitColumn: return tr("Unit");
    case PhoneColumn: return tr("Phone");
    case EmailColumn: return tr("Email");
    case ProblemColumn: return tr("Warning or reason");
    }
    return {};
}

CheckRowsFilter::CheckRowsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void CheckRowsFilter::setProblem(int problemMask)
{
    m_problem = problemMask;
    invalidateFilter();
}

void CheckRowsFilter::setSearchText(const QString &text)
{
    m_words = foldedWords(text);
    invalidateFilter();
}

bool CheckRowsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int problems = index.data(CheckRowsModel::ProblemRole).toInt();
    // A row the user corrected stays in view, so that its new state is seen
    // (and it can be corrected again) even when its problem is gone.
    const bool edited = index.data(CheckRowsModel::EditedRole).toBool();
    if (m_problem == -1 && problems == 0 && !edited)
        return false;
    if (m_problem > 0 && !(problems & m_problem) && !edited)
        return false;
    if (!m_words.isEmpty()) {
        const QString search = index.data(CheckRowsModel::SearchRole).toString();
        for (const QString &w : m_words) {
            if (!search.contains(w))
                return false;
        }
    }
    return true;
}

// ImportBatchModel ------------------------------------------------------------

ImportBatchModel::ImportBatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportBatchModel::setBatches(const QList<db::ImportBatch> &batches)
{
    beginResetModel();
    m_batches = batches;
    endResetModel();
}

const db::ImportBatch *ImportBatchModel::batchAt(int row) const
{
    return row >= 0 && row < m_batches.size() ? &m_batches.at(row) : nullptr;
}

int ImportBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportBatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const db::ImportBatch &b = m_batches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ImportedColumn:
            return QLocale().toString(b.importedAt.toLocalTime(), QLocale::ShortFormat);
        case FileColumn: return b.fileName;
        case SheetColumn: return b.sheet;
        case ListDateColumn:
            return b.listDate.isValid() ? QLocale().toString(b.listDate, QLocale::ShortFormat)
                                        : QString();
        case AddedColumn: return summaryCount(b, "imported");
        case UpdatedColumn: return summaryCount(b, "updated");
        case ClosedColumn: return summaryCount(b, "closed");
        case RejectedColumn: return summaryCount(b, "rejected");
        case ShaColumn: return b.sha256.left(12);
        case StateColumn:
            return b.isUndone()
                       ? tr("Undone %1").arg(QLocale().toString(b.undoneAt.toLocalTime(),
                                                                QLocale::ShortFormat))
                       : tr("Imported");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ShaColumn)
            return tr("SHA-256 of the file: %1").arg(b.sha256);
        if (index.column() == FileColumn)
            return tr("Batch %1: %2").arg(b.id).arg(b.fileName);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() >= AddedColumn && index.column() <= RejectedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (b.isUndone())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    case Qt::FontRole:
        if (index.column() == ShaColumn)
            return QFont(QStringLiteral("monospace"));
        break;
    case Qt::UserRole: return b.id;
    }
    return {};
}

QVariant ImportBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ImportedColumn: return tr("Imported on");
    case FileColumn: return tr("File");
    case SheetColumn: return tr("Sheet");
    case ListDateColumn: return tr("List date");
    case AddedColumn: return tr("Added");
    case UpdatedColumn: return tr("Updated");
    case ClosedColumn: return tr("Ended");
    case RejectedColumn: return tr("Not imported");
    case ShaColumn: return tr("SHA-256");
    case StateColumn: return tr("State");
    }
    return {};
}

} // namespace ttcs::ui
