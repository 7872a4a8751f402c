"""``coprod payments ...``: generate, add, expense, approve (with limit warnings), pay, cancel,
reverse, list and statement."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from coprod_desktop.cli import main
from coprod_desktop.reports import statement_pdf
from coprod_desktop.services import payments
from coprod_desktop.services.errors import NotFound
from coprod_desktop.services.payments import PaymentRecord
from coprod_desktop.services.statements import Statement
from coprod_desktop.storage.opening import open_database
from coprod_desktop.tax_year import TaxYear
from coprod_desktop.vocabulary import (
    ExpenseType,
    PaymentKind,
    PaymentMethod,
    PaymentPreference,
    PaymentStatus,
)
from tests.core.payment_fixtures import add_person, add_project, add_session, attended, fee

DAY = date(2025, 11, 12)  # a Wednesday; the default rates (from 6 April 2024) apply


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", url, *args])
    assert exit_info.value.code == 2
    return capsys.readouterr().err


@contextmanager
def writing(url: str) -> Iterator[Session]:
    database = open_database(url).database
    try:
        with database.transaction() as session:
            yield session
    finally:
        database.close()


def payment(url: str, payment_id: int) -> PaymentRecord:
    with writing(url) as session:
        return payments.get_payment(session, payment_id)


@dataclass(frozen=True)
class World:
    project: int
    meeting: int
    amira: int  # paid by bank transfer
    bo: int  # takes vouchers
    cat: int  # declines payment


@pytest.fixture
def world(database_url: str) -> World:
    with writing(database_url) as session:
        project = add_project(session, budget_pence=100_000)
        meeting = add_session(session, project, DAY, prep_minutes=30)
        amira = add_person(session, payment_preference=PaymentPreference.BANK_TRANSFER)
        bo = add_person(session, preferred_name="Bo", payment_preference=PaymentPreference.VOUCHER)
        cat = add_person(
            session, preferred_name="Cat", payment_preference=PaymentPreference.DECLINES
        )
        attended(session, meeting, amira, bo, cat)
    return World(project, meeting, amira, bo, cat)


# --- generate -----------------------------------------------------------------------------------
def test_generate_previews_then_creates(
    capsys: pytest.CaptureFixture[str], database_url: str, world: World
) -> None:
    code, out, err = run(capsys, database_url, "payments", "generate", "--session", "1")
    assert code == 0, err
    assert "Payments for 'Planning workshop' (session 1, 12 November 2025)" in out
    assert "Rates in force from 6 April 2024: £25.00 an hour" in out
    assert "preparation £25.00 an hour" in out
    # 90 minutes at £25 an hour, plus 30 minutes' preparation: shown in full, not clipped.
    assert "1 h 30 min at £25.00 an hour (£37.50) + preparation 30 minutes at £25.00 an hour" in out
    assert "Amira (1)" in out and "Fee for time" in out and "£50.00" in out
    assert "Bo (2)" in out and "Voucher" in out
    assert "Cat (3)" in out and "declines payment: a thank-you is recorded instead" in out
    assert "Total: £100.00 for 3 payments" in out
    assert "Nothing has been created yet" in out
    assert "coprod payments generate --session 1 --yes" in out
    code, out, _ = run(capsys, database_url, "payments", "list", "--format", "csv")
    assert out.count("\n") == 1  # the header only: nothing was created

    code, out, err = run(capsys, database_url, "payments", "generate", "--session", "1", "--yes")
    assert code == 0, err
    assert "Created 3 draft payments: 1, 2, 3" in out
    assert "coprod payments approve 1 2 3 --by NAME" in out
    kinds = {payment(database_url, i).kind for i in (1, 2, 3)}
    assert kinds == {PaymentKind.FEE, PaymentKind.VOUCHER, PaymentKind.RECOGNITION}
    assert payment(database_url, 1).amount_pence == 5000

    code, out, _ = run(capsys, database_url, "payments", "generate", "--session", "1", "--yes")
    assert code == 0
    assert "Left out:" in out and "Amira (1): already has a payment for this session" in out
    assert "Nothing new to create" in out
    assert payment(database_url, 3).status is PaymentStatus.DRAFT
    with pytest.raises(NotFound, match="no payment with the number 4"):
        payment(database_url, 4)


def test_generate_refuses_bad_input(
    capsys: pytest.CaptureFixture[str], database_url: str, world: World
) -> None:
    code, _, err = run(capsys, database_url, "payments", "generate", "--session", "9")
    assert code == 3 and "no session with the number 9" in err
    assert "not a session number" in refused(
        capsys, database_url, "payments", "generate", "--session", "first"
    )
    with writing(database_url) as session:
        empty = add_session(session, world.project, DAY, title="Nobody came")
    code, out, _ = run(capsys, database_url, "payments", "generate", "--session", str(empty))
    assert code == 0 and "No one is marked as attended" in out


# --- add, expense -------------------------------------------------------------------------------
def test_add_fee_voucher_and_thank_you(
    capsys: pytest.CaptureFixture[str], database_url: str, world: World
) -> None:
    code, out, err = run(
        capsys,
        database_url,
        "payments",
        "add",
        "--participant",
        str(world.amira),
        "--kind",
        "fee",
        "--amount",
        "£37.50",
        "--date",
        "13/11/2025",
        "--description",
        "Interview panel",
        "--session",
        str(world.meeting),
    )
    assert code == 0, err
    fee_id = int(out)
    assert "Draft fee for time of £37.50 for Amira" in err
    record = payment(database_url, fee_id)
    assert (record.amount_pence, record.incurred_on) == (3750, date(2025, 11, 13))
    assert record.project_id == world.project  # from the session
    assert record.status is PaymentStatus.DRAFT

    code, out, err = run(
        capsys, database_url, "payments", "add", "--participant", str(world.bo), "--kind",
        "voucher", "--amount", "20", "--date", "2025-11-13", "--voucher-provider", "Love2Shop",
        "--voucher-reference", "V-1",
    )  # fmt: skip
    assert code == 0, err
    voucher = payment(database_url, int(out))
    assert (voucher.kind, voucher.voucher_provider, voucher.voucher_reference) == (
        PaymentKind.VOUCHER,
        "Love2Shop",
        "V-1",
    )
    code, out, err = run(
        capsys, database_url, "payments", "add", "--participant", str(world.cat), "--kind",
        "recognition", "--date", "2025-11-13", "--description", "Certificate",
    )  # fmt: skip
    assert code == 0, err
    assert payment(database_url, int(out)).amount_pence == 0


def test_add_refuses_bad_input(
    capsys: pytest.CaptureFixture[str], database_url: str, world: World
) -> None:
    base = ("payments", "add", "--participant", "1", "--date", "2025-11-13")
    assert "coprod payments expense" in refused(
        capsys, database_url, *base, "--kind", "expense", "--amount", "5"
    )
    assert "fee, voucher, recognition" in refused(capsys, database_url, *base, "--kind", "tip")
    assert "is negative" in refused(capsys, database_url, *base, "--kind", "fee", "--amount=-5")
    assert "Date '13/13/2025'" in refused(
        capsys, database_url, "payments", "add", "--participant", "1", "--kind", "fee",
        "--amount", "5", "--date", "13/13/2025",
    )  # fmt: skip
    code, out, err = run(capsys, database_url, *base, "--kind", "fee")
    assert code == 2 and out == "" and "--amount is missing" in err
    code, _, err = run(capsys, database_url, *base, "--kind", "recognition", "--amount", "5")
    assert code == 2 and "must be £0.00 for a thank-you" in err
    code, _, err = run(
        capsys, database_url, "payments", "add", "--participant", "99", "--kind", "fee",
        "--amount", "5", "--date", "2025-11-13",
    )  # fmt: skip
    assert code == 2 and "Person number 99 is not on the register" in err


def test_expenses_mileage_and_at_cost(
    capsys: pytest.CaptureFixture[str], database_url: str, world: World
) -> None:
    code, out, err = run(
        capsys, database_url, "payments", "expense", "--participant", "1", "--type", "mileage",
        "--date", "12/11/2025", "--miles", "12.5", "--vehicle", "car", "--session", "1",
    )  # fmt: skip
    assert code == 0, err
    mileage = payment(database_url, int(out))
    # 12.5 miles at 45p a mile = £5.625, to the nearest penny (halves up).
    assert (mileage.amount_pence, mileage.expense_type) == (563, ExpenseType.MILEAGE)
    assert "Draft expense of £5.63 for Amira: 12.5 miles by car or van at 45p a mile" in err

    code, out, err = run(
        capsys, database_url, "payments", "expense", "--participant", "1", "--type",
        "public-transport", "--date", "12/11/2025", "--amount", "4.80", "--receipt", "R-9",
    )  # fmt: skip
    assert code == 0, err
    fare = payment(database_url, int(out))
    assert (fare.amount_pence, fare.receipt_reference, fare.description) == (
        480,
        "R-9",
        "Public transport",
    )


def test_expense_refuses_bad_input(
    capsys: pytest.CaptureFixture[str], database_url: str, world: World
) -> None:
    base = ("payments", "expense", "--participant", "1", "--date", "12/11/2025")
    code, out, err = run(capsys, database_url, *base, "--type", "mileage", "--amount", "3")
    assert code == 2 and out == "" and "give --miles and --vehicle" in err
    code, _, err = run(capsys, database_url, *base, "--type", "care", "--miles", "3")
    assert code == 2 and "for mileage claims" in err
    code, _, err = run(capsys, database_url, *base, "--type", "care", "--amount", "30")
    assert code == 2 and "Receipt reference is missing" in err
    code, _, err = run(capsys, database_url, *base, "--type", "mileage", "--miles", "3")
    assert code == 2 and "Vehicle is missing" in err
    code, _, err = run(capsys, database_url, *base, "--type", "subsistence", "--amount", "99")
    assert code == 2 and "more than the policy allows for food and drink" in err
    assert "at most one digit after the point" in refused(
        capsys, database_url, *base, "--type", "mileage", "--miles", "12.25", "--vehicle", "car"
    )
    assert "car, motorcycle, bicycle" in refused(
        capsys, database_url, *base, "--type", "mileage", "--miles", "2", "--vehicle", "bus"
    )
    assert payments_count(capsys, database_url) == 0


def payments_count(capsys: pytest.CaptureFixture[str], url: str) -> int:
    _, out, _ = run(capsys, url, "payments", "list", "--format", "csv")
    return out.count("\n") - 1


# --- approve ------------------------------------------------------------------------------------
def test_approve_warns_about_a_weekly_limit_and_needs_yes(
    capsys: pytest.CaptureFixture[str], database_url: str, world: World
) -> None:
    code, _, err = run(
        capsys, database_url, "participants", "edit", str(world.amira), "--weekly-limit", "50",
        "--limit-note", "permitted work",
    )  # fmt: skip
    assert code == 0, err
    with writing(database_url) as session:
        first = fee(session, world.amira, 3000, DAY)
        second = fee(session, world.amira, 3000, date(2025, 11, 14))  # the same week
        other = fee(session, world.bo, 1000, DAY)

    ids = [str(first), str(second), str(other)]
    code, out, err = run(capsys, database_url, "payments", "approve", *ids, "--by", "Sam Okafor")
    assert code == 2 and out == ""
    assert (
        "Warning: Amira asked us to keep their earnings for the week of 10 November 2025 under "
        "£50.00 (permitted work). They have £0.00 already; these payments add £60.00, making "
        "£60.00: £10.00 over." in err
    )
    assert "Talk to them before paying" in err
    assert "Nothing was approved" in err and "Talk to Amira first" in err and "--yes" in err
    assert {payment(database_url, i).status for i in (first, second, other)} == {
        PaymentStatus.DRAFT
    }

    code, out, err = run(
        capsys, database_url, "payments", "approve", *ids, "--by", "Sam Okafor", "--yes"
    )
    assert code == 0, err
    assert "£10.00 over" in err  # still shown in full
    assert out == "Approved 3 payments, £70.00 in all.\n"
    approved = payment(database_url, first)
    assert (approved.status, approved.approved_by) == (PaymentStatus.APPROVED, "Sam Okafor")
    assert approved.approved_at is not None


def test_approve_without_warnings_and_refusals(
    capsys: pytest.CaptureFixture[str], database_url: str, world: World
) -> None:
    with writing(database_url) as session:
        first = fee(session, world.amira, 3000, DAY)
        second = fee(session, world.bo, 1250, DAY)
    code, out, err = run(
        capsys, database_url, "payments", "approve", str(first), str(first), "--by", "Sam"
    )
    assert code == 0 and err == ""
    assert out == "Approved 1 payment, £30.00 in all.\n"

    code, _, err = run(
        capsys, database_url, "payments", "approve", str(second), str(first), "--by", "Sam"
    )
    assert code == 3 and f"Payment {first} is approved, so it cannot be approved" in err
    assert payment(database_url, second).status is PaymentStatus.DRAFT  # all or none
    code, _, err = run(capsys, database_url, "payments", "approve", "77", "--by", "Sam")
    assert code == 3 and "no payment with the number 77" in err
    code, _, err = run(capsys, database_url, "payments", "approve", str(second), "--by", " ")
    assert code == 2 and "--by is empty" in err
    assert "--by" in refused(capsys, database_url, "payments", "approve", str(second))


# --- pay, cancel, reverse -----------------------------------------------------------------------
def test_pay_cancel_and_reverse(
    capsys: pytest.CaptureFixture[str], database_url: str, world: World
) -> None:
    with writing(database_url) as session:
        first = fee(session, world.amira, 3750, DAY)
        voucher = fee(session, world.bo, 2000, DAY, kind=PaymentKind.VOUCHER)
        spare = fee(session, world.amira, 500, DAY)
        payments.approve(session, [first, voucher], "Sam")

    code, _, err = run(
        capsys, database_url, "payments", "pay", str(first), "--date", "20/11/2025", "--method",
        "bank-transfer",
    )  # fmt: skip
    assert code == 2 and "Payment reference is missing" in err
    code, out, err = run(
        capsys, database_url, "payments", "pay", str(first), "--date", "20/11/2025", "--method",
        "bank-transfer", "--reference", "BACS 1",
    )  # fmt: skip
    assert code == 0, err
    assert "Payment 1 (£37.50 to Amira) is paid: 20 November 2025, bank transfer." in out
    paid = payment(database_url, first)
    assert (paid.status, paid.paid_on, paid.paid_method, paid.paid_reference) == (
        PaymentStatus.PAID,
        date(2025, 11, 20),
        PaymentMethod.BANK_TRANSFER,
        "BACS 1",
    )
    code, _, err = run(
        capsys, database_url, "payments", "pay", str(voucher), "--date", "2025-11-20",
        "--method", "voucher", "--voucher-provider", "Love2Shop", "--voucher-reference", "V-9",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run(
        capsys, database_url, "payments", "pay", str(spare), "--date", "2025-11-20", "--method",
        "cash",
    )  # fmt: skip
    assert code == 3 and "is draft, so it cannot be marked as paid" in err
    assert "bank-transfer, cash" in refused(
        capsys, database_url, "payments", "pay", str(spare), "--date", "2025-11-20", "--method",
        "cheque",
    )  # fmt: skip

    code, _, err = run(capsys, database_url, "payments", "cancel", str(first), "--reason", "x")
    assert code == 3 and "Reverse it instead" in err
    code, out, err = run(
        capsys, database_url, "payments", "cancel", str(spare), "--reason", "entered twice"
    )
    assert code == 0 and "Payment 3 (£5.00 to Amira) is cancelled." in out
    assert payment(database_url, spare).cancelled_reason == "entered twice"
    code, _, err = run(capsys, database_url, "payments", "cancel", str(spare), "--reason", "x")
    assert code == 3
    assert "--reason" in refused(capsys, database_url, "payments", "cancel", str(spare))

    code, out, err = run(
        capsys, database_url, "payments", "reverse", str(first), "--reason", "paid twice"
    )
    assert code == 0, err
    reversal = payment(database_url, int(out))
    assert (reversal.amount_pence, reversal.reverses_id, reversal.status) == (
        -3750,
        first,
        PaymentStatus.DRAFT,
    )
    assert "a draft for -£37.50 putting right payment 1" in err
    code, _, err = run(capsys, database_url, "payments", "reverse", str(first), "--reason", "y")
    assert code == 3 and "already been reversed" in err
    code, _, err = run(capsys, database_url, "payments", "reverse", str(spare), "--reason", "z")
    assert code == 3 and "is cancelled, so it cannot be reversed" in err


# --- list ---------------------------------------------------------------------------------------
def test_list_filters_and_csv(
    capsys: pytest.CaptureFixture[str], database_url: str, world: World
) -> None:
    with writing(database_url) as session:
        early = fee(session, world.amira, 1000, date(2025, 10, 1), project_id=world.project)
        late = fee(session, world.bo, 2000, date(2025, 12, 1))
        payments.approve(session, [late], "Sam")

    code, out, err = run(capsys, database_url, "payments", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["ID", "Date", "Name", "Kind"]
    assert lines[2].startswith(str(late)) and lines[3].startswith(str(early))  # newest first
    assert "2 payments: £20.00 approved, not yet paid, £10.00 draft." in err
    with writing(database_url) as session:
        payments.cancel(session, early, "Entered by mistake")
    _, _, err = run(capsys, database_url, "payments", "list")
    # Cancelled money is never added in.
    assert "2 payments: £20.00 approved, not yet paid (1 cancelled, not counted)." in err

    _, out, _ = run(capsys, database_url, "payments", "list", "--status", "approved")
    assert "Bo" in out and "Amira" not in out
    _, out, _ = run(capsys, database_url, "payments", "list", "--participant", str(world.amira))
    assert "Amira" in out and "Bo" not in out
    _, out, _ = run(capsys, database_url, "payments", "list", "--project", str(world.project))
    assert "Amira" in out and "Bo" not in out
    _, out, _ = run(
        capsys, database_url, "payments", "list", "--from", "15/11/2025", "--to", "2025-12-31",
        "--format", "csv",
    )  # fmt: skip
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:3] == ["Payment ID", "Person ID", "Name"]
    assert [row[0] for row in rows[1:]] == [str(late)]
    assert rows[1][8] == "20.00"
    code, out, err = run(capsys, database_url, "payments", "list", "--status", "paid")
    assert code == 0 and out == "" and "No payments match" in err

    code, _, err = run(
        capsys, database_url, "payments", "list", "--from", "2025-12-01", "--to", "2025-11-01"
    )
    assert code == 2 and "before --from" in err
    assert "draft, approved" in refused(capsys, database_url, "payments", "list", "--status", "x")


# --- statement ----------------------------------------------------------------------------------
def test_statement_builds_the_statement_and_calls_the_pdf_writer(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[Statement, Path, dict[str, Any]]] = []

    def fake_writer(statement: Statement, path: Path, **options: Any) -> None:
        calls.append((statement, path, options))

    monkeypatch.setattr(statement_pdf, "write_statement_pdf", fake_writer)
    with writing(database_url) as session:
        counted = fee(session, world.amira, 3750, DAY)
        fee(session, world.amira, 999, DAY)  # a draft: left out of statements
        payments.approve(session, [counted], "Sam")
    out_path = tmp_path / "amira.pdf"
    code, out, err = run(
        capsys, database_url, "payments", "statement", "--participant", "1", "--tax-year",
        "2025/26", "--out", str(out_path), "--font-size", "18",
    )  # fmt: skip
    assert code == 0, err
    assert f"Saved the 2025-26 statement for Amira (1 payment) to {out_path}" in out
    [(statement, path, options)] = calls
    assert path == out_path and options == {"font_size": 18}
    assert statement.tax_year == TaxYear(2025) and statement.name == "Amira"
    assert [line.amount_pence for line in statement.lines] == [3750]

    calls.clear()
    code, _, err = run(
        capsys, database_url, "payments", "statement", "--participant", "1", "--tax-year",
        "2024-25", "--out", str(out_path),
    )  # fmt: skip
    assert code == 0, err
    assert calls[0][2] == {} and calls[0][0].lines == []  # the writer's own default size


def test_statement_refuses_bad_input(
    capsys: pytest.CaptureFixture[str], database_url: str, world: World, tmp_path: Path
) -> None:
    out_path = str(tmp_path / "s.pdf")
    code, _, err = run(
        capsys, database_url, "payments", "statement", "--participant", "1", "--tax-year",
        "2025-26", "--out", str(tmp_path / "s.docx"),
    )  # fmt: skip
    assert code == 2 and "does not end in .pdf" in err
    assert "Write it like 2025-26" in refused(
        capsys, database_url, "payments", "statement", "--participant", "1", "--tax-year",
        "this year", "--out", out_path,
    )  # fmt: skip
    assert "the second year must follow the first" in refused(
        capsys, database_url, "payments", "statement", "--participant", "1", "--tax-year",
        "2025-27", "--out", out_path,
    )  # fmt: skip
    assert "not a whole number of points" in refused(
        capsys, database_url, "payments", "statement", "--participant", "1", "--tax-year",
        "2025-26", "--out", out_path, "--font-size", "big",
    )  # fmt: skip
    code, _, err = run(
        capsys, database_url, "payments", "statement", "--participant", "9", "--tax-year",
        "2025-26", "--out", out_path,
    )  # fmt: skip
    assert code == 3 and "no one with the number 9" in err
    assert not Path(out_path).exists()


def test_statement_writes_a_real_pdf(
    capsys: pytest.CaptureFixture[str], database_url: str, world: World, tmp_path: Path
) -> None:
    with writing(database_url) as session:
        counted = fee(session, world.amira, 3750, DAY)
        payments.approve(session, [counted], "Sam")
    out_path = tmp_path / "statement.pdf"
    code, _, err = run(
        capsys, database_url, "payments", "statement", "--participant", "1", "--tax-year",
        "2025-26", "--out", str(out_path),
    )  # fmt: skip
    assert code == 0, err
    assert out_path.read_bytes().startswith(b"%PDF")
    code, _, err = run(
        capsys, database_url, "payments", "statement", "--participant", "1", "--tax-year",
        "2025-26", "--out", str(out_path), "--font-size", "8",
    )  # fmt: skip
    assert code == 2 and "too small for large print" in err
