// An item found while monitoring the press and social media about the
// province: where and when it appeared, what it said and how it leant,
// and what was done about it.
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ttcs {

enum class Sentiment
{
    Positive,
    Neutral,
    Negative
};
QString sentimentKey(Sentiment s); // "positive", "neutral", "negative" as stored
std::optional<Sentiment> sentimentFromKey(const QString &key);
QString sentimentLabel(Sentiment s); // translated
const QList<Sentiment> &allSentiments();

struct MediaItem
{
    qint64 id = 0;
    QDate date;
    QString outlet;   // newspaper, station, page or account
    QString platform; // "Báo điện tử", "Facebook", "YouTube", "TikTok", …
    QString title;
    QString link;
    QString topic;
    Sentiment sentiment = Sentiment::Neutral;
    qint64 unitId = 0; // the unit it concerns, 0 when none
    QString unitName;  // filled when read
    QString actionTaken;
    bool falseInformation = false; // false information, handled with the police
    qint64 batchId = 0;            // import batch, 0 when typed in

    bool operator==(const MediaItem &o) const
    {
        return id == o.id && date == o.date && outlet == o.outlet && platform == o.platform &&
               title == o.title && link == o.link && topic == o.topic && sentiment == o.sentiment &&
               unitId == o.unitId && actionTaken == o.actionTaken &&
               falseInformation == o.falseInformation && batchId == o.batchId;
    }
};

// Items of one month by sentiment.
struct MonthSentiment
{
    int year = 0;
    int month = 0; // 1-12
    int positive = 0;
    int neutral = 0;
    int negative = 0;
    int total() const { return positive + neutral + negative; }
};

} // namespace ttcs
