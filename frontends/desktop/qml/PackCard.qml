import QtQuick
import QtQuick.Controls
import Cradle.Desktop

// A pack on the library page: title, what it holds, its description.
ItemDelegate {
    id: card
    required property string packId
    required property string title
    required property string kindLabel
    required property string description
    width: ListView.view.column
    padding: 22
    focusPolicy: Qt.StrongFocus
    onClicked: Viewer.open(packId)
    Keys.onReturnPressed: clicked()
    Accessible.role: Accessible.Link
    Accessible.name: title + ", " + kindLabel
    contentItem: Column {
        spacing: 6
        Text { width: parent.width; text: card.title; wrapMode: Text.Wrap; font.pixelSize: Theme.h3; font.weight: Font.DemiBold; color: Theme.text }
        Text { width: parent.width; text: card.kindLabel; font.pixelSize: Theme.small; color: Theme.accent }
        Text { width: parent.width; text: card.description; wrapMode: Text.Wrap; lineHeight: 1.4; font.pixelSize: Theme.body; color: Theme.muted; topPadding: 4 }
    }
    background: Rectangle {
        radius: Theme.radius + 2
        color: card.hovered ? Qt.lighter(Theme.surface, Theme.dark ? 1.15 : 1.0) : Theme.surface
        border.color: card.visualFocus ? Theme.focus : Theme.border
        border.width: card.visualFocus ? 3 : 1
    }
}
