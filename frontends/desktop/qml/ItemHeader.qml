import QtQuick
import QtQuick.Controls
import Cradle.Desktop

// The top of an item's page: where it lives, its title and its details.
Column {
    width: ListView.view.column
    spacing: 10
    bottomPadding: 26
    Text {
        text: Viewer.packTitle
        width: parent.width
        elide: Text.ElideRight
        font.pixelSize: Theme.small
        color: Theme.accent
        Accessible.role: Accessible.Link
        Accessible.name: qsTr("Back to ") + Viewer.packTitle
        MouseArea { anchors.fill: parent; cursorShape: Qt.PointingHandCursor; onClicked: Viewer.open(Viewer.packId) }
    }
    Text {
        objectName: "itemTitle"
        width: parent.width
        text: Viewer.itemTitle
        wrapMode: Text.Wrap
        lineHeight: 1.15
        font.pixelSize: Theme.h1
        font.weight: Font.DemiBold
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Text {
        width: parent.width
        visible: text !== ""
        text: Viewer.itemMeta + (Viewer.itemTags.length > 0 ? "   ·   " + Viewer.itemTags.join(", ") : "")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.small
        color: Theme.muted
    }
}
