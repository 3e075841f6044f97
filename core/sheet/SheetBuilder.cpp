#include "sheet/SheetBuilder.h"

#include <algorithm>

namespace ttcs::sheet {

bool SheetBuilder::fail(Problem problem, const QString &where)
{
    m_failure.problem = problem;
    m_failure.part = m_sheet.name();
    m_failure.where = where;
    return false;
}

bool SheetBuilder::acceptRow(int row)
{
    if (row < 0 || row >= m_limits.maxRows)
        return fail(Problem::TooManyRows);
    return true;
}

bool SheetBuilder::acceptText(qsizetype length, int row, int column)
{
    if (length > m_limits.maxCellChars)
        return fail(Problem::CellTooLong, cellName(row, column));
    return true;
}

bool SheetBuilder::put(int row, int column, Cell &&cell)
{
    if (!acceptRow(row))
        return false;
    if (column < 0 || column >= m_limits.maxColumns)
        return fail(Problem::TooManyColumns);
    if (!acceptText(cell.text.size(), row, column))
        return false;
    if (row >= int(m_sheet.m_rows.size()))
        m_sheet.m_rows.resize(std::size_t(row) + 1);
    std::vector<Cell> &cells = m_sheet.m_rows[std::size_t(row)];
    const std::size_t before = cells.size();
    if (std::size_t(column) >= before) {
        m_cellsUsed += qint64(column) + 1 - qint64(before);
        if (m_cellsUsed > m_limits.maxCells)
            return fail(Problem::TooManyCells);
        // Rows of a list are alike: make room for as many cells as the last.
        if (before == 0 && cells.capacity() < m_lastRowWidth)
            cells.reserve(std::min<std::size_t>(m_lastRowWidth, 1024));
        m_sheet.m_columnCount = std::max(m_sheet.m_columnCount, column + 1);
        m_lastRowWidth = std::max(m_lastRowWidth, std::size_t(column) + 1);
        if (std::size_t(column) == before) { // the common case: the next cell of the row
            cells.push_back(std::move(cell));
            return true;
        }
        cells.resize(std::size_t(column) + 1);
    }
    cells[std::size_t(column)] = std::move(cell);
    return true;
}

} // namespace ttcs::sheet
