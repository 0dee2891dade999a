#!/usr/bin/env bash
# Builds Soundalike with AddressSanitizer and UndefinedBehaviorSanitizer in a build folder of its own and runs the
# whole test suite there. packaging/setup.sh test runs it after the normal build and tests.
#   tests/sanitize/run.sh
# Fails when a test fails or when any process (a test, or a soundalike-cli it started) reported a finding.
# Environment: SOUNDALIKE_ASAN_BUILD_DIR (default build-asan beside the sources).
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${SOUNDALIKE_ASAN_BUILD_DIR:-$source_dir/build-asan}
reports=$build_dir/sanitizer-reports

# clang, not g++: with g++, UndefinedBehaviorSanitizer (a runtime of its own there) ignores log_path and a
# finding in a child process could pass unseen. Debug keeps Qt's and our assertions on (Q_ASSERT checks every
# QList index, for one); -O1 keeps the suite's run time within reach of CI.
CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DSOUNDALIKE_SANITIZE=ON
cmake --build "$build_dir" --parallel "$(nproc)"

# Every report goes to a file of its own, so that a finding in a child process is seen even when the test
# that started it expected a failure exit code, or did not print the child's output.
rm -rf "$reports"
mkdir -p "$reports"
common="log_path=$reports/report:exitcode=99"
# intercept_tls_get_addr=0: the runtime of Debian 12's clang 14 records the dynamic TLS blocks of dlopen'd
# libraries (the GStreamer and Qt plugins) through __tls_get_addr, and at a test's exit one such record held a
# garbage range (0x1300002082-0x1b00003184). LeakSanitizer's tracer then crashed scanning it ("Tracer caught
# signal 11", a fatal error of the tool), in 6 of 12 runs of tst_levelling by hand; with the option, 0 of 12.
# It only stops scanning dynamic TLS for pointers: our own code is linked, not loaded, so its thread-locals are
# in the static TLS that is still scanned, and a block reachable only from a plugin's TLS would be reported as
# a leak (a failure to look at), never hidden.
export ASAN_OPTIONS="$common:detect_leaks=1:check_initialization_order=1:strict_init_order=1:intercept_tls_get_addr=0"
export UBSAN_OPTIONS="$common:halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$source_dir/tests/sanitize/lsan.supp:print_suppressions=0"

# Its builds run several times slower: the tests' own time limits stretch (tests/support/TimeScale.h).
export SOUNDALIKE_TEST_TIME_SCALE=5

status=0
# The packaging tests check the desktop file, the AppStream data and the install layout: no code of ours runs.
# The timing tests measure the speed of a normal build against a limit.
(cd "$build_dir" && ctest --output-on-failure --timeout 1800 --label-exclude "packaging|timing" --parallel "$(nproc)") || status=$?
((status == 0)) || bash "$source_dir/tests/failed-checks.sh" "$build_dir"
if compgen -G "$reports/report*" > /dev/null; then
  echo "Sanitizer reports:" >&2
  for report in "$reports"/report*; do
    echo "=== $report" >&2
    cat "$report" >&2
  done
  status=1
fi
exit "$status"
