// Vietnamese text as the data must hold it: stored in NFC, searched without
// diacritics or case, sorted in Vietnamese letter order, and people sorted
// by given name first.
#pragma once

#include <QByteArray>
#include <QString>

namespace ttcs::text {

// The text in Unicode normalisation form C, trimmed, with runs of white
// space (including non-breaking spaces) folded to one space.
QString clean(const QString &s);

// NFC only, nothing else touched.
QString nfc(const QString &s);

// Lower case, no diacritics, đ as d: the form used to compare for search.
QString fold(const QString &s);

// The same as s.toLower(), several times faster for Vietnamese and other
// Latin text, which is all a list of names holds.
QString lower(const QString &s);

// A byte key whose order is Vietnamese dictionary order: letters first
// (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y), then tones
// (none, huyền, hỏi, ngã, sắc, nặng), then case.
QByteArray collationKey(const QString &s);

// Key for a person's full name: given name (the last word), then family
// and middle names, each in collation order.
QByteArray personNameKey(const QString &fullName);

// True when `needle` occurs in `haystack` ignoring case and diacritics.
bool containsFolded(const QString &haystack, const QString &needle);

} // namespace ttcs::text
