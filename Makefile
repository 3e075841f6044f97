# Quick start: `make run` starts the app on the default data (--demo: no
# first-run question when the database is new), `make test`
# runs the whole suite. Both install missing packages first (Debian 12 /
# Ubuntu, through apt-get) and build with the CMake preset PRESET.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)
CTEST_JOBS ?= 2

.PHONY: all deps configure build run test package-test test-asan fuzz tidy bench format clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then cmake --preset $(PRESET); fi

build: configure
	cmake --build --preset $(PRESET)

run: build
	$(BUILD_DIR)/app/ttcs --demo $(ARGS)

test: build
	ctest --preset $(PRESET) -j $(CTEST_JOBS)

# The .deb and .tar.gz built, installed into a scratch root and started
# (also part of `make test`).
package-test: build
	bash scripts/package-test.sh $(BUILD_DIR)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer
# (preset asan, build/asan).
test-asan:
	$(MAKE) test PRESET=asan

# libFuzzer on every file reader for FUZZ_SECONDS each (preset fuzz, clang,
# build/fuzz); see tests/fuzz/run-fuzzers.sh. FUZZ_TARGETS picks some.
FUZZ_SECONDS ?= 20
FUZZ_TARGETS ?=
fuzz:
	@bash scripts/install-deps.sh --fuzz
	@if [ ! -f build/fuzz/build.ninja ]; then cmake --preset fuzz; fi
	cmake --build --preset fuzz
	bash tests/fuzz/run-fuzzers.sh build/fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# clang-tidy (checks in .clang-tidy) on every core source, through the
# dev build's compile_commands.json. Not part of `make test`: several
# minutes on two cores.
tidy:
	@if [ ! -f build/dev/compile_commands.json ]; then cmake --preset dev; fi
	run-clang-tidy-14 -clang-tidy-binary clang-tidy-14 -p build/dev -j $(CTEST_JOBS) -quiet '$(CURDIR)/core/.*\.cpp$$'

bench: build
	$(BUILD_DIR)/tests/bench/ttcs-bench $(ARGS)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
