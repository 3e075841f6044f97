// A unit's spokesperson or person appointed to give information to the press.
#pragma once

#include <QDate>
#include <QString>

namespace ttcs {

struct Spokesperson
{
    qint64 id = 0;
    qint64 unitId = 0;  // 0: the unit in the file matched no unit
    QString unitName;   // matched unit's name, or the text from the file
    QString name;
    QString position;
    QString phone;
    QString email;
    QString decision;   // the decision that appointed them
    QDate servingFrom;
    QDate servingTo;    // null: still serving
    qint64 batchId = 0; // import batch, 0 when typed in
};

} // namespace ttcs
