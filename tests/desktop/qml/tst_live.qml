import QtQuick
import QtTest
import Cradle.Desktop

// A pack installed or removed by the real `cradle` command, into the same
// data dir, appears and disappears while the viewer runs.
TestCase {
    name: "LivePacks"
    width: 1100; height: 760
    when: windowShown
    visible: true  // TestCase hides itself by default; the viewer must be on screen

    ViewerShell { id: shell; anchors.fill: parent }

    function test_a_pack_installed_from_the_command_line_appears() {
        Viewer.open("")
        compare(Viewer.packs.count, 3)
        compare(Support.cradle(["install", Support.testPacks + "/tiny-faq"]), 0)
        tryCompare(Viewer.packs, "count", 4, 5000)
        verify(Viewer.packs.ids().indexOf("tiny-faq") >= 0)
        Viewer.open("tiny-faq")
        compare(Viewer.pageKind, "pack")
        compare(Support.cradle(["remove", "tiny-faq"]), 0)
        tryCompare(Viewer.packs, "count", 3, 5000)
        tryCompare(Viewer, "pageKind", "missing", 2000)
    }
}
