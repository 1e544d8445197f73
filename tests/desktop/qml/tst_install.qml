import QtQuick
import QtTest
import Cradle.Desktop

// Installing from the viewer (what File → Install pack… and a drop call),
// through the same install pipeline as `cradle install`, and removing.
TestCase {
    name: "Install"
    width: 1100; height: 760
    when: windowShown
    visible: true  // TestCase hides itself by default; the viewer must be on screen

    ViewerShell { id: shell; anchors.fill: parent }

    function test_1_a_broken_pack_is_refused_in_plain_words_and_changes_nothing() {
        const generation = Viewer.generation
        const problems = Viewer.install("file://" + Support.testPacks + "/../no-such-folder")
        verify(problems !== "")
        verify(problems.indexOf("nothing was installed") >= 0, problems)
        compare(Viewer.packs.count, 3)
        compare(Viewer.generation, generation)
    }

    function test_2_a_pack_installs_opens_and_is_removed_after_asking() {
        compare(Viewer.install("file://" + Support.testPacks + "/tiny-faq"), "")
        compare(Viewer.packs.count, 4)
        compare(Viewer.location, "tiny-faq")
        compare(Viewer.pageKind, "pack")
        shell.confirmRemove(Viewer.packId, Viewer.packTitle)
        const confirm = findChild(shell, "confirmRemove")
        tryCompare(confirm, "opened", true)
        confirm.accept()
        compare(Viewer.packs.count, 3)
        compare(Viewer.pageKind, "library")
    }
}
