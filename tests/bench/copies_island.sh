#!/usr/bin/env bash
# Measures whether songs that have copies in other formats drift apart from the rest of the library once a
# model is learnt (docs/quality.md, "Copies of one recording, and folders taken for albums").
#
#   tests/bench/copies_island.sh CLI EVAL_SET OUT_DIR [STYLE] [SEEDS]
#
# Builds a one-style library under OUT_DIR: the first 60 recordings of EVAL_SET/STYLE (default folk_world) in
# one folder, FLAC and Opus 96k copies of every fourth of them (14) in a second; scans and analyses it with
# CLI (soundalike-cli), then for the descriptors and for a self-supervised model of each seed (default
# "1 2 3") prints, over the tracks that have copies: how many have their two copies as their two nearest
# tracks, and the share of tracks with copies among their 10 nearest other tracks (against its chance).
set -euo pipefail
cli=$1 eval_set=$2 out=$3 style=${4:-folk_world} seeds=${5:-1 2 3}
rm -rf "$out" && mkdir -p "$out/lib" "$out/copies"
find "$eval_set/$style" -name '*.mp3' | sort | head -60 > "$out/all.txt"
while read -r f; do ln -s "$f" "$out/lib/"; done < "$out/all.txt"
awk 'NR % 4 == 1' "$out/all.txt" | while read -r f; do
    b=$(basename "$f" .mp3)
    ffmpeg -nostdin -loglevel error -i "$f" -c:a flac "$out/copies/$b.flac"
    ffmpeg -nostdin -loglevel error -i "$f" -c:a libopus -b:a 96k "$out/copies/$b.opus"
done
"$cli" scan "$out/lib" --db "$out/base.db" > /dev/null
"$cli" scan "$out/copies" --db "$out/base.db" > /dev/null
"$cli" analyze --db "$out/base.db" --threads 2 > /dev/null
"$cli" duplicates --db "$out/base.db" --json > "$out/groups.json"

measure() {
    python3 - "$cli" "$1" "$out/groups.json" "$2" <<'PY'
import json, subprocess, sys
cli, db, groups_file, label = sys.argv[1:5]
group_of = {t['path']: g for g, grp in enumerate(json.load(open(groups_file))['groups']) for t in grp['tracks']}
out = json.loads(subprocess.run([cli, 'neighbors', *group_of, '--db', db, '-k', '20', '--json'],
                                capture_output=True, text=True, check=True).stdout)
tracks = out['index']['tracks']
island = copies_first = 0
for r in out['results']:
    query = r['track']['path']
    near = [n['path'] for n in r['neighbors'] if n['path'] != query]
    own = [p for p in near if group_of.get(p) == group_of[query]]
    copies_first += len(own) == 2 and near[:2] == own[:2]
    island += sum(p in group_of for p in [p for p in near if group_of.get(p) != group_of[query]][:10])
n = len(out['results'])
print(f"{label}: copies are the two nearest for {copies_first} of {n}; share of tracks with copies among "
      f"the other 10 nearest {island / (10 * n):.3f} (chance {(len(group_of) - 3) / (tracks - 3):.3f})")
PY
}
measure "$out/base.db" descriptors
for seed in $seeds; do
    cp "$out/base.db" "$out/model$seed.db"
    "$cli" train --db "$out/model$seed.db" --signal self --seed "$seed" > /dev/null
    measure "$out/model$seed.db" "model, seed $seed"
done
