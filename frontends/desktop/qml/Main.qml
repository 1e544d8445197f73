import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Cradle.Desktop

// The window: its menus around the ViewerShell, and its size kept for next time.
ApplicationWindow {
    id: window
    // Read by the C++ side (screenshots) to reach the Viewer.
    property QtObject viewer: Viewer

    width: Viewer.savedSize().width
    height: Viewer.savedSize().height
    minimumWidth: 640
    minimumHeight: 420
    visible: true
    title: (Viewer.itemTitle || Viewer.packTitle || "Your library") + " — Cradle"
    color: Theme.background
    font.pixelSize: Theme.body
    // Menus and dialogs take the theme's colours too.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.light: Theme.surface
    palette.mid: Theme.border
    palette.dark: Theme.muted

    onClosing: Viewer.saveSize(width, height)

    menuBar: MenuBar {
        Accessible.name: "Menu"
        background: Rectangle { color: Theme.sidebar }
        Menu {
            title: qsTr("&File")
            Action { text: qsTr("&Install pack…"); shortcut: "Ctrl+O"; onTriggered: shell.chooseInstall() }
            Action { text: qsTr("&Remove this pack…"); enabled: Viewer.packId !== ""
                     onTriggered: shell.confirmRemove(Viewer.packId, Viewer.packTitle) }
            MenuSeparator {}
            Action { text: qsTr("&Quit"); shortcut: StandardKey.Quit; onTriggered: window.close() }
        }
        Menu {
            title: qsTr("&Go")
            Action { text: qsTr("&Back"); enabled: Viewer.canGoBack; onTriggered: Viewer.back() }
            Action { text: qsTr("&Forward"); enabled: Viewer.canGoForward; onTriggered: Viewer.forward() }
            Action { text: qsTr("Your &library"); onTriggered: Viewer.open("") }
            Action { text: qsTr("&Search"); onTriggered: shell.showSearch() }
            Action { text: qsTr("Kept &results"); onTriggered: Viewer.open("history") }
        }
        Menu {
            title: qsTr("&View")
            Action { text: qsTr("Larger text"); onTriggered: Viewer.zoom(1) }
            Action { text: qsTr("Smaller text"); onTriggered: Viewer.zoom(-1) }
            Action { text: qsTr("Normal text size"); onTriggered: Viewer.zoom(0) }
            MenuSeparator {}
            Action { text: qsTr("Follow the system"); checkable: true; checked: Viewer.theme === "system"; onTriggered: Viewer.theme = "system" }
            Action { text: qsTr("Light"); checkable: true; checked: Viewer.theme === "light"; onTriggered: Viewer.theme = "light" }
            Action { text: qsTr("Dark"); checkable: true; checked: Viewer.theme === "dark"; onTriggered: Viewer.theme = "dark" }
        }
    }

    ViewerShell {
        id: shell
        anchors.fill: parent
    }
}
