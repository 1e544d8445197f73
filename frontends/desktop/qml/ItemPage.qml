import QtQuick
import QtQuick.Controls
import Cradle.Desktop

// One item read on its own: title, date and tags, then its body, each
// block drawn natively.
ReadingList {
    objectName: "itemPage"
    model: Viewer.page
    header: ItemHeader {}
    delegate: BlockView {}
}
