#!/usr/bin/env bash
# The noisy-tag evaluation of docs/quality.md: one part of the evaluation set, its genre tags written by a
# recipe with a seed, scanned and analysed into a fresh library, then trained and evaluated by the true
# styles.
#
#   tests/bench/noisy_tag_eval.sh PART RECIPE SEED [train options...]
#
# PART: dev or conf (tests/bench/noisy_genre_tags.py's split by package). RECIPE: clean, mix (35 % blank,
# 22 % synonym, 22 % sub-genre or neighbouring genre, 8 % junk, 3 % another style's genre, 10 % the plain
# genre), missing70 (70 % blank, the rest plain), none (no genre tag) or shop (mix, and one shop's tag on
# 80 %). The library is kept (WORK/PART/RECIPE-SEED.db) and reused by later runs with other train options.
# Prints eval's JSON with the train result's signal and labelled_tracks added.
# Environment: EVAL_SET (default /work/evalset), WORK (default /tmp/noisy-tags), CLI (default build's).
set -euo pipefail
part=$1 recipe=$2 seed=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
EVAL_SET=${EVAL_SET:-/work/evalset}
WORK=${WORK:-/tmp/noisy-tags}
CLI=${CLI:-$here/../../build/app/cli/soundalike-cli}
case $recipe in
clean) rates=() ;;
mix) rates=(--blank 0.35 --synonym 0.22 --subgenre 0.22 --junk 0.08 --wrong 0.03) ;;
missing70) rates=(--blank 0.7) ;;
none) rates=(--blank 1) ;;
shop) rates=(--blank 0.35 --synonym 0.22 --subgenre 0.22 --junk 0.08 --wrong 0.03 --shop 0.8) ;;
*) echo "unknown recipe $recipe" >&2; exit 2 ;;
esac
music=$WORK/$part/music
db=$WORK/$part/$recipe-$seed.db
mkdir -p "$WORK/$part"
if [[ ! -f $db ]]; then
    python3 "$here/noisy_genre_tags.py" --labels "$EVAL_SET/labels.tsv" --part "$part" --out "$music" \
        --seed "$seed" "${rates[@]}" >&2
    "$CLI" scan "$music" --analyze --db "$db.part" --json > /dev/null
    mv "$db.part" "$db"
fi
train=$("$CLI" train --db "$db" --seed "$seed" --json "$@")
"$CLI" eval --db "$db" --labels "$music/labels.tsv" --seed "$seed" --json | python3 -c "
import json, sys
result = json.load(sys.stdin)
train = json.loads(sys.argv[1])
result.update(signal=train['signal'], labelled_tracks=train['labelled_tracks'], train_seconds=train['seconds'])
print(json.dumps(result))" "$train"
