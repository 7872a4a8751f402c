"""The group's name remembered between runs: kept when it changes, and a settings file that
cannot be written only logged (forgetting a name is no reason to stop a document)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from coprod_desktop.settings import Settings, load_settings, remember_organisation, save_settings


def test_the_groups_name_is_remembered_beside_the_other_settings(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(approver_name="Priya Shah"), path)
    assert load_settings(path).organisation_name == ""
    remember_organisation("Riverside Carers' Network", path)
    settings = load_settings(path)
    assert settings.organisation_name == "Riverside Carers' Network"
    assert settings.approver_name == "Priya Shah"  # nothing else is touched
    remember_organisation("", path)  # cleared: the next letter or report is not signed
    assert json.loads(path.read_text(encoding="utf-8"))["organisation_name"] == ""


def test_a_settings_file_that_cannot_be_written_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        remember_organisation("Riverside", blocked / "settings.json")
    assert "Could not remember the group's name" in caplog.text
