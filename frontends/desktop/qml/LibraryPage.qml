import QtQuick
import QtQuick.Controls
import Cradle.Desktop

// The first page: a quiet welcome and every pack as a card.
ReadingList {
    objectName: "libraryPage"
    model: Viewer.packs
    spacing: 14
    header: Column {
        width: ListView.view.column
        spacing: 10
        bottomPadding: 22
        Text {
            width: parent.width
            text: qsTr("Your library")
            font.pixelSize: Theme.h1
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Text {
            width: parent.width
            wrapMode: Text.Wrap
            lineHeight: 1.4
            text: Viewer.packs.count > 0
                  ? qsTr("Everything here is on this computer. Read at your own pace; nothing you do is sent anywhere.")
                  : qsTr("Nothing is installed yet. Choose File → Install pack…, or drop a pack onto this window.")
            font.pixelSize: Theme.body
            color: Theme.muted
        }
    }
    delegate: PackCard {}
}
