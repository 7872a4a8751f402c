"""The records a funder asks for, for a period (and, if chosen, one project): an Excel workbook
with one sheet per kind of record, or the same as one CSV file per kind of record.

Layout (the same columns in both; sheets in this order):

* **Sessions**: every session dated in the period. Session number, Date, Project, Title, Kind,
  Length in hours, People who attended, Hours contributed (the time at the session and the
  preparation time agreed, of everyone who attended, as the funder report counts it).
* **Attendance**: everyone invited to those sessions. Session number, Session date, Session
  title, Person ID, Status (Attended, Gave apologies, Did not attend, Invited), Minutes at the
  session, Preparation minutes (both only for people who attended).
* **Payments**: every payment dated (the day of the session or expense) in the period, drafts
  included, as in the funder report. Date, Person ID, Project, Kind (with the type of expense),
  What for, Amount, Status, Cancelled ("Yes" for a cancelled payment: it is listed so the
  record is complete, and is not money paid or owed, so leave it out of totals). A reversal is
  a row of its own with a negative amount.
* **Actions**: actions due or done in the period, and those still open (not started or in
  progress) that existed by its end. Project, What, Owners (Person IDs; "Staff member" for an
  owner who is not on the register, whose name is never exported), Due, Status, Done on.
* **Decisions**: decisions made in the period. Date, Project, What was decided, How it was
  decided, People on the register who took part (a number; never who).
* **You said we did**: what was said in the period. Date, Project, What was said, Response,
  What we did (or why not), Status. Never who said it.
* **Stories**: only as each story's consent allows (services.stories.stories_for_output, the
  only way a story leaves the app): never an internal-only story; anonymised stories with the
  month only and the teller's names taken out. Told in, Title, Story, Themes; and Told by, only
  when names are included, filled in only for tellers who agreed to be named with the story.
* **People**: everyone who appears in the sheets above, by Person ID, with their roles; with
  Name and Full name columns only when names are included, and those filled in only for
  people whose record says they agreed to be named in documents.

Person IDs: P0001, P0002… in the order people first appear in the export (Attendance, then
Payments, then Actions). One person has one ID on every sheet of one export; the IDs are not
their numbers in the database and mean nothing outside the export (see records_sheets.PersonIds).

Types: dates are dates, amounts are pounds (from whole pence, exactly), counts are whole
numbers, hours have two decimals; in CSV, dates are YYYY-MM-DD and amounts plain 12.50. Text
that a spreadsheet would run as a formula is made safe in both (see sheet_writers). CSV files
are UTF-8 with a byte-order mark, named "<name> - <Sheet>.csv" beside the name chosen, such as
"records - Payments.csv" for "records.csv".

Nothing is left half-written: every file is written under a temporary name in the chosen
folder and renamed only once all of them are complete, so a cancelled or failed export leaves
nothing under the chosen names (and any earlier export there as it was).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from sqlalchemy.orm import Session

from coprod_desktop.exports.records_sheets import (
    SHEET_NAMES,
    PersonIds,
    Rows,
    Scope,
    SheetSpec,
    all_sheets,
)
from coprod_desktop.exports.sheet_writers import (
    WorkbookFormats,
    new_workbook,
    write_csv_sheet,
    write_xlsx_sheet,
)
from coprod_desktop.services.dates import long_date
from coprod_desktop.services.errors import NotFound, ServiceError
from coprod_desktop.storage.models import Project

if TYPE_CHECKING:
    from xlsxwriter.workbook import Workbook

__all__ = [
    "SHEET_NAMES",
    "ExportSummary",
    "Progress",
    "RecordsExportProblem",
    "SheetSummary",
    "check_period",
    "csv_file_names",
    "export_records",
    "export_records_csv",
    "export_records_xlsx",
]

MAX_SHEET_ROWS = 1_048_575  # an Excel sheet's 1,048,576 rows, less the headings
# progress(message, done, total): rows written so far of about ``total``.
Progress = Callable[[str, int, int], None]
# Raises (whatever exception the caller likes) to stop the export; nothing is then left behind.
CheckCancelled = Callable[[], None]


class RecordsExportProblem(ServiceError):
    """The export cannot be saved as asked; ``str()`` says why, in plain English."""


@dataclass(frozen=True)
class SheetSummary:
    name: str
    rows: int
    file: Path | None = None  # the CSV file it was written to; None in a workbook


@dataclass(frozen=True)
class ExportSummary:
    """What was saved, and where."""

    files: tuple[Path, ...]  # the workbook, or every CSV file, in sheet order
    sheets: tuple[SheetSummary, ...]
    date_from: date
    date_to: date
    project_name: str | None  # None: all projects
    include_names: bool
    people: int  # people in the People sheet
    people_named: int  # of whom named (0 unless names were included)

    def rows(self, sheet: str) -> int:
        return next(s.rows for s in self.sheets if s.name == sheet)

    @property
    def period_text(self) -> str:
        return f"{long_date(self.date_from)} to {long_date(self.date_to)}"

    def describe(self) -> list[str]:
        """What was saved, in a few plain sentences (for the command line)."""
        what = self.project_name or "all projects"
        counts = ", ".join(f"{s.name.lower()} {s.rows:,}" for s in self.sheets)
        lines = [f"Records for {what}, {self.period_text}: {counts}."]
        if len(self.files) == 1:
            lines.append(f"Saved to {self.files[0]}.")
        else:
            lines.append(
                f"Saved as {len(self.files)} CSV files, one for each kind of record, in "
                f"{self.files[0].parent}:"
            )
            lines.extend(f"  {file.name}" for file in self.files)
        if not self.include_names:
            lines.append("People are shown by anonymised IDs (P0001 and so on); no names.")
        else:
            lines.append(
                f"Names included for {self.people_named:,} of {self.people:,} "
                f"{'person' if self.people == 1 else 'people'} (only those who agreed to be "
                "named); everyone else is shown by an anonymised ID."
            )
        return lines


def check_period(date_from: date, date_to: date) -> None:
    if date_to < date_from:
        raise RecordsExportProblem(
            f"The period ends ({long_date(date_to)}) before it starts ({long_date(date_from)}). "
            "Choose a 'to' date on or after the 'from' date. Nothing was saved."
        )


def csv_file_names(path: Path) -> list[Path]:
    """The CSV files an export to ``path`` writes: "<stem> - <Sheet>.csv" beside it."""
    return [path.with_name(f"{path.stem} - {name}.csv") for name in SHEET_NAMES]


def export_records_xlsx(
    session: Session,
    path: Path,
    date_from: date,
    date_to: date,
    project_id: int | None = None,
    include_names: bool = False,
    progress: Progress | None = None,
    check_cancelled: CheckCancelled | None = None,
) -> ExportSummary:
    """Save the records as one Excel workbook at ``path`` (ending .xlsx).

    Raises RecordsExportProblem (a ServiceError) when the period or the file will not do, or
    the file cannot be saved; NotFound for a project that is not there; whatever
    ``check_cancelled`` raises, after removing everything written so far.
    """
    path = Path(path)
    _check_suffix(path, ".xlsx")
    return _export(
        session, path, date_from, date_to, project_id, include_names, progress, check_cancelled
    )


def export_records_csv(
    session: Session,
    path: Path,
    date_from: date,
    date_to: date,
    project_id: int | None = None,
    include_names: bool = False,
    progress: Progress | None = None,
    check_cancelled: CheckCancelled | None = None,
) -> ExportSummary:
    """Save the records as one CSV file per sheet, named "<stem> - <Sheet>.csv" beside ``path``
    (which ends .csv and is not itself written); see csv_file_names. Raises as
    export_records_xlsx does."""
    path = Path(path)
    _check_suffix(path, ".csv")
    return _export(
        session, path, date_from, date_to, project_id, include_names, progress, check_cancelled
    )


def export_records(
    session: Session,
    path: Path,
    date_from: date,
    date_to: date,
    project_id: int | None = None,
    include_names: bool = False,
    progress: Progress | None = None,
    check_cancelled: CheckCancelled | None = None,
) -> ExportSummary:
    """export_records_xlsx or export_records_csv, by ``path``'s suffix."""
    suffix = Path(path).suffix.casefold()
    if suffix == ".csv":
        writer = export_records_csv
    else:
        _check_suffix(Path(path), ".xlsx")
        writer = export_records_xlsx
    return writer(
        session, path, date_from, date_to, project_id, include_names, progress, check_cancelled
    )


def _check_suffix(path: Path, wanted: str) -> None:
    if path.suffix.casefold() != wanted:
        raise RecordsExportProblem(
            f"'{path.name}' does not end in {wanted}. Name the file ending .xlsx for an Excel "
            "workbook or .csv for CSV files, such as records.xlsx."
        )


# --- doing it ---------------------------------------------------------------------------------


def _export(
    session: Session,
    path: Path,
    date_from: date,
    date_to: date,
    project_id: int | None,
    include_names: bool,
    progress: Progress | None,
    check_cancelled: CheckCancelled | None,
) -> ExportSummary:
    check_period(date_from, date_to)
    project_name = None
    if project_id is not None:
        project = session.get(Project, project_id)
        if project is None:
            raise NotFound(f"There is no project with the number {project_id}. Nothing was saved.")
        project_name = project.name
    csv = path.suffix.casefold() == ".csv"
    files = csv_file_names(path) if csv else [path]
    _check_places(path, files)
    scope = Scope(date_from, date_to, project_id)
    ids = PersonIds.for_register(session)
    sheets = all_sheets(session, scope, ids, include_names)
    run = _Run(sheets, progress, check_cancelled)
    counts = _write_csv_files(files, run) if csv else _write_workbook(path, run)
    return ExportSummary(
        files=tuple(files),
        sheets=tuple(
            SheetSummary(sheet.name, rows, files[i] if csv else None)
            for i, (sheet, rows) in enumerate(zip(sheets, counts, strict=True))
        ),
        date_from=date_from,
        date_to=date_to,
        project_name=project_name,
        include_names=include_names,
        people=len(ids.by_participant),
        people_named=run.named,
    )


class _Run:
    """Progress and cancelling across the sheets of one export."""

    def __init__(
        self,
        sheets: Sequence[SheetSpec],
        progress: Progress | None,
        check_cancelled: CheckCancelled | None,
    ) -> None:
        self.sheets = sheets
        self.progress = progress
        self.check_cancelled = check_cancelled
        # Every sheet but the last (People, known only once the others are written) is
        # counted first, so the progress bar can say how far through it is.
        self.counts = [sheet.count() for sheet in sheets[:-1]]
        self.total = sum(self.counts)
        self.done = 0
        self.named = 0  # people whose name is in the People sheet

    def stop_if_asked(self) -> None:
        if self.check_cancelled is not None:
            self.check_cancelled()

    def rows(self, index: int) -> tuple[Rows, Callable[[int], None]]:
        """The sheet's rows, and the tick to call as they are written."""
        self.stop_if_asked()
        sheet = self.sheets[index]
        if index == len(self.sheets) - 1:
            self.total += sheet.count()
        before = self.done
        message = f"Writing {sheet.name.lower()}…"
        if self.progress is not None:
            self.progress(message, before, self.total)

        def tick(written: int) -> None:
            self.stop_if_asked()
            if self.progress is not None:
                self.progress(message, before + written, self.total)

        rows = sheet.rows()
        if sheet.name == "People" and len(sheet.columns) > 2:
            rows = self._noting_names(rows)
        return rows, tick

    def _noting_names(self, rows: Rows) -> Rows:
        for row in rows:
            self.named += bool(row[2])
            yield row

    def finished(self, index: int, written: int) -> None:
        self.done += written
        if self.progress is not None:
            self.progress("Saving…", self.done, self.total)


def _write_workbook(path: Path, run: _Run) -> list[int]:
    for sheet, count in zip(run.sheets, run.counts, strict=False):
        if count > MAX_SHEET_ROWS:
            # XlsxWriter would quietly drop the rows past the end of the sheet.
            raise RecordsExportProblem(
                f"The {sheet.name} sheet would have {count:,} rows, more than a workbook sheet "
                f"can hold ({MAX_SHEET_ROWS:,}). Choose CSV files, or a shorter period. Nothing "
                "was saved."
            )
    temporary = _temporary_beside(path)
    counts: list[int] = []
    # XlsxWriter keeps each sheet's rows in a file of its own until the workbook is closed; a
    # folder of our own for them means a stopped export leaves none of them behind either.
    with tempfile.TemporaryDirectory(prefix="coprod-export-", ignore_cleanup_errors=True) as work:
        workbook = new_workbook(str(temporary), tmpdir=work)
        try:
            formats = WorkbookFormats.add_to(workbook)
            worksheets = [workbook.add_worksheet(sheet.name) for sheet in run.sheets]
            for index, (sheet, worksheet) in enumerate(zip(run.sheets, worksheets, strict=True)):
                rows, tick = run.rows(index)
                written = write_xlsx_sheet(worksheet, formats, sheet.columns, rows, tick)
                run.finished(index, written)
                counts.append(written)
            run.stop_if_asked()
            _close_workbook(workbook, path)
            _sync(temporary)
            run.stop_if_asked()
            _rename(temporary, path)
        except BaseException:
            _abandon(workbook)
            temporary.unlink(missing_ok=True)
            raise
    return counts


def _write_csv_files(files: Sequence[Path], run: _Run) -> list[int]:
    written_files: list[tuple[Path, Path]] = []  # (temporary, final)
    renamed: list[Path] = []
    counts: list[int] = []
    try:
        for index, (sheet, final) in enumerate(zip(run.sheets, files, strict=True)):
            temporary = _temporary_beside(final)
            written_files.append((temporary, final))
            rows, tick = run.rows(index)
            with _new_file(temporary, final) as stream:
                written = write_csv_sheet(stream, sheet.columns, rows, tick)
                stream.flush()
                os.fsync(stream.fileno())
            run.finished(index, written)
            counts.append(written)
        run.stop_if_asked()
        for temporary, final in written_files:
            _rename(temporary, final)
            renamed.append(final)
    except BaseException:
        for temporary, _ in written_files:
            temporary.unlink(missing_ok=True)
        # A rename that failed part way (very rare: the disk, or a file open elsewhere) would
        # leave a mixture of this export and an older one; none is better than that.
        for final in renamed:
            final.unlink(missing_ok=True)
        raise
    return counts


# --- files ----------------------------------------------------------------------------------


def _temporary_beside(path: Path) -> Path:
    """A hidden name in the same folder, so the final rename is atomic (even on a network
    drive) and the file gets the folder's permissions like any file saved there."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")


def _check_places(path: Path, files: Sequence[Path]) -> None:
    """Refuse at once, before any work, a folder that is not there or a name that is a
    folder."""
    folder = path.parent
    if not folder.is_dir():
        raise RecordsExportProblem(
            f"Could not save {path.name}: the folder {folder} does not exist. Choose another "
            "folder. Nothing was saved."
        )
    for file in files:
        if file.is_dir():
            raise RecordsExportProblem(
                f"Could not save {file}: that is a folder. Choose another name. Nothing was saved."
            )


def _save_problem(path: Path, error: OSError) -> RecordsExportProblem:
    if isinstance(error, PermissionError):
        text = (
            f"Could not save {path.name} in {path.parent}: this computer does not allow it (the "
            "folder is read-only, or the file is open in another program). Close the file or "
            "choose another folder."
        )
    else:
        text = f"Could not save {path.name} in {path.parent}: {error.strerror or error}."
    return RecordsExportProblem(f"{text} Nothing was saved.")


@contextlib.contextmanager
def _new_file(temporary: Path, final: Path) -> Iterator[TextIO]:
    try:
        # utf-8-sig writes the byte-order mark Excel needs to read the file as UTF-8; "x"
        # never reuses a file that is already there.
        stream = temporary.open("x", encoding="utf-8-sig", newline="")
    except OSError as error:
        raise _save_problem(final, error) from error
    with stream:
        try:
            yield stream
        except OSError as error:
            raise _save_problem(final, error) from error


def _close_workbook(workbook: Workbook, path: Path) -> None:
    from xlsxwriter.exceptions import FileCreateError

    try:
        workbook.close()
    except FileCreateError as error:
        cause = error.args[0] if error.args and isinstance(error.args[0], OSError) else None
        raise _save_problem(path, cause or OSError(str(error))) from error
    except OSError as error:
        raise _save_problem(path, error) from error


def _abandon(workbook: Workbook) -> None:
    """Let go of a workbook that will not be closed: its sheets' row files are open in our
    temporary folder, and Windows cannot remove an open file."""
    for worksheet in workbook.worksheets():
        handle = getattr(worksheet, "row_data_fh", None)
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()


def _sync(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def _rename(temporary: Path, final: Path) -> None:
    try:
        temporary.replace(final)
    except OSError as error:
        raise _save_problem(final, error) from error
