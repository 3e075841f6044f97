#include "import/RowChecker.h"

#include "import/LayoutDetector.h"
#include "import/Slices.h"
#include "sheet/Sheet.h"
#include "text/EmailAddress.h"
#include "text/LegacyEncoding.h"
#include "text/PhoneNumber.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <iterator>
#include <memory>

namespace ttcs::import {

namespace {

// Whether text::clean() would change `s`: spaces at an end or doubled,
// control characters, no-break and zero-width spaces. Called on most cells,
// so the letters of Vietnamese and ASCII are let through first.
bool needsCleaning(const QString &s)
{
    const qsizetype size = s.size();
    if (size == 0)
        return false;
    const auto *const text = reinterpret_cast<const char16_t *>(s.constData());
    if (QChar::isSpace(text[0]) || QChar::isSpace(text[size - 1]))
        return true;
    bool previousSpace = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = text[i];
        if (u > 0x20 && u < 0x2000 && u != 0x00A0) {
            previousSpace = false;
            continue;
        }
        if (u == u' ') {
            if (previousSpace)
                return true;
            previousSpace = true;
            continue;
        }
        // Below 0x20, the no-break space, or 0x2000 and above.
        if (u < 0x20 || u == 0x00A0 || u <= 0x200B || u == 0x3000 || u == 0xFEFF)
            return true;
        previousSpace = false;
    }
    return false;
}

// Converts cells to the text the data keeps, counting what was converted
// from legacy encodings. Texts that repeat down a column (positions,
// units) are converted once.
class CellTexts
{
public:
    int tcvn3 = 0;
    int vni = 0;

    QString text(const sheet::Cell &cell, bool repeated)
    {
        if (cell.text.isEmpty())
            return {};
        if (!repeated)
            return convert(cell).text;
        if (!m_cache || cell.font != m_cacheFont) {
            m_cacheFont = cell.font;
            m_cache = &m_caches[cell.font];
        }
        auto it = m_cache->constFind(cell.text);
        if (it == m_cache->cend()) {
            const Converted c = convert(cell);
            if (m_cache->size() >= kMaxCached)
                return c.text;
            it = m_cache->insert(cell.text, c);
            return c.text;
        }
        count(it->encoding);
        return it->text;
    }

private:
    static constexpr qsizetype kMaxCached = 4096;
    struct Converted
    {
        QString text;
        text::LegacyEncoding encoding = text::LegacyEncoding::None;
    };

    void count(text::LegacyEncoding encoding)
    {
        if (encoding == text::LegacyEncoding::Tcvn3)
            ++tcvn3;
        else if (encoding == text::LegacyEncoding::Vni)
            ++vni;
    }

    // Legacy encodings converted, NFC, spaces tidied. Most cells are clean
    // already and come back shared.
    Converted convert(const sheet::Cell &cell)
    {
        Converted out;
        QString t = cell.text;
        const text::LegacyConversion converted = text::convertLegacyText(t, cell.font);
        if (converted.encoding != text::LegacyEncoding::None && converted.text != t) {
            out.encoding = converted.encoding;
            t = converted.text;
        }
        count(out.encoding);
        out.text = needsCleaning(t) ? text::clean(t) : text::nfc(t);
        return out;
    }

    QHash<QString, QHash<QString, Converted>> m_caches; // by font, then text
    QHash<QString, Converted> *m_cache = nullptr;
    QString m_cacheFont;
};

// A cell's text only tidied (phones, e-mails: no legacy encoding).
QString plainText(const sheet::Cell &cell)
{
    return needsCleaning(cell.text) ? text::clean(cell.text) : cell.text;
}

enum class Conversion
{
    None,     // phones and e-mails
    Distinct, // names: converted cell by cell
    Repeated  // positions, units: converted once per distinct text
};

// The text of the columns mapped to `field`, distinct values joined.
QString fieldText(const std::vector<sheet::Cell> &cells, const QList<int> &columns,
                  QLatin1String separator, CellTexts &texts, Conversion conversion)
{
    const auto textOf = [&](const sheet::Cell &cell) {
        return conversion == Conversion::None
                   ? plainText(cell)
                   : texts.text(cell, conversion == Conversion::Repeated);
    };
    if (columns.size() == 1) {
        const int c = columns.front();
        return c < int(cells.size()) ? textOf(cells[std::size_t(c)]) : QString();
    }
    QStringList parts; // a merged cell fills several columns with one value
    for (const int c : columns) {
        if (c >= int(cells.size()))
            continue;
        const QString t = textOf(cells[std::size_t(c)]);
        if (!t.isEmpty() && !parts.contains(t))
            parts << t;
    }
    return parts.join(separator);
}

bool hasLetter(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); });
}

QString digitsOf(const QString &s)
{
    QString d;
    d.reserve(s.size());
    for (const QChar c : s) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            d += c;
    }
    return d;
}

// True when normalising changed a number's digits (beyond the 0 or +84 in
// front): an old 11-digit mobile number was converted.
bool digitsChanged(const QString &raw, const QString &normalised)
{
    const QString rawDigits = digitsOf(raw);
    for (const QStringView number : QStringView(normalised).split(u';')) {
        const QStringView n = number.trimmed();
        if (n.size() > 1 && !rawDigits.contains(n.mid(1)))
            return true;
    }
    return false;
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// A number as the data keeps it already (a 10-digit mobile, a 10 or 11
// digit landline): checkPhoneNumber would return it unchanged.
bool isPlainPhone(const QString &s)
{
    const qsizetype n = s.size();
    if (n < 10 || n > 11 || s.at(0) != QLatin1Char('0'))
        return false;
    if (!std::all_of(s.begin(), s.end(), isAsciiDigit))
        return false;
    const QChar second = s.at(1);
    if (second == QLatin1Char('2'))
        return true;
    return n == 10 && QStringLiteral("35789").contains(second);
}

// "0912 345 678", "0912.345.678": one number with spaces, dots or dashes
// between its digits; the digits when they make a plain number.
QString formattedPlainPhone(const QString &s)
{
    if (s.size() > 16)
        return {};
    QString digits;
    digits.reserve(11);
    for (const QChar c : s) {
        if (isAsciiDigit(c))
            digits += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return {};
    }
    return isPlainPhone(digits) ? digits : QString();
}

// "+84912345678": the country code before a plain number without its 0;
// the plain number, as checkPhoneNumber would give it (with no note).
QString internationalPlainPhone(const QString &s)
{
    if (s.size() < 12 || s.size() > 13 || !s.startsWith(QLatin1String("+84")))
        return {};
    QString digits = QLatin1Char('0') + QStringView(s).sliced(3);
    return isPlainPhone(digits) ? digits : QString();
}

// An address checkEmailAddress would return unchanged: small letters,
// digits, '.', '_' and '-' before the @, a domain of small letters, digits
// and '-' in dotted labels ending in a top-level name of letters.
bool isPlainEmail(const QString &s)
{
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    if (at <= 0 || at > 64 || s.size() - at - 1 > 253)
        return false;
    const auto lowerOrDigit = [](char16_t u) {
        return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
    };
    char16_t previous = u'.';
    for (qsizetype i = 0; i < at; ++i) {
        const char16_t u = s.at(i).unicode();
        if (u == u'.') {
            if (previous == u'.')
                return false;
        } else if (!lowerOrDigit(u) && u != u'_' && u != u'-') {
            return false;
        }
        previous = u;
    }
    if (previous == u'.')
        return false;
    qsizetype labelStart = at + 1;
    int labels = 0;
    for (qsizetype i = at + 1; i <= s.size(); ++i) {
        if (i < s.size() && s.at(i) != QLatin1Char('.')) {
            const char16_t u = s.at(i).unicode();
            if (!lowerOrDigit(u) && u != u'-')
                return false;
            continue;
        }
        const qsizetype length = i - labelStart;
        if (length == 0 || length > 63 || s.at(labelStart) == QLatin1Char('-') ||
            s.at(i - 1) == QLatin1Char('-'))
            return false;
        ++labels;
        if (i == s.size()) {
            // The top-level name: letters only, at least two.
            if (length < 2)
                return false;
            for (qsizetype j = labelStart; j < i; ++j) {
                if (!(s.at(j) >= QLatin1Char('a') && s.at(j) <= QLatin1Char('z')))
                    return false;
            }
        }
        labelStart = i + 1;
    }
    return labels >= 2;
}

} // namespace

RowChecker::RowChecker(ColumnMapping mapping, QString unitForAll, RowEdits edits)
    : m_mapping(std::move(mapping))
    , m_unitForAll(std::move(unitForAll))
    , m_edits(std::move(edits))
{}

namespace {

// A person's row found by the first pass, with the section it is under.
struct PersonRow
{
    int row = 0;      // 0-based
    int section = -1; // index of the innermost open section, or -1
};

// The second pass: one person row after another, from a slice of them.
class PersonChecker
{
public:
    PersonChecker(const sheet::Sheet &sheet, const ColumnMapping &mapping,
                  const QString &unitForAll, const RowEdits &edits,
                  const std::vector<SectionRow> &sections)
        : m_sheet(sheet)
        , m_sections(sections)
        , m_unitForAll(unitForAll)
        , m_edits(edits)
        , m_name(mapping.columnsOf(Field::Name))
        , m_position(mapping.columnsOf(Field::Position))
        , m_unit(mapping.columnsOf(Field::Unit))
        , m_phone(mapping.columnsOf(Field::Phone))
        , m_email(mapping.columnsOf(Field::Email))
        , m_decision(mapping.columnsOf(Field::Decision))
        , m_note(mapping.columnsOf(Field::Note))
        , m_noName(QCoreApplication::translate("ttcs::Import", "The row has no name."))
    {}

    // `room`: how many rows to make room for, at least the slice's.
    void check(const PersonRow *first, const PersonRow *last, std::size_t room)
    {
        rows.reserve(std::max(room, std::size_t(last - first)));
        for (const PersonRow *p = first; p != last; ++p)
            checkRow(*p);
    }

    std::vector<CheckedRow> rows;
    std::vector<RejectedRow> rejected;
    CellTexts texts;

private:
    void checkRow(const PersonRow &person)
    {
        const QLatin1String space(" ");
        const QLatin1String comma(", ");
        const QLatin1String semicolon("; ");
        const std::vector<sheet::Cell> &cells = m_sheet.row(person.row);
        const RowEdit *edit = nullptr;
        if (!m_edits.isEmpty()) {
            const auto it = m_edits.constFind(person.row + 1);
            if (it != m_edits.cend() && !it->isEmpty())
                edit = &it.value();
        }
        // A field typed by the user replaces the sheet's; it is tidied the
        // same way (no legacy encoding: it was typed in Unicode).
        const auto typed = [edit](std::optional<QString> RowEdit::*field,
                                  const auto &fromSheet) -> QString {
            if (edit && (edit->*field).has_value())
                return text::clean(*(edit->*field));
            return fromSheet();
        };
        CheckedRow row;
        row.row = person.row + 1;
        row.edited = edit != nullptr;
        row.name = typed(&RowEdit::name, [&] {
            return fieldText(cells, m_name, space, texts, Conversion::Distinct);
        });
        // Here, on the checking threads; as exactNameKey() makes it.
        row.nameKey = text::lower(row.name);
        row.position = typed(&RowEdit::position, [&] {
            return fieldText(cells, m_position, comma, texts, Conversion::Repeated);
        });
        row.decision = fieldText(cells, m_decision, semicolon, texts, Conversion::Repeated);
        row.note = fieldText(cells, m_note, semicolon, texts, Conversion::Repeated);
        if (edit && edit->unitText) {
            row.unitText = text::clean(*edit->unitText);
            row.unitChoice = edit->unitId;
        } else if (!m_unitForAll.isEmpty()) {
            row.unitText = m_unitForAll;
        } else {
            row.unitText = fieldText(cells, m_unit, comma, texts, Conversion::Repeated);
            if (row.unitText.isEmpty() && person.section >= 0) {
                row.unitText = m_sections[std::size_t(person.section)].text;
                row.unitFromSection = true;
            }
        }
        const QString phoneText = typed(&RowEdit::phone, [&] {
            return fieldText(cells, m_phone, semicolon, texts, Conversion::None);
        });
        checkPhone(phoneText, row);
        const QString emailText = typed(&RowEdit::email, [&] {
            return fieldText(cells, m_email, semicolon, texts, Conversion::None);
        });
        checkEmail(emailText, row);

        if (row.name.isEmpty() || !hasLetter(row.name)) {
            RejectedRow r;
            r.row = row.row;
            r.reason = m_noName;
            for (const sheet::Cell &c : cells)
                r.cells << c.text;
            while (!r.cells.isEmpty() && r.cells.constLast().isEmpty())
                r.cells.removeLast();
            r.position = std::move(row.position);
            r.unitText = std::move(row.unitText);
            r.phone = std::move(row.phone);
            r.email = std::move(row.email);
            r.edited = row.edited;
            rejected.push_back(std::move(r));
            return;
        }
        rows.push_back(std::move(row));
    }

    static void checkPhone(const QString &phoneText, CheckedRow &row)
    {
        if (isPlainPhone(phoneText)) {
            row.phone = phoneText;
        } else if (QString digits = formattedPlainPhone(phoneText); !digits.isEmpty()) {
            row.phone = digits;
        } else if (QString number = internationalPlainPhone(phoneText); !number.isEmpty()) {
            row.phone = number;
        } else if (!phoneText.isEmpty()) {
            const text::PhoneCheck phone = text::checkPhoneNumber(phoneText);
            row.phone = phone.normalised.isEmpty() ? phoneText : phone.normalised;
            if (!phone.ok)
                row.warnings.push_back({WarningKind::PhoneInvalid, phone.note});
            else if (!phone.note.isEmpty() && digitsChanged(phoneText, phone.normalised))
                row.warnings.push_back({WarningKind::PhoneConverted, phone.note});
        }
    }

    static void checkEmail(const QString &emailText, CheckedRow &row)
    {
        if (isPlainEmail(emailText)) {
            row.email = emailText;
        } else if (!emailText.isEmpty()) {
            const text::EmailCheck email = text::checkEmailAddress(emailText);
            row.email = email.normalised.isEmpty() ? emailText : email.normalised;
            if (!email.ok)
                row.warnings.push_back({WarningKind::EmailMalformed, email.note});
        }
    }

    const sheet::Sheet &m_sheet;
    const std::vector<SectionRow> &m_sections;
    const QString &m_unitForAll;
    const RowEdits &m_edits;
    const QList<int> m_name, m_position, m_unit, m_phone, m_email, m_decision, m_note;
    const QString m_noName;
};

} // namespace

CheckedSheet RowChecker::check(const sheet::Sheet &sheet) const
{
    CheckedSheet out;
    // First pass: what each row is, side by side; then in order, the
    // section each person is under.
    const int firstRow = std::max(0, m_mapping.firstDataRow);
    const std::size_t rowCount = std::size_t(std::max(0, sheet.rowCount() - firstRow));
    std::vector<RowShape> shapes(rowCount);
    inSlices(rowCount, sliceCount(rowCount), [&](std::size_t, std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i)
            shapes[i] = LayoutDetector::classify(sheet, firstRow + int(i), m_mapping);
    });
    std::vector<int> open; // the open sections, shallowest first: the last is the unit
    std::vector<PersonRow> people;
    people.reserve(rowCount);
    for (std::size_t i = 0; i < rowCount; ++i) {
        RowShape &shape = shapes[i];
        const int r = firstRow + int(i);
        switch (shape.kind) {
        case RowKind::Empty:
            break;
        case RowKind::RepeatedHeader:
        case RowKind::ColumnNumbers:
        case RowKind::Other:
            ++out.ignoredRows;
            break;
        case RowKind::Section:
            while (!open.empty() &&
                   out.sections[std::size_t(open.back())].level >= shape.sectionLevel)
                open.pop_back();
            open.push_back(int(out.sections.size()));
            out.sections.push_back({r + 1, std::move(shape.sectionText), shape.sectionLevel});
            break;
        case RowKind::Person:
            people.push_back({r, open.empty() ? -1 : open.back()});
            break;
        }
    }
    shapes = {};

    // Second pass: the people, in slices checked side by side.
    const std::size_t slices = sliceCount(people.size());
    std::vector<std::unique_ptr<PersonChecker>> checkers;
    for (std::size_t i = 0; i < slices; ++i)
        checkers.push_back(
            std::make_unique<PersonChecker>(sheet, m_mapping, m_unitForAll, m_edits, out.sections));
    inSlices(people.size(), slices, [&](std::size_t i, std::size_t from, std::size_t to) {
        // The first slice's rows become the sheet's: room for all of them.
        checkers[i]->check(people.data() + from, people.data() + to,
                           i == 0 ? people.size() : 0);
    });

    out.rows = std::move(checkers.front()->rows);
    for (const auto &c : checkers) {
        if (c != checkers.front())
            std::move(c->rows.begin(), c->rows.end(), std::back_inserter(out.rows));
        std::move(c->rejected.begin(), c->rejected.end(), std::back_inserter(out.rejected));
        out.tcvn3Cells += c->texts.tcvn3;
        out.vniCells += c->texts.vni;
    }
    return out;
}

} // namespace ttcs::import
