#!/usr/bin/env python3
"""Gives a copy of the evaluation set the genre tags a real library has (docs/quality.md, noisy tags).

    tests/bench/noisy_genre_tags.py --labels /work/evalset/labels.tsv --part dev --out /tmp/noisy/dev \
        --blank 0.35 --synonym 0.22 --subgenre 0.22 --junk 0.08 --wrong 0.03 --seed 1

The evaluation set carries no genre tag: its styles are in labels.tsv. This copies the tracks of one part
(dev, conf or all) to OUT/<style>/<package>/ once, and writes each copy's ID3v2 genre with
build/tests/bench/set_genre_tags: per track, drawn independently, blank (no genre) with --blank, a
synonym or another spelling of its style's genre with --synonym, a sub-genre or neighbouring genre with
--subgenre, junk ("Other", "Game", a web address) with --junk, another style's genre with --wrong, and
otherwise its style's plain genre. --shop SHARE adds one shop's tag as a second value on that share of
tracks. OUT/labels.tsv lists the copies with their true style, for `eval --labels`.

The split by source package (the folder under the style folder) is deterministic: packages, largest first,
each go to the part that has fewer packages of that style so far (ties: fewer tracks of that style, fewer
tracks overall, then dev), so that both parts have several groups of every style for the artist filter.
The vocabulary below was written from what tags in shops and on public music databases say, before the
canonical genre table was measured against it; some of its names are not in the table, as in a real
library.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys

PLAIN = {
    "ambient": "Ambient", "electronic": "Electronic", "rock_metal": "Metal",
    "tracker": "Chiptune", "folk_world": "Folk", "orchestral": "Classical",
}
SYNONYM = {
    "ambient": ["ambient", "AMBIENT", "Ambient Music", "Ambience", "Ambiance", "(26)", "Ambient/Chill"],
    "electronic": ["Electronica", "electronic", "EDM", "Electronic Music", "(52)", "Electro", "Dance",
                   "Electronic; Dance"],
    "rock_metal": ["metal", "Heavy Metal", "(9)", "Metal Music", "Rock/Metal", "Rock", "Hard Rock"],
    "tracker": ["chiptune", "Chip", "8-bit", "8bit", "Chip Music", "Tracker", "Chiptunes"],
    "folk_world": ["folk", "World", "World Music", "(80)", "Ethnic", "Traditional", "Folk/World"],
    "orchestral": ["Classical Music", "Orchestral", "Classique", "(32)", "Symphonic", "Orchestra",
                   "Classical; Orchestral"],
}
SUBGENRE = {
    "ambient": ["Dark Ambient", "Drone", "New Age", "Chillout", "Downtempo", "Atmospheric", "Meditation",
                "Space"],
    "electronic": ["Techno", "House", "Trance", "Drum & Bass", "dnb", "Psytrance", "Breakbeat", "IDM",
                   "Synthpop", "Electro House", "Dubstep"],
    "rock_metal": ["Thrash Metal", "Death Metal", "Female Fronted Metal", "Power Metal", "Progressive Metal",
                   "Alternative Rock", "Punk", "Gothic Metal", "Metalcore", "Melodic Death Metal"],
    "tracker": ["Demoscene", "MOD", "Tracker Music", "Bitpop", "Keygen", "Amiga", "Video Game Music",
                "Techno", "Electronic"],
    "folk_world": ["Celtic", "Medieval", "Middle Eastern", "Oriental", "Irish Folk", "Bagpipes", "Acoustic",
                   "Folk Rock", "Worldbeat", "Flamenco"],
    "orchestral": ["Film Score", "Romantic", "Baroque", "Modern Classical", "Epic", "Cinematic",
                   "Neoclassical", "Opera", "Soundtrack"],
}
JUNK = ["Other", "Unknown", "Misc", "Genre", "Game", "Soundtrack", "(12)", "www.musicshop.example",
        "General", "Various"]
SHOP = "Humble Bundle"


def read_labels(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 3:
                rows.append(fields[:3])
    return rows


def unit_of(path):
    """(style, package): the folders above the file."""
    parts = path.split(os.sep)
    return parts[-3], parts[-2]


def split(rows):
    sizes = {}
    for path, _, _ in rows:
        sizes[unit_of(path)] = sizes.get(unit_of(path), 0) + 1
    packages = {"dev": {}, "conf": {}}
    tracks = {"dev": {}, "conf": {}}
    totals = {"dev": 0, "conf": 0}
    part_of = {}
    for unit in sorted(sizes, key=lambda u: (-sizes[u], u)):
        style = unit[0]
        rank = {part: (packages[part].get(style, 0), tracks[part].get(style, 0), totals[part])
                for part in ("dev", "conf")}
        part = "dev" if rank["dev"] <= rank["conf"] else "conf"
        part_of[unit] = part
        packages[part][style] = packages[part].get(style, 0) + 1
        tracks[part][style] = tracks[part].get(style, 0) + sizes[unit]
        totals[part] += sizes[unit]
    return part_of


def noisy_tag(style, rng, args):
    draw = rng.random()
    for share, pick in ((args.blank, lambda: ""), (args.synonym, lambda: rng.choice(SYNONYM[style])),
                        (args.subgenre, lambda: rng.choice(SUBGENRE[style])),
                        (args.junk, lambda: rng.choice(JUNK)),
                        (args.wrong, lambda: PLAIN[rng.choice(sorted(set(PLAIN) - {style}))])):
        if draw < share:
            return pick()
        draw -= share
    return PLAIN[style]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labels", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--part", choices=["dev", "conf", "all"], default="all")
    for name in ("blank", "synonym", "subgenre", "junk", "wrong", "shop"):
        parser.add_argument("--" + name, type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tool", default=os.path.join(os.path.dirname(__file__), "../../build/tests/bench/set_genre_tags"))
    args = parser.parse_args()
    if args.blank + args.synonym + args.subgenre + args.junk + args.wrong > 1:
        sys.exit("the rates add up to more than 1")

    rows = read_labels(args.labels)
    part_of = split(rows)
    rng = random.Random(args.seed)
    tags, labels = [], []
    counts = {}
    for path, style, group in rows:
        unit = unit_of(path)
        if args.part != "all" and part_of[unit] != args.part:
            continue
        copy = os.path.join(args.out, unit[0], unit[1], os.path.basename(path))
        if not os.path.exists(copy):
            os.makedirs(os.path.dirname(copy), exist_ok=True)
            shutil.copyfile(path, copy)
        tag = noisy_tag(style, rng, args)
        if rng.random() < args.shop:
            tag = tag + "; " + SHOP if tag else SHOP
        tags.append(copy + "\t" + tag)
        labels.append("\t".join([os.path.abspath(copy), style, group]))
        counts[style] = counts.get(style, 0) + 1
    with open(os.path.join(args.out, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(labels) + "\n")
    with open(os.path.join(args.out, "genres.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(tags) + "\n")
    subprocess.run([args.tool], input=("\n".join(tags) + "\n").encode(), check=True)
    print(args.part, len(labels), "tracks:", ", ".join(f"{s} {n}" for s, n in sorted(counts.items())))


if __name__ == "__main__":
    main()
