import QtQuick
import QtQuick.Controls
import Cradle.Desktop

// One question of a FAQ: click (or Enter) to read its answer in place.
Column {
    id: entry
    required property string slug
    required property string title
    property bool open: false
    property var answer: null
    width: ListView.view.column

    function toggle() {
        if (!answer) answer = Viewer.items.body(slug)
        open = !open
    }

    ItemDelegate {
        id: question
        objectName: "faq-" + entry.slug
        width: parent.width
        padding: 16
        focusPolicy: Qt.StrongFocus
        onClicked: entry.toggle()
        Keys.onReturnPressed: entry.toggle()
        Accessible.role: Accessible.Button
        Accessible.name: entry.title + (entry.open ? qsTr(", open") : qsTr(", closed"))
        contentItem: Row {
            spacing: 12
            Text { text: entry.open ? "−" : "+"; font.pixelSize: Theme.h3; color: Theme.accent; width: Theme.body }
            Text {
                width: parent.width - Theme.body - 12
                text: entry.title
                wrapMode: Text.Wrap
                font.pixelSize: Theme.h3
                font.weight: entry.open ? Font.DemiBold : Font.Normal
                color: Theme.text
            }
        }
        background: Rectangle {
            radius: Theme.radius
            color: entry.open || question.hovered ? Theme.surface : "transparent"
            border.color: question.visualFocus ? Theme.focus : entry.open ? Theme.border : "transparent"
            border.width: question.visualFocus ? 3 : 1
        }
    }
    DocumentColumn {
        visible: entry.open
        x: 44
        width: parent.width - 60
        topPadding: 12
        model: entry.open ? entry.answer : null
    }
    Text {
        visible: entry.open
        x: 44
        text: qsTr("Open as its own page")
        font.pixelSize: Theme.small
        color: Theme.link
        bottomPadding: 16
        MouseArea { anchors.fill: parent; cursorShape: Qt.PointingHandCursor; onClicked: Viewer.open(Viewer.packId + "/" + entry.slug) }
    }
}
