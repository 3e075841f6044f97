// Where a file cannot be written: a folder that does not exist, a folder
// that is read-only, a disk that fills up. Documents, copies of the
// database and the database itself: a clear message, an earlier file left
// as it was, nothing half-written under the file's name.
//
// A full disk is simulated with a limit on file size (RLIMIT_FSIZE, no
// privileges needed): a write past it fails as on a full disk. A tiny
// tmpfs would need privileges. Root ignores permissions, so for root a
// folder is made unwritable with the immutable attribute (chattr +i).
#include <catch2/catch.hpp>

#include "FaultSupport.h"
#include "TestSupport.h"
#include "db/Backup.h"
#include "db/Database.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace ttcs;
using namespace ttcs::faults;

namespace {

struct Initialised
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("ttcs.sqlite"));
    Initialised()
    {
        const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("init")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
};

QStringList exportArgs(const QString &db, const QString &format, const QString &out)
{
    return {QStringLiteral("--db"),     db,     QStringLiteral("export"), QStringLiteral("plan"),
            QStringLiteral("--year"),   QStringLiteral("2023"),   QStringLiteral("--format"),
            format,                     QStringLiteral("--out"),  out};
}

const QStringList kFormats = {QStringLiteral("docx"), QStringLiteral("pdf")};

} // namespace

TEST_CASE("an export to a folder that does not exist: exit 2, the folder named, nothing made")
{
    Initialised db;
    const QString missing = db.dir.filePath(QStringLiteral("không có"));
    for (const QString &format : kFormats) {
        const Run r = cli(exportArgs(db.path, format, missing + QStringLiteral("/plan.") + format));
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("does not exist")));
        CHECK(r.err.contains(QStringLiteral("không có")));
        CHECK_FALSE(QFileInfo::exists(missing));
    }
}

TEST_CASE("a copy of the database to a folder that does not exist: a message, nothing made")
{
    Initialised init;
    const QString missing = init.dir.filePath(QStringLiteral("missing/copy.sqlite"));
    const Run r = run(childPath(), {QStringLiteral("backup"), init.path, missing});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(QFileInfo(missing).absolutePath()));
}

TEST_CASE("an export or a copy into a read-only folder: a message, the earlier file as it was")
{
    Initialised init;
    QTemporaryDir target;
    for (const QString &format : kFormats) {
        const QString out = target.filePath(QStringLiteral("plan.") + format);
        REQUIRE(writeBytes(out, "the earlier file"));
        const Unwritable readOnly(target.path());
        if (!readOnly.ok()) {
            WARN(readOnly.why().toStdString() << ": check skipped");
            return;
        }
        const Run r = cli(exportArgs(init.path, format, out));
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("plan.") + format));
        CHECK(readBytes(out) == "the earlier file");
        CHECK(otherFiles(target.path(), {QStringLiteral("plan.docx"), QStringLiteral("plan.pdf")})
                  .isEmpty());
    }
    const QString copy = target.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(writeBytes(copy, "the earlier copy"));
    const Unwritable readOnly(target.path());
    REQUIRE(readOnly.ok());
    const Run r = run(childPath(), {QStringLiteral("backup"), init.path, copy});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("copy.sqlite")));
    CHECK(readBytes(copy) == "the earlier copy");
    CHECK(otherFiles(target.path(),
                     {QStringLiteral("plan.docx"), QStringLiteral("plan.pdf"), QStringLiteral("copy.sqlite")})
              .isEmpty());
}

#ifdef Q_OS_UNIX

TEST_CASE("a full disk during an export: exit 2, the earlier file as it was, nothing left")
{
    // The list of 1,000 spokespersons: a document larger than the room
    // the database itself needs (its shared-memory file, 32 KiB).
    Initialised init;
    const Run imported = cli({QStringLiteral("--db"), init.path, QStringLiteral("import"),
                              QStringLiteral("spokespersons"),
                              test::fixturePath(QStringLiteral("spokespersons_1000.xlsx"))});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    QTemporaryDir target;
    for (const QString &format : kFormats) {
        INFO(format.toStdString());
        const QString out = target.filePath(QStringLiteral("list.") + format);
        // As of today: the list was imported today.
        QStringList args = exportArgs(init.path, format, out);
        args[3] = QStringLiteral("spokespersons");
        args[5] = QString::number(QDate::currentDate().year());
        REQUIRE(cli(args).exitCode == 0);
        const qint64 size = QFileInfo(out).size();
        REQUIRE(writeBytes(out, "the earlier file"));
        const qint64 room = std::max<qint64>(36 * 1024, size / 2);
        REQUIRE(room < size);
        const Run r = run(childPath(), QStringList{QStringLiteral("--fsize"), QString::number(room),
                                                   QStringLiteral("exec"), cliPath()} +
                                           args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("list.") + format));
        CHECK(readBytes(out) == "the earlier file");
        CHECK(otherFiles(target.path(), {QStringLiteral("list.docx"), QStringLiteral("list.pdf")})
                  .isEmpty());
    }
}

TEST_CASE("a full disk during a copy of the database: a message, no copy, the earlier one kept")
{
    Initialised init;
    QTemporaryDir target;
    const QString copy = target.filePath(QStringLiteral("copy.sqlite"));
    const qint64 size = QFileInfo(init.path).size();
    REQUIRE(size > 64 * 1024);
    for (const bool earlier : {false, true}) {
        INFO("an earlier copy: " << earlier);
        if (earlier)
            REQUIRE(writeBytes(copy, "the earlier copy"));
        const Run r = run(childPath(), {QStringLiteral("--fsize"), QString::number(size / 2),
                                        QStringLiteral("backup"), init.path, copy});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("copy.sqlite")));
        if (earlier)
            CHECK(readBytes(copy) == "the earlier copy");
        else
            CHECK_FALSE(QFileInfo::exists(copy));
        CHECK(otherFiles(target.path(), {QStringLiteral("copy.sqlite")}).isEmpty());
    }
    CHECK(integrityCheck(init.path) == QStringLiteral("ok"));
}

TEST_CASE("a full disk while the database is written: refused, the database whole and unchanged")
{
    Initialised init;
    const QMap<QString, qint64> before = tableCounts(init.path);
    const QStringList import = {QStringLiteral("--db"), init.path, QStringLiteral("import"),
                                QStringLiteral("spokespersons"),
                                test::fixturePath(QStringLiteral("spokespersons_1000.xlsx"))};
    // The write-ahead log cannot grow past 40 KiB, far less than the import
    // of 1,000 people writes; the database file is not written before it.
    const Run r = run(childPath(), QStringList{QStringLiteral("--fsize"),
                                               QString::number(40 * 1024),
                                               QStringLiteral("exec"), cliPath()} +
                                       import);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 2);
    // A file size limit fails a write with EFBIG, which SQLite reports as an
    // I/O error; a disk that is full (ENOSPC) as "database or disk is full".
    CHECK((r.err.contains(QStringLiteral("disk I/O error")) || r.err.contains(QStringLiteral("full"))));
    CHECK(r.err.contains(QStringLiteral("nothing was changed")));
    CHECK(integrityCheck(init.path) == QStringLiteral("ok"));
    CHECK(tableCounts(init.path) == before);
    // With room again, the same import goes through.
    const Run again = cli(import);
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(tableCounts(init.path).value(QStringLiteral("spokespersons")) ==
          before.value(QStringLiteral("spokespersons")) + 1000);
}

#endif
