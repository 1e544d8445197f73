import QtQuick
import QtTest
import Cradle.Desktop

// Search as the reader types: Ctrl+K, words, results with the match in
// bold, Enter opens the first.
TestCase {
    name: "Search"
    width: 1100; height: 760
    when: windowShown
    visible: true  // TestCase hides itself by default; the viewer must be on screen

    ViewerShell { id: shell; anchors.fill: parent }

    function page() { return findChild(shell, "page").item }

    function test_typing_shows_results_and_enter_opens_the_first() {
        Viewer.open("")
        keyClick(Qt.Key_K, Qt.ControlModifier)
        const field = findChild(shell, "search")
        tryCompare(field, "activeFocus", true)
        for (const c of "secure") keyClick(c)
        compare(Viewer.search.query, "secure")
        verify(page().objectName === "searchResults")
        verify(Viewer.search.count > 0)
        const first = Viewer.search.first()
        keyClick(Qt.Key_Return)
        compare(Viewer.location, first)
        compare(Viewer.pageKind, "item")
        compare(Viewer.search.query, "")
    }

    function test_nothing_found_says_so() {
        Viewer.search.query = "zzzxqv"
        compare(Viewer.search.count, 0)
        verify(page().objectName === "searchResults")
        keyClick(Qt.Key_Escape)
        Viewer.search.query = ""
    }
}
