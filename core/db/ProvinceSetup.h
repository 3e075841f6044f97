// A new database for one's own province instead of the demo data: the
// organisation profile as given, the usual unit groups, and a plan for the
// year with the sections of a policy communication plan and no tasks yet,
// to be filled in on the Plan and Units pages.
#pragma once

#include "domain/OrgProfile.h"
#include "domain/Result.h"

#include <memory>

namespace ttcs::db {

class Database;

// The profile fields not given are filled the usual way from the ones that
// are: the place from the province, the issuing body in running text from
// its header lines, the document symbols from the issuing body's initials.
OrgProfile completeProfile(const OrgProfile &given);

// Creates `path` (which must not exist) with the schema and the data above,
// in one transaction: on failure no file is left. `profile.province` and
// `profile.issuingBody` must not be empty.
Result<std::unique_ptr<Database>> createForProvince(const QString &path, const OrgProfile &profile,
                                                    int year);

} // namespace ttcs::db
