// The fuzz targets: bytes in, one reader run on them, the result looked at
// whole. The same functions run under libFuzzer (FuzzMain.cpp, preset
// "fuzz") and, in the normal test suite, over the seeds and every input
// that once failed (RegressionTest.cpp).
#pragma once

#include <cstddef>
#include <cstdint>

namespace ttcs::fuzz {

// Each returns 0; a failure is a crash, a sanitizer report or a hang.
int readXlsx(const std::uint8_t *data, std::size_t size);
int readXls(const std::uint8_t *data, std::size_t size);
int readOds(const std::uint8_t *data, std::size_t size);
int readCsv(const std::uint8_t *data, std::size_t size);
// The legacy Vietnamese encodings: the first byte picks a font name, the
// rest is the text (as Windows-1252, as UTF-8, and as Windows-1258 bytes).
int convertLegacy(const std::uint8_t *data, std::size_t size);

struct Target
{
    const char *name; // also the folder of its seeds and regressions
    int (*run)(const std::uint8_t *, std::size_t);
};
inline constexpr Target kTargets[] = {
    {"xlsx", readXlsx}, {"xls", readXls}, {"ods", readOds}, {"csv", readCsv},
    {"legacy", convertLegacy},
};

} // namespace ttcs::fuzz
