import QtQuick
import Cradle.Desktop

// Preformatted text, kept as written, on a soft panel.
Rectangle {
    property alias text: code.text
    width: parent ? parent.width : 0
    height: code.implicitHeight + 24
    radius: 8
    color: Theme.codeBack
    Text {
        id: code
        x: 14; y: 12
        width: parent.width - 28
        textFormat: Text.PlainText
        wrapMode: Text.WrapAnywhere
        font.family: Theme.mono
        font.pixelSize: Theme.small
        color: Theme.text
    }
}
