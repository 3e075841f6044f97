// ttcs-cli run as a child process in English, the way scripts use it, and a
// database made for one test with `ttcs-cli init`; shared by the CLI tests.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

struct Run
{
    int exitCode = -1; // -1 when the process crashed
    QByteArray out;
    QString err;
};

// Runs ttcs-cli with `args` (TTCS_DB unset) and waits for it.
Run cli(const QStringList &args);

// Standard output parsed as JSON; fails the test when it is not JSON.
QJsonDocument json(const Run &r);

struct CliDb
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("cli.sqlite"));

    CliDb();
    // ttcs-cli --db path args...
    Run run(QStringList args) const;
    // A path in the test's own folder.
    QString file(const char *name) const { return dir.filePath(QLatin1String(name)); }
};
