"""Charts on screen, drawn by the same code as the charts in printed documents."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QWidget

from coprod_desktop.reports.charts import (
    ChartDrawing,
    bar_chart,
    chart_alt_text,
    chart_svg,
    values_trend_chart,
)
from coprod_desktop.services.project_spend import ProjectSpend
from coprod_desktop.services.values_check import ValuesTrend


def svg_widget(title: str, labels: list[str], values: list[int], width: int = 640) -> QWidget:
    drawing = bar_chart(title, labels, values, width=width, font_size=13)
    widget = QSvgWidget()
    widget.load(QByteArray(chart_svg(drawing).encode("utf-8")))
    widget.setFixedSize(QSize(int(drawing.width), int(drawing.height)))
    widget.setAccessibleName(title)
    # A screen reader reads the figures as text, as the alternative text of a printed chart.
    widget.setAccessibleDescription(chart_alt_text(title, labels, values))
    return widget


def spend_chart_widget(project_name: str, spend: ProjectSpend) -> QWidget:
    labels = ["Paid", "Approved, not yet paid", "Drafts waiting approval"]
    values = [spend.paid_pence, spend.approved_pence, spend.draft_pence]
    if spend.budget_pence is not None:
        labels.insert(0, "Budget")
        values.insert(0, spend.budget_pence)
    return svg_widget(f"Spending on {project_name}", labels, values)


def drawing_widget(drawing: ChartDrawing) -> QWidget:
    """Any chart drawing on screen at its own size, named and described for screen readers."""
    widget = QSvgWidget()
    widget.load(QByteArray(chart_svg(drawing).encode("utf-8")))
    widget.setFixedSize(QSize(int(drawing.width), int(drawing.height)))
    widget.setAccessibleName(str(drawing.chart_title))
    widget.setAccessibleDescription(str(drawing.alt_text))
    return widget


def values_trend_widget(trend: ValuesTrend, width: int = 640) -> QWidget:
    """A project's values self-checks over time; the description reads every rating out."""
    return drawing_widget(values_trend_chart(trend, width=width, font_size=13))
