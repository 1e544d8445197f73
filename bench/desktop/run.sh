#!/bin/sh
# bench/desktop: the desktop viewer's cold start and memory, offscreen.
#
#   bench/desktop/run.sh [BUILD_DIR]      (default: build)
#
# Cold start: `cradle view --screenshot` from process start to its first
# frame (the viewer reports it), and to its exit after grabbing that page and
# writing the PNG; medians of 10 runs. Memory: the peak resident set of one such run (GNU
# time). Both with the bundled packs, then with a generated 10,000-post blog
# pack added. Nothing is written outside a temp folder.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
cradle=$build/stage/bin/cradle
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$work/config

median() { sort -n | sed -n '5,6p' | awk '{s += $1} END {print int(s / 2)}'; }

# Runs the command 10 times; prints the median of "start to first frame" (the
# viewer says when its first frame was drawn, CRADLE_REPORT_FIRST_FRAME) and
# of "start to exit" (that frame, a 150 ms settle, grabbing it, the PNG).
first_frame_and_exit_ms() {
  : >"$work/frame.txt"; : >"$work/exit.txt"
  for i in 1 2 3 4 5 6 7 8 9 10; do
    start=$(date +%s%3N)
    frame=$(CRADLE_REPORT_FIRST_FRAME=1 "$@" 2>&1 >/dev/null | awk '/^cradle-first-frame-ms/ {print $2}')
    end=$(date +%s%3N)
    echo $(( frame - start )) >>"$work/frame.txt"
    echo $(( end - start )) >>"$work/exit.txt"
  done
  echo "$(median <"$work/frame.txt") $(median <"$work/exit.txt")"
}

peak_mb() {
  /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1 / 1024}'
}

report() {  # label, then the view command's extra arguments
  label=$1; shift
  set -- $(first_frame_and_exit_ms "$cradle" --data-dir "$work/data" view --screenshot "$work/shot.png" "$@") "$@"
  frame=$1 exit=$2; shift 2
  mb=$(peak_mb "$cradle" --data-dir "$work/data" view --screenshot "$work/shot.png" "$@")
  echo "$label: start to first frame median ${frame} ms (to PNG written and exit ${exit} ms), peak RSS ${mb} MB"
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

# Scrolling the 10,000-post list, jumping down it and searching it, in the
# real QML, offscreen: the Qt Quick Test runner with the blog installed beside
# the bundled packs, each step made on a frame in a real event loop (see
# bench/desktop/scroll/tst_scroll.qml for what each figure is). Beside them,
# Qt's own timing of each frame's work (polish + sync + render), from its
# qt.scenegraph.time.renderloop log. Each phase's summary line ends it.
QT_LOGGING_RULES="qt.scenegraph.time.renderloop=true" CRADLE_EXTRA_PACK=$blog \
  "$build/stage/bin/cradle_desktop_qmltests" -input "$(dirname "$0")/scroll" >"$work/scroll.log" 2>&1
grep "bench:" "$work/scroll.log" | sed 's/.*qml: //'
awk '
  /Frame rendered/ { match($0, /in [0-9]+ms/); t[++n] = substr($0, RSTART + 3, RLENGTH - 5) + 0 }
  /bench: / && n > 0 {
    label = $0; sub(/.*bench: /, "", label); sub(/:.*/, "", label)
    over = 0; max = 0
    for (i = 1; i <= n; i++) { if (t[i] > 16) over++; if (t[i] > max) max = t[i] }
    printf "Qt frame timing, %s: %d frames, max %d ms, %d over 16 ms\n", label, n, max, over
    n = 0
  }' "$work/scroll.log"
