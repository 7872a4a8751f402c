"""Start-up and search speed of the register, with 50,000 sample people.

    .venv/bin/python benchmarks/register_benchmark.py [--people 50000] [--runs 9]

(a) Cold start to the shown main window, against a bare PySide6 QMainWindow started the same
    way (a new Python process each run). Target: shown <= 1.3 x bare. Also printed: when the
    register is filled from the database (after SQLite's integrity check).
(b) A register search, from keystroke to the repainted table, against the same query made
    with Python's raw sqlite3 module. Target: <= 50 ms.

Medians and ratios are printed; nothing is asserted (timings belong in reports, not tests).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEARCHES = ("a", "am", "ami", "amir", "07700 9", "m13", "李", "jo", "sm", "zzq")


def _timing(output: str) -> dict[str, float]:
    for line in output.splitlines():
        if line.startswith("timing:"):
            return {k: float(v) for k, v in (p.split("=") for p in line.split()[1:])}
    raise SystemExit(f"no timing line in output:\n{output}")


def _start(command: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"{command} failed:\n{result.stdout}\n{result.stderr}")
    return {k: v - started for k, v in _timing(result.stdout).items()}


def make_database(path: Path, people: int) -> float:
    from coprod_desktop.services import demo_data
    from coprod_desktop.storage.opening import open_database

    started = time.perf_counter()
    opened = open_database(f"sqlite:///{path}")
    with opened.database.transaction() as session:
        demo_data.add_demo_people(session, people, seed=2026)
    opened.database.close()
    return time.perf_counter() - started


def bench_startup(url: str, runs: int, env: dict[str, str]) -> dict[str, float]:
    bare = [sys.executable, str(HERE / "bare_window.py")]
    app = [sys.executable, "-m", "coprod_desktop", "--db", url, "--smoke-test"]
    _start(bare, env), _start(app, env)  # warm the disk cache and compiled bytecode
    bare_shown, app_shown, app_ready = [], [], []
    for _ in range(runs):  # interleaved, so drift in machine load affects both alike
        bare_shown.append(_start(bare, env)["shown"])
        timing = _start(app, env)
        app_shown.append(timing["shown"])
        app_ready.append(timing["ready"])
    return {
        "bare_shown_s": statistics.median(bare_shown),
        "app_shown_s": statistics.median(app_shown),
        "app_ready_s": statistics.median(app_ready),
    }


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_search(path: Path, runs: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt, qInstallMessageHandler
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from coprod_desktop.gui.pages.participants_page import ParticipantsPage
    from coprod_desktop.gui.register_source import DatabaseRegisterSource
    from coprod_desktop.services.text_folding import search_tokens
    from coprod_desktop.storage.opening import open_database

    # The offscreen platform warns that it cannot size windows; that is not news here.
    qInstallMessageHandler(lambda _mode, _context, message: None)
    app = QApplication.instance() or QApplication([])
    database = open_database(f"sqlite:///{path}").database
    page = ParticipantsPage()
    page.resize(1200, 700)
    page.show()
    page.set_source(DatabaseRegisterSource(database))
    app.processEvents()
    edit, table = page.form.searchEdit, page.form.table

    def type_and_wait(text: str) -> float:
        edit.clear()
        app.processEvents()
        edit.setText(text[:-1])
        app.processEvents()
        started = time.perf_counter()
        # A real key event carrying the character, so any script can be typed.
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text[-1])
            )
        while page.model.query.text != text:
            app.processEvents()
        # Deliver what the search left pending (the table's repaint, which loads the visible
        # rows from the database), so the time is until the person sees the new list.
        table.viewport().update()
        app.processEvents()
        return time.perf_counter() - started

    raw = sqlite3.connect(path)

    def raw_search(text: str) -> float:
        started = time.perf_counter()
        where = " AND ".join("search_text LIKE ?" for _ in search_tokens(text)) or "1"
        ids = [
            r[0]
            for r in raw.execute(
                f"SELECT id FROM participants WHERE {where} AND status IN ('active','paused') "  # noqa: S608 - fixed text
                "ORDER BY sort_name, id",
                [f"%{t}%" for t in search_tokens(text)],
            )
        ]
        visible = ids[:30]
        marks = ",".join("?" * len(visible))
        raw.execute(
            f"SELECT id, preferred_name, full_name, email, phone, postcode FROM participants "  # noqa: S608
            f"WHERE id IN ({marks})",
            visible,
        ).fetchall()
        return time.perf_counter() - started

    results: dict[str, float] = {}
    app_all: list[float] = []
    raw_all: list[float] = []
    for text in SEARCHES:
        app_times = [type_and_wait(text) for _ in range(runs)]
        raw_times = [raw_search(text) for _ in range(runs)]
        app_all += app_times
        raw_all += raw_times
        results[f"search {text!r} app_ms"] = _median_ms(app_times)
        results[f"search {text!r} raw_ms"] = _median_ms(raw_times)
    results["search_app_ms"] = _median_ms(app_all)
    results["search_raw_ms"] = _median_ms(raw_all)
    results["search_app_worst_median_ms"] = max(
        v for k, v in results.items() if k.endswith("app_ms") and k.startswith("search '")
    )
    page.close()
    database.close()
    raw.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "benchmark.sqlite3"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_DATA_HOME": f"{folder}/data",
            "XDG_CONFIG_HOME": f"{folder}/config",
        }
        env.pop("COPROD_DB", None)
        print(f"Creating {args.people:,} sample people…", flush=True)
        created = make_database(path, args.people)
        print(f"  done in {created:.1f} s ({path.stat().st_size / 1e6:.1f} MB)")
        startup = bench_startup(f"sqlite:///{path}", args.runs, env)
        search = bench_search(path, args.runs)

    report: list[tuple[str, str]] = [
        ("people", f"{args.people:,}"),
        ("bare QMainWindow shown (median)", f"{startup['bare_shown_s'] * 1000:.0f} ms"),
        ("app main window shown (median)", f"{startup['app_shown_s'] * 1000:.0f} ms"),
        (
            "  ratio shown / bare (target <= 1.3)",
            f"{startup['app_shown_s'] / startup['bare_shown_s']:.2f}",
        ),
        ("app register filled (median)", f"{startup['app_ready_s'] * 1000:.0f} ms"),
        ("  ratio filled / bare", f"{startup['app_ready_s'] / startup['bare_shown_s']:.2f}"),
        ("search, keystroke to repainted view (median)", f"{search['search_app_ms']:.1f} ms"),
        (
            "  slowest search's median (target <= 50 ms)",
            f"{search['search_app_worst_median_ms']:.1f} ms",
        ),
        ("search, raw sqlite3 query (median)", f"{search['search_raw_ms']:.1f} ms"),
        ("  ratio app / raw", f"{search['search_app_ms'] / search['search_raw_ms']:.2f}"),
    ]
    width = max(len(k) for k, _ in report)
    print()
    for key, value in report:
        print(f"{key:<{width}}  {value}")
    print("\nPer search (median ms, app vs raw):")
    for text in SEARCHES:
        app_ms, raw_ms = search[f"search {text!r} app_ms"], search[f"search {text!r} raw_ms"]
        print(f"  {text!r:<10} {app_ms:7.1f} {raw_ms:7.1f}")
    results_dir = HERE / "results"
    results_dir.mkdir(exist_ok=True)
    (results_dir / "register_benchmark.json").write_text(
        json.dumps({"people": args.people, "runs": args.runs, **startup, **search}, indent=2)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
