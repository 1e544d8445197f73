import QtQuick
import QtQuick.Layouts
import Cradle.Desktop

// A quiz's outcome: each scale's score on its range, then the picture of
// where the two dimensions place the reader.
ColumnLayout {
    id: outcome
    property var scales: []
    property var plane: ({})
    property string resultTitle
    width: parent ? parent.width : 0
    spacing: 18

    Repeater {
        model: outcome.scales
        delegate: ColumnLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: 6
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.scored
                ? qsTr("%1: %2 on a scale from %3 to %4").arg(modelData.title).arg(modelData.score.toFixed(1)).arg(modelData.min).arg(modelData.max)
                : qsTr("%1: not enough answers to score").arg(modelData.title)
            RowLayout {
                Layout.fillWidth: true
                Text { text: modelData.title; font.pixelSize: Theme.body; font.weight: Font.DemiBold; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.Wrap }
                Text {
                    text: modelData.scored ? modelData.score.toFixed(1) + qsTr(" of ") + modelData.max : qsTr("not enough answers")
                    font.pixelSize: Theme.body
                    color: Theme.muted
                }
            }
            Rectangle {
                Layout.fillWidth: true
                height: 10
                radius: 5
                color: Theme.border
                Rectangle {
                    visible: modelData.scored
                    width: Math.max(10, parent.width * modelData.fraction)
                    height: parent.height
                    radius: 5
                    color: Theme.accent
                }
            }
        }
    }

    PlanePicture {
        visible: outcome.plane && outcome.plane.xLabel !== undefined
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: 8
        plane: outcome.plane
    }
}
