import QtQuick
import QtQuick.Layouts
import Cradle.Desktop

// Where a quiz's questions sit in its page: how many, and Start.
Rectangle {
    id: card
    property int questions
    width: parent ? parent.width : 0
    height: layout.implicitHeight + 40
    radius: Theme.radius
    color: Theme.accentSoft
    ColumnLayout {
        id: layout
        x: 24; y: 20
        width: parent.width - 48
        spacing: 12
        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("%1 statements, one at a time. Answer with a click or the number keys; you can go back and change an answer.").arg(card.questions)
            font.pixelSize: Theme.body
            color: Theme.text
        }
        CalmButton {
            objectName: "startQuiz"
            primary: true
            text: qsTr("Start the quiz")
            onClicked: Viewer.open("quiz:" + Viewer.location)
        }
    }
}
