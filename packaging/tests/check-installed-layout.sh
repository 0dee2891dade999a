#!/usr/bin/env bash
# Installs Soundalike into a scratch root and checks that every file lands where a Linux desktop looks for
# it, that nothing else is installed, and that the installed programs run.
#   check-installed-layout.sh destdir|deb BUILD_DIR SCRATCH_DIR APP_ID "ICON SIZES" VERSION
# destdir: `cmake --install` with DESTDIR.  deb: CPack builds the .deb, `dpkg -x` unpacks it.
set -euo pipefail

mode=$1 build=$2 scratch=$3 app_id=$4 sizes=$5 version=$6
root=$scratch/root

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

rm -rf "$scratch"
mkdir -p "$scratch"
case "$mode" in
  destdir)
    DESTDIR=$root cmake --install "$build" --prefix /usr >"$scratch/install.log"
    ;;
  deb)
    cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
      fail "cpack failed: $(tail -n 20 "$scratch/cpack.log")"
    debs=("$scratch"/out/*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $scratch/out"
    dpkg-deb --field "${debs[0]}" Package Version Section Maintainer Depends >"$scratch/control"
    cat "$scratch/control"
    grep -qx "Version: $version" "$scratch/control" || fail "wrong version"
    grep -qx "Section: sound" "$scratch/control" || fail "wrong section"
    # Computed by dpkg-shlibdeps from the binaries, plus the GStreamer plugins named by hand.
    for dependency in libqt6core6 libqt6widgets6 libc6 gstreamer1.0-plugins-good; do
      grep -q "^Depends:.*\b$dependency\b" "$scratch/control" || fail "Depends lacks $dependency"
    done
    dpkg -x "${debs[0]}" "$root"
    ;;
  *) fail "unknown mode $mode" ;;
esac

expected=(
  usr/bin/soundalike
  usr/bin/soundalike-cli
  usr/lib/soundalike/soundalike_embedding.so
  "usr/share/applications/$app_id.desktop"
  "usr/share/metainfo/$app_id.metainfo.xml"
  "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
)
for size in $sizes; do
  png="usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  expected+=("$png")
  [ -f "$root/$png" ] || fail "missing /$png"
  file -b "$root/$png" | grep -q "PNG image data, $size x $size," || fail "/$png is not a ${size}x$size PNG"
done
diff <(printf '%s\n' "${expected[@]}" | sort) <(cd "$root" && find . -type f -printf '%P\n' | sort) ||
  fail "installed files differ from the expected layout (< expected, > installed)"
for program in usr/bin/soundalike usr/bin/soundalike-cli; do
  [ -x "$root/$program" ] || fail "/$program is not executable"
done

desktop=$root/usr/share/applications/$app_id.desktop
desktop-file-validate "$desktop" || fail "installed desktop file does not validate"
grep -qx "Icon=$app_id" "$desktop" || fail "desktop file names another icon"
# Every Exec line (main entry and actions) must start a program that the package installs.
while read -r program; do
  [ -x "$root/usr/bin/$program" ] || fail "desktop file runs $program, which is not installed"
done < <(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")

cli_version=$("$root/usr/bin/soundalike-cli" --version) || fail "installed soundalike-cli --version failed"
[ "$cli_version" = "soundalike-cli $version" ] || fail "soundalike-cli --version printed '$cli_version'"
gui_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/soundalike" --version) ||
  fail "installed soundalike --version failed"
[[ "$gui_version" == *"$version"* ]] || fail "soundalike --version printed '$gui_version'"
# The installed CLI must find the installed libtorch module (../lib/soundalike beside bin/), not the build tree's.
module=$(SOUNDALIKE_MODULE_DIR= "$root/usr/bin/soundalike-cli" version --json | sed -n 's/.*"embedding_module": "\(.*\)".*/\1/p')
[ "$module" = "$root/usr/lib/soundalike/soundalike_embedding.so" ] ||
  fail "installed soundalike-cli loaded the libtorch module from '$module', not from the installed tree"
echo "PASS: $mode layout of ${#expected[@]} files, programs run ($cli_version)"
