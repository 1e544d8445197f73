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
    Component { id: faqEntry; FaqEntry {} }
    Component { id: postEntry; PostEntry {} }
}
