// Reads the people of a sheet row by row once the layout is known: each
// cell's text converted from TCVN3 or VNI when its font or its characters
// say so, in NFC with spaces tidied; phones and e-mails normalised. A row
// is refused only when it has no name; what is doubtful about a kept row
// (a phone that is not one, an old 11-digit mobile changed, a malformed
// e-mail) is a warning on it.
#pragma once

#include "import/ColumnMapping.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ttcs::sheet {
class Sheet;
}

namespace ttcs::import {

enum class WarningKind
{
    PhoneInvalid,
    PhoneConverted, // an old 11-digit mobile number was changed
    EmailMalformed,
    UnitUnknown,   // no unit matched; the file's text is kept
    UnitAmbiguous, // several units fit; none chosen
    SameNameTwice  // the same name in the same unit on another row
};

struct RowWarning
{
    WarningKind kind = WarningKind::PhoneInvalid;
    QString message; // translated, for the user
};

// What the user typed over a row's cells before importing it (the check
// page of the wizard): a field left unset keeps the sheet's text. The row
// is then checked like any other, so a fixed row gets the same warnings,
// or none, as if the file had said so.
struct RowEdit
{
    std::optional<QString> name;
    std::optional<QString> position;
    std::optional<QString> unitText;
    std::optional<QString> phone;
    std::optional<QString> email;
    // With unitText: the unit the user chose for the row (0: none, the
    // text is matched like the file's).
    qint64 unitId = 0;

    bool isEmpty() const
    {
        return !name && !position && !unitText && !phone && !email && unitId == 0;
    }
    bool operator==(const RowEdit &o) const
    {
        return name == o.name && position == o.position && unitText == o.unitText &&
               phone == o.phone && email == o.email && unitId == o.unitId;
    }
    bool operator!=(const RowEdit &o) const { return !(*this == o); }
};

// Sheet row (1-based, as CheckedRow::row) -> what the user typed over it.
using RowEdits = QHash<int, RowEdit>;

struct CheckedRow
{
    int row = 0; // 1-based, as the spreadsheet program shows it
    QString name;
    QString nameKey; // the name in small letters, to find the same person
    QString position;
    QString unitText; // the unit as the file gives it (column, section or --unit)
    QString phone;    // normalised; the text as written when it is not a phone
    QString email;
    QString decision;
    QString note;
    bool unitFromSection = false;
    bool edited = false;   // the user typed over some of its cells
    qint64 unitChoice = 0; // the unit the user chose for this row (RowEdit::unitId)
    QList<RowWarning> warnings;
    // Set by the importer from the unit list.
    qint64 unitId = 0;
    QString unitName;
};

struct RejectedRow
{
    RejectedRow() = default;
    RejectedRow(int row_, QString reason_, QStringList cells_)
        : row(row_)
        , reason(std::move(reason_))
        , cells(std::move(cells_))
    {}

    int row = 0;
    QString reason;
    QStringList cells; // the row's cells as read
    // What the row holds besides the missing name, for it to be fixed.
    QString position;
    QString unitText;
    QString phone;
    QString email;
    bool edited = false;
};

struct SectionRow
{
    int row = 0;
    QString text;
    int level = 0;
};

struct CheckedSheet
{
    std::vector<CheckedRow> rows;
    std::vector<RejectedRow> rejected;
    std::vector<SectionRow> sections;
    int ignoredRows = 0; // repeated headers, column numbers, stray text
    int tcvn3Cells = 0;  // cells converted from TCVN3
    int vniCells = 0;    // cells converted from VNI
};

class RowChecker final
{
public:
    // `unitForAll`: the unit of every row, whatever the sheet says;
    // `edits`: what the user typed over some rows.
    explicit RowChecker(ColumnMapping mapping, QString unitForAll = {}, RowEdits edits = {});

    CheckedSheet check(const sheet::Sheet &sheet) const;

private:
    ColumnMapping m_mapping;
    QString m_unitForAll;
    RowEdits m_edits;
};

} // namespace ttcs::import
