"""Take the screenshots in docs/screenshots from the real app (run with `make screenshots`).

Runs the real main window and detail form on a virtual screen (Xvfb) against a fresh database of
sample people, so the pictures in the README always show the current app.
"""

from __future__ import annotations

import os
import sys
import tempfile
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
        demo_data.add_demo_people(session, 400, seed=7)
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
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
