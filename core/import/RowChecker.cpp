#include "import/RowChecker.h"

#include "import/LayoutDetector.h"
#include "sheet/Sheet.h"
#include "text/EmailAddress.h"
#include "text/LegacyEncoding.h"
#include "text/PhoneNumber.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>

#include <algorithm>

namespace ttcs::import {

namespace {

bool needsCleaning(const QString &s)
{
    if (s.isEmpty())
        return false;
    if (s.front().isSpace() || s.back().isSpace())
        return true;
    bool previousSpace = false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u' ') {
            if (previousSpace)
                return true;
            previousSpace = true;
            continue;
        }
        previousSpace = false;
        if (u < 0x20 || u == 0x00A0 || u == 0xFEFF || (u >= 0x2000 && u <= 0x200B) || u == 0x3000)
            return true;
    }
    return false;
}

struct Counters
{
    int tcvn3 = 0;
    int vni = 0;
};

// A text cell as the data keeps it: legacy encodings converted, NFC,
// spaces tidied. Most cells are clean already and come back shared.
QString cellText(const sheet::Cell &cell, Counters &counters)
{
    if (cell.text.isEmpty())
        return {};
    QString t = cell.text;
    const text::LegacyConversion converted = text::convertLegacyText(t, cell.font);
    if (converted.encoding != text::LegacyEncoding::None && converted.text != t) {
        if (converted.encoding == text::LegacyEncoding::Tcvn3)
            ++counters.tcvn3;
        else
            ++counters.vni;
        t = converted.text;
    }
    return needsCleaning(t) ? text::clean(t) : text::nfc(t);
}

// The text of the columns mapped to `field`, distinct values joined.
QString fieldText(const std::vector<sheet::Cell> &cells, const QList<int> &columns,
                  QLatin1String separator, Counters &counters, bool legacy = true)
{
    if (columns.size() == 1) {
        const int c = columns.front();
        if (c >= int(cells.size()))
            return {};
        const sheet::Cell &cell = cells[std::size_t(c)];
        return legacy ? cellText(cell, counters)
                      : (needsCleaning(cell.text) ? text::clean(cell.text) : cell.text);
    }
    QStringList parts; // a merged cell fills several columns with one value
    for (const int c : columns) {
        if (c >= int(cells.size()))
            continue;
        const sheet::Cell &cell = cells[std::size_t(c)];
        const QString t = legacy ? cellText(cell, counters)
                                 : (needsCleaning(cell.text) ? text::clean(cell.text) : cell.text);
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

RowChecker::RowChecker(ColumnMapping mapping, QString unitForAll)
    : m_mapping(std::move(mapping))
    , m_unitForAll(std::move(unitForAll))
{}

CheckedSheet RowChecker::check(const sheet::Sheet &sheet) const
{
    CheckedSheet out;
    Counters counters;
    const QList<int> nameColumns = m_mapping.columnsOf(Field::Name);
    const QList<int> positionColumns = m_mapping.columnsOf(Field::Position);
    const QList<int> unitColumns = m_mapping.columnsOf(Field::Unit);
    const QList<int> phoneColumns = m_mapping.columnsOf(Field::Phone);
    const QList<int> emailColumns = m_mapping.columnsOf(Field::Email);
    const QList<int> decisionColumns = m_mapping.columnsOf(Field::Decision);
    const QList<int> noteColumns = m_mapping.columnsOf(Field::Note);
    const QLatin1String space(" ");
    const QLatin1String comma(", ");
    const QLatin1String semicolon("; ");

    const QString noName = QCoreApplication::translate("ttcs::Import", "The row has no name.");
    // The open sections, shallowest first: the last one is the unit.
    std::vector<SectionRow> open;
    out.rows.reserve(std::size_t(std::max(0, sheet.rowCount() - m_mapping.firstDataRow)));
    for (int r = std::max(0, m_mapping.firstDataRow); r < sheet.rowCount(); ++r) {
        const RowShape shape = LayoutDetector::classify(sheet, r, m_mapping);
        switch (shape.kind) {
        case RowKind::Empty:
            continue;
        case RowKind::RepeatedHeader:
        case RowKind::ColumnNumbers:
        case RowKind::Other:
            ++out.ignoredRows;
            continue;
        case RowKind::Section: {
            SectionRow section{r + 1, shape.sectionText, shape.sectionLevel};
            while (!open.empty() && open.back().level >= section.level)
                open.pop_back();
            open.push_back(section);
            out.sections.push_back(section);
            continue;
        }
        case RowKind::Person:
            break;
        }

        const std::vector<sheet::Cell> &cells = sheet.row(r);
        CheckedRow row;
        row.row = r + 1;
        row.name = fieldText(cells, nameColumns, space, counters);
        if (row.name.isEmpty() || !hasLetter(row.name)) {
            RejectedRow rejected;
            rejected.row = r + 1;
            rejected.reason = noName;
            for (const sheet::Cell &c : cells)
                rejected.cells << c.text;
            while (!rejected.cells.isEmpty() && rejected.cells.constLast().isEmpty())
                rejected.cells.removeLast();
            out.rejected.push_back(std::move(rejected));
            continue;
        }
        row.position = fieldText(cells, positionColumns, comma, counters);
        row.decision = fieldText(cells, decisionColumns, semicolon, counters);
        row.note = fieldText(cells, noteColumns, semicolon, counters);
        if (!m_unitForAll.isEmpty()) {
            row.unitText = m_unitForAll;
        } else {
            row.unitText = fieldText(cells, unitColumns, comma, counters);
            if (row.unitText.isEmpty() && !open.empty()) {
                row.unitText = open.back().text;
                row.unitFromSection = true;
            }
        }

        const QString phoneText = fieldText(cells, phoneColumns, semicolon, counters, false);
        if (isPlainPhone(phoneText)) {
            row.phone = phoneText;
        } else if (!phoneText.isEmpty()) {
            const text::PhoneCheck phone = text::checkPhoneNumber(phoneText);
            row.phone = phone.normalised.isEmpty() ? phoneText : phone.normalised;
            if (!phone.ok)
                row.warnings.push_back({WarningKind::PhoneInvalid, phone.note});
            else if (!phone.note.isEmpty() && digitsChanged(phoneText, phone.normalised))
                row.warnings.push_back({WarningKind::PhoneConverted, phone.note});
        }
        const QString emailText = fieldText(cells, emailColumns, semicolon, counters, false);
        if (isPlainEmail(emailText)) {
            row.email = emailText;
        } else if (!emailText.isEmpty()) {
            const text::EmailCheck email = text::checkEmailAddress(emailText);
            row.email = email.normalised.isEmpty() ? emailText : email.normalised;
            if (!email.ok)
                row.warnings.push_back({WarningKind::EmailMalformed, email.note});
        }
        out.rows.push_back(std::move(row));
    }
    out.tcvn3Cells = counters.tcvn3;
    out.vniCells = counters.vni;
    return out;
}

} // namespace ttcs::import
