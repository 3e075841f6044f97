// ttcs-cli: the headless commands. Parses the arguments, opens the database,
// runs one command and returns the exit code: 0 success, 1 usage error,
// 2 data or file refused (the reason on the error stream).
#pragma once

#include "cli/CliContext.h"

namespace ttcs::cli {

class CliApplication final
{
public:
    CliApplication(QTextStream &out, QTextStream &err);

    // `args` without the program name.
    int run(const QStringList &args);

    static QString usage();
    static const QList<Command> &commands();

private:
    bool parse(const QStringList &args, Args &parsed, CliContext &ctx);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ttcs::cli
