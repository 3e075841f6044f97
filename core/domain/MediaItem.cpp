#include "domain/MediaItem.h"

#include <QCoreApplication>

namespace ttcs {

QString sentimentKey(Sentiment s)
{
    switch (s) {
    case Sentiment::Positive:
        return QStringLiteral("positive");
    case Sentiment::Neutral:
        return QStringLiteral("neutral");
    case Sentiment::Negative:
        return QStringLiteral("negative");
    }
    return {};
}

std::optional<Sentiment> sentimentFromKey(const QString &key)
{
    for (Sentiment s : allSentiments()) {
        if (sentimentKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString sentimentLabel(Sentiment s)
{
    switch (s) {
    case Sentiment::Positive:
        return QCoreApplication::translate("ttcs::Media", "Positive");
    case Sentiment::Neutral:
        return QCoreApplication::translate("ttcs::Media", "Neutral");
    case Sentiment::Negative:
        return QCoreApplication::translate("ttcs::Media", "Negative");
    }
    return {};
}

const QList<Sentiment> &allSentiments()
{
    static const QList<Sentiment> all = {Sentiment::Positive, Sentiment::Neutral,
                                         Sentiment::Negative};
    return all;
}

} // namespace ttcs
