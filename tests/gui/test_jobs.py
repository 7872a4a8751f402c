"""Background jobs: results come back on the GUI thread; failures and cancels are reported."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coprod_desktop.gui.jobs import JobControl, run_job


def _wait(qtbot: QtBot, outcome: list[object]) -> None:
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)


def test_the_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(
    qtbot: QtBot,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    worker_threads: list[threading.Thread] = []
    outcome: list[object] = []
    callback_threads: list[object] = []

    def work(control: JobControl) -> int:
        worker_threads.append(threading.current_thread())
        control.report("Counting…", 1, 2)
        return 42

    def done(result: int) -> None:
        callback_threads.append(QThread.currentThread())
        outcome.append(result)

    job = run_job(parent, "Counting", work, done, outcome.append)
    _wait(qtbot, outcome)
    assert outcome == [42]
    assert worker_threads[0] is not threading.main_thread()
    assert callback_threads == [parent.thread()]
    assert job.finished and job.dialog is None


def test_a_failure_is_handed_to_the_failure_callback(qtbot: QtBot) -> None:
    outcome: list[object] = []

    def work(_control: JobControl) -> None:
        raise ValueError("the file vanished")

    run_job(None, "Failing", work, lambda _r: outcome.append("ok"), outcome.append)
    _wait(qtbot, outcome)
    assert isinstance(outcome[0], ValueError) and str(outcome[0]) == "the file vanished"


def test_cancel_stops_the_job_at_its_next_safe_point(qtbot: QtBot) -> None:
    started = threading.Event()
    release = threading.Event()
    outcome: list[object] = []

    def work(control: JobControl) -> str:
        started.set()
        release.wait(5)
        control.check_cancelled()  # the safe point
        return "finished anyway"

    job = run_job(
        None,
        "Cancellable",
        work,
        outcome.append,
        outcome.append,
        on_cancel=lambda: outcome.append("cancelled"),
    )
    assert started.wait(5)
    assert job.dialog is not None
    button = job.dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    button.click()
    release.set()
    _wait(qtbot, outcome)
    assert outcome == ["cancelled"]
