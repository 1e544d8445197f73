import QtQuick
import Cradle.Desktop

// A page that is not there (its pack was removed, or a link to nothing).
Column {
    objectName: "missingPage"
    x: (parent.width - width) / 2
    y: 60
    width: Math.min(parent.width - 64, Theme.readingWidth)
    spacing: 14
    Text { text: qsTr("This page is not in your library"); font.pixelSize: Theme.h2; font.weight: Font.DemiBold; color: Theme.text; width: parent.width; wrapMode: Text.Wrap }
    Text {
        width: parent.width
        wrapMode: Text.Wrap
        lineHeight: 1.4
        text: qsTr("Its pack may have been removed. Everything still installed is on the left.")
        font.pixelSize: Theme.body
        color: Theme.muted
    }
    CalmButton { text: qsTr("Go to your library"); onClicked: Viewer.open("") }
}
