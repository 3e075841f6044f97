// The loop both import fault tests run: an import by ttcs-cli started on a
// fresh copy of a database and killed at a random moment, again and again
// for the time of a FaultLoop, each copy then checked from outside.
#pragma once

#include "FaultSupport.h"

#include <functional>

namespace ttcs::faults {

struct ImportKills
{
    const QString &initial;                           // the database before the import
    std::function<QStringList(const QString &)> args; // ttcs-cli arguments for a database
    int wholeMs;                                      // how long an import not killed took
    QMap<QString, qint64> before;                     // rows per table before it
    QMap<QString, qint64> after;                      // and after it
    QString contentTable;                             // the table the import fills
};

// After every kill the copy must pass integrity_check, each table hold its
// rows of before or of after, and `contentTable` and the import batches
// have changed together. Checks that some rounds were killed before the
// commit (left nothing) and that some were killed at all.
void killImportsAtRandom(const ImportKills &kills, const QString &victim);

} // namespace ttcs::faults
