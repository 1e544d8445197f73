import QtQuick
import Cradle.Desktop

// One row of a DocumentModel: indented by its list depth, with a list
// marker, inside a quote or callout box, and drawn by its kind.
Item {
    id: block
    required property string kind
    required property string html
    required property string text
    required property int level
    required property string marker
    required property int depth
    required property string box
    required property bool boxFirst
    required property bool boxLast
    required property int questions
    required property var scales
    required property var plane

    readonly property real indent: depth * Theme.body * 1.6
    readonly property bool boxed: box !== ""
    readonly property real padTop: boxed && boxFirst ? 16 : 0
    readonly property real padBottom: boxed && boxLast ? 16 : 0
    readonly property real after: kind === "heading" ? Theme.body * 0.5 : Theme.body * 0.9

    width: ListView.view ? ListView.view.column : (parent ? parent.width : 0)
    height: padTop + body.height + padBottom + after

    // The box spans the column: a list inside a callout is indented within it.
    Rectangle {
        visible: block.boxed
        width: parent.width
        height: block.padTop + body.height + block.padBottom + (block.boxLast ? 0 : block.after + 1)
        color: block.box === "quote" ? "transparent" : Theme.notice
        radius: block.box === "quote" ? 0 : 10
        // Square off the corners where the box continues into the next row.
        Rectangle { visible: !block.boxFirst && block.box !== "quote"; width: parent.width; height: 12; color: parent.color }
        Rectangle { visible: !block.boxLast && block.box !== "quote"; width: parent.width; height: 12; y: parent.height - 12; color: parent.color }
        Rectangle { width: 4; height: parent.height; radius: block.box === "quote" ? 2 : 0
                    color: block.box === "quote" ? Theme.quote : Theme.noticeEdge
                    visible: block.box === "quote" || block.boxed }
    }

    Row {
        id: body
        x: block.indent + (block.boxed ? 24 : 0)
        y: block.padTop + (block.kind === "heading" && block.level <= 2 ? Theme.body * 0.8 : 0)
        width: block.width - x - (block.boxed ? 22 : 0)
        spacing: 0
        height: Math.max(markerText.height, content.height) + (block.kind === "heading" && block.level <= 2 ? Theme.body * 0.8 : 0)

        Text {
            id: markerText
            width: block.marker !== "" ? Theme.body * 1.6 : 0
            visible: block.marker !== ""
            text: block.marker
            font.pixelSize: Theme.body
            lineHeight: 1.45
            color: Theme.muted
        }
        Loader {
            id: content
            width: body.width - markerText.width
            sourceComponent: block.kind === "heading" ? heading
                           : block.kind === "paragraph" ? paragraph
                           : block.kind === "code" ? code
                           : block.kind === "image" ? image
                           : block.kind === "rule" ? rule
                           : block.kind === "form" ? form
                           : block.kind === "outcome" ? outcome : null
        }
    }

    Component { id: heading
        RichParagraph {
            html: block.html
            size: block.level <= 1 ? Theme.h1 : block.level === 2 ? Theme.h2 : Theme.h3
            font.weight: Font.DemiBold
            lineHeight: 1.2
            Accessible.role: Accessible.Heading
            Accessible.name: block.text
        }
    }
    Component { id: paragraph; RichParagraph { html: block.html } }
    Component { id: code; CodeBlock { text: block.text } }
    Component { id: image; ImageBlock { description: block.text } }
    Component { id: rule; Item { height: Theme.body; Rectangle { y: parent.height / 2; width: parent.width; height: 1; color: Theme.border } } }
    Component { id: form; FormBlock { questions: block.questions } }
    Component { id: outcome; OutcomeBlock { scales: block.scales; plane: block.plane; resultTitle: block.text } }
}
