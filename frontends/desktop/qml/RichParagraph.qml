import QtQuick
import Cradle.Desktop

// Rich text from a body (already escaped by the C++ model): emphasis,
// strong, code and links; the Viewer follows a link (or asks first).
Text {
    id: paragraph
    // The body's rich text; links take the theme's colour (RichText ignores linkColor).
    property string html
    property int size: Theme.body
    text: "<style>a { color: " + Theme.link + "; }</style>" + html
    width: parent ? parent.width : 0
    textFormat: Text.RichText
    wrapMode: Text.Wrap
    color: Theme.text
    linkColor: Theme.link
    font.pixelSize: size
    lineHeight: 1.45
    onLinkActivated: (href) => Viewer.followLink(href)
    HoverHandler { cursorShape: paragraph.hoveredLink ? Qt.PointingHandCursor : Qt.ArrowCursor }
}
