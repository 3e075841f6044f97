// The commands of ttcs-cli, one function per command word. Each file of
// this folder holds the commands of one area; CliApplication.cpp lists them.
#pragma once

#include "cli/CliContext.h"

namespace ttcs::cli {

int cmdInit(CliContext &ctx, const Args &a);
int cmdUnits(CliContext &ctx, const Args &a);
int cmdTasks(CliContext &ctx, const Args &a);
int cmdStats(CliContext &ctx, const Args &a);
int cmdExport(CliContext &ctx, const Args &a);
int cmdProgress(CliContext &ctx, const Args &a);
int cmdYear(CliContext &ctx, const Args &a);
int cmdOverview(CliContext &ctx, const Args &a);
int cmdMedia(CliContext &ctx, const Args &a);
int cmdImport(CliContext &ctx, const Args &a);
int cmdSpokespersons(CliContext &ctx, const Args &a);
int cmdForms(CliContext &ctx, const Args &a);
// "import progress", which cmdImport hands on.
int cmdImportProgress(CliContext &ctx, const Args &a);

} // namespace ttcs::cli
