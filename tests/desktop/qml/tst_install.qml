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

    function test_3_a_pack_dropped_onto_the_window_installs() {
        verify(Support.dropUrl(shell, "file://" + Support.testPacks + "/tiny-faq"))
        // The install runs once the "Installing…" note has been drawn.
        tryCompare(Viewer.packs, "count", 4)
        compare(Viewer.location, "tiny-faq")
        compare(Viewer.removePack("tiny-faq"), "")
        compare(Viewer.packs.count, 3)
    }

    function test_4_a_broken_pack_dropped_shows_why_and_changes_nothing() {
        verify(Support.dropUrl(shell, "file://" + Support.testPacks + "/../no-such-folder"))
        const failure = findChild(shell, "installFailure")
        tryCompare(failure, "opened", true)
        verify(failure.problems.indexOf("nothing was installed") >= 0, failure.problems)
        compare(Viewer.packs.count, 3)
        failure.close()
        tryCompare(failure, "visible", false)
    }

    function test_5_file_install_pack_takes_a_pack_yaml_for_its_folder() {
        const dialog = findChild(shell, "installFileDialog")
        verify(dialog)
        // The reader picks the pack folder's pack.yaml in File → Install pack….
        dialog.selectedFile = "file://" + Support.testPacks + "/tiny-faq/pack.yaml"
        shell.chooseInstall()
        tryCompare(dialog, "visible", true)
        dialog.accept()
        tryCompare(Viewer.packs, "count", 4)
        compare(Viewer.location, "tiny-faq")
        compare(Viewer.removePack("tiny-faq"), "")
        compare(Viewer.packs.count, 3)
    }
}
