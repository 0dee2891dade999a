#!/usr/bin/env bash
# Sets up a Debian 12 machine for Soundalike, builds it, and then either starts the app or runs every test.
#   packaging/setup.sh run [app options]   install what is missing, build, launch the app
#   packaging/setup.sh test                install what is missing, build, run every test with CTest, then the
#                                          same tests built with ASan+UBSan, then each fuzz target for 30 s
# See docs/reliability.md for the last two.
set -euo pipefail

mode=${1:-}
case "$mode" in
  run | test) shift ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${SOUNDALIKE_BUILD_DIR:-$source_dir/build}

# Build and runtime dependencies, all from Debian 12. FFmpeg's libraries decode every format but mp3 for
# analysis; the GStreamer plugins play them (-bad: AIFF and AAC, -libav: ALAC; gstreamer1.0-libav broke
# QAudioDecoder on mp3, which nothing uses any more); the ffmpeg program makes the tests' audio files.
# Deliberately absent: the pthread OpenBLAS variant (it fights OpenMP).
packages=(
  build-essential cmake pkg-config ccache lld
  qt6-base-dev qt6-multimedia-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools
  libtorch-dev libfaiss-dev libopenblas0-openmp
  libtag1-dev libsqlite3-dev libmpg123-dev libfftw3-dev libebur128-dev libchromaprint-dev
  libavformat-dev libavcodec-dev libswresample-dev libavutil-dev
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-libav ffmpeg
  libmp3lame-dev xvfb xauth util-linux dbus strace
  librsvg2-bin desktop-file-utils appstream file
  clang libclang-rt-14-dev libomp-14-dev llvm gdb
)

# For the tests only: tst_soundoutput stops a PulseAudio server of its own under the player, and records what
# its sink plays with parec. `run` leaves them out, so that a desktop whose sound server is PipeWire does not
# get a second one.
if [ "$mode" = test ]; then
  packages+=(pulseaudio pulseaudio-utils)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "Installing: ${missing[*]}"
  # Only when something is missing, so repeated runs stay fast.
  "${sudo[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y "${missing[@]}"
fi

cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" --parallel "$(nproc)"

if [ "$mode" = run ]; then
  exec "$build_dir/app/gui/soundalike" "$@"
fi
(cd "$build_dir" && ctest --output-on-failure --timeout 900 --parallel "$(nproc)") || {
  status=$?
  bash "$source_dir/tests/failed-checks.sh" "$build_dir"
  exit "$status"
}
echo "Tests passed after ${SECONDS} s; now the sanitizer build and suite."
bash "$source_dir/tests/sanitize/run.sh"
echo "Sanitizer suite passed after ${SECONDS} s; now the fuzz targets."
bash "$source_dir/tests/fuzz/run.sh" 30
echo "Everything passed in ${SECONDS} s."
