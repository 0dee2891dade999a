#!/usr/bin/env bash
# Splits the evaluation set's labels into a development part and a confirmation part by source package, as
# docs/quality.md requires: choices are tuned on development only; confirmation is measured once per
# configuration that ships.
#
#   tests/bench/split_eval_set.sh LABELS.tsv OUT_DIR
#
# Reads "path<TAB>style<TAB>group[<TAB>package]" (tests/bench/make_eval_set.sh; without a fourth column the
# package is the folder above the file, OUT/<style>/<package>/<name>.mp3) and writes OUT_DIR/dev.tsv and
# OUT_DIR/confirm.tsv with four columns, the package last (eval --labels reads it as the album), plus
# OUT_DIR/split.tsv: one line per style and package with its part and track count.
#
# The rule, fixed before any figure was measured: the unit is a package's folder within one style. Units are
# taken largest first (ties by style, then package name) and each goes to the part that holds fewer groups
# (artists) of its style so far, since the artist-filtered figure needs other artists of a query's style; on a
# tie, to the part with fewer tracks of the style, then with fewer tracks in all, then to development.
set -euo pipefail

[[ $# == 2 ]] || {
    echo "usage: $0 LABELS.tsv OUT_DIR" >&2
    exit 2
}
labels=$1
out=$2
mkdir -p "$out"

awk -F'\t' -v OFS='\t' '
    {
        package = NF >= 4 && $4 != "" ? $4 : $1
        if (NF < 4 || $4 == "") { sub(/\/[^\/]*$/, "", package); sub(/^.*\//, "", package) }
        print $1, $2, $3, package
    }' "$labels" >"$out/all.tsv"

awk -F'\t' -v OFS='\t' '
    { count[$2 FS $4]++; if (!seen[$2 FS $4 FS $3]++) groups[$2 FS $4]++ }
    END { for (unit in count) { split(unit, k, FS); print count[unit], groups[unit], k[1], k[2] } }' "$out/all.tsv" |
    sort -t$'\t' -k1,1nr -k3,3 -k4,4 |
    awk -F'\t' -v OFS='\t' '
        function fewer(a, b) { return a < b ? "dev" : b < a ? "confirm" : "" }
        {
            n = $1; g = $2; style = $3; package = $4
            part = fewer(styleGroups["dev" FS style] + 0, styleGroups["confirm" FS style] + 0)
            if (part == "") part = fewer(styleTracks["dev" FS style] + 0, styleTracks["confirm" FS style] + 0)
            if (part == "") part = fewer(total["dev"] + 0, total["confirm"] + 0)
            if (part == "") part = "dev"
            styleGroups[part FS style] += g; styleTracks[part FS style] += n; total[part] += n
            print style, package, part, n
        }' >"$out/split.tsv"

awk -F'\t' -v OFS='\t' -v out="$out" '
    NR == FNR { part[$1 FS $2] = $3; next }
    { print > (out "/" part[$2 FS $4] ".tsv") }' "$out/split.tsv" "$out/all.tsv"
rm "$out/all.tsv"
for part in dev confirm; do
    echo "$part: $(wc -l <"$out/$part.tsv") tracks"
    awk -F'\t' '{ n[$2]++; if (!seen[$2 FS $3]++) g[$2]++ }
        END { for (s in n) printf "  %-12s %4d tracks, %2d groups\n", s, n[s], g[s] }' "$out/$part.tsv" | sort
done
