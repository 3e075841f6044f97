// Internal to the readers: places cells into a Sheet while keeping to the
// ReadLimits, so that no file can make the program hold more than they
// allow. One budget of cells is shared by all the sheets of a workbook.
#pragma once

#include "sheet/ReadFailure.h"
#include "sheet/ReadLimits.h"
#include "sheet/Sheet.h"

#include <optional>

namespace ttcs::sheet {

class SheetBuilder
{
public:
    SheetBuilder(Sheet &sheet, const ReadLimits &limits, qint64 &cellsUsed)
        : m_sheet(sheet)
        , m_limits(limits)
        , m_cellsUsed(cellsUsed)
    {}

    // Stores the cell at (row, column); false when a limit is reached,
    // with failure() saying which.
    bool put(int row, int column, Cell &&cell);
    // Checks a row number before cells are placed in it.
    bool acceptRow(int row);
    // Checks the length of a cell's text.
    bool acceptText(qsizetype length, int row, int column);

    const ReadFailure &failure() const { return m_failure; }
    Sheet &sheet() { return m_sheet; }

private:
    bool fail(Problem problem, const QString &where = {});

    Sheet &m_sheet;
    const ReadLimits &m_limits;
    qint64 &m_cellsUsed;
    ReadFailure m_failure;
    std::size_t m_lastRowWidth = 0;
};

} // namespace ttcs::sheet
