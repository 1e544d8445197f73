import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cradle.Desktop

// Everything inside the window: the library on the left, the page on the
// right, the keys, drag and drop and the dialogs. All it shows comes from
// the Viewer; this file only lays it out. (Tests load it in their own window.)
Item {
    id: shell
    function showSearch() { sidebar.focusSearch() }
    function chooseInstall() { installer.chooseFile() }
    function confirmRemove(id, title) { installer.confirmRemove(id, title) }

    Rectangle { anchors.fill: parent; color: Theme.background }

    Shortcut { sequences: ["Ctrl+F", "Ctrl+K"]; onActivated: shell.showSearch() }
    Shortcut { sequences: ["Alt+Left", "Back"]; onActivated: Viewer.back() }
    Shortcut { sequences: ["Alt+Right", "Forward"]; onActivated: Viewer.forward() }
    Shortcut { sequences: [StandardKey.ZoomIn, "Ctrl+="]; onActivated: Viewer.zoom(1) }
    Shortcut { sequences: [StandardKey.ZoomOut]; onActivated: Viewer.zoom(-1) }
    Shortcut { sequence: "Ctrl+0"; onActivated: Viewer.zoom(0) }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            id: sidebar
            Layout.fillHeight: true
            Layout.preferredWidth: Math.max(250, Math.min(330, shell.width * 0.27))
        }
        Rectangle { Layout.fillHeight: true; width: 1; color: Theme.border }

        // The page, with search results over it while there is a query: the
        // page stays as it was beneath them, and the results page is made
        // when the reader first goes to the search box and then kept, so
        // neither is built while the reader types.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            readonly property bool searching: Viewer.search.query.trim() !== ""
            Loader {
                id: page
                objectName: "page"
                anchors.fill: parent
                visible: !parent.searching
                sourceComponent: pageComponent
            }
            Loader {
                objectName: "searchPage"
                anchors.fill: parent
                active: sidebar.searchUsed || parent.searching
                visible: parent.searching
                sourceComponent: searchPage
            }
        }
    }

    readonly property Component pageComponent:
                             Viewer.pageKind === "library" ? libraryPage
                           : Viewer.pageKind === "pack" ? packPage
                           : Viewer.pageKind === "item" ? itemPage
                           : Viewer.pageKind === "quiz" ? quizPage
                           : Viewer.pageKind === "history" ? historyPage
                           : missingPage

    Component { id: searchPage; SearchResults {} }
    Component { id: libraryPage; LibraryPage {} }
    Component { id: packPage; PackPage {} }
    Component { id: itemPage; ItemPage {} }
    Component { id: quizPage; QuizPage {} }
    Component { id: historyPage; HistoryPage {} }
    Component { id: missingPage; MissingPage {} }

    // The mouse's back and forward buttons, anywhere in the window.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.BackButton | Qt.ForwardButton
        onClicked: (mouse) => mouse.button === Qt.BackButton ? Viewer.back() : Viewer.forward()
    }

    DropArea {
        anchors.fill: parent
        // Accepting tells the file manager the drop was taken (a copy, not a move).
        onDropped: (drop) => {
            if (!drop.hasUrls) return
            drop.accept(Qt.CopyAction)
            installer.install(drop.urls[0])
        }
    }

    ExternalLinkDialog { id: linkDialog }
    InstallDialogs { id: installer }
    Connections {
        target: Viewer
        function onExternalLinkRequested(href) { linkDialog.ask(href) }
    }
}
