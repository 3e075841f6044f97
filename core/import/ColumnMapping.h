// Which column of a unit's spreadsheet holds what: found from the words of
// the header row ("Họ và tên", "HỌ TÊN", "Ho ten"…, in any order and case,
// with or without diacritics) or given by the user in the import wizard.
// A mapping is saved as JSON under a key made from the header's words, so
// the wizard can offer it again for the next file of the same shape.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace ttcs::sheet {
class Sheet;
struct Cell;
} // namespace ttcs::sheet

namespace ttcs::import {

enum class Field : quint8
{
    None, // the column is not imported
    Ordinal,
    Name,
    Position,
    Unit,
    Phone,
    Email,
    Note,
    Decision
};

// Every field but None, in the order the wizard lists them.
const QList<Field> &allFields();
// "name", "position", … as saved in JSON; "" for None.
QString fieldKey(Field field);
std::optional<Field> fieldFromKey(const QString &key);
// For the wizard's column choices, translated.
QString fieldLabel(Field field);

// The field a header cell names, by its words; None when it names none.
Field fieldOfHeader(const QString &headerText);

// A cell's text with TCVN3 or VNI converted (by its font or its
// characters), for reading headers and titles.
QString headerText(const sheet::Cell &cell);

// `text` for comparing words: NFC, lower case, no diacritics (đ as d),
// every run of punctuation and spaces as one space, trimmed.
QString foldWords(const QString &text);

struct ColumnMapping
{
    // First header row (0-based), or -1 when the sheet has no header and
    // the data starts at firstDataRow.
    int headerRow = -1;
    int headerRowCount = 1; // a header can take two rows (a merged group above)
    int firstDataRow = 0;
    std::vector<Field> columns; // the field of each column; missing: None
    // The header's words, folded, "|" between columns and "/" between the
    // rows of a two-row header: files of the same shape have the same.
    QString shape;

    Field fieldOf(int column) const;
    // The columns mapped to `field`, left to right.
    QList<int> columnsOf(Field field) const;
    bool has(Field field) const { return !columnsOf(field).isEmpty(); }
    // Enough to import: a name column.
    bool isUsable() const { return has(Field::Name); }
    void set(int column, Field field);

    // A short key for remembering the mapping of files of this shape
    // (hex SHA-1 of `shape`); empty without a header.
    QString memoryKey() const;

    QJsonObject toJson() const;
    // Null when the JSON is not a mapping.
    static std::optional<ColumnMapping> fromJson(const QJsonObject &json);

    // The shape of the header rows starting at `row` of `sheet`.
    static QString shapeOf(const sheet::Sheet &sheet, int row, int rowCount);

    bool operator==(const ColumnMapping &o) const;
    bool operator!=(const ColumnMapping &o) const { return !(*this == o); }
};

} // namespace ttcs::import
