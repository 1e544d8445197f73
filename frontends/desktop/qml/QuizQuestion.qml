import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cradle.Desktop

// One statement of the quiz: progress, the statement, the answers (click,
// or the number keys), Back, and Next once it is answered.
FocusScope {
    id: page
    readonly property var quiz: Viewer.quiz
    readonly property real column: Math.min(width - 4 * Theme.gap, Theme.readingWidth)
    focus: true
    Component.onCompleted: forceActiveFocus()

    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9) {
            quiz.chooseNumber(event.key - Qt.Key_0)
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Right) && quiz.answered) {
            quiz.next()
        } else if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Left) {
            quiz.back()
        } else if (event.key === Qt.Key_Up || event.key === Qt.Key_Down) {
            const options = quiz.options
            let i = options.findIndex(o => o.value === quiz.selected)
            i = event.key === Qt.Key_Down ? Math.min(options.length - 1, i + 1) : Math.max(0, i < 0 ? 0 : i - 1)
            quiz.choose(options[i].value)
        } else {
            event.accepted = false  // Tab and the rest go on to others
        }
    }

    ColumnLayout {
        width: page.column
        x: (page.width - width) / 2
        y: 36
        spacing: 14

        Text {
            text: quiz.title
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.small
            color: Theme.accent
        }
        ProgressBar {
            id: progress
            objectName: "quizProgress"
            Layout.fillWidth: true
            from: 0; to: quiz.count; value: quiz.index + (quiz.answered ? 1 : 0)
            Accessible.name: qsTr("Statement %1 of %2").arg(quiz.index + 1).arg(quiz.count)
            background: Rectangle { implicitHeight: 8; radius: 4; color: Theme.border }
            contentItem: Item {
                Rectangle { width: progress.visualPosition * parent.width; height: parent.height; radius: 4; color: Theme.accent }
            }
        }
        Text {
            objectName: "quizCounter"
            text: qsTr("Statement %1 of %2").arg(quiz.index + 1).arg(quiz.count)
            font.pixelSize: Theme.small
            color: Theme.muted
        }
        Text {
            objectName: "quizQuestion"
            Layout.fillWidth: true
            Layout.bottomMargin: 8
            text: quiz.question
            wrapMode: Text.Wrap
            lineHeight: 1.3
            font.pixelSize: Theme.h2
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        ColumnLayout {
          Layout.fillWidth: true
          spacing: 8
          Repeater {
            model: quiz.options
            delegate: ItemDelegate {
                id: option
                required property var modelData
                required property int index
                readonly property bool chosen: quiz.selected === modelData.value
                Layout.fillWidth: true
                padding: 9
                leftPadding: 16
                focusPolicy: Qt.StrongFocus
                onClicked: quiz.choose(modelData.value)
                Keys.onSpacePressed: clicked()
                Accessible.role: Accessible.RadioButton
                Accessible.checked: chosen
                Accessible.name: (index + 1) + ". " + (modelData.label || modelData.value)
                contentItem: Row {
                    spacing: 14
                    Rectangle {
                        width: Theme.body * 1.7; height: width; radius: width / 2
                        color: option.chosen ? Theme.accent : "transparent"
                        border.color: option.chosen ? Theme.accent : Theme.border
                        anchors.verticalCenter: parent.verticalCenter
                        Text { anchors.centerIn: parent; text: option.index + 1; font.pixelSize: Theme.small; color: option.chosen ? Theme.accentText : Theme.muted }
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: option.modelData.label || ""
                        font.pixelSize: Theme.body
                        color: Theme.text
                    }
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: option.chosen ? Theme.accentSoft : option.hovered ? Qt.rgba(0.5, 0.5, 0.5, 0.07) : "transparent"
                    border.color: option.visualFocus ? Theme.focus : option.chosen ? Theme.accent : Theme.border
                    border.width: option.visualFocus ? 3 : 1
                }
            }
        }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8
            CalmButton { objectName: "quizBack"; text: qsTr("Back"); enabled: quiz.index > 0; onClicked: quiz.back() }
            Item { Layout.fillWidth: true }
            CalmButton {
                objectName: "quizNext"
                primary: true
                text: quiz.index + 1 < quiz.count ? qsTr("Next") : qsTr("See my result")
                enabled: quiz.answered
                onClicked: quiz.next()
            }
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Keys: 1–%1 to answer, Enter for next, Backspace to go back.").arg(quiz.options.length)
            font.pixelSize: Theme.small
            color: Theme.muted
        }
    }
}
