#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in a build folder of their own and runs each on its seed corpus.
#   tests/fuzz/run.sh [seconds per target] [target...]     default: 30 s each, every target
# Fails when any target crashes, leaks, trips a sanitizer or breaks one of its properties; the input that did it
# is kept in <build folder>/artifacts. New inputs that reach new code collect in <build folder>/corpus, so
# repeated runs go deeper; copy the ones worth keeping into tests/fuzz/corpus/<target>.
# Environment: SOUNDALIKE_FUZZ_BUILD_DIR (default build-fuzz beside the sources).
set -euo pipefail

seconds=${1:-30}
shift || true
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${SOUNDALIKE_FUZZ_BUILD_DIR:-$source_dir/build-fuzz}
targets=("$@")
((${#targets[@]})) || targets=(fuzz_m3u fuzz_lyrics fuzz_tags fuzz_features fuzz_decoder fuzz_sniffer fuzz_pcmheader fuzz_model)

CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSOUNDALIKE_FUZZ=ON -DSOUNDALIKE_BUILD_TESTS=OFF
cmake --build "$build_dir" --parallel "$(nproc)" --target "${targets[@]}"

# Short allocation stacks: storing the full stack of every allocation took half of fuzz_m3u's time, and 4
# frames made it 2.5 times faster. Run an artifact again without this option to see where its memory came from.
export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:malloc_context_size=4"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$source_dir/tests/sanitize/lsan.supp:print_suppressions=0"

failed=()
for target in "${targets[@]}"; do
  corpus=$build_dir/corpus/$target
  artifacts=$build_dir/artifacts/$target
  mkdir -p "$corpus" "$artifacts"
  echo "=== $target: $seconds s"
  # -timeout: far above the slowest input seen (a 16-s excerpt through the sanitizers takes about a second);
  # -rss_limit_mb: far above the most any target needed (under 800 MB). fuzz_model.cpp says why it gets no
  # comparison hints.
  extra=()
  [ "$target" != fuzz_model ] || extra=(-use_cmp=0)
  if ! "$build_dir/tests/fuzz/$target" "${extra[@]}" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=4096 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "$source_dir/tests/fuzz/corpus/$target" \
    2>&1 | grep -v -E '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse)'; then
    failed+=("$target")
  fi
done
if ((${#failed[@]})); then
  echo "Fuzzing found problems in: ${failed[*]} (inputs in $build_dir/artifacts)" >&2
  exit 1
fi
