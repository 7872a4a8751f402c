"""Run slow work off the GUI thread, with a progress dialog and (where safe) a Cancel button.

A job is a plain function taking a ``JobControl``: it calls ``control.report(...)`` now and then
and ``control.check_cancelled()`` at safe points (which raises ``Cancelled``). The job's own
code decides what "safe" means, so that cancelling always leaves the database and files as
they were (for example by doing its writes in one transaction).

Callbacks run on the GUI thread. The progress dialog only appears if the job takes longer than
``SHOW_AFTER_MS``, so quick jobs do not flash a window.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
log = logging.getLogger(__name__)
SHOW_AFTER_MS = 600


class Cancelled(Exception):
    """Raised inside a job by ``check_cancelled`` once the person has pressed Cancel."""


class JobControl:
    """Handed to the job: report progress, notice a cancel. Safe to call from the worker."""

    def __init__(self, signals: _JobSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, message: str, done: int = 0, total: int = 0) -> None:
        self._signals.progress.emit(message, done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _JobSignals(QObject):
    progress = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object, str)  # the exception, and its traceback for the log
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(
        self, work: Callable[[JobControl], Any], control: JobControl, signals: _JobSignals
    ):
        super().__init__()
        self._work, self._control, self._signals = work, control, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work(self._control)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as error:  # reported on the GUI thread, never lost
            self._signals.failed.emit(error, traceback.format_exc())
        else:
            self._signals.succeeded.emit(result)


@dataclass(eq=False)
class Job(Generic[T]):
    """A running job; keep a reference until it finishes (``finished`` tells you when)."""

    control: JobControl
    signals: _JobSignals
    dialog: QProgressDialog | None
    finished: bool = False


def run_job(
    parent: QWidget | None,
    title: str,
    work: Callable[[JobControl], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    *,
    cancellable: bool = True,
    on_cancel: Callable[[], None] | None = None,
    show_progress: bool = True,
) -> Job[T]:
    signals = _JobSignals()
    control = JobControl(signals)
    dialog: QProgressDialog | None = None
    if show_progress:
        dialog = QProgressDialog(title, "Cancel" if cancellable else "", 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setAccessibleName(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        if cancellable:
            dialog.canceled.connect(control.cancel)
            dialog.canceled.connect(lambda: dialog.setLabelText("Stopping safely…"))
        # QProgressDialog only starts its show-after timer once a value is set.
        dialog.setValue(0)
    job: Job[T] = Job(control, signals, dialog)

    def finish() -> None:
        job.finished = True
        _RUNNING.discard(job)
        if job.dialog is not None:
            job.dialog.hide()
            job.dialog.deleteLater()
            job.dialog = None

    def progress(message: str, done: int, total: int) -> None:
        if job.dialog is None or control.cancelled:
            return
        job.dialog.setLabelText(message)
        job.dialog.setMaximum(max(total, 0))
        job.dialog.setValue(min(done, total) if total else 0)

    def succeeded(result: object) -> None:
        finish()
        on_success(result)  # type: ignore[arg-type]

    def failed(error: object, trace: str) -> None:
        finish()
        log.info("%s failed:\n%s", title, trace)
        assert isinstance(error, BaseException)
        on_failure(error)

    def cancelled() -> None:
        finish()
        if on_cancel is not None:
            on_cancel()

    signals.progress.connect(progress, Qt.ConnectionType.QueuedConnection)
    signals.succeeded.connect(succeeded, Qt.ConnectionType.QueuedConnection)
    signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    signals.cancelled.connect(cancelled, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Runnable(work, control, signals))
    # The Python side of the signals must outlive this call; Qt owns only the runnable.
    _RUNNING.add(job)
    return job


_RUNNING: set[Job[Any]] = set()
