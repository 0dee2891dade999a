#!/usr/bin/env bash
# Builds the labelled evaluation set of real music recordings described in docs/eval-set.md.
#
#   tests/bench/make_eval_set.sh OUT_DIR
#
# Fetches Debian 12 packages that ship music (apt-get download, never installed), converts the
# selected recordings to mp3 (44.1 kHz, 160 kbps CBR, full length, no genre tag) under
# OUT_DIR/<style>/<package>/, and writes OUT_DIR/labels.tsv ("path<TAB>style<TAB>group<TAB>package",
# absolute paths, no header) for `soundalike-cli eval --labels`, which reads the package as the album. The
# audio never belongs in the repository.
#
# Idempotent: tracks already converted are kept, packages whose tracks all exist are not fetched,
# mp3 files under OUT_DIR that the manifest no longer lists are removed, labels.tsv is rewritten.
#
# Environment: EVAL_SET_CACHE (default OUT_DIR.cache) holds downloads and scratch space (the 0ad-data
# package needs ~5 GB there while it is unpacked); KEEP_DEBS=1 keeps the downloaded .deb files.
set -euo pipefail

readonly MIN_SECONDS=30 # shorter clips are jingles or stingers, not pieces of music
readonly BITRATE_KBPS=160
readonly TOOLS_PACKAGES=(sox libsox-fmt-base libsox-fmt-mp3 lame openmpt123 unzip)

die() {
    echo "make_eval_set: $*" >&2
    exit 1
}

usage() {
    echo "usage: $0 OUT_DIR" >&2
    exit 2
}

ensure_tools() {
    local missing=0 tool
    for tool in sox soxi lame openmpt123 unzip dpkg-deb apt-get; do
        command -v "$tool" >/dev/null || missing=1
    done
    local formats
    formats=$(sox -h 2>/dev/null || true)
    [[ $formats == *vorbis* && $formats == *mp3* ]] || missing=1
    [[ $missing == 0 ]] && return
    [[ $(id -u) == 0 ]] || die "missing tools; run as root or: apt-get install ${TOOLS_PACKAGES[*]}"
    echo "installing tools: ${TOOLS_PACKAGES[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${TOOLS_PACKAGES[@]}" >/dev/null
}

# Output file name of a manifest entry: the song folder for a stem mix, else the member's base name.
entry_name() {
    local member=$1 name
    if [[ $member == MIX:* ]]; then
        name=${member#MIX:}
        name=${name%%|*}
        name=${name%/*}
        name=${name##*/}
    else
        name=${member##*[/!]}
        name=${name%.*}
    fi
    printf '%s' "${name//[^A-Za-z0-9._-]/_}"
}

entry_path() { # style package member
    printf '%s/%s/%s/%s.mp3' "$OUT" "$1" "$2" "$(entry_name "$3")"
}

fetch_package() { # package -> prints the .deb path
    local package=$1 deb
    mkdir -p "$CACHE/debs"
    deb=$(compgen -G "$CACHE/debs/${package}_*.deb" | head -n1 || true)
    if [[ -z $deb ]]; then
        if ! (cd "$CACHE/debs" && apt-get download -qq "$package" >/dev/null 2>&1); then
            [[ $(id -u) == 0 ]] && apt-get update -qq >/dev/null 2>&1
            (cd "$CACHE/debs" && apt-get download -qq "$package" >/dev/null 2>&1) ||
                die "apt-get download $package failed"
        fi
        deb=$(compgen -G "$CACHE/debs/${package}_*.deb" | head -n1)
    fi
    printf '%s' "$deb"
}

# Resolves a member ("path" or "archive!path") inside an unpacked package to a readable file.
member_file() { # root member scratch
    local root=$1 member=$2 scratch=$3
    if [[ $member == *'!'* ]]; then
        local archive=${member%%!*} inner=${member#*!}
        unzip -qo "$root/$archive" "$inner" -d "$scratch/zip" || die "cannot unzip $inner from $archive"
        printf '%s' "$scratch/zip/$inner"
    else
        [[ -f "$root/$member" ]] || die "missing $member"
        printf '%s' "$root/$member"
    fi
}

# Decodes one manifest entry to 44.1 kHz 16-bit stereo WAV.
decode_entry() { # root member scratch wav
    local root=$1 member=$2 scratch=$3 wav=$4
    if [[ $member == MIX:* ]]; then
        local stems=${member#MIX:}
        sox -V1 -m "$root/${stems%%|*}" "$root/${stems#*|}" -r 44100 -b 16 -c 2 "$wav"
        return
    fi
    local file
    file=$(member_file "$root" "$member" "$scratch")
    case ${file,,} in
    *.mod | *.xm | *.it | *.s3m)
        openmpt123 --batch --quiet --samplerate 44100 --no-float --stdout "$file" </dev/null 2>/dev/null |
            sox -V1 -t raw -r 44100 -e signed -b 16 -c 2 - "$wav"
        ;;
    *) sox -V1 "$file" -r 44100 -b 16 -c 2 "$wav" ;;
    esac
}

convert_package() { # package; reads its manifest entries (style, group, member, note) from fd 3
    local package=$1 deb root scratch style group member target wav seconds
    deb=$(fetch_package "$package")
    scratch=$(mktemp -d "$CACHE/work.XXXXXX")
    root="$scratch/root"
    dpkg-deb -x "$deb" "$root"
    while IFS=$'\t' read -r style group member _ <&3; do
        target=$(entry_path "$style" "$package" "$member")
        [[ -s $target ]] && continue
        wav="$scratch/track.wav"
        rm -rf "$scratch/zip" "$wav"
        decode_entry "$root" "$member" "$scratch" "$wav"
        seconds=$(soxi -D "$wav")
        if awk -v s="$seconds" -v m="$MIN_SECONDS" 'BEGIN { exit !(s < m) }'; then
            echo "  dropped (${seconds%.*} s < $MIN_SECONDS s): $package $member"
            printf '%s\n' "$target" >>"$CACHE/dropped"
            continue
        fi
        mkdir -p "${target%/*}"
        lame --quiet -b "$BITRATE_KBPS" --id3v2-only --tt "$(entry_name "$member")" --ta "$group" \
            "$wav" "$target.part"
        mv "$target.part" "$target"
        converted=$((converted + 1))
    done
    rm -rf "$scratch"
    [[ ${KEEP_DEBS:-0} == 1 ]] || rm -f "$deb"
}

build() {
    local package style group member target
    local -A pending=()
    touch "$CACHE/dropped"
    while IFS=$'\t' read -r style group package member _; do
        target=$(entry_path "$style" "$package" "$member")
        [[ -s $target ]] || grep -qxF "$target" "$CACHE/dropped" || pending[$package]=1
    done < <(manifest)
    echo "packages to fetch: ${#pending[@]} (others are complete)"
    for package in $(printf '%s\n' "${!pending[@]}" | sort); do
        echo "converting $package"
        convert_package "$package" 3< <(manifest |
            awk -F'\t' -v p="$package" 'BEGIN { OFS = "\t" } $3 == p { print $1, $2, $4, $5 }')
    done
}

remove_stale() {
    local listed stale
    listed=$(mktemp)
    manifest | while IFS=$'\t' read -r style group package member _; do
        entry_path "$style" "$package" "$member"
        echo
    done | sort >"$listed"
    stale=$(find "$OUT" -name '*.mp3' -o -name '*.mp3.part' | sort | comm -23 - "$listed")
    if [[ -n $stale ]]; then
        echo "removing $(wc -l <<<"$stale") files the manifest no longer lists"
        xargs -d '\n' rm -f <<<"$stale"
        find "$OUT" -mindepth 1 -type d -empty -delete
    fi
    rm -f "$listed"
}

write_labels() {
    local labels="$OUT/labels.tsv" style group package member target
    manifest | while IFS=$'\t' read -r style group package member _; do
        target=$(entry_path "$style" "$package" "$member")
        [[ -s $target ]] && printf '%s\t%s\t%s\t%s\n' "$target" "$style" "$group" "$package"
    done | sort >"$labels.part"
    mv "$labels.part" "$labels"
}

summarise() {
    local labels="$OUT/labels.tsv"
    echo "wrote $labels: $(wc -l <"$labels") tracks ($converted converted in this run)"
    echo "tracks per style (groups):"
    awk -F'\t' '{ n[$2]++; if (!seen[$2 FS $3]++) g[$2]++ }
        END { for (s in n) printf "  %-12s %4d (%d groups)\n", s, n[s], g[s] }' "$labels" | sort
    local total
    total=$(cut -f1 "$labels" | while read -r f; do soxi -D "$f"; done | awk '{ s += $1 } END { printf "%.2f", s / 3600 }')
    echo "total duration: $total h; elapsed: $((SECONDS / 60)) min $((SECONDS % 60)) s"
}

main() {
    [[ $# == 1 ]] || usage
    mkdir -p "$1"
    OUT=$(cd "$1" && pwd)
    CACHE=${EVAL_SET_CACHE:-$OUT.cache}
    mkdir -p "$CACHE"
    converted=0
    ensure_tools
    build
    remove_stale
    write_labels
    summarise
}

# style<TAB>group<TAB>Debian package<TAB>member<TAB>evidence for the style label.
# member: a path in the package; "archive!path" for a file inside a zip/pk3 archive of the package;
# "MIX:a|b" for Frets on Fire songs whose backing and guitar stems are mixed into one recording.
manifest() {
    cat <<'MANIFEST'
orchestral	Doug Kaufman	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/battle-epic.ogg	tag Romantic Classical
orchestral	Aleksi Aubry-Carlson	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/battle.ogg	tag Romantic Classical
orchestral	Mattias Westlund	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/breaking_the_chains.ogg	tag Romantic Classical
orchestral	Tyler Johnson	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/casualties_of_war.ogg	tag Romantic Classical
orchestral	Doug Kaufman	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/elvish-theme.ogg	tag Romantic Classical
orchestral	Aleksi Aubry-Carlson	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/frantic-old.ogg	tag Romantic Classical
orchestral	Stephen Rozanc	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/frantic.ogg	tag Romantic Classical
orchestral	Doug Kaufman	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/heroes_rite.ogg	tag Romantic Classical
orchestral	Tyler Johnson	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/into_the_shadows.ogg	tag Romantic Classical
orchestral	Mattias Westlund	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/journeys_end.ogg	tag Romantic Classical
orchestral	Ryan Reilly	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/knalgan_theme.ogg	tag Romantic Classical
orchestral	Timothy Pinkham	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/knolls.ogg	tag Romantic Classical
orchestral	Mattias Westlund	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/legends_of_the_north.ogg	tag Romantic Classical
orchestral	Ryan Reilly	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/love_theme.ogg	tag Romantic Classical
orchestral	Joseph G. Toscano	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/loyalists.ogg	tag Romantic Classical
orchestral	Aleksi Aubry-Carlson	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/main_menu.ogg	tag Romantic Classical
orchestral	Mattias Westlund	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/northern_mountains.ogg	tag Romantic Classical
orchestral	Stephen Rozanc	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/northerners.ogg	tag Romantic Classical
orchestral	Jeremy Nicoll	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/nunc_dimittis.ogg	tag Romantic Classical
orchestral	Mattias Westlund	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/return_to_wesnoth.ogg	tag Romantic Classical
orchestral	Joseph G. Toscano	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/revelation.ogg	tag Romantic Classical
orchestral	Tyler Johnson	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/sad.ogg	tag Romantic Classical
orchestral	Doug Kaufman	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/siege_of_laurelmor.ogg	tag Romantic Classical
orchestral	Mattias Westlund	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/silvan_sanctuary.ogg	tag Romantic Classical
orchestral	Ryan Reilly	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/suspense.ogg	tag Romantic Classical
orchestral	Doug Kaufman	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/the_city_falls.ogg	tag Romantic Classical
orchestral	Gianmarco Leone	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/the_dangerous_symphony.ogg	tag Romantic Classical
orchestral	Gianmarco Leone	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/the_deep_path.ogg	tag Romantic Classical
orchestral	Mattias Westlund	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/the_king_is_dead.ogg	tag Romantic Classical
orchestral	Aleksi Aubry-Carlson	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/transience.ogg	tag Romantic Classical
orchestral	Mattias Westlund	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/traveling_minstrels.ogg	tag Romantic Classical
orchestral	Aleksi Aubry-Carlson	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/underground.ogg	tag Romantic Classical
orchestral	Jeremy Nicoll	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/vengeful.ogg	tag Romantic Classical
orchestral	Timothy Pinkham	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/wanderer.ogg	tag Romantic Classical
orchestral	Doug Kaufman	wesnoth-1.16-music	usr/share/games/wesnoth/1.16/data/core/music/weight_of_revenge.ogg	tag Romantic Classical
orchestral	Manuel Marino (Vanethian)	ufoai-music	usr/share/games/ufoai/base/0music.pk3!music/van_theme.ogg	tag Soundtrack; composer's orchestral game score (judgement)
orchestral	Manuel Marino (Vanethian)	ufoai-music	usr/share/games/ufoai/base/0music.pk3!music/van_geoscape.ogg	tag Soundtrack; composer's orchestral game score (judgement)
orchestral	Manuel Marino (Vanethian)	ufoai-music	usr/share/games/ufoai/base/0music.pk3!music/van_mission.ogg	tag Soundtrack; composer's orchestral game score (judgement)
orchestral	Manuel Marino (Vanethian)	ufoai-music	usr/share/games/ufoai/base/0music.pk3!music/van_mission2.ogg	tag Soundtrack; composer's orchestral game score (judgement)
orchestral	Manuel Marino (Vanethian)	ufoai-music	usr/share/games/ufoai/base/0music.pk3!music/van_mission3.ogg	tag Soundtrack; composer's orchestral game score (judgement)
orchestral	Manuel Marino (Vanethian)	ufoai-music	usr/share/games/ufoai/base/0music.pk3!music/van_mission4.ogg	tag Soundtrack; composer's orchestral game score (judgement)
orchestral	Czech National Symphony Orchestra	unknown-horizons	usr/share/unknown-horizons/content/audio/music/Peer Gynt Suite No. 1, Op. 46 - I. Morning.ogg	tag Classical; Grieg, Musopen recording
orchestral	John Michel	freedink-data	usr/share/games/dink/dink/Sound/1.ogg	tag Classical; credits: Bach/Gounod Ave Maria, cello recording
orchestral	Fulda Symphonic Orchestra	freedink-data	usr/share/games/dink/dink/Sound/106.ogg	credits: Mendelssohn violin concerto op. 64, live recording 2001
orchestral	Rytmi-Pojat	freedink-data	usr/share/games/dink/dink/Sound/denube.ogg	credits: Strauss Blue Danube, 1936 orchestra recording
orchestral	Martin Strohmeier (K-Pone)	openclonk-data	usr/share/games/openclonk/Music.ocg/UrbanBolero.ogg	tag Orchestral
orchestral	Eliminator	megaglest-data	usr/share/games/megaglest/techs/megapack/factions/romans/music/romans.ogg	tag Classical
orchestral	Azzoug Lawrence	warmux-data	usr/share/games/warmux/music/menu/Divertissement_pour_flute.ogg	tag Classique
orchestral	widelands	widelands-data	usr/share/games/widelands/data/music/ingame_18.ogg	title orchestralsample
electronic	elysis (Gerd Raudenbusch)	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/brainsukker.ogg	Nexuiz electronic soundtrack; artist's other track tagged Electronic (judgement)
electronic	elysis (Gerd Raudenbusch)	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/breakdown-easy.ogg	Nexuiz electronic soundtrack; artist's other track tagged Electronic (judgement)
electronic	elysis (Gerd Raudenbusch)	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/calling-bogus.ogg	Nexuiz electronic soundtrack; artist's other track tagged Electronic (judgement)
electronic	elysis (Gerd Raudenbusch)	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/chaos-fog.ogg	Nexuiz electronic soundtrack; artist's other track tagged Electronic (judgement)
electronic	elysis (Gerd Raudenbusch)	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/infight.ogg	Nexuiz electronic soundtrack; artist's other track tagged Electronic (judgement)
electronic	elysis (Gerd Raudenbusch)	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/neuronal-diving.ogg	Nexuiz electronic soundtrack; artist's other track tagged Electronic (judgement)
electronic	elysis (Gerd Raudenbusch)	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/subcities.ogg	Nexuiz electronic soundtrack; artist's other track tagged Electronic (judgement)
electronic	elysis (Gerd Raudenbusch)	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/thru-the-mirror.ogg	Nexuiz electronic soundtrack; artist's other track tagged Electronic (judgement)
electronic	blkrbt	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/brokenlight.ogg	Nexuiz electronic soundtrack (judgement)
electronic	blkrbt	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/desert3.ogg	Nexuiz electronic soundtrack (judgement)
electronic	blkrbt	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/ninesix.ogg	Nexuiz electronic soundtrack (judgement)
electronic	blkrbt	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/sixtyfour_.ogg	Nexuiz electronic soundtrack (judgement)
electronic	blkrbt	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/sixtyfour_revisited.ogg	Nexuiz electronic soundtrack (judgement)
electronic	blkrbt	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/stairs.ogg	Nexuiz electronic soundtrack (judgement)
electronic	Parapraxis	nexuiz-music	usr/share/games/nexuiz/data/music.pk3!sound/cdtracks/digital-pursuit.ogg	tag Electronic
electronic	DJ Helium	supertuxkart-data	usr/share/games/supertuxkart/data/music/valley.ogg	tag Electronic
electronic	DJ Helium	supertuxkart-data	usr/share/games/supertuxkart/data/music/garden.ogg	same artist and album as valley.ogg (tag Electronic)
electronic	Speedsound	supertuxkart-data	usr/share/games/supertuxkart/data/music/SkyVibe-HighFrequency.ogg	tag Psychedelic (psytrance)
electronic	Alexander Blu	brainparty-data	usr/share/games/brainparty/electricity.ogg	tag Electronic
electronic	Arvid Picciani	freedroidrpg-data	usr/share/freedroidrpg/data/sound/music/temple.ogg	tag dnb
electronic	Martin Strohmeier (K-Pone)	openclonk-data	usr/share/games/openclonk/Music.ocg/@CrushedIceCocktail.ogg	tag House
electronic	Maxstack (Max McCracken)	singularity-music	usr/share/games/singularity/music/A New Journey.ogg	README: tracks made in Psycle and Renoise (judgement)
electronic	Maxstack (Max McCracken)	singularity-music	usr/share/games/singularity/music/Aberrations.ogg	README: tracks made in Psycle and Renoise (judgement)
electronic	Maxstack (Max McCracken)	singularity-music	usr/share/games/singularity/music/Advanced Simulacra.ogg	README: tracks made in Psycle and Renoise (judgement)
electronic	Maxstack (Max McCracken)	singularity-music	usr/share/games/singularity/music/Awakening.ogg	README: tracks made in Psycle and Renoise (judgement)
electronic	Maxstack (Max McCracken)	singularity-music	usr/share/games/singularity/music/By-Product.ogg	README: tracks made in Psycle and Renoise (judgement)
electronic	Maxstack (Max McCracken)	singularity-music	usr/share/games/singularity/music/Coherence.ogg	README: tracks made in Psycle and Renoise (judgement)
electronic	Maxstack (Max McCracken)	singularity-music	usr/share/games/singularity/music/Deprecation.ogg	README: tracks made in Psycle and Renoise (judgement)
electronic	Maxstack (Max McCracken)	singularity-music	usr/share/games/singularity/music/Enemy Unknown.ogg	README: tracks made in Psycle and Renoise (judgement)
electronic	Maxstack (Max McCracken)	singularity-music	usr/share/games/singularity/music/Inevitable.ogg	README: tracks made in Psycle and Renoise (judgement)
electronic	Maxstack (Max McCracken)	singularity-music	usr/share/games/singularity/music/Media Threat.ogg	README: tracks made in Psycle and Renoise (judgement)
electronic	Maxstack (Max McCracken)	singularity-music	usr/share/games/singularity/music/Nebula.ogg	README: tracks made in Psycle and Renoise (judgement)
electronic	Maxstack (Max McCracken)	singularity-music	usr/share/games/singularity/music/Orbital Elevator.ogg	README: tracks made in Psycle and Renoise (judgement)
electronic	Maxstack (Max McCracken)	singularity-music	usr/share/games/singularity/music/Through Space.ogg	README: tracks made in Psycle and Renoise (judgement)
electronic	Maxstack (Max McCracken)	singularity-music	usr/share/games/singularity/music/win/Apex Aleph.ogg	README: tracks made in Psycle and Renoise (judgement)
rock_metal	Muldjord	fretsonfire-songs-muldjord	MIX:usr/share/games/fretsonfire/data/songs/muldjord/armygeddon/song.ogg|usr/share/games/fretsonfire/data/songs/muldjord/armygeddon/guitar.ogg	tag Death Metal; backing+guitar stems mixed
rock_metal	Muldjord	fretsonfire-songs-muldjord	MIX:usr/share/games/fretsonfire/data/songs/muldjord/chaos_god/song.ogg|usr/share/games/fretsonfire/data/songs/muldjord/chaos_god/guitar.ogg	tag Death Metal; backing+guitar stems mixed
rock_metal	Muldjord	fretsonfire-songs-muldjord	MIX:usr/share/games/fretsonfire/data/songs/muldjord/internal_degeneration/song.ogg|usr/share/games/fretsonfire/data/songs/muldjord/internal_degeneration/guitar.ogg	tag Death Metal; backing+guitar stems mixed
rock_metal	Muldjord	fretsonfire-songs-muldjord	MIX:usr/share/games/fretsonfire/data/songs/muldjord/mutilated_mime/song.ogg|usr/share/games/fretsonfire/data/songs/muldjord/mutilated_mime/guitar.ogg	tag Death Metal; backing+guitar stems mixed
rock_metal	Sectoid	fretsonfire-songs-sectoid	MIX:usr/share/games/fretsonfire/data/songs/sectoid/Escape from chaosland/song.ogg|usr/share/games/fretsonfire/data/songs/sectoid/Escape from chaosland/guitar.ogg	Frets on Fire guitar song (lead-guitar stem), song.ini; title Metal madness; stems mixed
rock_metal	Sectoid	fretsonfire-songs-sectoid	MIX:usr/share/games/fretsonfire/data/songs/sectoid/Feelings/song.ogg|usr/share/games/fretsonfire/data/songs/sectoid/Feelings/guitar.ogg	Frets on Fire guitar song (lead-guitar stem), song.ini; title Metal madness; stems mixed
rock_metal	Sectoid	fretsonfire-songs-sectoid	MIX:usr/share/games/fretsonfire/data/songs/sectoid/Metal madness/song.ogg|usr/share/games/fretsonfire/data/songs/sectoid/Metal madness/guitar.ogg	Frets on Fire guitar song (lead-guitar stem), song.ini; title Metal madness; stems mixed
rock_metal	Sectoid	fretsonfire-songs-sectoid	MIX:usr/share/games/fretsonfire/data/songs/sectoid/War of freedom/song.ogg|usr/share/games/fretsonfire/data/songs/sectoid/War of freedom/guitar.ogg	Frets on Fire guitar song (lead-guitar stem), song.ini; title Metal madness; stems mixed
rock_metal	Obsidian Shell	marsshooter-data	usr/share/games/marsshooter/audio/music/01_-_Ezer_Ev.ogg	tag Female Fronted Metal (band's albums Elysia, Angelic Asylum)
rock_metal	Obsidian Shell	marsshooter-data	usr/share/games/marsshooter/audio/music/02_orphanage.ogg	tag Female Fronted Metal (band's albums Elysia, Angelic Asylum)
rock_metal	Obsidian Shell	marsshooter-data	usr/share/games/marsshooter/audio/music/03_fear.ogg	tag Female Fronted Metal (band's albums Elysia, Angelic Asylum)
rock_metal	Obsidian Shell	marsshooter-data	usr/share/games/marsshooter/audio/music/06_-_Elveszett_Lelkek.ogg	tag Female Fronted Metal (band's albums Elysia, Angelic Asylum)
rock_metal	Obsidian Shell	marsshooter-data	usr/share/games/marsshooter/audio/music/06_starfall.ogg	tag Female Fronted Metal (band's albums Elysia, Angelic Asylum)
rock_metal	Obsidian Shell	marsshooter-data	usr/share/games/marsshooter/audio/music/07_-_Vermocsar.ogg	tag Female Fronted Metal (band's albums Elysia, Angelic Asylum)
rock_metal	Obsidian Shell	marsshooter-data	usr/share/games/marsshooter/audio/music/08_second_birth.ogg	tag Female Fronted Metal (band's albums Elysia, Angelic Asylum)
rock_metal	Obsidian Shell	marsshooter-data	usr/share/games/marsshooter/audio/music/09_wings_of_cruelty.ogg	tag Female Fronted Metal (band's albums Elysia, Angelic Asylum)
rock_metal	Obsidian Shell	marsshooter-data	usr/share/games/marsshooter/audio/music/10_farewell.ogg	tag Female Fronted Metal (band's albums Elysia, Angelic Asylum)
rock_metal	Obsidian Shell	marsshooter-data	usr/share/games/marsshooter/audio/music/12_-_Misanthropia.ogg	tag Female Fronted Metal (band's albums Elysia, Angelic Asylum)
rock_metal	Obsidian Shell	marsshooter-data	usr/share/games/marsshooter/audio/menu.ogg	tag Female Fronted Metal (band's albums Elysia, Angelic Asylum)
rock_metal	Obsidian Shell	marsshooter-data	usr/share/games/marsshooter/audio/tutorial.ogg	tag Female Fronted Metal (band's albums Elysia, Angelic Asylum)
rock_metal	MiddleFinger	widelands-data	usr/share/games/widelands/data/music/ingame_15.ogg	tag Thrash Metal
rock_metal	MiddleFinger	widelands-data	usr/share/games/widelands/data/music/ingame_16.ogg	tag Thrash Metal
rock_metal	MiddleFinger	widelands-data	usr/share/games/widelands/data/music/ingame_17.ogg	tag Thrash Metal
rock_metal	Martin Strohmeier (K-Pone)	openclonk-data	usr/share/games/openclonk/Music.ocg/Motorway.ogg	tag Rock
rock_metal	Martin Strohmeier (K-Pone)	openclonk-data	usr/share/games/openclonk/Music.ocg/TheSkylands.ogg	tag Rock
tracker	Regis Parret (reg)	tecnoballz-data	usr/share/games/tecnoballz/musics/area1-game.mod	ProTracker module; message: music from reg
tracker	Regis Parret (reg)	tecnoballz-data	usr/share/games/tecnoballz/musics/area2-game.mod	ProTracker module; message: music from reg
tracker	Regis Parret (reg)	tecnoballz-data	usr/share/games/tecnoballz/musics/area3-game.mod	ProTracker module; message: music from reg
tracker	Regis Parret (reg)	tecnoballz-data	usr/share/games/tecnoballz/musics/area4-game.mod	ProTracker module; message: music from reg
tracker	Regis Parret (reg)	tecnoballz-data	usr/share/games/tecnoballz/musics/area5-game.mod	ProTracker module; message: music from reg
tracker	Regis Parret (reg)	tecnoballz-data	usr/share/games/tecnoballz/musics/gardien-go.mod	ProTracker module; message: music from reg
tracker	Regis Parret (reg)	tecnoballz-data	usr/share/games/tecnoballz/musics/in-game-music-1_reg.mod	ProTracker module; message: music from reg
tracker	Regis Parret (reg)	tecnoballz-data	usr/share/games/tecnoballz/musics/tecnoballz.mod	ProTracker module; message: music from reg
tracker	Regis Parret (reg)	tecnoballz-data	usr/share/games/tecnoballz/musics/over-theme.mod	ProTracker module; message: music from reg
tracker	Regis Parret (reg)	tecnoballz-data	usr/share/games/tecnoballz/musics/high-score.mod	ProTracker module; message: music from reg
tracker	Regis Parret (reg)	tecnoballz-data	usr/share/games/tecnoballz/musics/tecno-winn.mod	ProTracker module; message: music from reg
tracker	Regis Parret (reg)	tecnoballz-data	usr/share/games/tecnoballz/musics/fridge-in-space_from_reg-zbb.mod	ProTracker module; message: music by reg & zbb
tracker	Regis Parret (reg)	tecnoballz-data	usr/share/games/tecnoballz/musics/mon-lapin_reg-zbb.mod	ProTracker module; message: music by reg & zbb
tracker	Regis Parret (reg)	tecnoballz-data	usr/share/games/tecnoballz/musics/termigator_reg-zbb.mod	ProTracker module; message: music by reg & zbb
tracker	groo/cncd	tuxtype-data	usr/share/tuxtype/sounds/game2.mod	ProTracker module; message: by groo/cncd
tracker	mystra/stone arts	tuxtype-data	usr/share/tuxtype/sounds/game.mod	ProTracker module; message: by mystra/stone arts
tracker	tuxtype	tuxtype-data	usr/share/tuxtype/sounds/game3.mod	ProTracker module; composer not credited
tracker	Benoit Charcosset (MaF)	ri-li-data	usr/share/games/ri-li/Ri-li/Sounds/jeu1.xm	MadTracker XM module; message: Benoit Charcosset
tracker	Benoit Charcosset (MaF)	ri-li-data	usr/share/games/ri-li/Ri-li/Sounds/jeu2.xm	MadTracker XM module; message: Benoit Charcosset
tracker	ri-li	ri-li-data	usr/share/games/ri-li/Ri-li/Sounds/menu.mod	ProTracker module; composer not credited
tracker	Joseph G. Toscano	pingus-data	usr/share/games/pingus/data/music/pingus-1.it	Impulse Tracker module; message: written and tracked by joseph toscano
tracker	Joseph G. Toscano	pingus-data	usr/share/games/pingus/data/music/pingus-2.it	Impulse Tracker module; message: written and tracked by joseph toscano
tracker	Joseph G. Toscano	pingus-data	usr/share/games/pingus/data/music/pingus-3.it	Impulse Tracker module; message: written and tracked by joseph toscano
tracker	Joseph G. Toscano	pingus-data	usr/share/games/pingus/data/music/pingus-4.it	Impulse Tracker module; message: written and tracked by joseph toscano
tracker	Joseph G. Toscano	pingus-data	usr/share/games/pingus/data/music/pingus-5.it	Impulse Tracker module; message: written and tracked by joseph toscano
tracker	Joseph G. Toscano	pingus-data	usr/share/games/pingus/data/music/pingus-6.it	Impulse Tracker module; message: written and tracked by joseph toscano
tracker	Joseph G. Toscano	pingus-data	usr/share/games/pingus/data/music/pingus-7.it	Impulse Tracker module; message: written and tracked by joseph toscano
tracker	Joseph G. Toscano	pingus-data	usr/share/games/pingus/data/music/pingus-8.it	Impulse Tracker module; message: written and tracked by joseph toscano
tracker	Joseph G. Toscano	pingus-data	usr/share/games/pingus/data/music/pingus-9.it	Impulse Tracker module; message: written and tracked by joseph toscano
tracker	Yuri R. Sucupira	pingus-data	usr/share/games/pingus/data/music/rough_journey.it	ModPlug IT module; message: by Yuri R. Sucupira
tracker	Yuri R. Sucupira	pingus-data	usr/share/games/pingus/data/music/goin_march.it	ModPlug IT module; message: by Yuri R. Sucupira
tracker	Yuri R. Sucupira	pingus-data	usr/share/games/pingus/data/music/the_big_march_in_space.it	ModPlug IT module; message: by Yuri R. Sucupira
tracker	pingus	pingus-data	usr/share/games/pingus/data/music/sorcerer.it	Impulse Tracker module; composer not credited
tracker	pingus	pingus-data	usr/share/games/pingus/data/music/gd-matth.it	Impulse Tracker module; composer not credited
tracker	pingus	pingus-data	usr/share/games/pingus/data/music/gd-giirm.s3m	Impulse Tracker S3M module; composer not credited
tracker	pingus	pingus-data	usr/share/games/pingus/data/music/gd-myla.it	Impulse Tracker module; composer not credited
tracker	Meta (Ethic/Artware)	open-invaders-data	usr/share/open-invaders/endsong.mod	ProTracker module; message: written by Meta
tracker	Meta (Ethic/Artware)	open-invaders-data	usr/share/open-invaders/hiscore.mod	ProTracker module; message: written by Meta
tracker	Meta (Ethic/Artware)	open-invaders-data	usr/share/open-invaders/gamesong.mod	ProTracker module; message: written by Meta
tracker	Meta (Ethic/Artware)	open-invaders-data	usr/share/open-invaders/titlesong.mod	ProTracker module; message: written by Meta
tracker	frozen-bubble	fb-music-high	usr/share/games/frozen-bubble/snd/frozen-mainzik-2p.xm	FastTracker 2 XM module
tracker	tomatoes	tomatoes-data	usr/share/tomatoes/music/IHaveNoTomatoes.it	Impulse Tracker module
tracker	solarwolf	solarwolf	usr/share/games/solarwolf/data/music/aster2_sw.xm	XM module
tracker	solarwolf	solarwolf	usr/share/games/solarwolf/data/music/arg.xm	XM module; sample names: beeper, ravebass, techno
tracker	Mortimer Twang	supertux-data	usr/share/games/supertux2/music/antarctic/chipdisko.ogg	title Mortimer's Chipdisko
tracker	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/0_8Bit_Bonus_Track.ogg	title 8Bit Bonus Track
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Alba_Longa_Burns.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Albian_Nocturne.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Along_the_Nile.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Ammon-Ra.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/An_old_Warhorse_goes_to_Pasture.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/As_Seasons_Change.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Bandit_Country.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Beyond_The_Indus.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Calm_Before_the_Storm.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Celtic_Pride.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Celtica.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Cisalpine_Gaul.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Cradle_of_Civilization.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Dried_Tears.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Eastern_Dreams.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Elysian_Fields.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Epitaph.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Expedition.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Forging_a_City-State.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/From_Every_Corner.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Harsh_Lands_Rugged_People.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Harvest_Festival.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Harvest_Moon.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Helen_Leaves_Sparta.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Highland_Mist.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Hill_of_Sorrows.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Honor_Bound.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/In_the_Shadow_of_Olympus.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Juno_Protect_You.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Karmic_Confluence.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Land_Between_Rivers.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Land_between_the_two_Seas.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Mediterranean_Waves.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Midwinter.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Mirage.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Mountain_Idyll.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Northern_Frontier.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Only_300_Stood.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Peaks_of_Atlas.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Point_of_No_Return.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Red_Dawn.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Rise_of_Macedon.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Roman_Ingenuity.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Sands_of_Time.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Solstice_Festival.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Sunrise.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Taiko_1.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Taiko_2.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Tale_of_Warriors.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Tavern_in_the_Mist.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/The_Fledgling_Kingdom.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/The_Governor.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/The_Hellespont.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/The_Pillars_of_Hercules.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/The_Road_Ahead.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Upstart_King.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Valley_of_the_Nile.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Water's_Edge.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/Whistler.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	0 A.D. (Omri Lahav et al.)	0ad-data	usr/share/games/0ad/mods/public/public.zip!audio/music/You_are_Victorious!.ogg	credits list live folk instruments (Celtic harp, tin whistles, darbuka, riq, djembe, cajon, dulcimer, didgeridoo, shruti box); tracks assigned to ancient civilisations
folk_world	Ozoneone and Krobonil	supertuxkart-data	usr/share/games/supertuxkart/data/music/celtic.ogg	title Scottish bagpipes
folk_world	Klaus Halfmann	widelands-data	usr/share/games/widelands/data/music/ingame_28.ogg	tag folk
folk_world	hedgewars	hedgewars-data	usr/share/games/hedgewars/Data/Music/oriental.ogg	title oriental (judgement)
folk_world	megaglest	megaglest-data	usr/share/games/megaglest/techs/megapack/factions/indian/music/music_indian.ogg	faction theme indian (judgement)
folk_world	asak	megaglest-data	usr/share/games/megaglest/techs/megapack/factions/egypt/music/asak-jadeflange.ogg	faction theme egypt (judgement)
folk_world	aminos	megaglest-data	usr/share/games/megaglest/techs/megapack/factions/persian/music/aminos-together_together.ogg	faction theme persian (judgement)
folk_world	manolo camp	megaglest-data	usr/share/games/megaglest/techs/megapack/factions/norsemen/music/manolo_camp-medieval.ogg	title medieval (judgement)
folk_world	unknown-horizons	unknown-horizons	usr/share/unknown-horizons/content/audio/music/irelands_coast.ogg	title irelands coast (judgement)
folk_world	warmux	warmux-data	usr/share/games/warmux/music/ingame/exoticux.ogg	title exoticux (judgement)
ambient	4T Thieves	freedroidrpg-data	usr/share/freedroidrpg/data/sound/music/TheBeginning.ogg	tag ambient (Kahvi netlabel release)
ambient	freedroidrpg	freedroidrpg-data	usr/share/freedroidrpg/data/sound/music/Ambience.ogg	title Ambience
ambient	freedroidrpg	freedroidrpg-data	usr/share/freedroidrpg/data/sound/music/AmbientBattle.ogg	title AmbientBattle
ambient	Martin Strohmeier (K-Pone)	openclonk-data	usr/share/games/openclonk/Music.ocg/LucidDream.ogg	tag Ambient
ambient	Luke.RUSTLTD	flare-game	usr/share/games/flare/mods/fantasycore/music/wind_ambient.ogg	tag Ambient
ambient	warmux	warmux-data	usr/share/games/warmux/music/ingame/construction.ogg	tag Ambiance
ambient	Robert van Herk	lincity-ng-data	usr/share/games/lincity-ng/music/default/03 - Robert van Herk - Architectural Contemplations.ogg	title Architectural Contemplations (judgement)
ambient	Clifford J. Tasner	enigma-data	usr/share/games/enigma/music/game/meditation.ogg	title meditation (judgement)
MANIFEST
}

main "$@"
