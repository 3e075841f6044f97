// Reads the people of a sheet row by row once the layout is known: each
// cell's text converted from TCVN3 or VNI when its font or its characters
// say so, in NFC with spaces tidied; phones and e-mails normalised. A row
// is refused only when it has no name; what is doubtful about a kept row
// (a phone that is not one, an old 11-digit mobile changed, a malformed
// e-mail) is a warning on it.
#pragma once

#include "import/ColumnMapping.h"

#include <QList>
#include <QString>
#include <QStringList>

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

struct CheckedRow
{
    int row = 0; // 1-based, as the spreadsheet program shows it
    QString name;
    QString position;
    QString unitText; // the unit as the file gives it (column, section or --unit)
    QString phone;    // normalised; the text as written when it is not a phone
    QString email;
    QString decision;
    QString note;
    bool unitFromSection = false;
    QList<RowWarning> warnings;
    // Set by the importer from the unit list.
    qint64 unitId = 0;
    QString unitName;
};

struct RejectedRow
{
    int row = 0;
    QString reason;
    QStringList cells; // the row's cells as read
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
    // `unitForAll`: the unit of every row, whatever the sheet says.
    explicit RowChecker(ColumnMapping mapping, QString unitForAll = {});

    CheckedSheet check(const sheet::Sheet &sheet) const;

private:
    ColumnMapping m_mapping;
    QString m_unitForAll;
};

} // namespace ttcs::import
