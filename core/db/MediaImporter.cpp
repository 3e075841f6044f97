#include "db/MediaImporter.h"

#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringDecoder>

namespace ttcs::db {

namespace {

enum class Field
{
    Date,
    Outlet,
    Platform,
    Title,
    Link,
    Topic,
    Sentiment,
    Unit,
    Action,
    FalseInfo
};

struct HeaderWord
{
    Field field;
    const char *folded; // as text::fold gives it
};

// Exact header words first; a header that matches none is tried for the
// longest of these it contains.
const HeaderWord kHeaderWords[] = {
    {Field::Date, "ngay"},
    {Field::Date, "ngay dang"},
    {Field::Date, "thoi gian"},
    {Field::Date, "date"},
    {Field::Outlet, "bao"},
    {Field::Outlet, "co quan bao chi"},
    {Field::Outlet, "ten bao"},
    {Field::Outlet, "nguon"},
    {Field::Outlet, "nguon tin"},
    {Field::Outlet, "trang"},
    {Field::Outlet, "kenh"},
    {Field::Outlet, "outlet"},
    {Field::Outlet, "source"},
    {Field::Platform, "nen tang"},
    {Field::Platform, "loai hinh"},
    {Field::Platform, "platform"},
    {Field::Title, "tieu de"},
    {Field::Title, "ten bai"},
    {Field::Title, "noi dung"},
    {Field::Title, "title"},
    {Field::Link, "duong dan"},
    {Field::Link, "lien ket"},
    {Field::Link, "link"},
    {Field::Link, "url"},
    {Field::Topic, "chu de"},
    {Field::Topic, "linh vuc"},
    {Field::Topic, "topic"},
    {Field::Sentiment, "sac thai"},
    {Field::Sentiment, "tinh chat"},
    {Field::Sentiment, "danh gia"},
    {Field::Sentiment, "sentiment"},
    {Field::Unit, "don vi"},
    {Field::Unit, "don vi lien quan"},
    {Field::Unit, "co quan lien quan"},
    {Field::Unit, "unit"},
    {Field::Unit, "related unit"},
    {Field::Action, "xu ly"},
    {Field::Action, "bien phap xu ly"},
    {Field::Action, "ket qua xu ly"},
    {Field::Action, "action"},
    {Field::Action, "action taken"},
    {Field::FalseInfo, "tin gia"},
    {Field::FalseInfo, "tin sai su that"},
    {Field::FalseInfo, "false information"},
};

std::optional<Field> fieldOf(const QString &header)
{
    // Punctuation separates words: "Báo/Trang" is "bao trang".
    QString h = text::fold(header);
    for (QChar &c : h) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    }
    h = h.simplified();
    if (h.isEmpty())
        return std::nullopt;
    for (const HeaderWord &w : kHeaderWords) {
        if (h == QLatin1String(w.folded))
            return w.field;
    }
    std::optional<Field> best;
    qsizetype bestLength = 0;
    for (const HeaderWord &w : kHeaderWords) {
        const QLatin1String word(w.folded);
        // Whole words only: "bao" must not match inside "bao cao".
        const QString padded = QLatin1Char(' ') + h + QLatin1Char(' ');
        if (word.size() > bestLength &&
            padded.contains(QLatin1Char(' ') + word + QLatin1Char(' '))) {
            best = w.field;
            bestLength = word.size();
        }
    }
    return best;
}

QDate parseDate(const QString &s)
{
    const QString t = s.trimmed();
    for (const char *format : {"yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy",
                               "dd.MM.yyyy", "d.M.yyyy", "d/M/yy"}) {
        QDate d = QDate::fromString(t, QLatin1String(format));
        if (d.isValid()) {
            if (QLatin1String(format) == QLatin1String("d/M/yy"))
                d = d.addYears(100); // two-digit years are this century
            return d;
        }
    }
    return {};
}

std::optional<Sentiment> parseSentiment(const QString &s)
{
    const QString f = text::fold(s).simplified();
    for (const char *w : {"tich cuc", "positive", "+", "tot"}) {
        if (f == QLatin1String(w))
            return Sentiment::Positive;
    }
    for (const char *w : {"trung lap", "trung tinh", "binh thuong", "neutral", "0"}) {
        if (f == QLatin1String(w))
            return Sentiment::Neutral;
    }
    for (const char *w : {"tieu cuc", "negative", "-", "xau", "xau doc"}) {
        if (f == QLatin1String(w))
            return Sentiment::Negative;
    }
    return std::nullopt;
}

bool parseYes(const QString &s)
{
    const QString f = text::fold(s).simplified();
    for (const char *w : {"x", "co", "yes", "1", "true", "da xu ly", "tin gia"}) {
        if (f == QLatin1String(w))
            return true;
    }
    return false;
}

} // namespace

MediaImporter::MediaImporter(const QList<Unit> &units)
    : m_units(units)
{}

MediaImportBatch MediaImporter::read(const QList<QStringList> &rows) const
{
    MediaImportBatch batch;

    // The header: the first of the first ten rows that names a date and a title.
    int headerRow = -1;
    QMap<Field, int> columns;
    for (int r = 0; r < std::min<int>(10, int(rows.size())) && headerRow < 0; ++r) {
        QMap<Field, int> found;
        const QStringList &cells = rows.at(r);
        for (int c = 0; c < cells.size(); ++c) {
            if (const auto f = fieldOf(cells.at(c)); f && !found.contains(*f))
                found.insert(*f, c);
        }
        if (found.contains(Field::Date) && found.contains(Field::Title)) {
            headerRow = r;
            columns = found;
        }
    }
    if (headerRow < 0) {
        batch.rejected << RejectedRow{
            1,
            QCoreApplication::translate("ttcs::Media",
                                        "No header row with a date and a title column "
                                        "was found in the first ten rows."),
            rows.value(0)};
        return batch;
    }

    QHash<QString, qint64> unitByName;
    for (const Unit &u : m_units) {
        unitByName.insert(text::fold(u.name).simplified(), u.id);
        if (!u.shortName.isEmpty())
            unitByName.insert(text::fold(u.shortName).simplified(), u.id);
    }

    for (int r = headerRow + 1; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        auto cell = [&](Field f) {
            const int c = columns.value(f, -1);
            return c >= 0 ? text::clean(cells.value(c)) : QString();
        };
        bool blank = true;
        for (const QString &c : cells)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        const int rowNumber = r + 1;
        MediaItem item;
        item.date = parseDate(cell(Field::Date));
        if (!item.date.isValid()) {
            batch.rejected << RejectedRow{
                rowNumber,
                QCoreApplication::translate("ttcs::Media", "\"%1\" is not a date.")
                    .arg(cell(Field::Date)),
                cells};
            continue;
        }
        item.title = cell(Field::Title);
        if (item.title.isEmpty()) {
            batch.rejected << RejectedRow{
                rowNumber, QCoreApplication::translate("ttcs::Media", "The title is missing."),
                cells};
            continue;
        }
        const QString sentiment = cell(Field::Sentiment);
        if (sentiment.isEmpty()) {
            item.sentiment = Sentiment::Neutral;
            batch.warnings << ImportWarning{
                rowNumber,
                QCoreApplication::translate(
                    "ttcs::Media", "No sentiment given; the item is recorded as neutral.")};
        } else if (const auto s = parseSentiment(sentiment)) {
            item.sentiment = *s;
        } else {
            batch.rejected << RejectedRow{
                rowNumber,
                QCoreApplication::translate("ttcs::Media", "\"%1\" is not a sentiment (positive, "
                                                           "neutral or negative).")
                    .arg(sentiment),
                cells};
            continue;
        }
        item.outlet = cell(Field::Outlet);
        item.platform = cell(Field::Platform);
        item.link = cell(Field::Link);
        item.topic = cell(Field::Topic);
        item.actionTaken = cell(Field::Action);
        item.falseInformation = parseYes(cell(Field::FalseInfo));
        const QString unit = cell(Field::Unit);
        if (!unit.isEmpty()) {
            item.unitId = unitByName.value(text::fold(unit).simplified());
            if (item.unitId == 0)
                batch.warnings << ImportWarning{
                    rowNumber,
                    QCoreApplication::translate("ttcs::Media", "No unit is called \"%1\"; the item "
                                                               "is recorded without a unit.")
                        .arg(unit)};
        }
        batch.items << item;
        batch.itemRows << rowNumber;
    }
    return batch;
}

QList<QStringList> MediaImporter::parseCsv(const QByteArray &bytes)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    // The separator the first line uses most, outside quotes.
    QChar separator = QLatin1Char(',');
    {
        int best = 0;
        const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
        for (QChar candidate : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
            int n = 0;
            bool quoted = false;
            for (QChar c : firstLine) {
                if (c == QLatin1Char('"'))
                    quoted = !quoted;
                else if (!quoted && c == candidate)
                    ++n;
            }
            if (n > best) {
                best = n;
                separator = candidate;
            }
        }
    }

    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

} // namespace ttcs::db
