"""``coprod report pack`` and ``coprod report summary``: meeting papers saved as PDF or DOCX,
with the text size, easy read, paper and contrast asked for; mistakes refused plainly, with
nothing saved."""

from __future__ import annotations

from pathlib import Path

import docx
import pikepdf
import pytest
from docx.shared import Pt

from coprod_desktop.cli import main
from coprod_desktop.storage.opening import open_database
from tests.core.meeting_fixtures import NEVER_PRINTED, PROJECT, TITLE, Meeting, build_meeting
from tests.core.pdf_checks import chars, docx_text, pdf_text, tags


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def built(database_url: str) -> Meeting:
    database = open_database(database_url).database
    try:
        with database.transaction() as session:
            return build_meeting(session)
    finally:
        database.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "documents"
    made.mkdir()
    return made


def test_saves_the_meeting_pack_as_a_pdf(
    capsys: pytest.CaptureFixture[str], database_url: str, built: Meeting, folder: Path
) -> None:
    out_path = folder / "pack.pdf"
    code, out, err = run(
        capsys, database_url, "report", "pack", "--session", str(built.meeting),
        "--out", str(out_path),
    )  # fmt: skip
    assert code == 0, err
    assert out.strip() == (
        f"Saved the meeting pack for {TITLE} (3 March 2026) to {out_path} (16 point, A4)."
    )
    with pikepdf.open(out_path) as pdf:
        assert str(pdf.docinfo.Title) == f"Meeting pack: {TITLE}, 3 March 2026"
        assert str(pdf.Root.Lang) == "en-GB"
        box = [round(float(v)) for v in pdf.pages[0].MediaBox]
    assert box[2:] == [595, 842]
    assert min(c["size"] for c in chars(out_path)) >= 16 - 0.01
    text = pdf_text(out_path)
    assert "What the meeting is for" in text and "Some people need large print." in text


def test_saves_an_easy_read_a3_high_contrast_summary(
    capsys: pytest.CaptureFixture[str], database_url: str, built: Meeting, folder: Path
) -> None:
    out_path = folder / "summary.pdf"
    code, out, err = run(
        capsys, database_url, "report", "summary", "--session", str(built.meeting),
        "--out", str(out_path), "--font-size", "20", "--easy-read", "--paper", "a3",
        "--high-contrast",
    )  # fmt: skip
    assert code == 0, err
    assert out.strip().endswith("(20 point, easy read, A3, high contrast).")
    with pikepdf.open(out_path) as pdf:
        box = [round(float(v)) for v in pdf.pages[0].MediaBox]
    assert box[2:] == [842, 1191]
    assert min(c["size"] for c in chars(out_path)) >= 20 - 0.01
    assert "/Table" not in tags(out_path)
    text = pdf_text(out_path)
    assert "It says who came." in text and "And 2 others." in text
    assert not any(words in text for words in NEVER_PRINTED)


def test_saves_a_project_summary_for_a_period_as_a_docx(
    capsys: pytest.CaptureFixture[str], database_url: str, built: Meeting, folder: Path
) -> None:
    out_path = folder / "Project.DOCX"  # the ending in any case
    code, out, err = run(
        capsys, database_url, "report", "summary", "--project", str(built.project),
        "--from", "01/02/2026", "--to", "2026-03-31", "--out", str(out_path),
        "--font-size", "18",
    )  # fmt: skip
    assert code == 0, err
    assert out.strip() == (
        f"Saved the summary of {PROJECT} from 1 February 2026 to 31 March 2026 to {out_path} "
        "(18 point, A4)."
    )
    document = docx.Document(str(out_path))
    assert document.core_properties.title == (
        f"Project summary: {PROJECT}, 1 February 2026 to 31 March 2026"
    )
    assert document.styles["Normal"].font.size == Pt(18)
    text = docx_text(document)
    assert "We held 2 meetings." in text and "Serve soup every week" in text
    assert not any(words in text for words in NEVER_PRINTED)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["pack", "--font-size", "30"], "too big for meeting papers"),
        (["pack", "--font-size", "12"], "too small for large print"),
        (["summary"], "Give either --session ID"),
        (["summary", "--project", "1"], "needs the period"),
        (["summary", "--session", "2", "--from", "2026-01-01"], "--from and --to are for"),
        (
            ["summary", "--project", "1", "--from", "2026-03-01", "--to", "2026-02-01"],
            "ends (2026-02-01) before it starts (2026-03-01)",
        ),
        (["summary", "--session", "2", "--project", "1"], "Give either --session ID"),
    ],
)
def test_mistakes_are_refused_plainly_and_nothing_is_saved(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    built: Meeting,
    folder: Path,
    args: list[str],
    message: str,
) -> None:
    command = [args[0]]
    if args[0] == "pack":
        command += ["--session", str(built.meeting)]
    code, out, err = run(
        capsys, database_url, "report", *command, *args[1:], "--out", str(folder / "x.pdf")
    )
    assert code == 2, err
    assert out == ""
    assert message in err and "Nothing was saved." in err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("name", ["pack.odt", "pack"])
def test_refuses_other_file_endings(
    capsys: pytest.CaptureFixture[str], database_url: str, built: Meeting, folder: Path, name: str
) -> None:
    code, out, err = run(
        capsys, database_url, "report", "pack", "--session", str(built.meeting),
        "--out", str(folder / name),
    )  # fmt: skip
    assert code == 2 and out == ""
    assert f"'{name}'" in err and ".pdf" in err and ".docx" in err and "Nothing was saved." in err
    assert list(folder.iterdir()) == []


def test_a_bad_paper_size_is_explained(
    capsys: pytest.CaptureFixture[str], database_url: str, built: Meeting, folder: Path
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--db", database_url, "report", "pack", "--session", "1", "--paper", "letter",
              "--out", str(folder / "x.pdf")])  # fmt: skip
    assert stopped.value.code == 2
    assert "Paper 'letter' is not one this app prints: a4 or a3." in capsys.readouterr().err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    "args",
    [
        ["pack", "--session", "99"],
        ["summary", "--session", "99"],
        ["summary", "--project", "99", "--from", "2026-01-01", "--to", "2026-12-31"],
    ],
)
def test_no_such_session_or_project(
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    built: Meeting,
    folder: Path,
    args: list[str],
) -> None:
    code, out, err = run(capsys, database_url, "report", *args, "--out", str(folder / "x.pdf"))
    assert code == 3 and out == ""
    assert "There is no" in err and "with the number 99." in err
    assert list(folder.iterdir()) == []
