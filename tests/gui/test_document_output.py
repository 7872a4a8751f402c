"""Saving, opening the folder of and printing a document: gui/document_output.py."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import BinaryIO

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.gui import document_output
from coprod_desktop.gui.document_output import (
    CSV,
    DOCX,
    PDF,
    SavedDialog,
    ask_where_to_save,
    print_pdf,
    safe_file_name,
    save_document,
)
from coprod_desktop.gui.jobs import JobControl
from coprod_desktop.reports.document import write_atomically
from tests.gui.conftest import Dialogs

EXAMPLE_PDF = Path(__file__).parents[2] / "docs" / "screenshots" / "action-plan-example.pdf"


class Host:
    """Just enough of the main window for a screen's document saving."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.errors: list[tuple[str, BaseException]] = []

    def show_message(self, text: str) -> None:
        self.messages.append(text)

    def report_error(self, title: str, error: BaseException) -> None:
        self.errors.append((title, error))


def test_file_names_lose_characters_computers_refuse() -> None:
    assert safe_file_name('Café "A/B": <plans>?', "project") == "Café AB plans"
    assert safe_file_name("///", "project") == "project"


@pytest.mark.parametrize(
    ("typed", "chosen", "expected"),
    [
        ("/tmp/summary", PDF.file_filter, "/tmp/summary.pdf"),
        ("/tmp/summary", DOCX.file_filter, "/tmp/summary.docx"),
        ("/tmp/summary.DOCX", PDF.file_filter, "/tmp/summary.DOCX"),
        ("/tmp/v1.2 summary", PDF.file_filter, "/tmp/v1.2 summary.pdf"),
    ],
)
def test_the_saved_file_gets_the_chosen_kind_of_ending(
    monkeypatch: pytest.MonkeyPatch, typed: str, chosen: str, expected: str
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (typed, chosen))
    assert ask_where_to_save(None, "Save", Path("/tmp/x.pdf"), [PDF, DOCX]) == Path(expected)


def test_cancelling_the_file_dialog_saves_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert ask_where_to_save(None, "Save", Path("/tmp/x.csv"), [CSV]) is None


def _wait_for(qtbot: QtBot, job: object) -> None:
    qtbot.waitUntil(lambda: getattr(job, "finished", False), timeout=10_000)


def test_a_saved_document_offers_its_folder_and_printing(
    qtbot: QtBot, tmp_path: Path, dialogs: Dialogs
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    host = Host()
    seen: list[tuple[bool, bool]] = []
    dialogs.on(
        SavedDialog,
        lambda d: seen.append((d.open_button.isVisibleTo(d), d.print_button.isVisibleTo(d))),
    )

    def write(path: Path, control: JobControl) -> None:
        control.report("Writing…")
        write_atomically(path, lambda out: out.write(EXAMPLE_PDF.read_bytes()))

    job = save_document(parent, host, "the meeting summary", tmp_path / "s.pdf", write)  # type: ignore[arg-type]
    _wait_for(qtbot, job)
    assert (tmp_path / "s.pdf").read_bytes() == EXAMPLE_PDF.read_bytes()
    assert seen == [(True, True)]
    assert host.messages == [f"Saved the meeting summary to {tmp_path / 's.pdf'}."]


def test_a_word_document_is_not_offered_for_printing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SavedDialog("the summary", tmp_path / "s.docx")
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isVisibleTo(dialog)
    assert dialog.open_button.accessibleName() == "Open the folder it was saved in"


def test_a_cancelled_save_leaves_no_file(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    host = Host()

    def write(path: Path, control: JobControl) -> None:
        def slow(out: BinaryIO) -> None:
            out.write(b"%PDF-1.7 half")
            control.cancel()  # as if Cancel were pressed while writing
            control.check_cancelled()

        write_atomically(path, slow)

    job = save_document(parent, host, "the meeting summary", tmp_path / "s.pdf", write)  # type: ignore[arg-type]
    _wait_for(qtbot, job)
    assert list(tmp_path.iterdir()) == []
    assert host.messages == ["Stopped. The meeting summary was not saved."]
    assert host.errors == []


def test_a_failed_save_is_reported_and_leaves_no_file(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    host = Host()

    def write(path: Path, control: JobControl) -> None:
        raise OSError("disk full")

    job = save_document(parent, host, "the funder report", tmp_path / "f.pdf", write)  # type: ignore[arg-type]
    _wait_for(qtbot, job)
    assert list(tmp_path.iterdir()) == []
    assert [title for title, _ in host.errors] == ["Saving the funder report did not work"]


def test_printing_draws_every_page_chosen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    assert print_pdf(None, EXAMPLE_PDF, printer)
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True, check=True
    ).stdout
    source = subprocess.run(
        ["pdfinfo", str(EXAMPLE_PDF)], capture_output=True, text=True, check=True
    ).stdout
    pages = [line for line in info.splitlines() if line.startswith("Pages:")]
    assert pages == [line for line in source.splitlines() if line.startswith("Pages:")]


def test_printing_cancelled_prints_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    assert not print_pdf(None, EXAMPLE_PDF, printer)
    assert not (tmp_path / "printed.pdf").exists()


def test_open_folder_asks_the_system_to_show_the_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    assert document_output.open_folder(tmp_path / "s.pdf")
    assert opened == [str(tmp_path)]


def test_cancel_pressed_as_the_last_bytes_are_written_still_saves_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    host = Host()

    def write(path: Path, control: JobControl) -> None:
        write_atomically(path, lambda out: out.write(EXAMPLE_PDF.read_bytes()))
        control.cancel()  # the writer finished just as Cancel was pressed

    job = save_document(parent, host, "the summary", tmp_path / "s.pdf", write)  # type: ignore[arg-type]
    _wait_for(qtbot, job)
    assert list(tmp_path.iterdir()) == []
    assert host.messages == ["Stopped. The summary was not saved."]
