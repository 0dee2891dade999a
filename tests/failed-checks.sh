#!/usr/bin/env bash
# Prints the failed QTest checks of the last CTest run in a build directory, with where each failed. A CI view
# that keeps only the head and tail of a long log cuts them out of the middle, and a rare failure then cannot be
# told from the log it left.
#   tests/failed-checks.sh BUILD_DIR
log=$1/Testing/Temporary/LastTest.log
[ -f "$log" ] || exit 0
echo "Failed checks of this CTest run:" >&2
# A failure line, then its indented details (actual, expected, location).
awk '/^FAIL!  :/ { print; details = 1; found = 1; next } details && /^   / { print; next } { details = 0 }
     END { if (!found) print "  none printed; see the failed tests\x27 output above" }' "$log" >&2
