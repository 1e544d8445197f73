import QtQuick
import QtQuick.Controls
import Cradle.Desktop

// The top of a pack's page: its title and description, and for a blog the
// tag filter.
Column {
    width: ListView.view.column
    spacing: 10
    bottomPadding: 20
    Text {
        width: parent.width
        text: Viewer.packTitle
        wrapMode: Text.Wrap
        font.pixelSize: Theme.h1
        font.weight: Font.DemiBold
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Text {
        width: parent.width
        text: Viewer.packDescription
        wrapMode: Text.Wrap
        lineHeight: 1.4
        font.pixelSize: Theme.body
        color: Theme.muted
    }
    TagFilter { width: parent.width; visible: Viewer.items.tags.length > 0 }
}
