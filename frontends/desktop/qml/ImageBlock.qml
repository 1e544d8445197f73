import QtQuick
import Cradle.Desktop

// A picture from a pack. Pack images are not shipped to frontends yet, so
// its description stands in its place, framed, as the web frontend does.
Rectangle {
    property string description
    width: parent ? parent.width : 0
    height: label.implicitHeight + 28
    radius: 8
    color: "transparent"
    border.color: Theme.border
    Accessible.role: Accessible.Graphic
    Accessible.name: description
    Text {
        id: label
        x: 16; y: 14
        width: parent.width - 32
        wrapMode: Text.Wrap
        text: qsTr("Picture: ") + parent.description
        font.pixelSize: Theme.small
        font.italic: true
        color: Theme.muted
    }
}
