"""The ``coprod`` command line, called in-process (fast) and once as a real subprocess."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop.cli import main
from coprod_desktop.config import default_database_path
from coprod_desktop.services import participants
from coprod_desktop.settings import Settings, save_settings
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import Role, Status


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_prints_the_new_id_and_stores_the_person(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        database_url,
        "participants",
        "add",
        "--name",
        "Amira",
        "--email",
        "amira@example.org",
        "--role",
        "lived-experience",
        "--role",
        "carer",
        "--postcode",
        "sw1a1aa",
        "--phone",
        "07700900123",
    )
    assert (code, out) == (0, "1\n")
    database = open_database(database_url).database
    with database.reading() as session:
        record = participants.get_participant(session, 1)
    database.close()
    assert record.data.roles == {Role.LIVED_EXPERIENCE, Role.CARER}
    assert record.data.postcode == "SW1A 1AA"
    assert record.data.phone == "07700 900123"


def test_add_with_bad_input_explains_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    code, out, err = run(
        capsys,
        "--db",
        database_url,
        "participants",
        "add",
        "--name",
        "  ",
        "--email",
        "not-an-email",
    )
    assert code == 2 and out == ""
    assert "Nothing was saved" in err
    assert "Name they want us to use is empty" in err
    assert "Email 'not-an-email'" in err
    code, out, _ = run(capsys, "--db", database_url, "participants", "list", "--format", "csv")
    assert out.count("\n") == 1  # the header only


def test_unknown_role_lists_the_choices(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", database_url, "participants", "add", "--name", "Sam", "--role", "boss"])
    assert exit_info.value.code == 2
    assert "lived-experience" in capsys.readouterr().err


def test_list_search_and_csv(capsys: pytest.CaptureFixture[str], database_url: str) -> None:
    names = ["Zoë", "محمد", "李雷", "=cmd|' /C calc'!A0", 'Sam, "the man" <b>&']
    for name in names:
        assert run(capsys, "--db", database_url, "participants", "add", "--name", name)[0] == 0
    code, out, err = run(capsys, "--db", database_url, "participants", "list")
    assert code == 0
    for name in ("Zoë", "محمد", "李雷"):
        assert name in out
    assert "5 people" in err

    code, out, _ = run(capsys, "--db", database_url, "participants", "list", "--search", "zoe")
    assert "Zoë" in out and "李雷" not in out

    code, out, _ = run(capsys, "--db", database_url, "participants", "list", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:2] == ["ID", "Name they want us to use"]
    by_name = {row[1] for row in rows[1:]}
    assert "'=cmd|' /C calc'!A0" in by_name  # made harmless for spreadsheets
    assert 'Sam, "the man" <b>&' in by_name  # kept exactly, quoted properly
    assert "محمد" in by_name and "李雷" in by_name


def test_status_commands_and_default_filter(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    run(capsys, "--db", database_url, "participants", "add", "--name", "Leaving Person")
    code, out, _ = run(capsys, "--db", database_url, "participants", "leave", "1")
    assert code == 0 and "now left" in out
    _, out, _ = run(capsys, "--db", database_url, "participants", "list")
    assert "Leaving Person" not in out
    _, out, _ = run(capsys, "--db", database_url, "participants", "list", "--status", "all")
    assert "Leaving Person" in out
    _, out, _ = run(capsys, "--db", database_url, "participants", "reactivate", "1")
    assert "now active" in out
    database = open_database(database_url).database
    with database.reading() as session:
        assert participants.get_participant(session, 1).status is Status.ACTIVE
    database.close()


def test_edit_and_show(capsys: pytest.CaptureFixture[str], database_url: str) -> None:
    run(capsys, "--db", database_url, "participants", "add", "--name", "Amira", "--role", "carer")
    code, out, _ = run(
        capsys,
        "--db",
        database_url,
        "participants",
        "edit",
        "1",
        "--pronouns",
        "she/her",
        "--consent-date",
        "01/03/2026",
        "--consent-method",
        "signed-form",
        "--consent-covers",
        "contact",
        "--consent-covers",
        "photos",
    )
    assert code == 0 and "Saved Amira" in out
    code, out, _ = run(capsys, "--db", database_url, "participants", "show", "1")
    assert "she/her" in out
    assert "given 01 March 2026 (Signed consent form), covering being contacted, photographs" in out
    assert "Carer or family member" in out


def test_missing_person_exit_code(capsys: pytest.CaptureFixture[str], database_url: str) -> None:
    code, _, err = run(capsys, "--db", database_url, "participants", "show", "42")
    assert code == 3 and "no one with the number 42" in err


def test_bad_consent_date_is_explained(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    with pytest.raises(SystemExit):
        main(
            [
                "--db",
                database_url,
                "participants",
                "add",
                "--name",
                "A",
                "--consent-date",
                "31/02/2026",
            ]
        )
    assert "not a real date" in capsys.readouterr().err


def test_demo_data_is_repeatable_and_protects_real_registers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, second = f"sqlite:///{tmp_path}/a.sqlite3", f"sqlite:///{tmp_path}/b.sqlite3"
    assert run(capsys, "--db", first, "demo-data", "--people", "60", "--seed", "3")[0] == 0
    assert run(capsys, "--db", second, "demo-data", "--people", "60", "--seed", "3")[0] == 0
    outputs = [
        run(capsys, "--db", url, "participants", "list", "--status", "all", "--format", "csv")[1]
        for url in (first, second)
    ]
    assert outputs[0].count("\n") == 61
    # The same seed gives the same people (timestamps aside).
    strip = [[row[:-1] for row in csv.reader(io.StringIO(o))] for o in outputs]
    assert strip[0] == strip[1]
    code, _, err = run(capsys, "--db", first, "demo-data", "--people", "5")
    assert code == 2 and "already has 60 people" in err


def test_database_choice_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Default: coprod.sqlite3 in the user data folder (created on first use).
    code, out, _ = run(capsys, "db", "info")
    assert code == 0 and str(default_database_path()) in out and "default location" in out
    # Remembered (the GUI's File > Open database) beats the default.
    remembered = tmp_path / "remembered.sqlite3"
    open_database(f"sqlite:///{remembered}").database.close()  # it was used before
    save_settings(Settings(last_database_url=f"sqlite:///{remembered}"))
    _, out, _ = run(capsys, "db", "info")
    assert str(remembered) in out
    # COPROD_DB beats that; --db beats everything, and a plain path is accepted.
    from_env = tmp_path / "env.sqlite3"
    monkeypatch.setenv("COPROD_DB", f"sqlite:///{from_env}")
    _, out, _ = run(capsys, "db", "info")
    assert str(from_env) in out and "COPROD_DB" in out
    plain = tmp_path / "plain.sqlite3"
    _, out, _ = run(capsys, "--db", str(plain), "db", "info")
    assert str(plain) in out


def test_not_a_database_exit_code(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list")
    code, _, err = run(capsys, "--db", str(path), "participants", "list")
    assert code == 1 and "is not a coprod-desktop database" in err
    assert path.read_text() == "shopping list"


def test_real_subprocess_uses_coprod_db(tmp_path: Path) -> None:
    executable = shutil.which("coprod", path=str(Path(sys.executable).parent))
    assert executable, "the coprod entry point is not installed in this environment"
    env = {**os.environ, "COPROD_DB": f"sqlite:///{tmp_path}/sub.sqlite3"}
    added = subprocess.run(
        [executable, "participants", "add", "--name", "Ngozi"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "1"
    listed = subprocess.run(
        [executable, "participants", "list", "--format", "csv"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert "Ngozi" in listed.stdout


def test_a_remembered_database_that_has_gone_is_reported_not_recreated(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    gone = tmp_path / "usb-stick" / "register.sqlite3"
    gone.parent.mkdir()
    save_settings(Settings(last_database_url=f"sqlite:///{gone}"))
    code, _, err = run(capsys, "participants", "list")
    assert code == 1 and "not there any more" in err
    assert not gone.exists()


def test_edit_can_clear_choices_and_withdraw_consent(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    run(
        capsys,
        "--db",
        database_url,
        "participants",
        "add",
        "--name",
        "Tomasz",
        "--email",
        "t@example.org",
        "--contact",
        "email",
        "--payment",
        "voucher",
        "--role",
        "other",
        "--role-other",
        "Peer researcher",
        "--consent-date",
        "2026-01-05",
        "--consent-method",
        "verbal",
        "--consent-covers",
        "contact",
    )
    code, _, err = run(
        capsys,
        "--db",
        database_url,
        "participants",
        "edit",
        "1",
        "--contact",
        "none",
        "--payment",
        "none",
        "--role",
        "none",
    )
    assert code == 0, err
    database = open_database(database_url).database
    with database.reading() as session:
        data = participants.get_participant(session, 1).data
    assert data.preferred_contact is None
    assert data.payment_preference is None
    assert data.roles == frozenset() and data.role_other == ""
    assert data.consent_date is not None  # untouched so far

    code, _, err = run(capsys, "--db", database_url, "participants", "edit", "1", "--no-consent")
    assert code == 0, err
    with database.reading() as session:
        data = participants.get_participant(session, 1).data
    database.close()
    assert (data.consent_date, data.consent_method, data.consent_contact) == (None, None, False)


def test_list_does_not_take_none_as_a_role(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    with pytest.raises(SystemExit):
        main(["--db", database_url, "participants", "list", "--role", "none"])
    assert "is not one of" in capsys.readouterr().err


def test_the_demo_refusal_shows_where_db_goes(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    run(capsys, "--db", database_url, "participants", "add", "--name", "Real Person")
    code, _, err = run(capsys, "--db", database_url, "demo-data", "--people", "3")
    assert code == 2 and "coprod --db sample.sqlite3 demo-data" in err
