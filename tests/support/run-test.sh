#!/usr/bin/env bash
# Runs one Qt Test executable (with its arguments) for CTest. A run that passed but skipped something exits 77,
# which CTest reports as skipped (SKIP_RETURN_CODE) instead of passed. A failure stays a failure even when
# something was skipped too: CTest's SKIP_REGULAR_EXPRESSION would report that as skipped.
set -uo pipefail
# The test's own home (tests/CMakeLists.txt names it) and runtime folder: private, and short, since socket paths
# in it must stay under 108 bytes wherever the build folder is.
mkdir -p "$HOME" || exit 1
XDG_RUNTIME_DIR=$(mktemp -d) || exit 1
export XDG_RUNTIME_DIR
log=$(mktemp)
trap 'rm -rf "$log" "$XDG_RUNTIME_DIR"' EXIT
"$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -eq 0 ] && grep -q '^SKIP   : ' "$log"; then
  exit 77
fi
exit "$status"
