import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Cradle.Desktop

// Installing a pack (File → Install pack…, or a drop onto the window) and
// removing one after asking. The validator's problems are shown as they are.
Item {
    id: dialogs
    anchors.fill: parent

    function chooseFile() { fileDialog.open() }
    function install(url) {
        busy.open()
        // Let the "Installing…" note draw before the install runs.
        Qt.callLater(function() {
            const problems = Viewer.install(url)
            busy.close()
            if (problems !== "") {
                failure.problems = problems
                failure.open()
            }
        })
    }
    function confirmRemove(id, title) {
        removal.packId = id
        removal.packTitle = title
        removal.open()
    }

    FileDialog {
        id: fileDialog
        objectName: "installFileDialog"
        // Found when the dialog is made, before this item is in a window, it
        // would stay null and the dialog would never open: follow the window.
        parentWindow: dialogs.Window.window
        title: qsTr("Install a pack")
        nameFilters: [qsTr("Cradle packs (*.cpack pack.yaml)"), qsTr("All files (*)")]
        // A pack folder is chosen by its pack.yaml.
        onAccepted: {
            let url = selectedFile.toString()
            if (url.endsWith("/pack.yaml")) url = url.substring(0, url.length - "/pack.yaml".length)
            dialogs.install(url)
        }
    }

    Dialog {
        id: busy
        anchors.centerIn: parent
        modal: true
        closePolicy: Popup.NoAutoClose
        Label { text: qsTr("Installing…") }
    }

    Dialog {
        id: failure
        objectName: "installFailure"
        property string problems
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 640)
        modal: true
        title: qsTr("This pack could not be installed")
        standardButtons: Dialog.Ok
        ScrollView {
            implicitWidth: failure.width - failure.leftPadding - failure.rightPadding
            implicitHeight: Math.min(problemText.implicitHeight, 320)
            Label {
                id: problemText
                width: failure.width - failure.leftPadding - failure.rightPadding - 20
                wrapMode: Text.Wrap
                text: qsTr("Nothing was changed: your library is as it was. What the check found:") + "\n\n" + failure.problems
            }
        }
    }

    Dialog {
        id: removal
        objectName: "confirmRemove"
        property string packId
        property string packTitle
        anchors.centerIn: parent
        width: 520
        modal: true
        title: qsTr("Remove “%1”?").arg(packTitle)
        standardButtons: Dialog.Cancel | Dialog.Yes
        Label {
            width: 520 - removal.leftPadding - removal.rightPadding
            wrapMode: Text.Wrap
            text: qsTr("It will no longer be in your library. You can install it again later; results you kept are not touched.")
        }
        onAccepted: {
            const problem = Viewer.removePack(packId)
            if (problem !== "") { failure.title = qsTr("This pack could not be removed"); failure.problems = problem; failure.open() }
            else Viewer.open("")
        }
    }
}
