// Phone numbers as units write them in spreadsheets: with spaces, dots,
// dashes and parentheses, with +84 in front, as old 11-digit mobile
// numbers, or without their leading 0 because the cell held a number.
// checkPhoneNumber gives the number the way the data keeps it (digits
// only, 0 in front) and says what it changed or why it doubts it.
#pragma once

#include <QString>

namespace ttcs::text {

struct PhoneCheck
{
    QString normalised; // digits; several numbers are joined with "; "
    bool ok = true;     // false: the importer should warn and keep the text
    QString note;       // what was changed or what is wrong, for the user
};

// Accepts 10-digit mobiles (03x, 05x, 07x, 08x, 09x), landlines (0 + area
// code, 10 or 11 digits) and 1800/1900 service numbers. Old 11-digit
// mobiles are converted (0168 -> 038 ...), a lost leading 0 is restored,
// and several numbers in one cell (separated by "/", ";", "," or " - ")
// are all kept. An empty cell is ok and stays empty.
PhoneCheck checkPhoneNumber(const QString &raw);

} // namespace ttcs::text
