// A worksheet as plain cells: what a reader found in a spreadsheet file,
// before anything knows what the rows mean. Rows and columns count from 0.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace ttcs::sheet {

enum class CellType : quint8
{
    Empty,
    Text,
    Number,
    Date,
    Bool
};

struct Cell
{
    // The text as the user sees it in the spreadsheet program: numbers
    // formatted (whole numbers without ".0"), dates as dd/MM/yyyy, booleans
    // as TRUE/FALSE, errors as "#N/A"... A phone number typed as a number
    // has lost its leading 0 here: the importer puts it back.
    QString text;
    // Number: the value. Bool: 1 or 0. Date: days since 1899-12-30 with the
    // time of day as the fraction (the 1904 date system is converted).
    double number = 0;
    CellType type = CellType::Empty;
    // The font of the cell's style (or of its first formatted run), when
    // the format gives it: ".VnTime" or "VNI-Times" tell legacy encodings.
    QString font;

    bool isEmpty() const { return type == CellType::Empty && text.isEmpty(); }
    // The date and time of a Date cell (local time, no zone).
    QDateTime dateTime() const;
};

// Days since 1899-12-30 for a date and time, as Cell::number holds them.
double serialFromDateTime(const QDateTime &dateTime);
QDateTime dateTimeFromSerial(double serial);

// "A" for 0, "AB" for 27; "B5" for row 4, column 1.
QString columnName(int column);
QString cellName(int row, int column);

// A rectangle of cells, bounds included.
struct CellRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    bool contains(int row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
    bool operator==(const CellRange &o) const
    {
        return firstRow == o.firstRow && firstColumn == o.firstColumn && lastRow == o.lastRow &&
               lastColumn == o.lastColumn;
    }
    // "A1:G1" (or a single "B5"); nothing when it is not a reference.
    static std::optional<CellRange> fromReference(QStringView reference);
    QString reference() const;
};

// Which way fillMergedRanges copies a merged range's value.
enum class MergeFill
{
    Down,   // into the cells below it, in the range's first column
    Across, // into the cells right of it, in the range's first row
    Both    // into every cell of the range
};

class Sheet
{
public:
    Sheet() = default;
    explicit Sheet(QString name)
        : m_name(std::move(name))
    {}

    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    bool isHidden() const { return m_hidden; }
    void setHidden(bool hidden) { m_hidden = hidden; }

    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return m_columnCount; }
    // The cell, or an empty one outside the sheet.
    const Cell &cell(int row, int column) const;
    const QString &text(int row, int column) const { return cell(row, column).text; }
    // The cells of a row as stored: trailing empty cells may be missing.
    const std::vector<Cell> &row(int row) const;
    bool isRowEmpty(int row) const;

    // Building the sheet (readers, tests): the cell at (row, column),
    // growing the sheet as needed.
    Cell &cellAt(int row, int column);
    void setText(int row, int column, const QString &text);
    void setNumber(int row, int column, double value, const QString &text);
    // Makes sure `count` rows exist (empty rows at the end are kept).
    void ensureRows(int count);

    const std::vector<CellRange> &mergedRanges() const { return m_merged; }
    void addMergedRange(const CellRange &range);
    // The merged range that covers a cell, if any.
    const CellRange *mergedRangeAt(int row, int column) const;
    // Copies the value of each merged range's first cell into the cells it
    // covers (inside the sheet's rows and columns), which way `fill` says.
    // Ranges covering more than 100,000 cells are left alone.
    void fillMergedRanges(MergeFill fill = MergeFill::Both);

    // Drops empty rows at the end and empty cells at the end of each row.
    void trimEmptyEnd();

private:
    friend class SheetBuilder; // reserves room for rows it is about to fill

    QString m_name;
    bool m_hidden = false;
    int m_columnCount = 0;
    std::vector<std::vector<Cell>> m_rows;
    std::vector<CellRange> m_merged;
};

} // namespace ttcs::sheet
