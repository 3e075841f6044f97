#include "domain/Progress.h"

#include <QCoreApplication>

namespace ttcs {

QString progressStatusKey(ProgressStatus s)
{
    switch (s) {
    case ProgressStatus::NotStarted: return QStringLiteral("not_started");
    case ProgressStatus::InProgress: return QStringLiteral("in_progress");
    case ProgressStatus::Done: return QStringLiteral("done");
    case ProgressStatus::NotApplicable: return QStringLiteral("not_applicable");
    }
    return {};
}

std::optional<ProgressStatus> progressStatusFromKey(const QString &key)
{
    for (ProgressStatus s : allProgressStatuses()) {
        if (progressStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString progressStatusLabel(ProgressStatus s)
{
    switch (s) {
    case ProgressStatus::NotStarted: return QCoreApplication::translate("ttcs::Progress", "Not started");
    case ProgressStatus::InProgress: return QCoreApplication::translate("ttcs::Progress", "In progress");
    case ProgressStatus::Done: return QCoreApplication::translate("ttcs::Progress", "Done");
    case ProgressStatus::NotApplicable: return QCoreApplication::translate("ttcs::Progress", "Not applicable");
    }
    return {};
}

const QList<ProgressStatus> &allProgressStatuses()
{
    static const QList<ProgressStatus> all = {ProgressStatus::NotStarted, ProgressStatus::InProgress,
                                              ProgressStatus::Done, ProgressStatus::NotApplicable};
    return all;
}

} // namespace ttcs
