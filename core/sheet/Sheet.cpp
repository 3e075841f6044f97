#include "sheet/Sheet.h"

#include "sheet/Workbook.h"

#include <algorithm>
#include <cmath>

namespace ttcs::sheet {

namespace {

// Day 0 of Cell::number.
const QDate kEpoch(1899, 12, 30);

const Cell &emptyCell()
{
    static const Cell empty;
    return empty;
}

const std::vector<Cell> &emptyRow()
{
    static const std::vector<Cell> empty;
    return empty;
}

} // namespace

QDateTime Cell::dateTime() const
{
    if (type != CellType::Date)
        return {};
    return dateTimeFromSerial(number);
}

double serialFromDateTime(const QDateTime &dateTime)
{
    const qint64 days = kEpoch.daysTo(dateTime.date());
    const int msecs = dateTime.time().isValid() ? dateTime.time().msecsSinceStartOfDay() : 0;
    return double(days) + double(msecs) / 86'400'000.0;
}

QDateTime dateTimeFromSerial(double serial)
{
    if (!std::isfinite(serial) || serial < -700'000 || serial > 3'000'000)
        return {};
    const double dayPart = std::floor(serial);
    // Round to the millisecond so 0.5 stays noon and not 11:59:59.999.
    qint64 msecs = qint64(std::llround((serial - dayPart) * 86'400'000.0));
    qint64 days = qint64(dayPart);
    if (msecs >= 86'400'000) {
        msecs -= 86'400'000;
        ++days;
    }
    return QDateTime(kEpoch.addDays(days), QTime::fromMSecsSinceStartOfDay(int(msecs)));
}

QString columnName(int column)
{
    QString name;
    int n = column + 1;
    while (n > 0) {
        const int rem = (n - 1) % 26;
        name.prepend(QChar(u'A' + rem));
        n = (n - 1) / 26;
    }
    return name;
}

QString cellName(int row, int column)
{
    return columnName(column) + QString::number(row + 1);
}

std::optional<CellRange> CellRange::fromReference(QStringView reference)
{
    auto parseCell = [](QStringView s, int &row, int &column) {
        qsizetype i = 0;
        if (i < s.size() && s.at(i) == QLatin1Char('$'))
            ++i;
        qint64 col = 0;
        const qsizetype letters = i;
        while (i < s.size() && s.at(i).isLetter() && s.at(i).unicode() < 0x80) {
            col = col * 26 + (s.at(i).toUpper().unicode() - u'A' + 1);
            if (col > 16384)
                return false;
            ++i;
        }
        if (i == letters)
            return false;
        if (i < s.size() && s.at(i) == QLatin1Char('$'))
            ++i;
        qint64 r = 0;
        const qsizetype digits = i;
        while (i < s.size() && s.at(i).isDigit() && s.at(i).unicode() < 0x80) {
            r = r * 10 + (s.at(i).unicode() - u'0');
            if (r > 1'048'576)
                return false;
            ++i;
        }
        if (i == digits || i != s.size() || r < 1)
            return false;
        row = int(r - 1);
        column = int(col - 1);
        return true;
    };
    const QStringView ref = reference.trimmed();
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    CellRange range;
    if (colon < 0) {
        if (!parseCell(ref, range.firstRow, range.firstColumn))
            return std::nullopt;
        range.lastRow = range.firstRow;
        range.lastColumn = range.firstColumn;
        return range;
    }
    if (!parseCell(ref.left(colon), range.firstRow, range.firstColumn) ||
        !parseCell(ref.mid(colon + 1), range.lastRow, range.lastColumn))
        return std::nullopt;
    if (range.lastRow < range.firstRow)
        std::swap(range.lastRow, range.firstRow);
    if (range.lastColumn < range.firstColumn)
        std::swap(range.lastColumn, range.firstColumn);
    return range;
}

QString CellRange::reference() const
{
    if (firstRow == lastRow && firstColumn == lastColumn)
        return cellName(firstRow, firstColumn);
    return cellName(firstRow, firstColumn) + QLatin1Char(':') + cellName(lastRow, lastColumn);
}

const Cell &Sheet::cell(int row, int column) const
{
    if (row < 0 || row >= int(m_rows.size()) || column < 0)
        return emptyCell();
    const std::vector<Cell> &cells = m_rows[std::size_t(row)];
    if (column >= int(cells.size()))
        return emptyCell();
    return cells[std::size_t(column)];
}

const std::vector<Cell> &Sheet::row(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return emptyRow();
    return m_rows[std::size_t(row)];
}

bool Sheet::isRowEmpty(int row) const
{
    const std::vector<Cell> &cells = this->row(row);
    return std::all_of(cells.begin(), cells.end(), [](const Cell &c) { return c.isEmpty(); });
}

Cell &Sheet::cellAt(int row, int column)
{
    Q_ASSERT(row >= 0 && column >= 0);
    if (row >= int(m_rows.size()))
        m_rows.resize(std::size_t(row) + 1);
    std::vector<Cell> &cells = m_rows[std::size_t(row)];
    if (column >= int(cells.size())) {
        cells.resize(std::size_t(column) + 1);
        m_columnCount = std::max(m_columnCount, column + 1);
    }
    return cells[std::size_t(column)];
}

void Sheet::setText(int row, int column, const QString &text)
{
    Cell &c = cellAt(row, column);
    c.text = text;
    c.type = text.isEmpty() ? CellType::Empty : CellType::Text;
}

void Sheet::setNumber(int row, int column, double value, const QString &text)
{
    Cell &c = cellAt(row, column);
    c.text = text;
    c.number = value;
    c.type = CellType::Number;
}

void Sheet::ensureRows(int count)
{
    if (count > int(m_rows.size()))
        m_rows.resize(std::size_t(count));
}

void Sheet::addMergedRange(const CellRange &range)
{
    m_merged.push_back(range);
}

const CellRange *Sheet::mergedRangeAt(int row, int column) const
{
    for (const CellRange &range : m_merged) {
        if (range.contains(row, column))
            return &range;
    }
    return nullptr;
}

void Sheet::fillMergedRanges(MergeFill fill)
{
    constexpr qint64 largestFilled = 100'000;
    for (const CellRange &range : m_merged) {
        if (range.firstRow >= rowCount() || range.firstColumn >= columnCount())
            continue;
        const int lastRow = std::min(range.lastRow, rowCount() - 1);
        const int lastColumn = std::min(range.lastColumn, columnCount() - 1);
        if (qint64(lastRow - range.firstRow + 1) * (lastColumn - range.firstColumn + 1) >
            largestFilled)
            continue;
        const Cell source = cell(range.firstRow, range.firstColumn);
        for (int r = range.firstRow; r <= lastRow; ++r) {
            for (int c = range.firstColumn; c <= lastColumn; ++c) {
                if (r == range.firstRow && c == range.firstColumn)
                    continue;
                const bool wanted = fill == MergeFill::Both ||
                                    (fill == MergeFill::Down && c == range.firstColumn) ||
                                    (fill == MergeFill::Across && r == range.firstRow);
                if (wanted)
                    cellAt(r, c) = source;
            }
        }
    }
}

void Sheet::trimEmptyEnd()
{
    int columns = 0;
    for (std::vector<Cell> &cells : m_rows) {
        while (!cells.empty() && cells.back().isEmpty())
            cells.pop_back();
        columns = std::max(columns, int(cells.size()));
    }
    while (!m_rows.empty() && m_rows.back().empty())
        m_rows.pop_back();
    m_columnCount = columns;
}

const Sheet *Workbook::sheet(const QString &name) const
{
    for (const Sheet &s : sheets) {
        if (s.name() == name)
            return &s;
    }
    return nullptr;
}

const Sheet *Workbook::firstSheet() const
{
    for (const Sheet &s : sheets) {
        if (!s.isHidden() && s.rowCount() > 0)
            return &s;
    }
    return sheets.empty() ? nullptr : &sheets.front();
}

} // namespace ttcs::sheet
