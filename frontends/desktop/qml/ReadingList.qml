import QtQuick
import QtQuick.Controls
import Cradle.Desktop

// A page's scrolling column: centred at a comfortable reading width, and
// back at the place the reader left it when they come back to the page.
ListView {
    id: list
    readonly property real column: Math.max(200, Math.min(width - 4 * Theme.gap, Theme.readingWidth))
    // True until the page is back at its place: moves made while building it
    // are not the reader's.
    property bool restoring: true

    leftMargin: (width - column) / 2
    rightMargin: (width - column) / 2
    flickableDirection: Flickable.VerticalFlick
    // The margins follow the width; keep the column centred as they change.
    onLeftMarginChanged: contentX = -leftMargin
    topMargin: 36
    bottomMargin: 64
    clip: true
    focus: true
    activeFocusOnTab: true
    boundsBehavior: Flickable.StopAtBounds
    keyNavigationEnabled: false
    cacheBuffer: 800
    ScrollBar.vertical: ScrollBar { id: bar; policy: ScrollBar.AsNeeded }

    // How far down the page the reader is, from the top of the column.
    function offset() { return contentY - originY + topMargin }
    function restore() {
        restoring = true
        Qt.callLater(function() {
            list.contentY = list.originY - list.topMargin + Viewer.position
            list.restoring = false
        })
    }
    Component.onCompleted: restore()
    Connections { target: Viewer; function onPageChanged() { list.restore() } }
    onContentYChanged: if (!restoring) Viewer.keepPosition(offset())

    Keys.onPressed: (event) => {
        const line = Theme.body * 3
        const pageStep = height * 0.9
        if (event.key === Qt.Key_Down) list.flickBy(line)
        else if (event.key === Qt.Key_Up) list.flickBy(-line)
        else if (event.key === Qt.Key_PageDown || event.key === Qt.Key_Space) list.flickBy(pageStep)
        else if (event.key === Qt.Key_PageUp) list.flickBy(-pageStep)
        else if (event.key === Qt.Key_Home) list.positionViewAtBeginning()
        else if (event.key === Qt.Key_End) list.positionViewAtEnd()
        else event.accepted = false  // Tab and the rest go on to others

    }
    function flickBy(dy) {
        contentY = Math.max(originY - topMargin, Math.min(contentY + dy, originY + contentHeight - height + bottomMargin))
    }
}
