"""Charts on screen, drawn by the same code as the charts in printed documents."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QWidget

from coprod_desktop.reports.charts import bar_chart, chart_alt_text, chart_svg
from coprod_desktop.services.project_spend import ProjectSpend


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
