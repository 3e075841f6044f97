// Internal to the readers: how a spreadsheet number format shows a value,
// for the formats lists use: General, whole numbers, fixed decimals,
// thousands, percentages, zero-padded codes ("0000000000" keeps a phone
// number's leading 0), and dates and times (shown as dd/MM/yyyy HH:mm).
// Anything rarer is shown as General.
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace ttcs::sheet {

class NumberFormat
{
public:
    enum class Kind
    {
        General,
        Number,
        Date,
        Time,
        DateTime,
        Text
    };

    NumberFormat() = default;
    // Excel's built-in formats by id (0-49 and the East Asian dates).
    static NumberFormat builtin(int id);
    // A format code as written in styles.xml.
    static NumberFormat parse(QStringView code);

    Kind kind() const { return m_kind; }
    bool isDateOrTime() const
    {
        return m_kind == Kind::Date || m_kind == Kind::Time || m_kind == Kind::DateTime;
    }

    // The text of a number shown in this format (not a date).
    QString format(double value) const;
    // The text of a date serial (days since 1899-12-30); empty when the
    // serial is not a date.
    QString formatDate(double serial) const;

    // How General shows a number: whole numbers without ".0", up to 15
    // significant digits.
    static QString general(double value);

private:
    enum class Part : quint8
    {
        Literal,
        Digit,
        Point
    };
    struct Token
    {
        Part part;
        QChar digit; // '0', '#' or '?'
        QString literal;
    };
    struct Section
    {
        std::vector<Token> tokens;
        bool grouping = false;
        int percent = 0;
        bool hasDigits = false;
    };
    static bool parseSection(QStringView code, Section &section, bool &dateCodes, bool &hasDate,
                             bool &hasTime, bool &seconds);
    static QString render(const Section &section, double value);

    Kind m_kind = Kind::General;
    bool m_seconds = false;
    std::vector<Section> m_sections;
};

// Excel serial (1900 or 1904 date system) to days since 1899-12-30. The
// 1900 system counts a 29 February 1900 that never was.
double normaliseSerial(double serial, bool date1904);

} // namespace ttcs::sheet
