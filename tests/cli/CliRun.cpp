#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QJsonParseError>
#include <QProcess>
#include <QProcessEnvironment>

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TTCS_DB"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("TTCS_LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TTCS_CLI_PATH), args);
    // Generous: a loaded machine runs the imports of these tests slowly.
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonDocument json(const Run &r)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &err);
    INFO(err.errorString().toStdString() << "\n"
                                         << r.out.toStdString() << "\n"
                                         << r.err.toStdString());
    REQUIRE(err.error == QJsonParseError::NoError);
    return doc;
}

CliDb::CliDb()
{
    const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("init")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

Run CliDb::run(QStringList args) const
{
    args.prepend(path);
    args.prepend(QStringLiteral("--db"));
    return cli(args);
}
