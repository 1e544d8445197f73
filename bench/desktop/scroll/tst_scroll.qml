import QtQuick
import QtTest
import Cradle.Desktop

// Run by bench/desktop/run.sh, not by ctest: scrolls the generated blog's
// list one step per frame and times each frame (the new position laid out,
// new delegates made, the frame drawn), then times a search of it.
TestCase {
    id: bench
    name: "ScrollBench"
    width: 1100; height: 760
    when: windowShown
    visible: true

    ViewerShell { id: shell; anchors.fill: parent }

    function summary(label, times) {
        const sorted = times.slice().sort((a, b) => a - b)
        const over = times.filter(t => t > 16).length
        console.log("bench: " + label + ": " + times.length + " frames, median " + sorted[Math.floor(sorted.length / 2)]
                    + " ms, 95th percentile " + sorted[Math.floor(sorted.length * 0.95)]
                    + " ms, max " + sorted[sorted.length - 1] + " ms, " + over + " over 16 ms")
    }

    function test_scroll_and_search_the_big_blog() {
        Viewer.open("big-blog")
        compare(Viewer.pageKind, "pack")
        const list = findChild(shell, "page").item
        waitForRendering(shell)
        const steps = []
        for (let i = 0; i < 400; ++i) {
            const t0 = Date.now()
            list.contentY += 90  // about a third of a post card a frame: a brisk scroll
            waitForRendering(shell, 1000)
            steps.push(Date.now() - t0)
        }
        summary("scrolling the 10,000-post list, 90 px a frame", steps)
        const jumps = []
        for (let j = 0; j < 40; ++j) {
            const t0 = Date.now()
            list.contentY += 20000  // a flick far down: every card on screen is new
            waitForRendering(shell, 1000)
            jumps.push(Date.now() - t0)
        }
        summary("jumping 20,000 px a frame", jumps)
        const searches = []
        for (const q of ["sleep", "closeness", "settling baby", "post number 9999", "emphasis"]) {
            const t0 = Date.now()
            Viewer.search.query = q
            waitForRendering(shell, 1000)
            searches.push(Date.now() - t0)
        }
        summary("a search typed into the 10,000-post library, results drawn", searches)
        Viewer.search.query = ""
    }
}
