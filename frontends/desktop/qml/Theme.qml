pragma Singleton
import QtQuick
import Cradle.Desktop

// Colours and type for the whole viewer: warm paper by day, a soft dark by
// night, text sized from the reader's Ctrl+plus/minus choice.
QtObject {
    readonly property bool dark: Viewer.dark
    readonly property real scale: Viewer.textScale

    readonly property color background: dark ? "#1e1d1b" : "#fbf8f3"
    readonly property color surface: dark ? "#272624" : "#ffffff"
    readonly property color sidebar: dark ? "#232220" : "#f4efe7"
    readonly property color text: dark ? "#ebe6de" : "#2f2a25"
    readonly property color muted: dark ? "#a9a197" : "#6e655c"
    readonly property color border: dark ? "#3a3733" : "#e7dfd3"
    readonly property color accent: dark ? "#93bcae" : "#4f7a6c"
    readonly property color accentText: dark ? "#1e1d1b" : "#ffffff"
    readonly property color accentSoft: dark ? "#2e3a36" : "#e6efea"
    readonly property color link: dark ? "#9cc7d9" : "#2f6582"
    readonly property color quote: dark ? "#6d655b" : "#cdbfaa"
    readonly property color notice: dark ? "#302c26" : "#f6efe2"
    readonly property color noticeEdge: dark ? "#8a7350" : "#d9b97c"
    readonly property color codeBack: dark ? "#2d2b28" : "#f2ede6"
    readonly property color focus: dark ? "#b6d8ca" : "#2f6b58"
    readonly property color danger: dark ? "#e39a8f" : "#a3483a"

    readonly property int body: Math.round(17 * scale)
    readonly property int small: Math.round(14 * scale)
    readonly property int h1: Math.round(31 * scale)
    readonly property int h2: Math.round(23 * scale)
    readonly property int h3: Math.round(19 * scale)
    readonly property string mono: "DejaVu Sans Mono"
    // About 70 characters of body text a line.
    readonly property real readingWidth: body * 38
    readonly property int gap: 16
    readonly property int radius: 10
}
