import QtQuick
import QtTest
import Cradle.Desktop

// The library, packs and links between them, back and forward, and
// the text size.
TestCase {
    id: test
    name: "Navigation"
    width: 1100; height: 760
    when: windowShown
    visible: true  // TestCase hides itself by default; the viewer must be on screen

    ViewerShell { id: shell; anchors.fill: parent }

    function page() { return findChild(shell, "page").item }
    function init() { Viewer.search.query = ""; Viewer.open("") }

    // The delegate of a body row whose rich text holds `needle`.
    function paragraphWith(list, needle) {
        for (let i = 0; i < 400; ++i) {
            const items = list.contentItem.children
            for (let j = 0; j < items.length; ++j) {
                const t = findTextWith(items[j], needle)
                if (t) return t
            }
            list.contentY += list.height * 0.8
            wait(20)
            if (list.atYEnd) break
        }
        return null
    }
    function findTextWith(item, needle) {
        if (item.text !== undefined && typeof item.text === "string" && item.text.indexOf(needle) >= 0 && item.linkActivated)
            return item
        for (let k = 0; k < item.children.length; ++k) {
            const found = findTextWith(item.children[k], needle)
            if (found) return found
        }
        if (item.item) return findTextWith(item.item, needle)  // a Loader's
        return null
    }

    function test_1_the_library_lists_every_bundled_pack() {
        compare(Viewer.packs.count, 3)
        compare(Viewer.pageKind, "library")
        const list = findChild(shell, "packList")
        compare(list.count, 3)
        verify(page().objectName === "libraryPage")
    }

    function test_2_a_pack_and_a_link_into_another_pack() {
        Viewer.open("ababy-faq")
        compare(Viewer.pageKind, "pack")
        compare(Viewer.packKind, "faq")
        const first = Viewer.items.slugs()[0]
        Viewer.open("ababy-faq/" + first)
        compare(Viewer.pageKind, "item")
        // Find a link from the FAQ into the blog and click it, as a reader would.
        let link = null
        for (const slug of Viewer.items.slugs()) {
            Viewer.open("ababy-faq/" + slug)
            wait(30)
            link = paragraphWith(page(), "pack:ababy-blog/")
            if (link) break
        }
        verify(link, "some FAQ answer links into the blog")
        const from = Viewer.location
        const href = link.text.match(/href="(pack:ababy-blog\/[^"]+)"/)[1]
        link.linkActivated(href)
        compare(Viewer.pageKind, "item")
        compare(Viewer.packId, "ababy-blog")
        compare("pack:" + Viewer.location, href)
        keyClick(Qt.Key_Left, Qt.AltModifier)
        compare(Viewer.location, from)
        keyClick(Qt.Key_Right, Qt.AltModifier)
        compare("pack:" + Viewer.location, href)
    }

    function test_3_back_returns_to_the_same_place_on_the_page() {
        Viewer.open("ababy-blog")
        const slug = Viewer.items.slugs()[0]
        Viewer.open("ababy-blog/" + slug)
        wait(50)
        const list = page()
        list.contentY = list.originY - list.topMargin + 600
        wait(50)
        Viewer.open("ababy-faq")
        wait(50)
        Viewer.back()
        tryVerify(() => Math.abs(page().offset() - 600) < 2, 2000, "scrolled back to 600")
        verify(Viewer.canGoForward)
    }

    function test_4_an_external_link_asks_first() {
        const dialog = findChild(shell, "externalLinkDialog")
        verify(!dialog.opened)
        const before = Viewer.location
        Viewer.followLink("https://example.org/")
        tryCompare(dialog, "opened", true)
        compare(dialog.href, "https://example.org/")
        compare(Viewer.location, before)
        dialog.reject()
        tryCompare(dialog, "visible", false)
    }

    function test_5_text_size_changes_with_ctrl_plus_and_minus() {
        keyClick(Qt.Key_0, Qt.ControlModifier)
        compare(Viewer.textScale, 1.0)
        keyClick(Qt.Key_Equal, Qt.ControlModifier)
        compare(Viewer.textScale, 1.1)
        compare(Theme.body, Math.round(17 * 1.1))
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        keyClick(Qt.Key_Minus, Qt.ControlModifier)
        compare(Viewer.textScale, 0.9)
        keyClick(Qt.Key_0, Qt.ControlModifier)
        compare(Viewer.textScale, 1.0)
    }

    function test_6_a_missing_page_says_so() {
        Viewer.open("no-such-pack/nothing")
        compare(Viewer.pageKind, "missing")
        verify(page().objectName === "missingPage")
    }
}
