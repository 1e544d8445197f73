import QtQuick
import QtQuick.Controls
import Cradle.Desktop

// A soft, rounded button with a clear focus ring; `primary` for the one
// action a page asks for.
Button {
    id: control
    property bool primary: false
    font.pixelSize: Theme.body
    leftPadding: 20; rightPadding: 20; topPadding: 10; bottomPadding: 10
    Accessible.role: Accessible.Button
    Accessible.name: text
    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.muted : control.primary ? Theme.accentText : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        implicitHeight: 40
        radius: Theme.radius
        color: control.primary && control.enabled ? (control.down ? Qt.darker(Theme.accent, 1.1) : Theme.accent)
                                                  : (control.hovered || control.down ? Theme.accentSoft : Theme.surface)
        border.color: control.visualFocus ? Theme.focus : (control.primary && control.enabled ? Theme.accent : Theme.border)
        border.width: control.visualFocus ? 3 : 1
        opacity: control.enabled ? 1 : 0.6
    }
}
