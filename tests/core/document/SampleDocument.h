// Documents to test and time the writers with: a plan shaped like the real
// 2023 Bắc Kạn policy-communication plan, and a large report.
#pragma once

#include "document/Document.h"

namespace ttcs::test {

// Header block, title, trích yếu, legal bases, headings, body text, list
// items, the signature block, then a landscape appendix with a table of
// `appendixRows` rows under a header row that repeats on every page.
document::Document samplePlan(int appendixRows = 60);

// About 138 pages: `taskSections` task sections of a heading, two
// paragraphs and a `rowsPerTask`-row table, then an appendix of
// `appendixRows` rows.
document::Document largeReport(int taskSections = 60, int rowsPerTask = 30,
                               int appendixRows = 1000);

// The appendix table's header row, as its cells' text.
QStringList appendixHeader();

} // namespace ttcs::test
