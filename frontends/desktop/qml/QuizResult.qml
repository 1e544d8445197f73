import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cradle.Desktop

// The result: both scores, the picture, the result text and the notice
// (all from the content type), and the choice to keep it on this computer.
ReadingList {
    id: page
    objectName: "quizResult"
    model: Viewer.quiz.result
    // Later, not while the page is being built: keeping changes the quiz.
    Component.onCompleted: Qt.callLater(Viewer.quizFinished)
    header: Column {
        width: ListView.view.column
        spacing: 10
        bottomPadding: 24
        Text { text: Viewer.quiz.title; width: parent.width; wrapMode: Text.Wrap; font.pixelSize: Theme.small; color: Theme.accent }
        Text {
            width: parent.width
            text: qsTr("Your result")
            font.pixelSize: Theme.h1
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Text {
            width: parent.width
            wrapMode: Text.Wrap
            lineHeight: 1.4
            text: qsTr("A reflection tool, not a diagnosis: it shows how you tend to feel about closeness now, which can change over time.")
            font.pixelSize: Theme.body
            color: Theme.muted
        }
    }
    delegate: BlockView {}
    footer: ColumnLayout {
        width: ListView.view.column
        spacing: 14
        CheckBox {
            id: keep
            objectName: "keepResults"
            text: qsTr("Keep my results on this computer")
            checked: Viewer.keepResults
            font.pixelSize: Theme.body
            Accessible.role: Accessible.CheckBox
            Accessible.name: text
            onToggled: {
                Viewer.keepResults = checked
                if (checked) Viewer.quiz.keep()
            }
            contentItem: Text { leftPadding: keep.indicator.width + 10; text: keep.text; font: keep.font; color: Theme.text; verticalAlignment: Text.AlignVCenter }
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.small
            color: Viewer.quiz.error !== "" ? Theme.danger : Theme.muted
            text: Viewer.quiz.error !== "" ? Viewer.quiz.error
                : Viewer.quiz.kept ? qsTr("This result is kept on this computer only. You can delete it from Kept results at any time.")
                : qsTr("Nothing is kept unless you choose to. Your answers never leave this computer.")
        }
        RowLayout {
            spacing: 12
            CalmButton { text: qsTr("Change my answers"); onClicked: Viewer.quiz.back() }
            CalmButton { text: qsTr("Kept results"); onClicked: Viewer.open("history") }
        }
    }
}
