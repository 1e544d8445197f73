import QtQuick
import Cradle.Desktop

// A short Document drawn in place (a FAQ answer under its question), for
// where a ReadingList of its own would be too much.
Column {
    property var model
    Repeater {
        model: parent.model
        delegate: BlockView { width: parent ? parent.width : 0 }
    }
}
