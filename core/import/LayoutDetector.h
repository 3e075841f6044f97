// Finds how a unit laid out its list in a sheet: the title block above the
// header, the header row (by its words, in any order), and what each row
// below it is: a person, a section row naming the unit of the people under
// it ("1. Sở Tư pháp", "II. UBND CÁC HUYỆN, THÀNH PHỐ"), a repeated header,
// the row of column numbers ("(1) (2) (3)…") or nothing of interest.
// Works on a sheet whose merged cells were filled (Sheet::fillMergedRanges).
#pragma once

#include "import/ColumnMapping.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ttcs::sheet {
class Sheet;
}

namespace ttcs::import {

enum class RowKind
{
    Empty,
    Person,         // has a name, or data that belongs to a person
    Section,        // a heading: the unit (or group of units) of the rows below
    RepeatedHeader, // the header again (printed pages pasted together)
    ColumnNumbers,  // "1 2 3 4…" or "(1) (2)…" under the header
    Other           // text that is neither (a lone number, "Nơi nhận:")
};

struct RowShape
{
    RowKind kind = RowKind::Empty;
    QString sectionText; // Section: the heading without its numbering
    // Section: 1 for "I." (or "A."), 2 for "1." or no numbering, 3 for "a)";
    // a deeper section belongs to the last shallower one.
    int sectionLevel = 0;
};

struct Layout
{
    ColumnMapping mapping;
    QStringList titleLines; // the rows above the header, each as one line
    // How many columns of the header were recognised (0: no header).
    int score = 0;
};

class LayoutDetector final
{
public:
    // How many rows from the top may hold the header.
    static constexpr int kScanRows = 60;

    // The header found in the first rows, with the title above it; null
    // when no row names at least a name column and one other field.
    static std::optional<Layout> detect(const sheet::Sheet &sheet);

    // A mapping given by the user (or remembered for this shape) placed on
    // `sheet`: when the header of the same shape sits on another row (a
    // taller title block), the rows move with it.
    static Layout place(const sheet::Sheet &sheet, const ColumnMapping &given);

    // What `row` of `sheet` is, given the mapping.
    static RowShape classify(const sheet::Sheet &sheet, int row, const ColumnMapping &mapping);

    // "1. Sở Tư pháp" -> "Sở Tư pháp", level 2; "II. UBND…" -> level 1;
    // text without numbering comes back as it is with level 0.
    static QString stripNumbering(const QString &text, int *level);

private:
    static Layout layoutAt(const sheet::Sheet &sheet, int row);
};

} // namespace ttcs::import
