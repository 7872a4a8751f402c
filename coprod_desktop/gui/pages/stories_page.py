"""The Stories screen: what people shared (with who shared it, or Anonymous, and how it may be
used), filtered by project, theme and period; and the evidence by theme: for a period, how many
stories and how many voices each theme holds, and the stories behind a theme, so a strategic
group can see what many voices say."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from coprod_desktop.gui.choices import chosen_number, refill_numbered
from coprod_desktop.gui.dialogs.story_dialog import StoryDialog
from coprod_desktop.gui.dialogs.theme_dialogs import ThemesDialog, ask_new_theme
from coprod_desktop.gui.forms.ui_stories_page import Ui_StoriesPage
from coprod_desktop.gui.messages import confirm
from coprod_desktop.gui.models.record_table_model import Column, RecordTableModel
from coprod_desktop.gui.page_host import PageHost
from coprod_desktop.gui.pages.screen import Screen
from coprod_desktop.gui.table_setup import prepare_table, select_row, selected_rows
from coprod_desktop.services import participant_search, projects, sessions, stories, themes
from coprod_desktop.services.dates import long_date, today_here
from coprod_desktop.services.participant_types import ParticipantQuery, StatusFilter
from coprod_desktop.services.stories import StoryData, StoryQuery, StoryRecord, ThemeEvidence
from coprod_desktop.storage.database import Database
from coprod_desktop.vocabulary import Status

ALL_PROJECTS = "All projects"
ALL_THEMES = "All themes"
# (shown, how many months back; None for any time)
PERIODS: tuple[tuple[str, int | None], ...] = (
    ("Any time", None),
    ("The last month", 1),
    ("The last 3 months", 3),
    ("The last 12 months", 12),
)


def one_line(text: str) -> str:
    return " ".join(text.split())


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (the month's last day where that month is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


STORY_COLUMNS = [
    Column("Date", lambda r: long_date(r.data.told_on)),
    Column("Title", lambda r: one_line(r.data.title)),
    Column("Shared by", lambda r: r.shared_by),
    Column("How it may be used", lambda r: r.data.consent.label),
    Column("Themes", lambda r: r.themes_text),
    Column("Project", lambda r: r.project_name or ""),
]

EVIDENCE_COLUMNS = [
    Column("Theme", lambda r: r.name),
    Column("Stories", lambda r: f"{r.story_count:,}", right=True),
    Column("Voices", lambda r: f"{r.teller_count:,}", right=True),
]

THEME_STORY_COLUMNS = [
    Column("Date", lambda r: long_date(r.data.told_on)),
    Column("Title", lambda r: one_line(r.data.title)),
    Column("Shared by", lambda r: r.shared_by),
    Column("How it may be used", lambda r: r.data.consent.label),
]


class StoriesPage(Screen):
    def __init__(
        self, host: PageHost, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        self._today = today
        self.form = Ui_StoriesPage()
        self.form.setupUi(self)
        f = self.form
        heading = QFont(f.headingLabel.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.5)
        heading.setBold(True)
        f.headingLabel.setFont(heading)
        for label in (f.messageLabel, f.countLabel, f.summaryLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        f.tabs.tabBar().setAccessibleName("Stories, or evidence by theme")
        f.projectFilter.view().setAccessibleName("Projects: list")
        f.themeFilter.view().setAccessibleName("Themes: list")
        f.periodFilter.view().setAccessibleName("Periods: list")
        f.evidenceProjectFilter.view().setAccessibleName("Projects: list")
        for shown, months in PERIODS:
            f.periodFilter.addItem(shown, months)
        first, last = months_before(self.today, 12), self.today
        f.fromEdit.setDate(_qdate(first))
        f.toEdit.setDate(_qdate(last))
        self.model = RecordTableModel(STORY_COLUMNS, self)
        prepare_table(f.table, self.model, self.open_story, (130, 230, 120, 200, 200))
        self.evidence_model = RecordTableModel(EVIDENCE_COLUMNS, self)
        prepare_table(f.evidenceTable, self.evidence_model, None, (0, 90, 90))
        # The theme takes the room left; the counts keep their widths.
        header = f.evidenceTable.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        self.theme_stories_model = RecordTableModel(THEME_STORY_COLUMNS, self)
        prepare_table(
            f.themeStoriesTable, self.theme_stories_model, self.open_theme_story, (130, 300, 140)
        )
        f.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        f.evidenceTable.selectionModel().selectionChanged.connect(lambda *_a: self._theme_chosen())
        f.themeStoriesTable.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons()
        )
        for combo in (f.projectFilter, f.themeFilter, f.periodFilter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        f.evidenceProjectFilter.currentIndexChanged.connect(lambda _i: self.refresh_evidence())
        f.fromEdit.dateChanged.connect(lambda _d: self.refresh_evidence())
        f.toEdit.dateChanged.connect(lambda _d: self.refresh_evidence())
        f.newButton.clicked.connect(self.new_story)
        f.openButton.clicked.connect(self.open_story)
        f.deleteButton.clicked.connect(self.delete_story)
        f.themesButton.clicked.connect(self.manage_themes)
        f.openStoryButton.clicked.connect(self.open_theme_story)
        self._projects: list[tuple[int, str]] = []
        self._themes: list[tuple[int, str]] = []
        self._any_stories = False
        self._update_buttons()

    @property
    def today(self) -> date:
        return self._today or today_here()

    @today.setter
    def today(self, value: date | None) -> None:
        self._today = value

    def _database(self) -> Database | None:
        return self.host.database

    # --- the list of stories ----------------------------------------------------------------
    def query(self) -> StoryQuery:
        months = self.form.periodFilter.currentData()
        return StoryQuery(
            theme_id=chosen_number(self.form.themeFilter),
            project_id=chosen_number(self.form.projectFilter),
            date_from=months_before(self.today, int(months)) if months is not None else None,
        )

    def refresh(self, keep: int | None = None) -> None:
        database = self._database()
        rows: list[StoryRecord] = []
        if database is not None:
            try:
                with database.reading() as session:
                    self._load_choices(session)
                    rows = stories.list_stories(session, self.query())
                    self._any_stories = bool(rows) or bool(stories.list_stories(session))
            except Exception as error:
                self.host.report_error("Could not read the stories", error)
        selected = keep if keep is not None else self.selected_id()
        self.model.set_records(rows)
        select_row(
            self.form.table,
            self.model.row_where(lambda r: r.id == selected) if selected else None,
        )
        self.form.countLabel.setText(f"{len(rows):,} {'story' if len(rows) == 1 else 'stories'}")
        if database is None:
            self.form.messageLabel.setText("")
        elif not self._any_stories:
            self.form.messageLabel.setText(
                "No stories yet. Choose New story to record what someone shared."
            )
        elif not rows:
            self.form.messageLabel.setText(
                "No stories match. Choose another project, theme or period above."
            )
        else:
            self.form.messageLabel.setText("")
        self.refresh_evidence()
        self._update_buttons()

    def _load_choices(self, session: Session) -> None:
        found = [(p.id, p.data.name) for p in projects.list_projects(session)]
        if found != self._projects:
            self._projects = found
            refill_numbered(self.form.projectFilter, ALL_PROJECTS, found)
            refill_numbered(self.form.evidenceProjectFilter, ALL_PROJECTS, found)
        named = [(t.id, t.name) for t in themes.list_themes(session)]
        if named != self._themes:
            self._themes = named
            refill_numbered(self.form.themeFilter, ALL_THEMES, named)

    def selected(self) -> StoryRecord | None:
        rows = selected_rows(self.form.table)
        record: StoryRecord | None = self.model.record_at(rows[0]) if rows else None
        return record

    def selected_id(self) -> int | None:
        record = self.selected()
        return record.id if record else None

    def _update_buttons(self) -> None:
        ready = self._database() is not None
        chosen = self.selected() is not None
        f = self.form
        f.newButton.setEnabled(ready)
        f.themesButton.setEnabled(ready)
        f.openButton.setEnabled(chosen)
        f.deleteButton.setEnabled(chosen)
        f.openStoryButton.setEnabled(self._theme_story() is not None)

    # --- evidence by theme ------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return _day(self.form.fromEdit.date()), _day(self.form.toEdit.date())

    def set_period(self, first: date, last: date) -> None:
        f = self.form
        for edit in (f.fromEdit, f.toEdit):
            edit.blockSignals(True)
        f.fromEdit.setDate(_qdate(first))
        f.toEdit.setDate(_qdate(last))
        for edit in (f.fromEdit, f.toEdit):
            edit.blockSignals(False)
        self.refresh_evidence()

    def refresh_evidence(self) -> None:
        database = self._database()
        first, last = self.period()
        rows: list[ThemeEvidence] = []
        problem = ""
        if last < first:
            problem = (
                "The period ends before it starts. Choose an end date on or after the start date."
            )
        elif database is not None:
            try:
                with database.reading() as session:
                    rows = stories.evidence_by_theme(
                        session, first, last, chosen_number(self.form.evidenceProjectFilter)
                    )
            except Exception as error:
                self.host.report_error("Could not count the stories", error)
        chosen = self.chosen_theme()
        keep = chosen.theme_id if chosen is not None else -1
        self.evidence_model.set_records(rows)
        row = self.evidence_model.row_where(lambda r: r.theme_id == keep)
        select_row(self.form.evidenceTable, row if row is not None else (0 if rows else None))
        self._theme_chosen(problem)

    def chosen_theme(self) -> ThemeEvidence | None:
        rows = selected_rows(self.form.evidenceTable)
        found: ThemeEvidence | None = self.evidence_model.record_at(rows[0]) if rows else None
        return found

    def _theme_chosen(self, problem: str = "") -> None:
        chosen = self.chosen_theme()
        database = self._database()
        listed: list[StoryRecord] = []
        if chosen is not None and database is not None:
            try:
                with database.reading() as session:
                    listed = stories.get_stories(session, chosen.story_ids)
            except Exception as error:
                self.host.report_error("Could not read the stories", error)
        self.theme_stories_model.set_records(listed)
        if listed:
            select_row(self.form.themeStoriesTable, 0)
        first, last = self.period()
        if problem:
            text = problem
        elif chosen is not None:
            text = f"{chosen.sentence}, told from {long_date(first)} to {long_date(last)}."
        elif self.evidence_model.rowCount() == 0:
            text = "No stories were told in this period."
        else:
            text = "Choose a theme to see its stories."
        self.form.summaryLabel.setText(text)
        self._update_buttons()

    def _theme_story(self) -> StoryRecord | None:
        rows = selected_rows(self.form.themeStoriesTable)
        record: StoryRecord | None = self.theme_stories_model.record_at(rows[0]) if rows else None
        return record

    # --- what the dialog needs --------------------------------------------------------------
    @staticmethod
    def _people(session: Session) -> list[tuple[int, str]]:
        """Everyone on the register: someone who has left can still be named as sharing it."""
        return [
            (row.id, row.preferred_name + (" (has left)" if row.status is Status.LEFT else ""))
            for row in participant_search.search(session, ParticipantQuery(status=StatusFilter.ALL))
        ]

    def _sessions(self, project_id: int) -> list[tuple[int, str]]:
        database = self._database()
        if database is None:
            return []
        with database.reading() as session:
            return [
                (s.id, f"{s.data.title} ({long_date(s.data.date)})")
                for s in sessions.list_sessions(session, project_id)
            ]

    def _add_theme(self, parent: QWidget) -> tuple[int, str] | None:
        database = self._database()
        return ask_new_theme(database, parent) if database is not None else None

    # --- adding, changing, deleting ---------------------------------------------------------
    def _save(self, data: StoryData, record: StoryRecord | None) -> int:
        database = self._database()
        assert database is not None
        with database.transaction() as session:
            if record is None:
                return stories.add_story(session, data, self.today)
            return stories.update_story(session, record.id, data, self.today).id

    def _check(self, data: StoryData) -> StoryData:
        """The story's problems, as saving it would find them, without saving it."""
        database = self._database()
        assert database is not None
        with database.reading() as session:
            return stories.validate_story(session, data, self.today)

    def _dialog(self, record: StoryRecord | None) -> StoryDialog | None:
        database = self._database()
        if database is None:
            return None
        try:
            with database.reading() as session:
                people = self._people(session)
                named = [(t.id, t.name) for t in themes.list_themes(session)]
                if record is not None:
                    record = stories.get_story(session, record.id)  # what it led to, as now
        except Exception as error:
            self.host.report_error("Could not read the story", error)
            return None
        return StoryDialog(
            lambda data: self._save(data, record),
            self._projects,
            people,
            self._sessions,
            named,
            self._add_theme,
            record,
            self,
            project_id=chosen_number(self.form.projectFilter) if record is None else None,
            today=self.today,
            check=self._check,
        )

    def new_story(self) -> None:
        dialog = self._dialog(None)
        if dialog is not None:
            self._run_dialog(dialog)

    def open_story(self) -> None:
        record = self.selected()
        if record is None:
            return
        dialog = self._dialog(record)
        if dialog is not None:
            self._run_dialog(dialog)

    def open_theme_story(self) -> None:
        record = self._theme_story()
        if record is None:
            return
        dialog = self._dialog(record)
        if dialog is not None:
            self._run_dialog(dialog)

    def _run_dialog(self, dialog: StoryDialog) -> None:
        saved = dialog.exec() == QDialog.DialogCode.Accepted and isinstance(dialog.saved, int)
        if saved or dialog.themes_added:
            self.refresh(keep=dialog.saved if isinstance(dialog.saved, int) else None)
        if saved:
            message = "Story saved."
            if self.selected_id() != dialog.saved:
                message += " It is not shown here because of the project, theme or period chosen."
            self.host.show_message(message)
        dialog.deleteLater()

    def delete_story(self) -> None:
        record = self.selected()
        database = self._database()
        if record is None or database is None:
            return
        cited = len(record.decisions)
        cites = ""
        if cited:
            decisions = "1 decision cites" if cited == 1 else f"{cited:,} decisions cite"
            cites = f" {decisions} it: they are kept, without it."
        if not confirm(
            self,
            "Delete the story",
            f"Delete the story '{one_line(record.data.title)}' ({record.shared_by}, "
            f"{long_date(record.data.told_on)})? This cannot be undone.{cites}",
            "&Delete the story",
        ):
            return
        try:
            with database.transaction() as session:
                stories.delete_story(session, record.id)
        except Exception as error:
            self.host.report_error("Could not delete the story", error)
            return
        self.refresh()
        self.host.show_message("Story deleted.")

    def manage_themes(self) -> None:
        database = self._database()
        if database is None:
            return
        dialog = ThemesDialog(database, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()
        dialog.deleteLater()
