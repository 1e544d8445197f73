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

    function results() { return findChild(shell, "searchPage") }

    function test_typing_shows_results_and_enter_opens_the_first() {
        Viewer.open("")
        keyClick(Qt.Key_K, Qt.ControlModifier)
        const field = findChild(shell, "search")
        tryCompare(field, "activeFocus", true)
        for (const c of "secure") keyClick(c)
        compare(Viewer.search.query, "secure")
        verify(results().visible && results().item.objectName === "searchResults")
        verify(!findChild(shell, "page").visible)  // beneath the results, as it was
        tryCompare(Viewer.search, "searching", false)  // searched off the GUI thread
        verify(Viewer.search.count > 0)
        waitForRendering(shell)
        const path = Support.shot("search-results")
        if (path !== "") grabImage(shell).save(path)
        const first = Viewer.search.first()
        keyClick(Qt.Key_Return)
        compare(Viewer.location, first)
        compare(Viewer.pageKind, "item")
        compare(Viewer.search.query, "")
    }

    function test_enter_while_searching_opens_the_first_when_found() {
        Viewer.open("")
        keyClick(Qt.Key_K, Qt.ControlModifier)
        for (const c of "comfort") keyClick(c)
        keyClick(Qt.Key_Return)  // at once: the search may still be running
        tryCompare(Viewer, "pageKind", "item")
        compare(Viewer.search.query, "")
        verify(Viewer.location.indexOf("/") > 0)
    }

    function test_results_of_an_old_query_are_not_shown() {
        Viewer.search.query = "secure"
        Viewer.search.query = "zzzxqv"  // typed on before the first search ended
        tryCompare(Viewer.search, "searching", false)
        compare(Viewer.search.count, 0)
        Viewer.search.query = ""
    }

    function test_the_page_stays_as_it_was_beneath_a_search() {
        Viewer.open("ababy-faq")
        const before = findChild(shell, "page").item
        keyClick(Qt.Key_K, Qt.ControlModifier)
        verify(results().item !== null)  // made once the box has focus, before a key
        for (const c of "sleep") keyClick(c)
        tryCompare(Viewer.search, "searching", false)
        verify(!findChild(shell, "page").visible)
        keyClick(Qt.Key_Escape)
        compare(Viewer.search.query, "")
        verify(findChild(shell, "page").visible)
        verify(findChild(shell, "page").item === before)  // shown again, not rebuilt
        compare(Viewer.location, "ababy-faq")
    }

    function test_nothing_found_says_so() {
        Viewer.search.query = "zzzxqv"
        tryCompare(Viewer.search, "searching", false)
        compare(Viewer.search.count, 0)
        verify(results().visible && results().item.objectName === "searchResults")
        verify(!findChild(shell, "page").visible)  // beneath the results, as it was
        keyClick(Qt.Key_Escape)
        Viewer.search.query = ""
    }
}
