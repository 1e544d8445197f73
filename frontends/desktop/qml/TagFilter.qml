import QtQuick
import QtQuick.Controls
import Cradle.Desktop

// A blog's tags as soft chips: choosing one shows only its posts; "All
// posts" shows them all again.
Flow {
    spacing: 8
    topPadding: 8
    Repeater {
        model: [""].concat(Viewer.items.tags)
        delegate: Button {
            id: chip
            required property string modelData
            readonly property bool chosen: Viewer.items.tag === modelData
            text: modelData === "" ? qsTr("All posts") : modelData
            checkable: true
            checked: chosen
            onClicked: Viewer.items.tag = modelData
            font.pixelSize: Theme.small
            leftPadding: 12; rightPadding: 12; topPadding: 5; bottomPadding: 5
            Accessible.role: Accessible.RadioButton
            Accessible.name: qsTr("Show ") + text
            contentItem: Text { text: chip.text; font: chip.font; color: chip.chosen ? Theme.accentText : Theme.text }
            background: Rectangle {
                radius: height / 2
                color: chip.chosen ? Theme.accent : chip.hovered ? Theme.accentSoft : "transparent"
                border.color: chip.visualFocus ? Theme.focus : chip.chosen ? Theme.accent : Theme.border
                border.width: chip.visualFocus ? 2 : 1
            }
        }
    }
}
