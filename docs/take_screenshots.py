"""Take the screenshots in docs/screenshots from the real app (run with `make screenshots`).

Runs the real main window and detail form on a virtual screen (Xvfb) against a fresh database of
sample people, so the pictures in the README always show the current app.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

HERE = Path(__file__).resolve().parent
OUT = HERE / "screenshots"


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
        os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")
        database_url = f"sqlite:///{folder}/screenshots.sqlite3"
        return _take(database_url)


def _pump(app: QApplication, milliseconds: int = 300) -> None:
    done: list[bool] = []
    QTimer.singleShot(milliseconds, lambda: done.append(True))
    while not done:
        app.processEvents()


def _save(widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(f"saved {path.relative_to(HERE.parent)}")


def _take(database_url: str) -> int:
    from coprod_desktop.gui.dialogs.participant_dialog import ParticipantDialog
    from coprod_desktop.gui.main_window import MainWindow
    from coprod_desktop.services import demo_data, participants
    from coprod_desktop.services.participant_types import ParticipantData, ParticipantRecord
    from coprod_desktop.services.validation import validate_participant
    from coprod_desktop.storage.opening import open_database

    opened = open_database(database_url)
    with opened.database.transaction() as session:
        demo_data.add_demo_data(session, 400, seed=7)
    opened.database.close()

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    window = MainWindow()
    window.resize(1280, 760)
    window.show()
    ready: list[bool] = []
    window.database_ready.connect(lambda: ready.append(True))
    window.open_database(database_url)
    while not ready:
        app.processEvents()
    page = window.participants_page
    page.select_id(page.model.id_at(3) or 1)
    page.form.table.setFocus()
    _pump(app)
    _save(window, "register.png")

    page.form.searchEdit.setText("a")
    page.form.roleFilter.setCurrentIndex(1)
    page.form.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # non-Latin scripts first
    _pump(app)
    _save(window, "register-search.png")

    from coprod_desktop.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    database = window.database
    assert database is not None
    with database.reading() as session:
        # Someone with several details filled in, to show the whole form.
        record = participants.get_participant(session, page.model.id_at(2) or 1)
    dialog = ParticipantDialog(lambda _data, _record: record, record, window)
    dialog.resize(760, 900)
    dialog.show()
    _pump(app)
    _save(dialog, "participant-form.png")
    dialog.hide()

    def check_only(data: ParticipantData, _record: ParticipantRecord | None) -> ParticipantRecord:
        validate_participant(data)  # raises ValidationError, which the form shows
        raise AssertionError("the sample input should have been refused")

    new = ParticipantDialog(check_only, None, window)
    new.resize(760, 900)
    new.form.emailEdit.setText("sam@")
    new.form.postcodeEdit.setText("sw1a1aa")
    new.form.phoneEdit.setText("12345")
    new.show()
    new.save()
    _pump(app)
    _save(new, "participant-form-errors.png")
    new.hide()
    _payment_screens(app, window)
    _plan_screens(app, window)
    _journey_screens(app, window)
    _meeting_and_funder_documents(app, window)
    window.close()
    return 0


def _payment_screens(app: QApplication, window: QWidget) -> None:
    """Projects, a session's register, payments (with the approval), the policy, a statement."""
    from coprod_desktop.gui.dialogs.payment_action_dialogs import ApproveDialog
    from coprod_desktop.gui.dialogs.register_dialogs import RegisterActions, RegisterDialog
    from coprod_desktop.gui.main_window import MainWindow
    from coprod_desktop.services import earnings_limits, sessions, statements
    from coprod_desktop.tax_year import TaxYear
    from coprod_desktop.vocabulary import AttendanceStatus, PaymentKind, PaymentStatus

    assert isinstance(window, MainWindow)
    database = window.database
    assert database is not None
    projects_screen = window.show_screen("Projects")
    projects_screen.form.table.selectRow(0)  # type: ignore[attr-defined]
    _pump(app)
    _save(window, "projects.png")

    window.show_screen("Sessions")
    _pump(app)
    _save(window, "sessions.png")
    with database.reading() as session:
        listed = sessions.list_sessions(session)
        # The session most people came to, with its apologies and absences too.
        busy = max(
            listed,
            key=lambda s: sum(
                line.status is AttendanceStatus.ATTENDED
                for line in sessions.register(session, s.id)
            ),
        )
        lines = sessions.register(session, busy.id)
    register = RegisterDialog(
        f"{busy.data.title}, {busy.data.date:%A} {busy.data.date.day} {busy.data.date:%B %Y}",
        # Shown only: nothing is marked, so every action does nothing.
        RegisterActions(
            lambda: lines, lambda *a: None, lambda *a: None, lambda: None, lambda *a: None
        ),
        window,
    )
    register.resize(900, 600)
    register.show()
    _pump(app)
    _save(register, "attendance-register.png")
    register.hide()

    payments_screen = window.show_screen("Payments")
    _pump(app)
    form = payments_screen.form  # type: ignore[attr-defined]
    form.statusFilter.setCurrentIndex(form.statusFilter.findData(PaymentStatus.DRAFT.value))
    _pump(app)
    drafts = payments_screen.model.records  # type: ignore[attr-defined]
    form.table.selectRow(0)
    _pump(app)
    _save(window, "payments.png")
    chosen = drafts[:6]
    with database.reading() as session:
        warnings = earnings_limits.check_approval(session, [p.id for p in chosen])
    approve = ApproveDialog(chosen, warnings, "Sam Okafor", window)
    approve.show()
    _pump(app)
    _save(approve, "approve-payments.png")
    approve.hide()

    # An expense claim refused: each message sits under its own field.
    from coprod_desktop.gui.dialogs.payment_dialogs import ExpenseDialog
    from coprod_desktop.services import payments

    def save_claim(claim: payments.ExpenseClaim) -> int:
        with database.transaction() as session:  # refused before anything is written
            return payments.add_expense(session, claim)

    claim = ExpenseDialog(
        save_claim,
        payments_screen._current_people(),  # type: ignore[attr-defined]
        payments_screen._projects,  # type: ignore[attr-defined]
        window,
    )
    claim.form.amountEdit.setText("-4.5")
    claim.resize(640, 640)
    claim.show()
    claim.accept_form()
    _pump(app)
    _save(claim, "expense-form-errors.png")
    claim.hide()

    window.show_screen("Rewards policy")
    _pump(app)
    _save(window, "rewards-policy.png")

    # A statement as it prints.
    from coprod_desktop.reports.statement_pdf import write_statement_pdf
    from coprod_desktop.services import payment_search
    from coprod_desktop.services.payment_search import PaymentQuery

    year = TaxYear(TaxYear.of(datetime.now(UTC).date()).start_year - 1)  # the last whole year
    with database.reading() as session:
        paid = payment_search.search_payments(
            session,
            PaymentQuery(
                status=PaymentStatus.PAID, date_from=year.first_day, date_to=year.last_day
            ),
        )
        counts: Counter[int] = Counter()
        for payment in paid:  # the person paid most for their time, for a full example
            if payment.kind is PaymentKind.FEE:
                counts[payment.participant_id] += payment.amount_pence
        person = counts.most_common(1)[0][0] if counts else 1
        statement = statements.statement_for(session, person, year)
    write_statement_pdf(statement, OUT / "statement-example.pdf", font_size=16)
    print(f"saved {(OUT / 'statement-example.pdf').relative_to(HERE.parent)}")


def _plan_screens(app: QApplication, window: QWidget) -> None:
    """Actions (with an overdue one and one needing a new owner), the decision log, "you said,
    we did", and an action plan as it prints."""
    from coprod_desktop.gui.main_window import MainWindow
    from coprod_desktop.gui.pages.actions_page import ActionsPage
    from coprod_desktop.reports.action_plan_pdf import write_action_plan_pdf
    from coprod_desktop.services import actions
    from coprod_desktop.services.action_plan import action_plan_for
    from coprod_desktop.services.dates import today_here

    assert isinstance(window, MainWindow)
    database = window.database
    assert database is not None
    today = today_here()
    with database.reading() as session:
        flagged = actions.actions_needing_new_owner(session, today)
    page = window.show_screen("Actions")
    assert isinstance(page, ActionsPage)
    if flagged:  # the project with the action that needs a new owner
        project = flagged[0].data.project_id
        combo = page.form.projectFilter
        combo.setCurrentIndex(max(combo.findData(project), 0))
    page.form.table.setFocus()
    page.form.table.selectRow(0)
    _pump(app)
    _save(window, "actions.png")

    window.show_screen("Decisions")
    _pump(app)
    _save(window, "decisions.png")
    window.show_screen("You said, we did")
    _pump(app)
    _save(window, "you-said-we-did.png")

    _diversity_screen(app, window)

    if flagged:
        with database.reading() as session:
            plan = action_plan_for(session, flagged[0].data.project_id, today)
        write_action_plan_pdf(plan, OUT / "action-plan-example.pdf", font_size=16)
        print(f"saved {(OUT / 'action-plan-example.pdf').relative_to(HERE.parent)}")


def _diversity_screen(app: QApplication, window: QWidget) -> None:
    """Diversity, on the five ethnic groups, and the report and blank form as they print."""
    from coprod_desktop.gui.main_window import MainWindow
    from coprod_desktop.gui.pages.diversity_page import DiversityPage
    from coprod_desktop.reports.diversity_pdf import write_diversity_pdf
    from coprod_desktop.reports.monitoring_form_pdf import write_blank_form_pdf
    from coprod_desktop.services import representation
    from coprod_desktop.services.dates import today_here
    from coprod_desktop.services.reference_data import built_in_reference

    assert isinstance(window, MainWindow)
    database = window.database
    assert database is not None
    page = window.show_screen("Diversity")
    assert isinstance(page, DiversityPage)
    combo = page.form.questionCombo
    combo.setCurrentIndex(max(combo.findData("ethnic_group_5"), 0))
    page.form.table.setFocus()
    _pump(app)
    _save(window, "diversity.png")
    first, last = page.period()
    with database.reading() as session:
        report = representation.representation_report(session, first, last, built_in_reference())
    write_diversity_pdf(
        representation.suppressed(report), OUT / "diversity-example.pdf", made_on=today_here()
    )
    write_blank_form_pdf(OUT / "monitoring-form.pdf")
    for name in ("diversity-example.pdf", "monitoring-form.pdf"):
        print(f"saved {(OUT / name).relative_to(HERE.parent)}")


def _show_dialog(app: QApplication, dialog: QWidget, name: str) -> None:
    dialog.show()
    _pump(app)
    _save(dialog, name)
    dialog.close()
    dialog.deleteLater()


def _journey_screens(app: QApplication, window: QWidget) -> None:
    """Stories and the evidence by theme, a project's place in the cycle and its values
    self-checks, a development log, and a "difference you made" letter as it prints."""
    from sqlalchemy import func, select

    from coprod_desktop.gui.dialogs.development_dialogs import DevelopmentLogDialog
    from coprod_desktop.gui.dialogs.values_check_dialog import ValuesCheckDialog
    from coprod_desktop.gui.main_window import MainWindow
    from coprod_desktop.gui.pages.projects_page import ProjectsPage
    from coprod_desktop.gui.pages.stories_page import StoriesPage
    from coprod_desktop.reports.difference_letter_pdf import write_difference_letter_pdf
    from coprod_desktop.services import participants, values_check
    from coprod_desktop.services.dates import today_here
    from coprod_desktop.services.difference import difference_for
    from coprod_desktop.storage.models import DevelopmentEntry, ValuesCheck

    assert isinstance(window, MainWindow)
    database = window.database
    assert database is not None
    today = today_here()

    stories_page = window.show_screen("Stories")
    assert isinstance(stories_page, StoriesPage)
    stories_page.form.table.setFocus()
    stories_page.form.table.selectRow(0)
    _pump(app)
    _save(window, "stories.png")
    story_dialog = stories_page._dialog(stories_page.selected())
    if story_dialog is not None:
        _show_dialog(app, story_dialog, "story-form.png")
    stories_page.form.tabs.setCurrentIndex(1)
    stories_page.form.evidenceTable.setFocus()
    _pump(app)
    _save(window, "evidence-by-theme.png")

    with database.reading() as session:
        busiest = session.execute(
            select(ValuesCheck.project_id)
            .group_by(ValuesCheck.project_id)
            .order_by(func.count().desc(), ValuesCheck.project_id)
            .limit(1)
        ).scalar()
        checks = values_check.list_checks(session, busiest) if busiest is not None else []
        logged = session.execute(
            select(DevelopmentEntry.participant_id)
            .group_by(DevelopmentEntry.participant_id)
            .order_by(func.count().desc(), DevelopmentEntry.participant_id)
            .limit(1)
        ).scalar()
        person = participants.get_participant(session, logged) if logged is not None else None
    projects_page = window.show_screen("Projects")
    assert isinstance(projects_page, ProjectsPage)
    if busiest is not None:
        projects_page.refresh(keep=busiest)
    tabs = projects_page.form.detailTabs
    tabs.setCurrentIndex(1)
    _pump(app)
    _save(window, "project-cycle.png")
    tabs.setCurrentIndex(2)
    _pump(app)
    _save(window, "values-self-check.png")
    if checks:
        latest = checks[-1]
        dialog = ValuesCheckDialog(
            lambda _data: None, latest.data.project_id, latest.project_name, [], latest, window
        )
        _show_dialog(app, dialog, "values-check-form.png")
    tabs.setCurrentIndex(0)

    if person is not None:
        log = DevelopmentLogDialog(database, person.id, person.data.preferred_name, window)
        _show_dialog(app, log, "development-log.png")
        with database.reading() as session:
            letter = difference_for(session, person.id, today - timedelta(days=365), today, today)
        write_difference_letter_pdf(letter, OUT / "difference-letter-example.pdf", font_size=16)
        print(f"saved {(OUT / 'difference-letter-example.pdf').relative_to(HERE.parent)}")


def _first_page_png(pdf: Path, name: str) -> None:
    """Page 1 of a document as it prints, at 72 dpi, for the guide."""
    import subprocess

    stem = OUT / Path(name).stem
    subprocess.run(
        ["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )
    print(f"saved {(OUT / name).relative_to(HERE.parent)}")


def _meeting_and_funder_documents(app: QApplication, window: QWidget) -> None:
    """A session form with its agenda, a meeting summary and a funder report as they print."""
    from sqlalchemy import func, select

    from coprod_desktop.gui.main_window import MainWindow
    from coprod_desktop.gui.pages.sessions_page import SessionsPage
    from coprod_desktop.reports.funder_report_pdf import write_funder_report_pdf
    from coprod_desktop.reports.meeting_pdf import (
        write_meeting_pack_pdf,
        write_meeting_summary_pdf,
    )
    from coprod_desktop.services.dates import today_here
    from coprod_desktop.services.funder_report import funder_report, last_full_quarter
    from coprod_desktop.services.meeting_documents import meeting_pack, meeting_summary
    from coprod_desktop.storage.models import AgendaItem, Decision, ProjectSession

    assert isinstance(window, MainWindow)
    database = window.database
    assert database is not None
    today = today_here()
    with database.reading() as session:
        # The most recent past session with a decision and an agenda: a full summary.
        chosen = session.execute(
            select(ProjectSession.id)
            .join(Decision, Decision.session_id == ProjectSession.id)
            .join(AgendaItem, AgendaItem.session_id == ProjectSession.id)
            .where(ProjectSession.date <= today)
            .group_by(ProjectSession.id)
            .order_by(func.max(ProjectSession.date).desc())
            .limit(1)
        ).scalar()
        summary = meeting_summary(session, chosen, today) if chosen is not None else None
        # The pack for the next session to come that has an agenda.
        upcoming = session.execute(
            select(ProjectSession.id)
            .join(AgendaItem, AgendaItem.session_id == ProjectSession.id)
            .where(ProjectSession.date > today)
            .group_by(ProjectSession.id)
            .order_by(func.min(ProjectSession.date), ProjectSession.id)
            .limit(1)
        ).scalar()
        pack = meeting_pack(session, upcoming, today) if upcoming is not None else None
        first, last = last_full_quarter(today)
        report = funder_report(session, first, last, today=today)

    page = window.show_screen("Sessions")
    assert isinstance(page, SessionsPage)
    if chosen is not None:
        row = page.model.row_where(lambda r: r.session.id == chosen)
        if row is not None:
            page.form.table.selectRow(row)
            shown: list[QWidget] = []

            def grab_open_dialog() -> None:
                from coprod_desktop.gui.dialogs.session_dialog import SessionDialog

                for widget in app.topLevelWidgets():
                    if isinstance(widget, SessionDialog) and widget.isVisible():
                        _pump(app)
                        _save(widget, "session-agenda.png")
                        shown.append(widget)
                        widget.done(0)

            QTimer.singleShot(600, grab_open_dialog)
            page.open_details()
    if summary is not None:
        path = OUT / "meeting-summary-example.pdf"
        write_meeting_summary_pdf(summary, path)
        print(f"saved {path.relative_to(HERE.parent)}")
        _first_page_png(path, "meeting-summary.png")
    if pack is not None:
        path = OUT / "meeting-pack-example.pdf"
        write_meeting_pack_pdf(pack, path)
        print(f"saved {path.relative_to(HERE.parent)}")
        _first_page_png(path, "meeting-pack.png")
    path = OUT / "funder-report-example.pdf"
    write_funder_report_pdf(report, path, organisation="Riverside Carers Network")
    print(f"saved {path.relative_to(HERE.parent)}")
    _first_page_png(path, "funder-report.png")


if __name__ == "__main__":
    sys.exit(main())
