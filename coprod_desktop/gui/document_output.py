"""Saving a document someone asked for, the same way on every screen.

Where to save it is asked first; the document is then written off the GUI thread with a progress
dialog that can be cancelled. The writers save to a temporary name and rename it when complete
(``reports.document.write_atomically``), so a cancelled or failed run never leaves a half-written
file under the chosen name. Once saved, the person can open its folder or, for a PDF, print it
through the system print dialog.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.gui.jobs import Job, JobControl, run_job
from coprod_desktop.gui.page_host import PageHost
from coprod_desktop.reports.document import DocumentProblem


@dataclass(frozen=True)
class DocumentKind:
    suffix: str
    file_filter: str


PDF = DocumentKind(".pdf", "PDF document (*.pdf)")
DOCX = DocumentKind(".docx", "Word document (*.docx)")
XLSX = DocumentKind(".xlsx", "Excel workbook (*.xlsx)")
CSV = DocumentKind(".csv", "CSV file (*.csv)")

# Characters Windows and macOS refuse in file names; a project called "A/B" still gets a name.
_NOT_IN_FILE_NAMES = '<>:"/\\|?*'


def safe_file_name(text: str, fallback: str) -> str:
    cleaned = "".join(c for c in text if c not in _NOT_IN_FILE_NAMES and c.isprintable())
    return cleaned.strip()[:120].strip() or fallback


def ask_where_to_save(
    parent: QWidget | None, title: str, suggested: Path, kinds: Sequence[DocumentKind]
) -> Path | None:
    """The file to save to, with a suffix of one of ``kinds`` (the chosen filter's if the person
    typed none), or None if they cancelled."""
    filters = [kind.file_filter for kind in kinds]
    path_text, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), ";;".join(filters)
    )
    if not path_text:
        return None
    path = Path(path_text)
    if path.suffix.lower() in {kind.suffix for kind in kinds}:
        return path
    chosen = next((kind for kind in kinds if kind.file_filter == chosen_filter), kinds[0])
    return path.with_name(path.name + chosen.suffix)


def save_document(
    parent: QWidget,
    host: PageHost,
    what: str,
    path: Path,
    write: Callable[[Path, JobControl], object],
    *,
    single_file: bool = True,
    saved_message: str | None = None,
) -> Job[Path]:
    """Write ``what`` (e.g. "the meeting summary") to ``path`` off the GUI thread.

    ``write`` does the work (gathering, then writing atomically) and may call
    ``control.check_cancelled()`` between steps. Keep the returned job referenced until it
    finishes. A writer that makes several files (``single_file=False``) is given the chosen
    path itself and must keep them whole on its own; ``saved_message`` then says what was
    saved, where the usual message would name only that path.
    """

    def work(control: JobControl) -> Path:
        if not single_file:
            write(path, control)  # the writer keeps its several files whole itself
            return path
        # Written under a hidden name first, so Cancel pressed while the last bytes are written
        # still leaves nothing under the chosen name.
        temporary = path.with_name(f".{path.stem}.saving-{uuid.uuid4().hex[:8]}{path.suffix}")
        try:
            write(temporary, control)
            control.check_cancelled()
            temporary.replace(path)
        except DocumentProblem as problem:  # say it of the file the person chose
            raise DocumentProblem(str(problem).replace(temporary.name, path.name)) from problem
        except OSError as error:
            reason = error.strerror or str(error)
            raise DocumentProblem(
                f"Could not save {path.name} in {path.parent}: {reason}. Try another name or "
                "folder."
            ) from error
        finally:
            temporary.unlink(missing_ok=True)
        return path

    def succeeded(saved: Path) -> None:
        host.show_message(saved_message or f"Saved {what} to {saved}.")
        dialog = SavedDialog(what, saved, parent)
        dialog.exec()
        dialog.deleteLater()

    def failed(error: BaseException) -> None:
        host.report_error(f"Saving {what} did not work", error)

    def cancelled() -> None:
        host.show_message(f"Stopped. {what[0].upper()}{what[1:]} was not saved.")

    title = f"Saving {what}"
    return run_job(parent, title, work, succeeded, failed, on_cancel=cancelled)


def open_folder(path: Path) -> bool:
    """Show the folder holding ``path`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class SavedDialog(QDialog):
    """Says where the document is, and offers Open folder and (for a PDF) Print…."""

    def __init__(self, what: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle("Saved")
        layout = QVBoxLayout(self)
        message = QLabel(f"Saved {what} as “{path.name}” in the folder {path.parent}.")
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton("&Open folder")
        self.open_button.setAccessibleName("Open the folder it was saved in")
        self.open_button.clicked.connect(lambda: open_folder(self.path))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = QPushButton("&Print…")
        self.print_button.setAccessibleName("Print the document")
        self.print_button.clicked.connect(self.print_document)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Printing is offered for PDFs only: a Word file prints from Word, as its owner set it.
        self.print_button.setVisible(path.suffix.lower() == ".pdf")
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        layout.addWidget(buttons)
        self.open_button.setFocus()

    def print_document(self) -> None:
        print_pdf(self, self.path)


def print_pdf(parent: QWidget | None, path: Path, printer: QPrinter | None = None) -> bool:
    """Open the system print dialog and print the PDF's pages; False if not printed."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    import pypdfium2 as pdfium  # only when someone prints

    document = pdfium.PdfDocument(str(path))
    try:
        pages = len(document)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(f"Print {path.name}")
        dialog.setMinMax(1, pages)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        first = max(printer.fromPage(), 1)
        last = printer.toPage() or pages
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return _paint_pages(document, printer, range(first - 1, min(last, pages)))
        finally:
            QGuiApplication.restoreOverrideCursor()
    finally:
        document.close()


def _paint_pages(document: object, printer: QPrinter, indexes: range) -> bool:
    """Draw each page as an image at the printer's resolution, fitted to the printable area."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), 300)  # enough for print; keeps memory modest
        for count, index in enumerate(indexes):
            if count:
                printer.newPage()
            page = document[index]  # type: ignore[index]
            bitmap = page.render(scale=dpi / 72)
            image = _to_qimage(bitmap)
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
        return True
    finally:
        painter.end()


def _to_qimage(bitmap: object) -> QImage:
    """A pdfium bitmap (BGRA or BGR bytes) as a QImage that owns a copy of its pixels."""
    width = bitmap.width  # type: ignore[attr-defined]
    height = bitmap.height  # type: ignore[attr-defined]
    stride = bitmap.stride  # type: ignore[attr-defined]
    mode = bitmap.mode  # type: ignore[attr-defined]
    buffer = bytes(bitmap.buffer)  # type: ignore[attr-defined]
    image_format = {
        "BGRA": QImage.Format.Format_ARGB32,
        "BGRX": QImage.Format.Format_RGB32,
        "BGR": QImage.Format.Format_BGR888,
        "L": QImage.Format.Format_Grayscale8,
    }[mode]
    return QImage(buffer, width, height, stride, image_format).copy()
