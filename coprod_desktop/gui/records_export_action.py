"""Exporting the records a funder asks for, from the main window: choose the period, project,
format and whether to include names, then where to save; the records are read and written off
the GUI thread (cancellable, under temporary names renamed only when every file is complete),
then the person can open the folder.

The main window's menu calls :func:`open_records_export`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from coprod_desktop.gui.dialogs.records_export_dialog import (
    RecordsExportChoice,
    RecordsExportDialog,
)
from coprod_desktop.gui.jobs import Job, JobControl
from coprod_desktop.services.dates import today_here

if TYPE_CHECKING:
    from coprod_desktop.gui.main_window import MainWindow

WHAT = "the records export"

# Jobs still running: each must stay referenced until it finishes.
_running: list[Job[Path]] = []


def suggested_name(choice: RecordsExportChoice) -> str:
    from coprod_desktop.gui.document_output import safe_file_name

    project = safe_file_name(choice.project_name, "all projects")
    period = f"{choice.date_from.isoformat()} to {choice.date_to.isoformat()}"
    return f"Records {project} {period}{choice.suffix}"


def saved_files_message(files: list[Path]) -> str:
    """What the status bar says once the CSV files are saved: how many, the first and last
    names (the others are named the same way) and the folder they are in."""
    names = f"{files[0].name} … {files[-1].name}" if len(files) > 1 else files[0].name
    count = "1 CSV file" if len(files) == 1 else f"{len(files)} CSV files"
    return f"Saved {count} ({names}) in {files[0].parent}."


def open_records_export(window: MainWindow, project_id: int | None = None) -> Job[Path] | None:
    """Ask what to export and where, then save it. Returns the saving job (None if the person
    stopped before it started or no database is open)."""
    database = window.database
    if database is None:
        window.show_message("Open or create a database first: the records come from it.")
        return None
    from coprod_desktop.services.projects import list_projects

    try:
        with database.reading() as session:
            projects = [(p.id, p.data.name) for p in list_projects(session)]
    except Exception as error:
        window.report_error("Could not read the projects", error)
        return None
    dialog = RecordsExportDialog(projects, window, project_id=project_id, today=today_here())
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    choice = dialog.choice()
    dialog.deleteLater()
    if not accepted:
        return None
    from coprod_desktop.exports.records_export import csv_file_names, export_records
    from coprod_desktop.gui.document_output import CSV, XLSX, ask_where_to_save, save_document
    from coprod_desktop.gui.messages import confirm

    kinds = [XLSX, CSV] if choice.suffix == ".xlsx" else [CSV, XLSX]
    path = ask_where_to_save(
        window, "Save the records export", Path.home() / suggested_name(choice), kinds
    )
    if path is None:
        return None
    as_csv = path.suffix.lower() == ".csv"
    shown = path
    what = WHAT
    message: str | None = None
    if as_csv:
        # The name chosen is not itself written: one file per sheet is, named after it. The
        # file dialog only asked about replacing the name chosen, so ask about these here.
        files = csv_file_names(path)
        there = [file.name for file in files if file.exists()]
        if there and not confirm(
            window,
            "Replace the files?",
            f"{len(there)} of the files this export writes are already in {path.parent}: "
            f"{', '.join(there)}. Saving replaces them.",
            "&Replace them",
        ):
            return None
        shown = files[0]
        what = f"{WHAT} ({len(files)} CSV files, one for each kind of record)"
        message = saved_files_message(files)

    def write(_target: Path, control: JobControl) -> None:
        control.report("Reading the records…")
        with database.reading() as session:
            export_records(
                session,
                path,
                choice.date_from,
                choice.date_to,
                project_id=choice.project_id,
                include_names=choice.include_names,
                progress=control.report,
                check_cancelled=control.check_cancelled,
            )

    # The export writes its files under temporary names and renames them itself, all or
    # none, so save_document passes it the place chosen as it is.
    job = save_document(
        window, window, what, shown, write, single_file=False, saved_message=message
    )
    _running[:] = [j for j in _running if not getattr(j, "finished", True)] + [job]
    return job
