"""The cycle of co-production drawn as a circle, with the project's place on it marked.

Six stages sit round a ring, in order clockwise from the top, with arrows on the ring between
them. The current stage is marked in several ways at once, never by colour alone: a much
thicker outline, bold text, a light fill, an arrow from the middle of the ring and the words
"You are here". A screen reader gets the same in words from the accessible description, and
the screen beside the drawing says it in a label too.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprod_desktop.services.cycle import CYCLE_ORDER, CycleMoveRecord, describe_current
from coprod_desktop.vocabulary import CycleStage

YOU_ARE_HERE = "You are here"
ACCESSIBLE_NAME = "The cycle of co-production"


def cycle_description(current: CycleMoveRecord | None) -> str:
    """The drawing in words: the stages in order, and where the project is."""
    stages = ", then ".join(stage.label for stage in CYCLE_ORDER)
    order = f"Six stages in a circle: {stages}, then back to {CYCLE_ORDER[0].label}."
    if current is None:
        return f"{order} This project is not placed on the cycle yet."
    return f"{order} {YOU_ARE_HERE}: {describe_current(current)}."


class CycleWidget(QWidget):
    """Paints the cycle; ``set_current`` says where the project is (None: not placed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current: CycleMoveRecord | None = None
        self.setAccessibleName(ACCESSIBLE_NAME)
        self.setAccessibleDescription(cycle_description(None))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        box = self._box_size()
        self.setMinimumSize(QSize(int(box.width() * 3), int(box.height() * 4.2)))

    @property
    def current(self) -> CycleStage | None:
        return self._current.stage if self._current is not None else None

    def set_current(self, current: CycleMoveRecord | None) -> None:
        self._current = current
        self.setAccessibleDescription(cycle_description(current))
        self.update()

    # --- geometry -----------------------------------------------------------------------------
    def _box_size(self) -> QRectF:
        """A stage's box: wide enough for about 16 characters, tall enough for three lines."""
        metrics = QFontMetricsF(self._bold_font())
        width = metrics.averageCharWidth() * 16 + 12
        height = metrics.lineSpacing() * 3 + 10
        return QRectF(0, 0, width, height)

    def sizeHint(self) -> QSize:
        box = self._box_size()
        return QSize(int(box.width() * 4), int(box.height() * 5.5))

    def _bold_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _ring(self) -> tuple[QPointF, float, float]:
        """The centre of the ring and its two radii (across, down), leaving room for boxes."""
        box = self._box_size()
        centre = QRectF(self.rect()).center()
        radius_x = max(self.width() / 2 - box.width() / 2 - 6, box.width() * 0.75)
        radius_y = max(self.height() / 2 - box.height() / 2 - 6, box.height() * 1.2)
        return centre, radius_x, radius_y

    def stage_boxes(self) -> dict[CycleStage, QRectF]:
        """Where each stage's box is drawn: round the ring, clockwise from the top."""
        box = self._box_size()
        centre, radius_x, radius_y = self._ring()
        boxes = {}
        for index, stage in enumerate(CYCLE_ORDER):
            angle = -math.pi / 2 + index * 2 * math.pi / len(CYCLE_ORDER)
            middle = QPointF(
                centre.x() + radius_x * math.cos(angle), centre.y() + radius_y * math.sin(angle)
            )
            rect = QRectF(box)
            rect.moveCenter(middle)
            boxes[stage] = rect
        return boxes

    # --- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.color(palette.ColorRole.WindowText)
        paper = palette.color(palette.ColorRole.Base)
        highlight = QColor(palette.color(palette.ColorRole.Highlight))
        highlight.setAlpha(60)
        centre, radius_x, radius_y = self._ring()

        # The ring, then an arrowhead on it halfway between each stage and the next.
        painter.setPen(QPen(ink, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius_x, radius_y)
        count = len(CYCLE_ORDER)
        for index in range(count):
            angle = -math.pi / 2 + (index + 0.5) * 2 * math.pi / count
            point = QPointF(
                centre.x() + radius_x * math.cos(angle), centre.y() + radius_y * math.sin(angle)
            )
            # The direction of travel (clockwise on screen) along the ellipse at that point.
            tangent = QPointF(-radius_x * math.sin(angle), radius_y * math.cos(angle))
            self._arrowhead(painter, point, tangent, ink, 9)

        boxes = self.stage_boxes()
        regular = QFont(self.font())
        bold = self._bold_font()
        for stage, rect in boxes.items():
            here = stage is self.current
            painter.setPen(QPen(ink, 4.5 if here else 1.5))
            painter.setBrush(QBrush(paper))
            painter.drawRoundedRect(rect, 8, 8)
            if here:
                painter.setBrush(QBrush(highlight))
                painter.drawRoundedRect(rect, 8, 8)
            painter.setFont(bold if here else regular)
            painter.setPen(ink)
            painter.drawText(
                rect.adjusted(6, 4, -6, -4),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                stage.label,
            )

        # In the middle: "You are here" with an arrow to the current stage.
        painter.setFont(bold)
        metrics = QFontMetricsF(bold)
        text = YOU_ARE_HERE if self.current is not None else "Not placed on the cycle yet"
        label = QRectF(0, 0, min(radius_x * 1.2, metrics.horizontalAdvance(text) + 16), 0)
        label.setHeight(metrics.lineSpacing() * (1 if self.current is not None else 2) + 8)
        label.moveCenter(centre)
        painter.setPen(ink)
        painter.drawText(label, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
        if self.current is not None:
            target = boxes[self.current]
            start, end = self._pointer(label, target)
            painter.setPen(QPen(ink, 3))
            painter.drawLine(start, end)
            self._arrowhead(painter, end, end - start, ink, 11)
        painter.end()

    @staticmethod
    def _pointer(label: QRectF, target: QRectF) -> tuple[QPointF, QPointF]:
        """A line from the edge of the middle label towards the target box, stopping short."""
        start_centre, end_centre = label.center(), target.center()
        direction = end_centre - start_centre
        length = math.hypot(direction.x(), direction.y()) or 1.0
        unit = QPointF(direction.x() / length, direction.y() / length)

        def exit_distance(rect: QRectF) -> float:
            """How far from the centre of ``rect`` the line leaves it."""
            half_w, half_h = rect.width() / 2, rect.height() / 2
            across = half_w / abs(unit.x()) if unit.x() else math.inf
            down = half_h / abs(unit.y()) if unit.y() else math.inf
            return min(across, down)

        start = start_centre + unit * (exit_distance(label) + 4)
        end = end_centre - unit * (exit_distance(target) + 6)
        return start, end

    @staticmethod
    def _arrowhead(
        painter: QPainter, tip: QPointF, direction: QPointF, colour: QColor, size: float
    ) -> None:
        length = math.hypot(direction.x(), direction.y()) or 1.0
        ux, uy = direction.x() / length, direction.y() / length
        back = QPointF(tip.x() - ux * size, tip.y() - uy * size)
        side = QPointF(-uy * size * 0.55, ux * size * 0.55)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(QPolygonF([tip, back + side, back - side]))
