# Quick start: `make run` starts the app on the default data (--demo: no
# first-run question when the database is new), `make test` runs the whole
# suite under AddressSanitizer and UBSan, then fuzzes every file reader for
# a bounded time. Both install missing packages first (Debian 12 / Ubuntu,
# through apt-get). `make run`, `make check` and `make bench` build with the
# CMake preset PRESET, `make test` with TEST_PRESET.
PRESET ?= dev
TEST_PRESET ?= asan
BUILD_DIR := build/$(PRESET)
CTEST_JOBS ?= 2
# Seconds per reader of the fuzz run in `make test` (five readers).
FUZZ_TEST_SECONDS ?= 15

.PHONY: all deps configure build run test check package-test test-asan fuzz fuzz-build tidy bench format clean

all: build

deps:
	@bash scripts/install-deps.sh

configure: deps
	@if [ ! -f $(BUILD_DIR)/build.ninja ]; then cmake --preset $(PRESET); fi

build: configure
	cmake --build --preset $(PRESET)

run: build
	$(BUILD_DIR)/app/ttcs --demo $(ARGS)

# What CI runs (.ci/run): the whole suite built with the sanitizers (errors
# are fatal there), then a bounded libFuzzer run of every reader.
test:
	@bash scripts/install-deps.sh --fuzz
	@if [ ! -f build/$(TEST_PRESET)/build.ninja ]; then cmake --preset $(TEST_PRESET); fi
	cmake --build --preset $(TEST_PRESET)
	ctest --preset $(TEST_PRESET) -j $(CTEST_JOBS)
	$(MAKE) fuzz FUZZ_SECONDS=$(FUZZ_TEST_SECONDS) FUZZ_TARGETS=

# The whole suite on the PRESET build, without sanitizers: quicker while
# working, and the build `make run` and `make bench` use.
check: build
	ctest --preset $(PRESET) -j $(CTEST_JOBS)

# The .deb and .tar.gz built, installed into a scratch root and started
# (also part of `make test`).
package-test: build
	bash scripts/package-test.sh $(BUILD_DIR)

# The suite under the sanitizers only, without the fuzz run.
test-asan:
	$(MAKE) check PRESET=asan

# libFuzzer on every file reader for FUZZ_SECONDS each (preset fuzz, clang,
# build/fuzz); see tests/fuzz/run-fuzzers.sh. FUZZ_TARGETS picks some.
FUZZ_SECONDS ?= 20
FUZZ_TARGETS ?=
fuzz-build:
	@bash scripts/install-deps.sh --fuzz
	@if [ ! -f build/fuzz/build.ninja ]; then cmake --preset fuzz; fi
	cmake --build --preset fuzz
fuzz: fuzz-build
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
