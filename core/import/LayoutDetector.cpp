#include "import/LayoutDetector.h"

#include "sheet/Sheet.h"
#include "text/VietnameseText.h"

#include <QRegularExpression>

#include <algorithm>

namespace ttcs::import {

namespace {

// Folded words a unit's name starts with; a person's name never does.
const char *const kUnitStarts[] = {
    "so",          "ubnd",       "uy ban",      "van phong",      "cong an",
    "bao",         "dai",        "hoi",         "thanh tra",      "cuc",
    "trung tam",   "phong",      "huyen",       "thanh pho",      "tp",
    "thi xa",      "xa",         "phuong",      "thi tran",       "cong thong tin",
    "tap chi",     "tinh uy",    "huyen uy",    "thanh uy",       "kho bac",
    "ngan hang",   "bao hiem",   "ban dan toc", "ban tuyen giao", "ban quan ly",
    "ban chi huy", "bo chi huy", "benh vien",   "chi cuc",        "mat tran",
    "lien doan",   "hdnd",       "hoi dong",    "vien kiem sat",  "toa an",
    "cac",
};

bool startsLikeUnit(const QString &folded)
{
    const QString padded = folded + QLatin1Char(' ');
    for (const char *start : kUnitStarts) {
        if (padded.startsWith(QLatin1String(start) + QLatin1Char(' ')))
            return true;
    }
    return false;
}

// "3", "(3)", " 12 ": a column number or an ordinal.
bool isSmallNumber(const QString &text)
{
    int digits = 0;
    bool open = false;
    bool close = false;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        if (c == QLatin1Char('(') && digits == 0 && !open) {
            open = true;
        } else if (c == QLatin1Char(')') && digits > 0 && !close) {
            close = true;
        } else if (c >= QLatin1Char('0') && c <= QLatin1Char('9') && !close) {
            ++digits;
        } else {
            return false;
        }
    }
    return digits >= 1 && digits <= 3;
}

bool isBlank(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

bool isRoman(QStringView s)
{
    if (s.isEmpty() || s.size() > 6)
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return c == QLatin1Char('I') || c == QLatin1Char('V') || c == QLatin1Char('X') ||
               c == QLatin1Char('L');
    });
}

// The numbering an ordinal cell holds: 1 roman or capital letter, 2 a
// number, 3 a small letter, 0 none.
int numberingLevel(const QString &ordinal)
{
    QString s = ordinal.trimmed();
    while (!s.isEmpty() && QStringLiteral(".):").contains(s.back()))
        s.chop(1);
    if (s.isEmpty())
        return 0;
    if (isRoman(s))
        return 1;
    if (s.size() == 1 && s.at(0).isUpper())
        return 1;
    if (s.size() == 1 && s.at(0).isLower())
        return 3;
    static const QRegularExpression number(QStringLiteral("^\\d+(\\.\\d+)*$"));
    if (number.match(s).hasMatch())
        return 2;
    return 0;
}

bool isAllCapitals(const QString &text)
{
    int letters = 0;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        if (c.isLower())
            return false;
        ++letters;
    }
    return letters >= 2;
}

bool hasLetter(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

// Distinct fields of the header rows at `row`, and the mapping they give.
int scoreHeader(const sheet::Sheet &sheet, int row, ColumnMapping &mapping)
{
    mapping = ColumnMapping();
    mapping.headerRow = row;
    const auto &cells = sheet.row(row);
    bool any[16] = {};
    int distinct = 0;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const Field f = fieldOfHeader(headerText(cells[c]));
        if (f == Field::None)
            continue;
        mapping.set(int(c), f);
        if (!any[int(f)]) {
            any[int(f)] = true;
            ++distinct;
        }
    }
    if (!any[int(Field::Name)] || distinct < 2)
        return 0;
    // A second header row under a group heading ("Liên hệ" over "Điện
    // thoại" and "Email"): it names fields and holds nothing else.
    const auto &below = sheet.row(row + 1);
    bool adds = false;
    bool onlyHeader = true;
    ColumnMapping two = mapping;
    for (std::size_t c = 0; c < below.size(); ++c) {
        const QString &raw = below[c].text;
        if (raw.trimmed().isEmpty())
            continue;
        const Field f = fieldOfHeader(headerText(below[c]));
        if (f == Field::None) {
            if (raw != sheet.text(row, int(c)))
                onlyHeader = false;
            continue;
        }
        if (f != mapping.fieldOf(int(c))) {
            two.set(int(c), f);
            if (!any[int(f)]) {
                any[int(f)] = true;
                ++distinct;
            }
            adds = true;
        }
    }
    if (adds && onlyHeader) {
        mapping = two;
        mapping.headerRowCount = 2;
    }
    mapping.firstDataRow = row + mapping.headerRowCount;
    mapping.shape = ColumnMapping::shapeOf(sheet, row, mapping.headerRowCount);
    return distinct;
}

} // namespace

Layout LayoutDetector::layoutAt(const sheet::Sheet &sheet, int row)
{
    Layout layout;
    layout.score = scoreHeader(sheet, row, layout.mapping);
    for (int r = 0; r < row; ++r) {
        QStringList parts;
        for (const sheet::Cell &c : sheet.row(r)) {
            const QString t = text::clean(headerText(c));
            if (!t.isEmpty() && !parts.contains(t))
                parts << t;
        }
        if (!parts.isEmpty())
            layout.titleLines << parts.join(QLatin1Char(' '));
    }
    return layout;
}

std::optional<Layout> LayoutDetector::detect(const sheet::Sheet &sheet)
{
    int bestRow = -1;
    int bestScore = 0;
    const int rows = std::min(sheet.rowCount(), kScanRows);
    for (int r = 0; r < rows; ++r) {
        ColumnMapping m;
        const int score = scoreHeader(sheet, r, m);
        if (score > bestScore) {
            bestScore = score;
            bestRow = r;
        }
    }
    if (bestRow < 0)
        return std::nullopt;
    return layoutAt(sheet, bestRow);
}

Layout LayoutDetector::place(const sheet::Sheet &sheet, const ColumnMapping &given)
{
    Layout layout;
    layout.mapping = given;
    if (given.headerRow >= 0 && !given.shape.isEmpty() &&
        ColumnMapping::shapeOf(sheet, given.headerRow, given.headerRowCount) != given.shape) {
        const int rows = std::min(sheet.rowCount(), kScanRows);
        for (int r = 0; r < rows; ++r) {
            if (ColumnMapping::shapeOf(sheet, r, given.headerRowCount) == given.shape) {
                const int shift = r - given.headerRow;
                layout.mapping.headerRow = r;
                layout.mapping.firstDataRow = std::max(0, given.firstDataRow + shift);
                break;
            }
        }
    }
    if (layout.mapping.headerRow >= 0) {
        const Layout found = layoutAt(sheet, layout.mapping.headerRow);
        layout.titleLines = found.titleLines;
        layout.score = found.score;
        layout.mapping.shape =
            ColumnMapping::shapeOf(sheet, layout.mapping.headerRow, layout.mapping.headerRowCount);
    }
    return layout;
}

QString LayoutDetector::stripNumbering(const QString &text, int *level)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:(?<roman>[IVXL]{1,6})|(?<number>\\d{1,3}(?:\\.\\d{1,3})*)|(?<letter>[A-Za-z]))"
        "\\s*[.):/\\-\\x{2013}]\\s*(?<rest>.*\\S)\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    int found = 0;
    QString rest = text;
    if (m.hasMatch() && hasLetter(m.captured(QStringLiteral("rest")))) {
        rest = m.captured(QStringLiteral("rest"));
        if (m.hasCaptured(QStringLiteral("roman")) &&
            !m.captured(QStringLiteral("roman")).isEmpty())
            found = 1;
        else if (!m.captured(QStringLiteral("number")).isEmpty())
            found = 2;
        else
            found = m.captured(QStringLiteral("letter")).at(0).isUpper() ? 1 : 3;
    }
    if (level)
        *level = found;
    return rest;
}

RowShape LayoutDetector::classify(const sheet::Sheet &sheet, int row, const ColumnMapping &mapping)
{
    RowShape shape;
    const auto &cells = sheet.row(row);
    // The non-empty cells; most rows are people, so this stays cheap.
    int filled = 0;
    int numbers = 0;
    int headerCopies = 0; // cells equal to the header's
    bool nameFilled = false;
    bool nameIsHeader = false;
    bool personData = false; // phone or e-mail
    const QString *single = nullptr;
    bool oneText = true;
    int singleColumns = 0;
    Field singleField = Field::None;
    QString ordinal;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const QString &t = cells[c].text;
        if (isBlank(t))
            continue;
        ++filled;
        const Field f = mapping.fieldOf(int(c));
        const bool asHeader = mapping.headerRow >= 0 && t == sheet.text(mapping.headerRow, int(c));
        if (asHeader)
            ++headerCopies;
        if (f == Field::Name) {
            nameFilled = true;
            nameIsHeader = asHeader;
        }
        if (f == Field::Phone || f == Field::Email)
            personData = true;
        if (isSmallNumber(t))
            ++numbers;
        if (f == Field::Ordinal && ordinal.isEmpty()) {
            ordinal = t;
            continue;
        }
        if (!single) {
            single = &t;
            singleColumns = 1;
            singleField = f;
        } else if (*single == t) {
            ++singleColumns;
        } else {
            oneText = false;
        }
    }
    if (filled == 0)
        return shape;
    if (filled >= 2 && numbers == filled) {
        shape.kind = RowKind::ColumnNumbers;
        return shape;
    }
    if (nameFilled && nameIsHeader && headerCopies >= 2 && headerCopies * 2 >= filled) {
        shape.kind = RowKind::RepeatedHeader;
        return shape;
    }
    if (!single) {
        // Only the ordinal column: "I. SỞ, BAN, NGÀNH" typed there, or a
        // number on its own.
        int level = 0;
        const QString rest = stripNumbering(ordinal, &level);
        if (level > 0 || (hasLetter(ordinal) && !isSmallNumber(ordinal))) {
            shape.kind = RowKind::Section;
            shape.sectionText = text::clean(rest);
            shape.sectionLevel = level > 0 ? level : 2;
        } else {
            shape.kind = RowKind::Other;
        }
        return shape;
    }
    // Different texts, or a phone or e-mail of its own, make a person; one
    // text over several columns is a merged heading, whatever the columns.
    if (!oneText || (personData && singleColumns < 2)) {
        shape.kind = RowKind::Person;
        return shape;
    }
    // One text, maybe with a numbering in the ordinal column.
    const int ordinalLevel = ordinal.isEmpty() || ordinal == *single ? 0 : numberingLevel(ordinal);
    if (!ordinal.isEmpty() && ordinal != *single && ordinalLevel == 0) {
        shape.kind = RowKind::Person; // an ordinal such as "1a" and a name
        return shape;
    }
    int level = 0;
    const QString rest = stripNumbering(*single, &level);
    const bool merged = singleColumns >= 2 || (!ordinal.isEmpty() && ordinal == *single);
    // Text alone in a column of a person's own data (name, position,
    // decision) belongs to a person, unless it reads as a heading:
    // numbered, all capitals, or a unit's name.
    bool section = merged || singleField == Field::Unit || singleField == Field::Note ||
                   singleField == Field::None;
    if (!section) {
        const bool romanOrdinal = ordinalLevel == 1 || ordinalLevel == 3;
        section =
            level > 0 || romanOrdinal || isAllCapitals(*single) || startsLikeUnit(foldWords(rest));
        if (!section && ordinalLevel == 2) {
            shape.kind = RowKind::Person; // "5 | Nguyễn Văn An" with nothing else
            return shape;
        }
    }
    if (!section) {
        // A name alone is a person; other text alone, unnumbered, is the
        // like of a footer ("Người lập biểu", "Bắc Kạn, ngày …").
        shape.kind =
            singleField == Field::Name && hasLetter(*single) ? RowKind::Person : RowKind::Other;
        return shape;
    }
    if (!hasLetter(rest)) {
        shape.kind = RowKind::Other;
        return shape;
    }
    shape.kind = RowKind::Section;
    shape.sectionText = text::clean(rest);
    shape.sectionLevel = level > 0 ? level : (ordinalLevel > 0 ? ordinalLevel : 2);
    return shape;
}

} // namespace ttcs::import
