"""Choosing how to print a project's action plan: the text size; the format is chosen with the
file name (PDF or Word) in the save dialog that follows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.reports.document import MAX_FONT_SIZE, MIN_FONT_SIZE

DEFAULT_SIZE = 16  # large print (RNIB clear print asks for 16 to 18)


class ActionPlanDialog(QDialog):
    def __init__(self, project_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Print the action plan")
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"The action plan for {project_name}: its shared goals and every action, who is "
            "doing it and by when, in large print that screen readers can read. Next you choose "
            "where to save it, as a PDF or as a Word document.",
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.size_spin = QSpinBox(self)
        self.size_spin.setRange(MIN_FONT_SIZE, MAX_FONT_SIZE)
        self.size_spin.setValue(DEFAULT_SIZE)
        self.size_spin.setSuffix(" point")
        self.size_spin.setAccessibleName("Text size in points")
        label = QLabel("&Text size:", self)
        label.setBuddy(self.size_spin)
        form.addRow(label, self.size_spin)
        layout.addLayout(form)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Choose the file…")
        ok.setAccessibleName("Choose the file")
        box.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.size_spin.setFocus()
        self.resize(480, 180)

    def font_size(self) -> int:
        return self.size_spin.value()
