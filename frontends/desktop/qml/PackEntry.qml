import QtQuick
import QtQuick.Controls
import Cradle.Desktop

// One pack in the sidebar: its title and what it holds. Inside a view its
// model roles fill it; elsewhere set title and kindLabel.
ItemDelegate {
    id: entry
    required property string title
    required property string packId
    required property string kindLabel
    property bool current: false
    signal chosen()

    onClicked: packId !== "" ? Viewer.open(packId) : chosen()
    Keys.onReturnPressed: clicked()
    Keys.onSpacePressed: clicked()
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    Accessible.name: title + ", " + kindLabel
    padding: 12

    contentItem: Column {
        spacing: 2
        Text {
            width: parent.width
            text: entry.title
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
            font.weight: entry.current ? Font.DemiBold : Font.Normal
            color: Theme.text
        }
        Text {
            width: parent.width
            text: entry.kindLabel
            font.pixelSize: Theme.small
            color: Theme.muted
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: entry.current ? Theme.accentSoft : entry.hovered ? Qt.rgba(0.5, 0.5, 0.5, 0.08) : "transparent"
        border.color: entry.visualFocus || (entry.ListView.view && entry.ListView.view.activeFocus && entry.ListView.isCurrentItem) ? Theme.focus : "transparent"
        border.width: 2
    }
}
