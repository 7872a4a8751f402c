"""Making a funder report from the main window: choose the period and project, then where to
save it; the report is counted and written off the GUI thread (cancellable, written to a
temporary name and renamed when complete), then the person can open its folder or print it.

The main window's menu calls :func:`open_funder_report`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from coprod_desktop.gui.dialogs.funder_report_dialog import FunderReportChoice, FunderReportDialog
from coprod_desktop.gui.jobs import Job, JobControl
from coprod_desktop.services.dates import today_here

if TYPE_CHECKING:
    from coprod_desktop.gui.main_window import MainWindow

WHAT = "the funder report"

# Jobs still running: each must stay referenced until it finishes.
_running: list[Job[Path]] = []


def suggested_name(choice: FunderReportChoice) -> str:
    from coprod_desktop.gui.document_output import safe_file_name

    project = safe_file_name(choice.project_name, "all projects")
    period = f"{choice.date_from.isoformat()} to {choice.date_to.isoformat()}"
    return f"Funder report {project} {period}.pdf"


def open_funder_report(window: MainWindow, project_id: int | None = None) -> Job[Path] | None:
    """Ask what the report covers and where to save it, then save it. Returns the saving job
    (None if the person cancelled or no database is open)."""
    database = window.database
    if database is None:
        window.show_message("Open or create a database first: the report is made from it.")
        return None
    from coprod_desktop.services.projects import list_projects

    try:
        with database.reading() as session:
            projects = [(p.id, p.data.name) for p in list_projects(session)]
    except Exception as error:
        window.report_error("Could not read the projects", error)
        return None
    today = today_here()
    dialog = FunderReportDialog(projects, window, project_id=project_id, today=today)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    choice = dialog.choice()
    dialog.deleteLater()
    if not accepted:
        return None
    from coprod_desktop.gui.document_output import PDF, ask_where_to_save, save_document

    path = ask_where_to_save(
        window, "Save the funder report", Path.home() / suggested_name(choice), [PDF]
    )
    if path is None:
        return None

    def write(target: Path, control: JobControl) -> None:
        from coprod_desktop.services.funder_report import funder_report

        control.report("Counting sessions, people and payments…")
        with database.reading() as session:
            report = funder_report(
                session, choice.date_from, choice.date_to, choice.project_id, today=today
            )
        control.check_cancelled()
        from coprod_desktop.reports.funder_report_pdf import write_funder_report_pdf

        control.report("Writing the PDF…")
        write_funder_report_pdf(
            report, target, font_size=choice.font_size, organisation=choice.organisation
        )

    job = save_document(window, window, WHAT, path, write)
    _running[:] = [j for j in _running if not getattr(j, "finished", True)] + [job]
    return job
