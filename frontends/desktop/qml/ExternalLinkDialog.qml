import QtQuick
import QtQuick.Controls
import Cradle.Desktop

// Asks before a link leaves the viewer for the system's browser.
Dialog {
    id: dialog
    objectName: "externalLinkDialog"
    property string href
    function ask(url) { href = url; open() }

    anchors.centerIn: parent
    width: Math.min(parent.width - 80, 520)
    modal: true
    title: qsTr("Open this link in your browser?")
    standardButtons: Dialog.Cancel | Dialog.Open
    Label {
        width: dialog.width - dialog.leftPadding - dialog.rightPadding
        wrapMode: Text.WrapAnywhere
        text: dialog.href
        Accessible.name: qsTr("Link address: ") + dialog.href
    }
    onAccepted: Qt.openUrlExternally(href)
}
