import QtQuick
import QtQuick.Controls
import Cradle.Desktop

// A pack: a FAQ's questions in order, each opening in place; a blog's
// posts newest first; a quiz's introduction card.
ReadingList {
    objectName: "packPage"
    model: Viewer.items
    spacing: Viewer.packKind === "faq" ? 8 : 14
    header: PackHeader {}
    delegate: Viewer.packKind === "faq" ? faqEntry : postEntry
    // A post card holds nothing of its own, so cards leaving the view are
    // kept and given the next post, rather than made anew: a long blog
    // scrolls and jumps without making cards. (A FAQ entry keeps whether it
    // is open, so those are made afresh.)
    reuseItems: Viewer.packKind !== "faq"
    Component { id: faqEntry; FaqEntry {} }
    Component { id: postEntry; PostEntry {} }
}
