// ttcs-fault-child: the work the fault tests interrupt, in a process of its
// own so that it can be killed at any point.
//
//   ttcs-fault-child [--fsize BYTES] generate DB [SCALE]
//       adds synthetic data to the existing (empty) database DB in one
//       transaction; prints "begin" when the transaction starts and
//       "done MS" with its length when it is committed.
//   ttcs-fault-child [--fsize BYTES] backup DB FILE
//       writes a copy of DB to FILE (db::backupTo); exit 2 with the message.
//   ttcs-fault-child [--fsize BYTES] exec PROGRAM ARGS...
//       runs PROGRAM in this process's place.
//
// --fsize (Unix) limits the size of any file the process writes, the way a
// full disk does: a write past it fails (EFBIG) instead of raising SIGXFSZ.
#include "db/Backup.h"
#include "db/Database.h"
#include "db/SyntheticData.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

int generate(const QString &path, int scale)
{
    auto db = ttcs::db::Database::open(path, ttcs::db::OpenOptions{});
    if (!db)
        return fail(db.error());
    ttcs::db::SyntheticSize size;
    size.years = 3;
    size.units = 30 * scale;
    size.tasks = 10 * scale;
    size.progressRows = 2000 * scale;
    size.spokespersons = 1500 * scale;
    size.trainees = 300 * scale;
    size.mediaItems = 300 * scale;
    QSqlDatabase connection = db.value()->connection();
    QElapsedTimer timer;
    std::printf("begin\n");
    std::fflush(stdout);
    timer.start();
    const ttcs::Status st = db.value()->transaction(
        [&connection, &size] { return ttcs::db::generateSyntheticData(connection, size); });
    if (!st.ok())
        return fail(st.error());
    std::printf("done %lld\n", static_cast<long long>(timer.elapsed()));
    std::fflush(stdout);
    return 0;
}

int backup(const QString &path, const QString &target)
{
    auto db = ttcs::db::Database::open(path, ttcs::db::OpenOptions{});
    if (!db)
        return fail(db.error());
    const ttcs::Status st = ttcs::db::backupTo(*db.value(), target);
    if (!st.ok())
        return fail(st.error());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    int first = 1;
    if (argc > 2 && std::strcmp(argv[1], "--fsize") == 0) {
#ifdef Q_OS_UNIX
        std::signal(SIGXFSZ, SIG_IGN); // inherited through exec
        const rlim_t bytes = rlim_t(std::strtoll(argv[2], nullptr, 10));
        rlimit limit{};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = bytes;
        if (setrlimit(RLIMIT_FSIZE, &limit) != 0) {
            std::perror("setrlimit");
            return 3;
        }
#else
        std::fprintf(stderr, "--fsize needs a Unix system\n");
        return 3;
#endif
        first = 3;
    }
    if (argc > first + 1 && std::strcmp(argv[first], "exec") == 0) {
#ifdef Q_OS_UNIX
        execv(argv[first + 1], argv + first + 1);
        std::perror("execv");
#endif
        return 3;
    }
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(first);
    if (args.size() >= 2 && args.at(0) == QLatin1String("generate"))
        return generate(args.at(1), args.size() > 2 ? std::max(1, args.at(2).toInt()) : 10);
    if (args.size() == 3 && args.at(0) == QLatin1String("backup"))
        return backup(args.at(1), args.at(2));
    std::fprintf(stderr, "usage: ttcs-fault-child [--fsize BYTES] generate DB [SCALE] | backup DB "
                         "FILE | exec PROGRAM ARGS...\n");
    return 1;
}
