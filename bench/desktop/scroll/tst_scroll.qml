import QtQuick
import QtTest
import Cradle.Desktop

// Run by bench/desktop/run.sh, not by ctest: scrolls the generated blog's
// list a step a frame, jumps far down it, and searches it, in a real event
// loop (Support.runEventLoop: TestCase's own waits sleep in 10 ms steps).
// A FrameAnimation makes each step on a frame, as a flick would. Figures:
// - change: the GUI thread's time in the step's change (setting contentY
//   lays out the list and makes any new cards; setting a query);
// - frame interval: the time from one frame to the next (16.7 ms at 60 Hz;
//   a frame over 16 ms of work misses its slot: an interval over 21 ms);
// - GUI thread stalls: a 1 ms timer notes the gaps between its ticks; a gap
//   is time in which the GUI thread could not draw or answer the reader.
TestCase {
    id: bench
    name: "ScrollBench"
    width: 1100; height: 760
    when: windowShown
    visible: true

    ViewerShell { id: shell; anchors.fill: parent }

    property var gaps: []
    property real lastTick: 0
    Timer {
        id: ticker
        interval: 1; repeat: true
        onTriggered: {
            const now = Support.nowMs()
            bench.gaps.push(now - bench.lastTick)
            bench.lastTick = now
        }
    }

    // Calls step() on each frame until it returns false.
    FrameAnimation {
        id: driver
        property var step: null
        onTriggered: if (!step()) running = false
    }

    // Median, 95th percentile, max, and how many are over `limit` ms.
    function stats(times, limit) {
        if (times.length === 0) return "none"
        const sorted = times.slice().sort((a, b) => a - b)
        const at = q => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))].toFixed(1)
        return "median " + at(0.5) + " / 95th " + at(0.95) + " / max " + sorted[sorted.length - 1].toFixed(1)
               + " ms, " + times.filter(t => t > limit).length + " over " + limit + " ms"
    }

    // On each frame, calls step(), which makes a change and returns "change",
    // returns "wait" to let the frame go by, or "done"; then reports.
    function phase(label, step) {
        const changes = [], intervals = []
        let last = -1
        driver.step = function() {
            const now = Support.nowMs()
            if (last >= 0) intervals.push(now - last)
            last = now
            const what = step()
            if (what === "change") changes.push(Support.nowMs() - now)
            return what !== "done"
        }
        gaps = []; lastTick = Support.nowMs(); ticker.start()
        driver.start()
        while (driver.running) Support.runEventLoop(20)
        ticker.stop()
        // A frame slot is 16.7 ms; an interval over 21 ms is a slot missed.
        console.log("bench: " + label + ": " + changes.length + " steps; change " + stats(changes, 16)
                    + "; frame interval " + stats(intervals, 21) + "; GUI thread stalls " + stats(gaps, 21))
    }
    function times(count, change) {
        let i = 0
        return () => { if (i === count) return "done"; change(i++); return "change" }
    }

    function test_scroll_and_search_the_big_blog() {
        Viewer.open("big-blog")
        compare(Viewer.pageKind, "pack")
        const list = findChild(shell, "page").item
        waitForRendering(shell)
        Support.runEventLoop(500)  // the cards in the cache buffer are made

        // About a third of a post card a frame: a brisk scroll.
        phase("scrolling the 10,000-post list, 90 px a frame", times(400, i => list.contentY += 90))
        // A flick far down: every card on screen is new.
        phase("jumping 20,000 px a frame", times(40, i => list.contentY += 20000))

        // Typing searches: a query set, the frames go on while the Library is
        // searched on the thread pool, the results drawn, then the next query.
        shell.showSearch()  // the reader goes to the search box (Ctrl+K) first
        Support.runEventLoop(200)
        const queries = ["sleep", "closeness", "settling baby", "post number 9999", "emphasis"]
        const latencies = []
        let next = 0, sent = 0
        phase("searching the 10,000-post library, a query at a time", () => {
            if (Viewer.search.searching) return "wait"
            if (latencies.length < next) {  // its results were drawn on the last frame
                latencies.push(Support.nowMs() - sent)
                return "wait"
            }
            if (next === queries.length) return "done"
            sent = Support.nowMs()
            Viewer.search.query = queries[next++]
            return "change"
        })
        console.log("bench: search results drawn: " + stats(latencies, 100) + " after the query was set")
        Viewer.search.query = ""
    }
}
