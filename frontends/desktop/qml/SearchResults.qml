import QtQuick
import QtQuick.Controls
import Cradle.Desktop

// Results as the reader types: each with its pack, title and a snippet with
// the matched words in bold. Enter in the search box opens the first.
ReadingList {
    id: results
    objectName: "searchResults"
    model: Viewer.search
    spacing: 10
    reuseItems: true  // a new query's results reuse the cards of the last
    header: Text {
        width: ListView.view.column
        bottomPadding: 18
        wrapMode: Text.Wrap
        text: Viewer.search.count > 0 ? qsTr("Results for “%1”").arg(Viewer.search.query)
              : Viewer.search.searching ? qsTr("Searching for “%1”…").arg(Viewer.search.query)
              : qsTr("Nothing found for “%1”. Try fewer or simpler words.").arg(Viewer.search.query)
        font.pixelSize: Theme.h2
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    delegate: ItemDelegate {
        id: hit
        required property string location
        required property string packTitle
        required property string title
        required property string snippet
        width: ListView.view.column
        padding: 16
        focusPolicy: Qt.StrongFocus
        onClicked: { Viewer.search.query = ""; Viewer.open(location) }
        Keys.onReturnPressed: clicked()
        Accessible.role: Accessible.Link
        Accessible.name: title + ", " + packTitle
        contentItem: Column {
            spacing: 4
            Text { width: parent.width; text: hit.packTitle; font.pixelSize: Theme.small; color: Theme.accent; elide: Text.ElideRight }
            Text { width: parent.width; text: hit.title; wrapMode: Text.Wrap; font.pixelSize: Theme.h3; font.weight: Font.DemiBold; color: Theme.text }
            Text { width: parent.width; text: hit.snippet; textFormat: Text.StyledText; wrapMode: Text.Wrap; lineHeight: 1.35; font.pixelSize: Theme.body; color: Theme.muted }
        }
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: hit.visualFocus ? Theme.focus : hit.hovered ? Theme.accent : Theme.border
            border.width: hit.visualFocus ? 3 : 1
        }
    }
}
