// Finds the unit a spreadsheet means by the text in its unit column or
// section row: the same name first; then the same name once case,
// diacritics, numbering and the usual abbreviations ("UBND" for "Ủy ban
// nhân dân", "TP" for "thành phố", "&" for "và") are set aside, or the
// unit's short name. Anything less certain is only offered as suggestions:
// a person is never filed under a unit the file did not name.
#pragma once

#include "domain/Unit.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace ttcs::import {

struct UnitSuggestion
{
    qint64 unitId = 0;
    QString name;
    double score = 0; // 0..1, higher is closer
};

struct UnitMatch
{
    enum class Kind
    {
        None,       // no unit fits; see suggestions
        Exact,      // the same name
        Normalised, // the same name, written differently, or the short name
        Ambiguous   // several units fit equally; see suggestions
    };
    Kind kind = Kind::None;
    qint64 unitId = 0;
    QString unitName;
    QList<UnitSuggestion> suggestions; // best first, at most three

    bool matched() const { return unitId > 0; }
};

class UnitMatcher final
{
public:
    // `on`: units that exist that day win over ended ones of the same name.
    explicit UnitMatcher(const QList<Unit> &units, const QDate &on = {});

    UnitMatch match(const QString &text) const;

    // The comparison form of a unit's name: folded, numbering dropped,
    // abbreviations written out, "tỉnh …" at the end kept apart.
    static QString normalisedKey(const QString &text);

private:
    struct Entry
    {
        Unit unit;
        QString key;      // normalisedKey(name)
        QString shortKey; // normalisedKey(shortName)
        QStringList words;
    };
    UnitMatch pick(const QList<int> &candidates, UnitMatch::Kind kind) const;
    QList<UnitSuggestion> suggest(const QString &key) const;
    bool existsOn(const Unit &unit) const;

    std::vector<Entry> m_entries;
    QDate m_on;
    QHash<QString, QList<int>> m_exact;      // cleaned name
    QHash<QString, QList<int>> m_normalised; // normalised name, without "tỉnh …"
    QHash<QString, QList<int>> m_short;      // normalised short name
    // How telling each word of the units' names is: "ủy ban nhân dân" in
    // many names says little, "Nam Mẫu" in one says much.
    QHash<QString, double> m_wordWeight;
    double m_unknownWordWeight = 1;
};

} // namespace ttcs::import
