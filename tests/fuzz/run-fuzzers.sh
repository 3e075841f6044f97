#!/usr/bin/env bash
# Runs every libFuzzer program of the fuzz preset for a bounded time.
#
#   tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS_EACH] [TARGET...]
#
# Seeds: tests/fuzz/seeds/<target>/, the fixtures of that format and the
# past failures in tests/fuzz/regressions/<target>/. What the fuzzer learns
# goes to BUILD_DIR/fuzz-corpus/<target>/ (kept between runs); a crash goes
# to BUILD_DIR/fuzz-artifacts/ and makes the script fail. Copy a crash
# into tests/fuzz/regressions/<target>/ once it is fixed: the normal test
# suite then replays it (test_fuzz_regressions).
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS_EACH] [TARGET...]}
seconds=${2:-20}
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(xlsx xls ods csv legacy)
fi

fixtures=tests/fixtures
seeds_of() {
  case "$1" in
    xlsx) echo "$fixtures/spokespersons_1000.xlsx $fixtures/sheet/shapes.xlsx" ;;
    xls) echo "$fixtures/sheet/"*.xls ;;
    ods) echo "$fixtures/sheet/"*.ods ;;
    csv) echo "$fixtures/sheet/"*.csv "$fixtures/sheet/"*.txt ;;
    legacy) echo "" ;;
  esac
}

failed=()
for t in "${targets[@]}"; do
  program="$build/tests/fuzz/fuzz-$t"
  if [ ! -x "$program" ]; then
    echo "missing $program: build the fuzz preset first (make fuzz)" >&2
    exit 2
  fi
  corpus="$build/fuzz-corpus/$t"
  seeddir="$build/fuzz-seeds/$t"
  mkdir -p "$corpus" "$seeddir" "$build/fuzz-artifacts"
  # shellcheck disable=SC2046
  for f in $(seeds_of "$t"); do cp -f "$f" "$seeddir/"; done
  dirs=("$corpus" "$seeddir")
  for d in "tests/fuzz/seeds/$t" "tests/fuzz/regressions/$t"; do
    if [ -d "$d" ]; then dirs+=("$d"); fi
  done
  echo "== fuzz-$t for ${seconds} s"
  # One job, no leak reports from Qt's caches at exit; 10 s or 2 GB for
  # one input is a failure (a hang or a blow-up).
  if ASAN_OPTIONS=detect_leaks=0:${ASAN_OPTIONS:-} \
     "$program" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$t-" \
       "${dirs[@]}" > "$build/fuzz-$t.log" 2>&1; then
    grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)" \
      "$build/fuzz-$t.log" || true
  else
    echo "fuzz-$t FAILED; see $build/fuzz-$t.log and $build/fuzz-artifacts/" >&2
    tail -n 40 "$build/fuzz-$t.log" >&2
    failed+=("$t")
  fi
done

if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzzing found failures in: ${failed[*]}" >&2
  exit 1
fi
