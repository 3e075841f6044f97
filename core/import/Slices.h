// Internal to the importers: work on many rows cut into slices, one
// thread each, for the steps whose rows do not depend on one another.
#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace ttcs::import {

// Below this many rows one thread does all of a step.
constexpr std::size_t kRowsPerSlice = 5'000;

// How many slices `count` rows are cut into: one per core, at most four.
inline std::size_t sliceCount(std::size_t count)
{
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    return std::clamp<std::size_t>(count / kRowsPerSlice, 1, std::min(cores, 4u));
}

// Calls work(slice, from, to) for each of `slices` slices of `count` rows,
// side by side; the first on this thread.
template <typename Work> void inSlices(std::size_t count, std::size_t slices, const Work &work)
{
    const auto run = [&](std::size_t i) {
        work(i, count * i / slices, count * (i + 1) / slices);
    };
    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < slices; ++i)
        threads.emplace_back(run, i);
    run(0);
    for (std::thread &t : threads)
        t.join();
}

} // namespace ttcs::import
