#include "import/UnitMatcher.h"

#include "import/ColumnMapping.h"
#include "import/LayoutDetector.h"
#include "text/VietnameseText.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace ttcs::import {

namespace {

constexpr double kSuggestAbove = 0.5;
// Two keys this alike in their letters are a typing slip.
constexpr double kTypoAbove = 0.85;
constexpr int kSuggestions = 3;

// Abbreviations units write, folded, and what they stand for.
struct Abbreviation
{
    const char *shortForm;
    const char *longForm;
};
const Abbreviation kAbbreviations[] = {
    {"ubnd", "uy ban nhan dan"},
    {"hdnd", "hoi dong nhan dan"},
    {"tp", "thanh pho"},
    {"tx", "thi xa"},
    {"ub", "uy ban"},
};

double diceOfBigrams(const QString &a, const QString &b)
{
    if (a.size() < 2 || b.size() < 2)
        return a == b ? 1.0 : 0.0;
    QHash<quint32, int> counts;
    for (qsizetype i = 0; i + 1 < a.size(); ++i)
        ++counts[(quint32(a.at(i).unicode()) << 16) | a.at(i + 1).unicode()];
    int common = 0;
    for (qsizetype i = 0; i + 1 < b.size(); ++i) {
        auto it = counts.find((quint32(b.at(i).unicode()) << 16) | b.at(i + 1).unicode());
        if (it != counts.end() && it.value() > 0) {
            --it.value();
            ++common;
        }
    }
    return 2.0 * common / double(a.size() - 1 + b.size() - 1);
}

} // namespace

QString UnitMatcher::normalisedKey(const QString &text)
{
    QString t = LayoutDetector::stripNumbering(text::clean(text), nullptr);
    t.replace(QLatin1Char('&'), QLatin1String(" và "));
    QStringList words = foldWords(t).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList out;
    out.reserve(words.size() + 4);
    for (const QString &w : std::as_const(words)) {
        bool expanded = false;
        for (const Abbreviation &a : kAbbreviations) {
            if (w == QLatin1String(a.shortForm)) {
                out << QString::fromLatin1(a.longForm).split(QLatin1Char(' '));
                expanded = true;
                break;
            }
        }
        if (!expanded)
            out << w;
    }
    // "Sở Tư pháp tỉnh Bắc Kạn" is "Sở Tư pháp": the province is the same
    // for every unit of the list.
    const qsizetype province = out.lastIndexOf(QStringLiteral("tinh"));
    if (province > 0 && out.size() - province <= 4)
        out.erase(out.begin() + province, out.end());
    return out.join(QLatin1Char(' '));
}

UnitMatcher::UnitMatcher(const QList<Unit> &units, const QDate &on)
    : m_on(on)
{
    m_entries.reserve(std::size_t(units.size()));
    for (const Unit &u : units) {
        Entry e;
        e.unit = u;
        e.key = normalisedKey(u.name);
        e.shortKey = u.shortName.isEmpty() ? QString() : normalisedKey(u.shortName);
        e.words = e.key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const int index = int(m_entries.size());
        m_exact[text::clean(u.name)] << index;
        if (!e.key.isEmpty())
            m_normalised[e.key] << index;
        if (!e.shortKey.isEmpty())
            m_short[e.shortKey] << index;
        m_entries.push_back(std::move(e));
    }
    QHash<QString, int> documents;
    for (const Entry &e : m_entries) {
        const QSet<QString> words(e.words.begin(), e.words.end());
        for (const QString &w : words)
            ++documents[w];
    }
    const double n = double(std::max<std::size_t>(1, m_entries.size()));
    for (auto it = documents.cbegin(); it != documents.cend(); ++it)
        m_wordWeight.insert(it.key(), std::log(1.0 + n / it.value()));
    m_unknownWordWeight = std::log(1.0 + n);
}

bool UnitMatcher::existsOn(const Unit &unit) const
{
    if (!m_on.isValid())
        return !unit.validTo.isValid();
    return (!unit.validFrom.isValid() || unit.validFrom <= m_on) &&
           (!unit.validTo.isValid() || unit.validTo >= m_on);
}

UnitMatch UnitMatcher::pick(const QList<int> &candidates, UnitMatch::Kind kind) const
{
    UnitMatch m;
    QList<int> chosen = candidates;
    if (chosen.size() > 1) {
        QList<int> existing;
        for (const int i : std::as_const(chosen)) {
            if (existsOn(m_entries[std::size_t(i)].unit))
                existing << i;
        }
        if (!existing.isEmpty())
            chosen = existing;
    }
    if (chosen.size() == 1) {
        const Unit &u = m_entries[std::size_t(chosen.front())].unit;
        m.kind = kind;
        m.unitId = u.id;
        m.unitName = u.name;
        return m;
    }
    m.kind = UnitMatch::Kind::Ambiguous;
    for (const int i : std::as_const(chosen)) {
        const Unit &u = m_entries[std::size_t(i)].unit;
        m.suggestions << UnitSuggestion{u.id, u.name, 1.0};
    }
    return m;
}

QList<UnitSuggestion> UnitMatcher::suggest(const QString &key) const
{
    const QStringList list = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QSet<QString> words(list.begin(), list.end());
    const auto weight = [this](const QString &w) {
        return m_wordWeight.value(w, m_unknownWordWeight);
    };
    double ownWeight = 0;
    for (const QString &w : words)
        ownWeight += weight(w);
    QList<UnitSuggestion> found;
    for (const Entry &e : m_entries) {
        // Weighted share of the words the two names have in common.
        const QSet<QString> theirs(e.words.begin(), e.words.end());
        double common = 0;
        double theirWeight = 0;
        for (const QString &w : theirs) {
            theirWeight += weight(w);
            if (words.contains(w))
                common += weight(w);
        }
        const double all = ownWeight + theirWeight - common;
        double score = all > 0 ? common / all : 0;
        for (const QString &other : {e.key, e.shortKey}) {
            const double dice = other.isEmpty() ? 0 : diceOfBigrams(key, other);
            if (dice >= kTypoAbove)
                score = std::max(score, dice);
        }
        if (score >= kSuggestAbove)
            found << UnitSuggestion{e.unit.id, e.unit.name, score};
    }
    std::stable_sort(
        found.begin(), found.end(),
        [](const UnitSuggestion &a, const UnitSuggestion &b) { return a.score > b.score; });
    if (found.size() > kSuggestions)
        found.resize(kSuggestions);
    return found;
}

UnitMatch UnitMatcher::match(const QString &text) const
{
    const QString cleaned = text::clean(text);
    if (cleaned.isEmpty())
        return {};
    if (const auto it = m_exact.constFind(cleaned); it != m_exact.cend())
        return pick(it.value(), UnitMatch::Kind::Exact);
    const QString key = normalisedKey(cleaned);
    if (key.isEmpty())
        return {};
    if (const auto it = m_normalised.constFind(key); it != m_normalised.cend())
        return pick(it.value(), UnitMatch::Kind::Normalised);
    if (const auto it = m_short.constFind(key); it != m_short.cend())
        return pick(it.value(), UnitMatch::Kind::Normalised);
    UnitMatch none;
    none.suggestions = suggest(key);
    return none;
}

} // namespace ttcs::import
