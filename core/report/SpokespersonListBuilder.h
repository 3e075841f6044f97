// The list of spokespersons and people appointed to give information to the
// press, for the Ministry's press authority: grouped by unit level
// (departments, districts, communes, others), as of a date.
#pragma once

#include "document/Document.h"
#include "domain/OrgProfile.h"
#include "domain/Result.h"
#include "domain/Spokesperson.h"
#include "domain/Unit.h"
#include "report/DocumentOptions.h"

#include <QDate>

namespace ttcs::sheet {
struct Table;
}

namespace ttcs::db {
class Database;
}

namespace ttcs::report {

struct SpokespersonGroup
{
    QString title; // "I. CÁC SỞ, BAN, NGÀNH TỈNH"
    QList<Spokesperson> people;
};

struct SpokespersonListData
{
    OrgProfile profile;
    QDate asOf;
    QList<SpokespersonGroup> groups; // non-empty groups in order, people sorted
};

// The people serving on `asOf`, grouped and sorted (unit, then given name).
Result<SpokespersonListData> loadSpokespersonList(db::Database &db, const QDate &asOf);

// The same list as rows of text for a spreadsheet: a header row, then for
// each group a row holding only its title, then its people.
struct SpokespersonTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> groupRows; // indexes into rows
};
SpokespersonTable spokespersonTable(const SpokespersonListData &data);

// The list as a sheet for the XLSX and CSV exports: a title with the date,
// the header, a bold row per group and one row per person.
sheet::Table spokespersonSheet(const SpokespersonListData &data);

// The list as a document table: a header row repeated on every page, a
// bold row for each group.
document::Table spokespersonTableBlock(const SpokespersonListData &data);

document::Document buildSpokespersonList(const SpokespersonListData &data,
                                         const DocumentOptions &options);

} // namespace ttcs::report
