// The libFuzzer entry of one target, chosen by TTCS_FUZZ_TARGET at build
// time (preset "fuzz"; see tests/fuzz/run-fuzzers.sh).
#include "FuzzTargets.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Translations and temporary files expect an application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return ttcs::fuzz::TTCS_FUZZ_TARGET(data, size);
}
