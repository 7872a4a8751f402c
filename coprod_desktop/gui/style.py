"""The app's look: Qt's Fusion style with a keyboard focus ring people can actually see.

Fusion marks the focused control with a one-pixel, light-blue line, too faint for many
people with low vision (WCAG 2.2 "focus appearance" asks for at least two pixels with 3:1
contrast). This style draws a 2-pixel dark-blue ring around whatever has keyboard focus, and
uses the same dark blue for selections so that selected rows stay readable (white on
#1a4f8b is about 8:1).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

FOCUS_COLOUR = QColor("#1a4f8b")
RING_WIDTH = 2.0


def _ring(painter: QPainter, option: QStyleOption, inset: float = 1.0) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(FOCUS_COLOUR, RING_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING_WIDTH / 2 + inset
    painter.drawRoundedRect(QRectF(option.rect).adjusted(half, half, -half, -half), 3, 3)
    painter.restore()


def _focused(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


class AccessibleStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__("Fusion")

    def standardPalette(self) -> QPalette:
        palette = super().standardPalette()
        palette.setColor(QPalette.ColorRole.Highlight, FOCUS_COLOUR)
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        return palette

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _ring(painter, option, inset=0)  # buttons, check boxes, the current table cell
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_PanelLineEdit and _focused(option):
            _ring(painter, option)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and _focused(option):
            _ring(painter, option)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        boxes = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
        if control in boxes and _focused(option):
            _ring(painter, option)


def use_accessible_style(app: QApplication) -> None:
    style = AccessibleStyle()
    app.setStyle(style)
    app.setPalette(style.standardPalette())
