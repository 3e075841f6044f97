#include "import/ColumnMapping.h"

#include "sheet/Sheet.h"
#include "text/LegacyEncoding.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QStringList>

namespace ttcs::import {

namespace {

struct Keywords
{
    Field field;
    // Folded words found anywhere in the header cell, at word boundaries.
    std::initializer_list<const char *> anywhere;
    // Folded texts the whole cell must be.
    std::initializer_list<const char *> whole;
};

// In order of preference when two fields' words start at the same place.
const Keywords kKeywords[] = {
    {Field::Ordinal, {"so thu tu"}, {"stt", "tt", "so tt", "thu tu", "no", "#"}},
    {Field::Name,
     {"ho va ten", "ho ten", "full name"},
     {"ten", "name", "ho va", "nguoi phat ngon"}},
    {Field::Phone,
     {"dien thoai", "sdt", "dtdd", "di dong", "so dt", "phone", "mobile", "tel"},
     {"dt", "d thoai"}},
    {Field::Email, {"email", "e mail", "thu dien tu", "hop thu", "mail"}, {}},
    {Field::Position, {"chuc vu", "chuc danh", "position"}, {"job title"}},
    {Field::Unit,
     {"co quan", "don vi", "unit", "organisation", "organization", "agency"},
     {"noi cong tac"}},
    {Field::Decision, {"quyet dinh", "van ban phan cong", "decision"}, {}},
    {Field::Note, {"ghi chu", "note", "notes", "remarks"}, {}},
};

// Where `word` starts in `padded` (" words ") at word boundaries, or -1.
qsizetype wordPosition(const QString &padded, const char *word)
{
    const QString needle = QLatin1Char(' ') + QLatin1String(word) + QLatin1Char(' ');
    return padded.indexOf(needle);
}

} // namespace

const QList<Field> &allFields()
{
    static const QList<Field> fields = {Field::Ordinal, Field::Name,  Field::Position, Field::Unit,
                                        Field::Phone,   Field::Email, Field::Decision, Field::Note};
    return fields;
}

QString fieldKey(Field field)
{
    switch (field) {
    case Field::None:
        return {};
    case Field::Ordinal:
        return QStringLiteral("ordinal");
    case Field::Name:
        return QStringLiteral("name");
    case Field::Position:
        return QStringLiteral("position");
    case Field::Unit:
        return QStringLiteral("unit");
    case Field::Phone:
        return QStringLiteral("phone");
    case Field::Email:
        return QStringLiteral("email");
    case Field::Note:
        return QStringLiteral("note");
    case Field::Decision:
        return QStringLiteral("decision");
    }
    return {};
}

std::optional<Field> fieldFromKey(const QString &key)
{
    if (key.isEmpty())
        return Field::None;
    for (const Field f : allFields()) {
        if (fieldKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::None:
        return QCoreApplication::translate("ttcs::Import", "(not imported)");
    case Field::Ordinal:
        return QCoreApplication::translate("ttcs::Import", "No.");
    case Field::Name:
        return QCoreApplication::translate("ttcs::Import", "Full name");
    case Field::Position:
        return QCoreApplication::translate("ttcs::Import", "Position");
    case Field::Unit:
        return QCoreApplication::translate("ttcs::Import", "Unit");
    case Field::Phone:
        return QCoreApplication::translate("ttcs::Import", "Phone");
    case Field::Email:
        return QCoreApplication::translate("ttcs::Import", "Email");
    case Field::Note:
        return QCoreApplication::translate("ttcs::Import", "Notes");
    case Field::Decision:
        return QCoreApplication::translate("ttcs::Import", "Appointing decision");
    }
    return {};
}

QString headerText(const sheet::Cell &cell)
{
    if (cell.text.isEmpty())
        return {};
    return text::convertLegacyText(cell.text, cell.font).text;
}

QString foldWords(const QString &text)
{
    const QString folded = text::fold(text);
    QString out;
    out.reserve(folded.size());
    bool space = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c == QLatin1Char('#')) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c;
        } else {
            space = true;
        }
    }
    return out;
}

Field fieldOfHeader(const QString &headerText)
{
    if (headerText.size() > 120)
        return Field::None;
    const QString words = foldWords(headerText);
    if (words.isEmpty())
        return Field::None;
    const QString padded = QLatin1Char(' ') + words + QLatin1Char(' ');
    Field best = Field::None;
    qsizetype bestAt = -1;
    for (const Keywords &k : kKeywords) {
        for (const char *whole : k.whole) {
            if (words == QLatin1String(whole))
                return k.field;
        }
        for (const char *word : k.anywhere) {
            const qsizetype at = wordPosition(padded, word);
            if (at >= 0 && (bestAt < 0 || at < bestAt)) {
                best = k.field;
                bestAt = at;
            }
        }
    }
    return best;
}

Field ColumnMapping::fieldOf(int column) const
{
    if (column < 0 || std::size_t(column) >= columns.size())
        return Field::None;
    return columns[std::size_t(column)];
}

QList<int> ColumnMapping::columnsOf(Field field) const
{
    QList<int> out;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c] == field)
            out << int(c);
    }
    return out;
}

void ColumnMapping::set(int column, Field field)
{
    if (column < 0)
        return;
    if (std::size_t(column) >= columns.size())
        columns.resize(std::size_t(column) + 1, Field::None);
    columns[std::size_t(column)] = field;
}

QString ColumnMapping::memoryKey() const
{
    if (shape.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(shape.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray cols;
    for (const Field f : columns)
        cols.append(fieldKey(f));
    return QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("headerRow"), headerRow},
                       {QStringLiteral("headerRowCount"), headerRowCount},
                       {QStringLiteral("firstDataRow"), firstDataRow},
                       {QStringLiteral("columns"), cols},
                       {QStringLiteral("shape"), shape}};
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("version")).toInt() != 1 ||
        !json.value(QStringLiteral("columns")).isArray())
        return std::nullopt;
    ColumnMapping m;
    m.headerRow = json.value(QStringLiteral("headerRow")).toInt(-1);
    m.headerRowCount = json.value(QStringLiteral("headerRowCount")).toInt(1);
    m.firstDataRow = json.value(QStringLiteral("firstDataRow")).toInt(0);
    m.shape = json.value(QStringLiteral("shape")).toString();
    if (m.headerRow < -1 || m.headerRow > 1'048'576 || m.headerRowCount < 1 ||
        m.headerRowCount > 2 || m.firstDataRow < 0 || m.firstDataRow > 1'048'576)
        return std::nullopt;
    const QJsonArray cols = json.value(QStringLiteral("columns")).toArray();
    if (cols.size() > 16'384)
        return std::nullopt;
    for (const QJsonValue &v : cols) {
        const auto f = fieldFromKey(v.toString());
        if (!f)
            return std::nullopt;
        m.columns.push_back(*f);
    }
    return m;
}

QString ColumnMapping::shapeOf(const sheet::Sheet &sheet, int row, int rowCount)
{
    QStringList rows;
    for (int r = row; r < row + rowCount; ++r) {
        QStringList cells;
        const auto &cellsOfRow = sheet.row(r);
        for (const sheet::Cell &c : cellsOfRow)
            cells << foldWords(headerText(c));
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('/'));
}

bool ColumnMapping::operator==(const ColumnMapping &o) const
{
    auto trimmed = [](std::vector<Field> v) {
        while (!v.empty() && v.back() == Field::None)
            v.pop_back();
        return v;
    };
    return headerRow == o.headerRow && headerRowCount == o.headerRowCount &&
           firstDataRow == o.firstDataRow && trimmed(columns) == trimmed(o.columns) &&
           shape == o.shape;
}

} // namespace ttcs::import
