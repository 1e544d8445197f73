#!/bin/sh
# bench/desktop: the desktop viewer's cold start and memory, offscreen.
#
#   bench/desktop/run.sh [BUILD_DIR]      (default: build)
#
# Cold start: `cradle view --screenshot` from process start to exit, which is
# the first frame of the library plus grabbing it and writing the PNG; the
# median of 10 runs. Memory: the peak resident set of one such run (GNU
# time). Both with the bundled packs, then with a generated 10,000-post blog
# pack added. Nothing is written outside a temp folder.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
cradle=$build/stage/bin/cradle
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$work/config

median_ms() {  # runs the command 10 times, prints the median wall time in ms
  for i in 1 2 3 4 5 6 7 8 9 10; do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  done | sort -n | sed -n '5,6p' | awk '{s += $1} END {print int(s / 2)}'
}

peak_mb() {
  /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1 / 1024}'
}

report() {  # label, then the view command's extra arguments
  label=$1; shift
  ms=$(median_ms "$cradle" --data-dir "$work/data" view --screenshot "$work/shot.png" "$@")
  mb=$(peak_mb "$cradle" --data-dir "$work/data" view --screenshot "$work/shot.png" "$@")
  echo "$label: first frame (screenshot run) median ${ms} ms, peak RSS ${mb} MB"
}

"$cradle" --data-dir "$work/data" install "$root"/content-packs/* >/dev/null
report "bundled packs, library"

blog=$work/big-blog
"$(dirname "$0")/make-blog.sh" "$blog" 10000
start=$(date +%s%N)
"$cradle" --data-dir "$work/data" install "$blog" >/dev/null
echo "installing the 10,000-post blog: $(( ($(date +%s%N) - start) / 1000000 )) ms"
report "with the 10,000-post blog, library"
report "with the 10,000-post blog, its list" --open big-blog

# Scrolling the 10,000-post list and searching it, in the real QML, offscreen:
# the Qt Quick Test runner with the blog installed beside the bundled packs.
CRADLE_EXTRA_PACK=$blog "$build/stage/bin/cradle_desktop_qmltests" \
  -input "$(dirname "$0")/scroll" 2>&1 | grep "bench:" | sed 's/.*qml: //'
