// Helpers for the import tests and benchmark: spreadsheets built the way
// units make them (title block, merged cells, fonts such as .VnTime), and
// large generated lists.
#pragma once

#include "db/Database.h"
#include "domain/Spokesperson.h"
#include "sheet/Sheet.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace ttcs::test {

struct SheetSpec
{
    QString name = QStringLiteral("Sheet1");
    std::vector<QStringList> rows;         // "" for an empty cell
    std::vector<sheet::CellRange> merges;  // the first cell's text is written over the range
    QHash<QPair<int, int>, QString> fonts; // (row, column) -> font name
    QSet<QPair<int, int>> numbers;         // cells written as numbers
    bool hidden = false;
};

// Writes an .xlsx with libxlsxwriter; false on failure.
bool writeXlsx(const QString &path, const std::vector<SheetSpec> &sheets);
bool writeXlsx(const QString &path, const SheetSpec &sheet);

// The i-th generated person: a Vietnamese full name, a position, one of
// the default units (or, every `unknownEvery`-th, a commune not in them),
// a phone in one of the ways units write them, an e-mail.
struct Person
{
    QString name;
    QString position;
    QString unit;
    QString phone;
    QString email;
};
Person generatedPerson(int i);

// A list like the fixture: two title rows, a blank row, the header (STT,
// Họ và tên, Chức vụ, Cơ quan đơn vị, Số điện thoại, Email, Ghi chú), then
// `rows` people.
bool writeLargeList(const QString &path, int rows);

bool writeBytes(const QString &path, const QByteArray &bytes);

// A new database with the default data (the Bắc Kạn units) in a
// temporary folder.
struct TestDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<db::Database> db;

    TestDatabase();
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    // Every spokesperson row, whatever its dates.
    QList<Spokesperson> everyone() const;
    // Those serving on `date`.
    QList<Spokesperson> servingOn(const QDate &date) const;
    // The person of that name (the first one), or a null one.
    Spokesperson person(const QString &name) const;
    qint64 unitId(const QString &name) const;
};
QByteArray readBytes(const QString &path);

// A progress form filled in the way a unit does it: the status (and result)
// of its first `count` task rows set (all rows when `count` < 0), written
// to `out` with the rows in reverse order, as if re-sorted. The task
// numbers filled go to `numbers` when given; false on failure.
bool fillProgressForm(const QString &form, const QString &out, int count, const QString &status,
                      const QString &result, QStringList *numbers = nullptr);

} // namespace ttcs::test
