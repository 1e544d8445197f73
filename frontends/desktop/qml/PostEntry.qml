import QtQuick
import QtQuick.Controls
import Cradle.Desktop

// A post (or quiz) in its pack's list: title, date and reading time,
// summary and tags. Opens the item.
ItemDelegate {
    id: post
    required property string slug
    required property string title
    required property string summary
    required property string meta
    required property var tags
    width: ListView.view.column
    padding: 20
    focusPolicy: Qt.StrongFocus
    onClicked: Viewer.open(Viewer.packId + "/" + slug)
    Keys.onReturnPressed: clicked()
    Accessible.role: Accessible.Link
    Accessible.name: title + (meta !== "" ? ", " + meta : "")
    contentItem: Column {
        spacing: 6
        Text { width: parent.width; text: post.title; wrapMode: Text.Wrap; font.pixelSize: Theme.h3; font.weight: Font.DemiBold; color: Theme.text }
        Text { width: parent.width; visible: post.meta !== ""; text: post.meta; font.pixelSize: Theme.small; color: Theme.muted }
        Text { width: parent.width; visible: post.summary !== ""; text: post.summary; wrapMode: Text.Wrap; lineHeight: 1.4; font.pixelSize: Theme.body; color: Theme.text; topPadding: 4 }
        Text { width: parent.width; visible: post.tags.length > 0; text: post.tags.join("  ·  "); font.pixelSize: Theme.small; color: Theme.accent; topPadding: 2 }
    }
    background: Rectangle {
        radius: Theme.radius + 2
        color: Theme.surface
        border.color: post.visualFocus ? Theme.focus : post.hovered ? Theme.accent : Theme.border
        border.width: post.visualFocus ? 3 : 1
    }
}
