import QtQuick
import Cradle.Desktop

// The two dimensions as a square: the reader's place as a dot, the middle
// of each scale as soft lines, the axes named. Drawn with Canvas.
Item {
    id: picture
    property var plane: ({})
    readonly property real side: Math.min(340, (parent ? parent.width : 340) - 60)
    width: side + 60
    height: side + 56
    Accessible.role: Accessible.Graphic
    Accessible.name: plane && plane.xLabel !== undefined
        ? qsTr("Where your answers place you: %1 %2 of the way up, %3 %4 of the way up")
            .arg(plane.xLabel).arg(Math.round(plane.x * 100) + "%").arg(plane.yLabel).arg(Math.round(plane.y * 100) + "%")
        : ""

    Canvas {
        id: canvas
        x: 44; y: 0
        width: picture.side; height: picture.side
        onPaint: {
            const ctx = getContext("2d")
            const s = width
            ctx.reset()
            ctx.fillStyle = Theme.accentSoft
            ctx.beginPath(); ctx.roundedRect(0, 0, s, s, 12, 12); ctx.fill()
            ctx.strokeStyle = Theme.quote; ctx.lineWidth = 1.5
            ctx.setLineDash([4, 4])
            ctx.beginPath(); ctx.moveTo(s / 2, 8); ctx.lineTo(s / 2, s - 8); ctx.stroke()
            ctx.beginPath(); ctx.moveTo(8, s / 2); ctx.lineTo(s - 8, s / 2); ctx.stroke()
            ctx.setLineDash([])
            if (!picture.plane || picture.plane.x === undefined) return
            const px = 8 + picture.plane.x * (s - 16)
            const py = s - 8 - picture.plane.y * (s - 16)
            ctx.fillStyle = Theme.accent
            ctx.beginPath(); ctx.arc(px, py, 10, 0, Math.PI * 2); ctx.fill()
            ctx.strokeStyle = Theme.surface; ctx.lineWidth = 3
            ctx.beginPath(); ctx.arc(px, py, 10, 0, Math.PI * 2); ctx.stroke()
        }
        Connections { target: Theme; function onDarkChanged() { canvas.requestPaint() } }
        Connections { target: picture; function onPlaneChanged() { canvas.requestPaint() } }
        Text {
            readonly property real px: 8 + (picture.plane && picture.plane.x !== undefined ? picture.plane.x : 0) * (parent.width - 16)
            readonly property real py: parent.height - 8 - (picture.plane && picture.plane.y !== undefined ? picture.plane.y : 0) * (parent.height - 16)
            x: px - width / 2
            y: py < 40 ? py + 16 : py - height - 14
            text: qsTr("you")
            font.pixelSize: Theme.small
            font.weight: Font.DemiBold
            color: Theme.text
        }
    }
    Text { x: 44; y: canvas.height + 6; text: qsTr("low"); font.pixelSize: Theme.small; color: Theme.muted }
    Text { x: 44 + canvas.width - width; y: canvas.height + 6; text: qsTr("high"); font.pixelSize: Theme.small; color: Theme.muted }
    Text {
        x: 44; width: canvas.width; y: canvas.height + 28
        horizontalAlignment: Text.AlignHCenter
        text: (picture.plane.xLabel || "") + " →"
        font.pixelSize: Theme.small; color: Theme.text
    }
    Text {
        text: (picture.plane.yLabel || "") + " →"
        font.pixelSize: Theme.small; color: Theme.text
        width: canvas.height
        horizontalAlignment: Text.AlignHCenter
        transformOrigin: Item.TopLeft
        rotation: -90
        x: 8; y: canvas.height
    }
}
