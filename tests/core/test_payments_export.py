"""The finance export of approved payments: ``coprod export payments`` and its writer, read back
with openpyxl and csv as finance's spreadsheet would read them. Approved payments cancelled in
the period are in it too, marked Cancelled, so that finance does not pay them."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy.orm import Session

from coprod_desktop.cli import main
from coprod_desktop.exports import payments_export
from coprod_desktop.exports.payments_export import (
    HEADER,
    ExportFileError,
    approved_between,
    check_export_path,
    write_payments_csv,
    write_payments_export,
)
from coprod_desktop.services import payments
from coprod_desktop.services.finance_export import (
    FinanceRecord,
    open_period_warning,
    payments_for_export,
)
from coprod_desktop.services.payments import ExpenseClaim
from coprod_desktop.storage.opening import open_database
from coprod_desktop.vocabulary import ExpenseType, PaymentKind, PaymentMethod, Vehicle
from tests.core.payment_fixtures import add_person, add_project, approve, fee

DAY = date(2025, 11, 12)
APPROVED = datetime(2025, 11, 5, 14, 0, tzinfo=UTC)
LATER = datetime(2025, 11, 28, 9, 30, tzinfo=UTC)
OUTSIDE = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
OCTOBER = datetime(2025, 10, 20, 11, 0, tzinfo=UTC)
CANCELLED = datetime(2025, 11, 29, 16, 0, tzinfo=UTC)
CANCELLED_LATER = datetime(2025, 11, 30, 8, 0, tzinfo=UTC)
ATTACK = "=cmd|' /C calc'!A0"


@contextmanager
def writing(url: str) -> Iterator[Session]:
    database = open_database(url).database
    try:
        with database.transaction() as session:
            yield session
    finally:
        database.close()


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def export(capsys: pytest.CaptureFixture[str], url: str, path: Path) -> tuple[int, str, str]:
    return run(
        capsys, url, "export", "payments", "--from", "01/11/2025", "--to", "2025-11-30",
        "--out", str(path),
    )  # fmt: skip


@pytest.fixture
def payments_made(database_url: str) -> dict[str, int]:
    """Payments in every state; four were approved in November 2025 and are still counted, and
    two approved ones (one in October) were cancelled in November."""
    with writing(database_url) as session:
        project = add_project(session, "Carers' café")
        attacker = add_person(session, preferred_name=ATTACK, full_name="")
        zoe = add_person(session, preferred_name="Zoë", full_name="")
        made = {
            "fee": fee(session, attacker, 3750, DAY, project_id=project),
            "voucher": fee(session, zoe, 2000, date(2025, 11, 3), kind=PaymentKind.VOUCHER),
            "mileage": payments.add_expense(
                session,
                ExpenseClaim(
                    participant_id=zoe,
                    expense_type=ExpenseType.MILEAGE,
                    incurred_on=DAY,
                    vehicle=Vehicle.CAR,
                    tenth_miles=125,
                    project_id=project,
                ),
            ),
            "draft": fee(session, zoe, 111, DAY),
            "cancelled": fee(session, zoe, 222, DAY),
            "too_late": fee(session, zoe, 333, DAY),
            "october": fee(session, attacker, 444, date(2025, 10, 14)),
            "cancelled_in_december": fee(session, zoe, 555, DAY),
            "draft_cancelled": fee(session, zoe, 666, DAY),
        }
        payments.approve(session, [made["october"]], "Sam Okafor", now=OCTOBER)
        payments.approve(
            session,
            [made["fee"], made["voucher"], made["cancelled"], made["cancelled_in_december"]],
            "Sam Okafor",
            now=APPROVED,
        )
        payments.approve(session, [made["mileage"]], "=Ria Patel", now=LATER)
        payments.approve(session, [made["too_late"]], "Sam Okafor", now=OUTSIDE)
        payments.cancel(session, made["cancelled"], "entered twice", now=CANCELLED)
        # Approved in October (finance has it already): November's export must say it is off.
        payments.cancel(session, made["october"], "@did not attend", now=CANCELLED_LATER)
        payments.cancel(session, made["cancelled_in_december"], "moved", now=OUTSIDE)
        payments.cancel(session, made["draft_cancelled"], "never approved", now=CANCELLED)
        payments.mark_paid(
            session,
            made["voucher"],
            date(2025, 11, 20),
            PaymentMethod.VOUCHER,
            voucher_provider="Love2Shop",
            voucher_reference="V-123",
        )
        payments.mark_paid(
            session, made["fee"], date(2025, 11, 21), PaymentMethod.BANK_TRANSFER, "-BACS 77"
        )
        made["reversal"] = payments.reverse(session, made["fee"], "paid twice")
        payments.approve(session, [made["reversal"]], "Sam Okafor", now=LATER)
    return made


def expected_rows(made: dict[str, int]) -> list[list[object]]:
    """What finance should see, typed as in the workbook: in the order approved, then the
    cancellations in the order cancelled."""
    return [
        [
            made["fee"], 1, ATTACK, "Fee for time", "", "Panel interview", "Carers' café", DAY,
            Decimal("37.50"), "Paid", "Sam Okafor", date(2025, 11, 5), date(2025, 11, 21),
            "Bank transfer", "-BACS 77", None, "",
        ],
        [
            made["voucher"], 2, "Zoë", "Voucher", "", "Panel interview", "", date(2025, 11, 3),
            Decimal("20.00"), "Paid", "Sam Okafor", date(2025, 11, 5), date(2025, 11, 20),
            "Voucher", "Love2Shop V-123", None, "",
        ],
        [
            made["mileage"], 2, "Zoë", "Expenses", "Mileage",
            "12.5 miles by car or van at 45p a mile", "Carers' café", DAY, Decimal("5.63"),
            "Approved", "=Ria Patel", date(2025, 11, 28), None, "", "", None, "",
        ],
        [
            made["reversal"], 1, ATTACK, "Fee for time", "", f"Reversal of payment {made['fee']}: "
            "paid twice", "Carers' café", DAY, Decimal("-37.50"), "Approved", "Sam Okafor",
            date(2025, 11, 28), None, "", "", None, "",
        ],
        [
            made["cancelled"], 2, "Zoë", "Fee for time", "", "Panel interview", "", DAY,
            Decimal("2.22"), "Cancelled", "Sam Okafor", date(2025, 11, 5), None, "", "",
            date(2025, 11, 29), "entered twice",
        ],
        [
            made["october"], 1, ATTACK, "Fee for time", "", "Panel interview", "",
            date(2025, 10, 14), Decimal("4.44"), "Cancelled", "Sam Okafor", date(2025, 10, 20),
            None, "", "", date(2025, 11, 30), "@did not attend",
        ],
    ]  # fmt: skip


def test_xlsx_cells_are_typed_and_never_formulas(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    payments_made: dict[str, int],
    tmp_path: Path,
) -> None:
    path = tmp_path / "finance.xlsx"
    code, out, err = export(capsys, database_url, path)
    assert code == 0, err
    # The cancelled £2.22 and £4.44 are not money to pay: the total is the four others'.
    assert (
        "Saved 4 payments approved 1 November 2025 to 30 November 2025 (£25.63), and 2 "
        f"cancellations, to {path}." in out
    )
    assert "2 payments that had been approved were cancelled in that period" in out
    assert "so that finance does not pay them" in out
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "Payments"
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert header == list(HEADER)
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.max_row == 7

    for row, expected in zip(sheet.iter_rows(min_row=2), expected_rows(payments_made), strict=True):
        for cell, (heading, want) in zip(row, zip(HEADER, expected, strict=True), strict=True):
            if isinstance(want, date):
                assert isinstance(cell.value, datetime), heading
                assert cell.value.date() == want, heading
                assert cell.number_format == "DD/MM/YYYY", heading
            elif isinstance(want, Decimal):
                assert isinstance(cell.value, int | float | Decimal), heading
                assert Decimal(str(cell.value)) == want, heading
                assert cell.number_format == '"£"#,##0.00', heading
            elif isinstance(want, int):
                assert type(cell.value) is int and cell.value == want, heading
            elif want is None:
                assert cell.value is None, heading
            elif want == "":
                assert cell.value in ("", None), heading
            else:
                assert cell.value == want, heading
                assert cell.data_type == "s", heading  # text, even when it starts with '='
    name = sheet["C2"]
    assert (name.value, name.data_type, name.quotePrefix) == (ATTACK, "s", True)
    assert sheet["K4"].value == "=Ria Patel" and sheet["K4"].data_type == "s"
    reason = sheet["Q7"]
    assert (reason.value, reason.data_type, reason.quotePrefix) == ("@did not attend", "s", True)
    assert not any(
        cell.data_type == "f" for row in sheet.iter_rows() for cell in row
    )  # no formulas at all
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ACFI"}
    assert all(8 <= width <= 50 for width in widths.values())
    assert widths["F"] > widths["A"]  # 'What for' is wider than the id
    assert not list(tmp_path.glob("*.part"))


def test_csv_has_a_bom_plain_amounts_and_safe_text(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    payments_made: dict[str, int],
    tmp_path: Path,
) -> None:
    path = tmp_path / "finance.csv"
    code, _, err = export(capsys, database_url, path)
    assert code == 0, err
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfPayment ID,")  # Excel reads it as UTF-8
    assert b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == list(HEADER)

    def as_csv(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, Decimal):
            return f"{value:.2f}"
        if isinstance(value, date):
            return value.isoformat()
        text = str(value)
        return "'" + text if text.startswith(("=", "-", "+", "@")) else text

    expected = [[as_csv(v) for v in row] for row in expected_rows(payments_made)]
    assert len(rows) == len(expected) + 1
    for got, want in zip(rows[1:], expected, strict=True):
        for heading, got_cell, want_cell in zip(HEADER, got, want, strict=True):
            assert got_cell == want_cell, heading
    assert rows[1][2] == "'" + ATTACK  # shown as text, never run
    assert rows[1][14] == "'-BACS 77"
    assert rows[4][8] == "-37.50"  # a reversal stays a number: no apostrophe
    assert rows[3][8] == "5.63"
    assert rows[6][9:] == ["Cancelled", "Sam Okafor", "2025-10-20", "", "", "", "2025-11-30",
                           "'@did not attend"]  # fmt: skip


def test_export_refuses_bad_input(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    code, out, err = export(capsys, database_url, tmp_path / "finance.ods")
    assert code == 2 and out == ""
    assert "'finance.ods' does not end in .csv or .xlsx" in err
    assert not (tmp_path / "finance.ods").exists()
    code, _, err = run(
        capsys, database_url, "export", "payments", "--from", "2025-12-01", "--to",
        "2025-11-01", "--out", str(tmp_path / "f.csv"),
    )  # fmt: skip
    assert code == 2 and "--to (1 November 2025) is before --from (1 December 2025)" in err
    code, _, err = export(capsys, database_url, tmp_path / "no-such-folder" / "f.xlsx")
    assert code == 2 and "Could not save" in err and "folder exists" in err
    with pytest.raises(SystemExit):
        main(["--db", database_url, "export", "payments", "--from", "2025-11-01"])
    assert "--to" in capsys.readouterr().err

    code, out, err = export(capsys, database_url, tmp_path / "empty.csv")
    assert code == 0 and "Saved 0 payments" in out and "headings only" in err
    assert (tmp_path / "empty.csv").read_text(encoding="utf-8-sig").count("\n") == 1


def test_the_writer_is_atomic_and_chooses_by_suffix(
    database_url: str,
    payments_made: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with writing(database_url) as session:
        records: list[FinanceRecord] = payments_for_export(
            session, date(2025, 11, 1), date(2025, 11, 30)
        )
    assert [r.id for r in records] == [
        payments_made[k] for k in ("fee", "voucher", "mileage", "reversal", "cancelled", "october")
    ]
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "Finance.XLSX"
    assert check_export_path(path) == ".xlsx"
    assert write_payments_export(records, path) == 6
    assert openpyxl.load_workbook(path).active.max_row == 7

    before = path.read_bytes()

    def broken(temp: Path, rows: object) -> None:
        temp.write_bytes(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(payments_export, "_write_xlsx", broken)
    with pytest.raises(OSError, match="No space left"):
        write_payments_export(records, path)
    assert path.read_bytes() == before  # the last good export is untouched
    assert sorted(p.name for p in folder.iterdir()) == ["Finance.XLSX"]  # no leftovers

    with pytest.raises(ExportFileError, match=r"does not end in \.csv or \.xlsx"):
        write_payments_export(records, tmp_path / "finance.txt")
    assert isinstance(ExportFileError("x"), ValueError)


def test_a_payment_cancelled_after_its_export_is_in_the_next_export(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    """Approved (and sent to finance) in November, cancelled in December before it was paid:
    December's export tells finance, and its total does not count it as money to pay."""
    with writing(database_url) as session:
        person = add_person(session, preferred_name="Amira")
        payment_id = fee(session, person, 5000, date(2025, 11, 3))
        payments.approve(session, [payment_id], "Sam Okafor", now=APPROVED)
        other = fee(session, person, 1250, date(2025, 12, 1))
        payments.approve(session, [other], "Sam Okafor", now=datetime(2025, 12, 10, 12, tzinfo=UTC))
        november = payments_for_export(session, date(2025, 11, 1), date(2025, 11, 30))
        assert [(r.id, r.status.label) for r in november] == [(payment_id, "Approved")]
        payments.cancel(
            session, payment_id, "Did not attend", now=datetime(2025, 12, 2, 9, tzinfo=UTC)
        )
        december = approved_between(session, date(2025, 12, 1), date(2025, 12, 31))
    assert [(r.id, r.status.label) for r in december] == [
        (other, "Approved"),
        (payment_id, "Cancelled"),
    ]
    cancelled = december[1]
    assert cancelled.is_cancellation and cancelled.amount_pence == 5000

    path = tmp_path / "december.csv"
    code, out, err = run(
        capsys, database_url, "export", "payments", "--from", "2025-12-01", "--to", "2025-12-31",
        "--out", str(path),
    )  # fmt: skip
    assert code == 0, err
    assert (
        "Saved 1 payment approved 1 December 2025 to 31 December 2025 (£12.50), and 1 "
        f"cancellation, to {path}." in out
    )
    assert "1 payment that had been approved was cancelled in that period" in out
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [
        (r["Payment ID"], r["Status"], r["Cancelled on"], r["Reason cancelled"]) for r in rows
    ] == [
        (str(other), "Approved", "", ""),
        (str(payment_id), "Cancelled", "2025-12-02", "Did not attend"),
    ]

    code, out, err = run(
        capsys, database_url, "export", "payments", "--from", "2025-12-02", "--to", "2025-12-02",
        "--out", str(tmp_path / "one-day.csv"),
    )  # fmt: skip
    assert code == 0, err
    assert "Saved 0 payments approved 2 December 2025 to 2 December 2025 (£0.00), and 1 " in out
    assert "headings only" not in err


@pytest.fixture
def london_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock in London (BST in summer: an hour ahead of UTC)."""
    if not hasattr(time, "tzset"):
        pytest.skip("the time zone can only be changed for a test on Linux and macOS")
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()  # TZ as it was, then the clock set from it again
    time.tzset()


def test_days_in_the_export_are_the_days_here_not_in_utc(
    database_url: str, london_time: None
) -> None:
    """Approved at 00:30 on 1 July and cancelled at 00:15 on 1 August, London time (both the
    evening before in UTC): the export's period and the days it shows agree, as days here."""
    with writing(database_url) as session:
        person = add_person(session, preferred_name="Amira")
        kept = fee(session, person, 5000, date(2025, 6, 28))
        dropped = fee(session, person, 2500, date(2025, 6, 28))
        payments.approve(
            session, [kept, dropped], "Sam Okafor", now=datetime(2025, 6, 30, 23, 30, tzinfo=UTC)
        )
        payments.cancel(
            session, dropped, "entered twice", now=datetime(2025, 7, 31, 23, 15, tzinfo=UTC)
        )
        june = payments_for_export(session, date(2025, 6, 1), date(2025, 6, 30))
        july = payments_for_export(session, date(2025, 7, 1), date(2025, 7, 31))
        august = payments_for_export(session, date(2025, 8, 1), date(2025, 8, 31))
    assert (june, [r.id for r in july], [r.id for r in august]) == ([], [kept], [dropped])
    stream = io.StringIO()
    write_payments_csv(stream, july + august)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert [(r["Approved on"], r["Cancelled on"]) for r in rows] == [
        ("2025-07-01", ""),
        ("2025-07-01", "2025-08-01"),
    ]


def test_a_draft_cancelled_never_reaches_finance(database_url: str) -> None:
    with writing(database_url) as session:
        person = add_person(session)
        payment_id = fee(session, person, 5000, DAY)
        payments.cancel(session, payment_id, "typed twice", now=LATER)
        assert payments_for_export(session, date(2025, 11, 1), date(2025, 11, 30)) == []
        approve(session, fee(session, person, 100, DAY))
        assert len(payments_for_export(session, date(2025, 11, 1), date(2025, 11, 30))) == 1


def test_a_period_that_includes_today_is_exported_with_a_warning(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    """Today is not over: later approvals or cancellations today would be missed by this export
    and by one starting tomorrow, so the command says so (and still saves the file)."""
    today, yesterday = date.today(), date.today() - timedelta(days=1)
    path = tmp_path / "today.csv"
    code, _, err = run(
        capsys, database_url, "export", "payments", "--from", yesterday.isoformat(), "--to",
        today.isoformat(), "--out", str(path),
    )  # fmt: skip
    assert code == 0 and path.exists()
    assert "Warning: This period includes today, which is not over yet." in err
    assert "export up to yesterday" in err
    code, _, err = run(
        capsys, database_url, "export", "payments", "--from", yesterday.isoformat(), "--to",
        yesterday.isoformat(), "--out", str(path),
    )  # fmt: skip
    assert code == 0 and "Warning" not in err


def test_open_period_warning() -> None:
    day = date(2025, 11, 24)
    assert open_period_warning(day - timedelta(days=1), day) == ""
    assert open_period_warning(day, day).startswith("This period includes today")
    assert open_period_warning(day + timedelta(days=30), day)  # the future is not over either
