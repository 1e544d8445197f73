import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cradle.Desktop

// The library: search at the top, then every installed pack, then the
// results kept on this computer.
Rectangle {
    id: sidebar
    color: Theme.sidebar

    function focusSearch() { search.forceActiveFocus(); search.selectAll() }
    // Set once the reader first goes to the search box, so the results page
    // can be made then, before the first key.
    property bool searchUsed: false

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        Text {
            text: "Cradle"
            font.pixelSize: Theme.h3
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.role: Accessible.Heading
            MouseArea { anchors.fill: parent; cursorShape: Qt.PointingHandCursor; onClicked: Viewer.open("") }
        }

        TextField {
            id: search
            objectName: "search"
            Layout.fillWidth: true
            placeholderText: qsTr("Search your library  (Ctrl+K)")
            placeholderTextColor: Theme.muted
            color: Theme.text
            font.pixelSize: Theme.body
            text: Viewer.search.query
            onTextEdited: Viewer.search.query = text
            onActiveFocusChanged: if (activeFocus) sidebar.searchUsed = true
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Search your library")
            Keys.onReturnPressed: Viewer.search.openFirst()  // now, or when its results arrive
            Connections {
                target: Viewer.search
                function onFirstFound(location) { Viewer.search.query = ""; Viewer.open(location) }
            }
            Keys.onEscapePressed: Viewer.search.query = ""
            Keys.onDownPressed: pages.forceActiveFocus()
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: search.activeFocus ? Theme.focus : Theme.border
                border.width: search.activeFocus ? 2 : 1
            }
        }

        Text {
            text: qsTr("Your library")
            font.pixelSize: Theme.small
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 1
            color: Theme.muted
        }

        ListView {
            id: pages
            objectName: "packList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: Viewer.packs
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Installed packs")
            Keys.onReturnPressed: if (currentItem) currentItem.clicked()
            Keys.onSpacePressed: if (currentItem) currentItem.clicked()
            delegate: PackEntry {
                width: ListView.view.width
                current: Viewer.packId === packId
            }
        }

        PackEntry {
            Layout.fillWidth: true
            objectName: "historyEntry"
            packId: ""
            title: qsTr("Kept results")
            kindLabel: Viewer.keepResults ? qsTr("Kept on this computer") : qsTr("Off until you choose to keep them")
            current: Viewer.pageKind === "history"
            onChosen: Viewer.open("history")
        }
    }
}
