// The letter (công văn) that chases the units which have not reported on
// their tasks of a year: "V/v đôn đốc báo cáo kết quả thực hiện nhiệm vụ
// truyền thông chính sách năm N", addressed (Kính gửi) to those units, with
// how many of their tasks are still unreported and the date to answer by.
// A công văn has no tên loại: its subject sits under the number.
#pragma once

#include "document/Document.h"
#include "domain/OrgProfile.h"
#include "domain/Plan.h"
#include "domain/Result.h"
#include "report/DocumentOptions.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ttcs::db {
class Database;
}

namespace ttcs::report {

struct ReminderUnit
{
    QString name;
    int missing = 0;  // tasks not reported
    int involved = 0; // tasks of the unit that year
};

struct ReminderData
{
    OrgProfile profile;
    Plan plan;
    int year = 0;
    QDate asOf;                // the statuses as they stood on this day
    QList<ReminderUnit> units; // Vietnamese name order
};

// The units that have not reported on every task of `year` as of `asOf`
// (invalid: today, or the end of a past year), the issuing body itself left
// out. Refused when every unit has reported: there is no one to remind.
Result<ReminderData> loadReminderData(db::Database &db, int year, const QDate &asOf);

// `options.date` is the letter's date (invalid: a draft, blank); the units
// are asked to answer within 7 days of it (of `asOf` for a draft).
document::Document buildReminderLetter(const ReminderData &data, const DocumentOptions &options);

} // namespace ttcs::report
