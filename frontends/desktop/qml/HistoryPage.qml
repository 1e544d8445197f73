import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cradle.Desktop

// The results the reader kept: open one, delete one, or delete them all.
ReadingList {
    id: page
    objectName: "historyPage"
    model: Viewer.history
    spacing: 10
    header: ColumnLayout {
        width: ListView.view.column
        spacing: 12
        Text {
            text: qsTr("Kept results")
            font.pixelSize: Theme.h1
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Text {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            lineHeight: 1.4
            font.pixelSize: Theme.body
            color: Theme.muted
            text: Viewer.history.count > 0
                  ? qsTr("These stay on this computer and nowhere else. Deleting one removes it for good.")
                  : qsTr("Nothing is kept. When you finish a quiz you can choose to keep your result here, on this computer only.")
        }
        CheckBox {
            id: keep
            objectName: "keepSetting"
            text: qsTr("Keep my results on this computer")
            checked: Viewer.keepResults
            onToggled: Viewer.keepResults = checked
            font.pixelSize: Theme.body
            Accessible.name: text
            contentItem: Text { leftPadding: keep.indicator.width + 10; text: keep.text; font: keep.font; color: Theme.text; verticalAlignment: Text.AlignVCenter }
        }
        CalmButton {
            objectName: "forgetAll"
            visible: Viewer.history.count > 0
            text: qsTr("Delete all kept results…")
            onClicked: confirmAll.open()
        }
        Text { visible: Viewer.history.error !== ""; text: Viewer.history.error; color: Theme.danger; font.pixelSize: Theme.small; Layout.fillWidth: true; wrapMode: Text.Wrap }
        Item { height: 8; width: 1 }
    }
    delegate: ItemDelegate {
        id: row
        required property var keptId
        required property string title
        required property string resultTitle
        required property string taken
        width: ListView.view.column
        padding: 16
        focusPolicy: Qt.StrongFocus
        onClicked: Viewer.open("kept:" + keptId)
        Keys.onReturnPressed: clicked()
        Keys.onDeletePressed: Viewer.history.forget(keptId)
        Accessible.role: Accessible.ListItem
        Accessible.name: title + ", " + taken + ", " + resultTitle
        contentItem: RowLayout {
            spacing: 12
            Column {
                Layout.fillWidth: true
                spacing: 4
                Text { width: parent.width; text: row.resultTitle || qsTr("No result matched"); wrapMode: Text.Wrap; font.pixelSize: Theme.h3; font.weight: Font.DemiBold; color: Theme.text }
                Text { width: parent.width; text: row.title + "  ·  " + row.taken; wrapMode: Text.Wrap; font.pixelSize: Theme.small; color: Theme.muted }
            }
            CalmButton {
                objectName: "forget-" + row.keptId
                text: qsTr("Delete")
                Accessible.name: qsTr("Delete the result of ") + row.taken
                onClicked: Viewer.history.forget(row.keptId)
            }
        }
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: row.visualFocus ? Theme.focus : Theme.border
            border.width: row.visualFocus ? 3 : 1
        }
    }
    Dialog {
        id: confirmAll
        objectName: "confirmForgetAll"
        anchors.centerIn: parent
        modal: true
        title: qsTr("Delete every kept result?")
        standardButtons: Dialog.Cancel | Dialog.Yes
        Label { text: qsTr("They are removed from this computer for good."); wrapMode: Text.Wrap }
        onAccepted: Viewer.history.forgetAll()
    }
}
