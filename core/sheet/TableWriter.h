// Writes a plain table of text for people to open in a spreadsheet program:
// an optional title and lines under it, a header row, rows of text and bold
// group rows ("1. Sở Tư pháp") between them, with column widths. In XLSX a
// column may also hold numbers or dates, be hidden, or offer a drop-down
// list of choices (a form to fill in). CSV is RFC 4180 in
// UTF-8 with a byte order mark (Excel then reads Vietnamese correctly);
// XLSX is a small SpreadsheetML package of inline strings, zipped with
// QuaZip. (Not libxlsxwriter: on Linux it and QuaZip both export the
// minizip functions, and in one process either ends up calling the other's
// copy and crashes.) Both are written atomically (an earlier
// file stays as it was when writing fails), and a cell that a spreadsheet
// program would take for a formula (= + - @ in front) is kept as text.
#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ttcs::sheet {

struct TableRow
{
    QStringList cells;
    // A heading between rows: its first cell is written bold across the
    // table's width.
    bool group = false;
};

// XLSX only: what a column's cells hold. Text that does not read as a
// number (or a date) is written as text whatever the column.
enum class ColumnKind
{
    Text,
    Number, // whole or decimal numbers ("12", "-3.5")
    Date    // "yyyy-MM-dd" or "dd/MM/yyyy", shown as dd/mm/yyyy
};

// XLSX only: a drop-down of choices on every row of a column (a data
// validation list). A value outside the list is refused by the spreadsheet
// program with `error`.
struct ListValidation
{
    int column = 0;
    QStringList choices; // together at most 255 characters, no commas
    QString prompt;      // shown when the cell is selected; empty: none
    QString error;       // shown on a value outside the list
};

struct Table
{
    QString title;      // bold, above the header; empty: no title row
    QStringList subtitle; // lines under the title, each across the table
    QString sheetName;  // XLSX only; empty: "Sheet1"
    QStringList header; // bold; empty: no header row
    std::vector<TableRow> rows;
    // Width of each column in characters (as spreadsheet programs count
    // them); a missing or non-positive width leaves the default.
    QList<double> columnWidths;
    // XLSX only; a missing kind is Text.
    QList<ColumnKind> columnKinds;
    QList<int> hiddenColumns;
    QList<ListValidation> validations;
    // XLSX only: printed as wide as one page (the rows run on over pages).
    bool fitToWidth = false;

    void addRow(const QStringList &cells) { rows.push_back({cells, false}); }
    void addGroup(const QString &text) { rows.push_back({{text}, true}); }
    // The widest of header and rows.
    int columnCount() const;
};

enum class TableFormat
{
    Csv,
    Xlsx
};

// The format a file name asks for (.csv, .xlsx; any case), if any.
std::optional<TableFormat> tableFormatForPath(const QString &path);

// The text a cell is written with in CSV: a cell starting with = + - @ (or
// a tab or carriage return) gets an apostrophe in front, so that no
// spreadsheet program runs it as a formula.
QString neutraliseFormula(const QString &cell);

// The CSV bytes: BOM, fields separated by `separator`, quoted when needed,
// lines ending in CR LF.
QByteArray tableToCsv(const Table &table, QChar separator = QLatin1Char(','));

// The XLSX bytes (a package of one worksheet).
Result<QByteArray> tableToXlsx(const Table &table);

Status writeCsv(const Table &table, const QString &path, QChar separator = QLatin1Char(','));
Status writeXlsx(const Table &table, const QString &path);
// CSV or XLSX as the file name says; another name is refused.
Status writeTable(const Table &table, const QString &path);

} // namespace ttcs::sheet
