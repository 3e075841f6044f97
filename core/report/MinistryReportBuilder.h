// The annual report to the Ministry (BÁO CÁO kết quả thực hiện công tác
// truyền thông chính sách năm N), sent up, so with "Kính gửi": for each task
// what the units reported that year (done, in progress, not reported;
// figures summed), statistics tables (spokespersons by unit level, training
// classes and trainees by category, media items by sentiment), the free-text
// sections kept per year, and appendices: the units that did not report and
// the spokesperson list.
#pragma once

#include "document/Document.h"
#include "domain/MediaItem.h"
#include "domain/OrgProfile.h"
#include "domain/Plan.h"
#include "domain/ProgressTracking.h"
#include "domain/Result.h"
#include "domain/Training.h"
#include "report/DocumentOptions.h"
#include "report/SpokespersonListBuilder.h"

namespace ttcs::db {
class Database;
}

namespace ttcs::report {

// The free-text parts of a year's report, kept in the database per year.
struct ReportTexts
{
    QString shortcomings;    // tồn tại, hạn chế và nguyên nhân
    QString nextYearTasks;   // nhiệm vụ năm tới
    QString recommendations; // đề xuất, kiến nghị
};

Result<ReportTexts> loadReportTexts(db::Database &db, int year);
Status saveReportTexts(db::Database &db, int year, const ReportTexts &texts);

struct LevelCount
{
    QString level;        // "Sở, ban, ngành tỉnh"
    int units = 0;        // units of that level existing on the cut-off date
    int unitsCovered = 0; // with at least one spokesperson
    int people = 0;
};

struct MinistryReportData
{
    OrgProfile profile;
    Plan plan;
    int year = 0;
    QDate cutOff;
    QList<Task> tasks;         // plan order
    QList<ProgressLine> lines; // leaf task × involved unit
    QList<LevelCount> spokespersonLevels;
    QList<TrainingClass> classes;
    TraineeTotals trainees;
    QList<MonthSentiment> mediaByMonth;
    QList<QPair<QString, int>> notReported; // unit name, lines missing
    SpokespersonListData spokespersons;
    ReportTexts texts;
};

// Reads the year's figures as of `cutOff` (invalid: as of the end of the
// year, or today for the current year).
Result<MinistryReportData> loadMinistryReportData(db::Database &db, int year, const QDate &cutOff);

document::Document buildMinistryReport(const MinistryReportData &data,
                                       const DocumentOptions &options);

} // namespace ttcs::report
