// E-mail addresses as units type them: with spaces around, capitals in the
// domain, "mailto:" in front, several in one cell.
#pragma once

#include <QString>

namespace ttcs::text {

struct EmailCheck
{
    QString normalised; // trimmed, domain in small letters; several joined with "; "
    bool ok = true;     // false: malformed, the importer should warn
    QString note;       // why it is doubted, for the user
};

// Trims, removes "mailto:" and angle brackets, lower-cases the domain and
// checks the shape (one @, a sensible local part, a domain with a dot and
// a top-level name of letters). An empty cell is ok and stays empty.
EmailCheck checkEmailAddress(const QString &raw);

} // namespace ttcs::text
