// The annual implementation plan (KẾ HOẠCH triển khai … năm N): the
// standing plan's tasks for year N with their lead, coordinating and
// implementing units and time frames, the budget, each unit's
// responsibilities, the recipients and signature, and a landscape appendix
// table of the tasks.
#pragma once

#include "document/Document.h"
#include "domain/OrgProfile.h"
#include "domain/Plan.h"
#include "domain/Result.h"
#include "domain/Task.h"
#include "report/DocumentOptions.h"

namespace ttcs::db {
class Database;
}

namespace ttcs::report {

struct AnnualPlanData
{
    OrgProfile profile;
    Plan plan;
    QList<Task> tasks; // plan order
};

// Reads what the plan of `year` needs from the database.
Result<AnnualPlanData> loadAnnualPlanData(db::Database &db, int year);

document::Document buildAnnualPlan(const AnnualPlanData &data, const DocumentOptions &options);

} // namespace ttcs::report
