"""How someone asked for a meeting pack or summary to be printed: text size, easy read, paper
and high contrast. Checked here, so the command line and the screen refuse the same things with
the same words."""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.reports.document import (
    BLACK_ON_WHITE,
    PAPER_SIZES,
    YELLOW_ON_BLACK,
    Theme,
    check_paper,
)

# Meeting papers go from 14 to 24 point: above 24 a line holds too few words to read well on
# A4 (choose A3 for bigger pages instead). RNIB clear print asks for 16 to 18 for large print.
MIN_SIZE = 14
MAX_SIZE = 24
DEFAULT_SIZE = 16
PAPERS = tuple(PAPER_SIZES)  # ("A4", "A3")


def check_meeting_font_size(font_size: int) -> int:
    """The text size, or a plain-English ValueError when it is not one these documents use."""
    if isinstance(font_size, bool) or not isinstance(font_size, int):
        raise ValueError(
            f"Text size must be a whole number of points from {MIN_SIZE} to {MAX_SIZE}, such as 16."
        )
    if font_size < MIN_SIZE:
        raise ValueError(
            f"Text size {font_size} points is too small for large print. Choose a size from "
            f"{MIN_SIZE} to {MAX_SIZE} points (16 or 18 suits most people)."
        )
    if font_size > MAX_SIZE:
        raise ValueError(
            f"Text size {font_size} points is too big for meeting papers. Choose a size from "
            f"{MIN_SIZE} to {MAX_SIZE} points, or choose A3 paper for bigger pages."
        )
    return font_size


@dataclass(frozen=True)
class DocumentOptions:
    """``font_size``: body text in points (14 to 24; headings are larger). ``easy_read``: one
    idea on each line, shorter sentences, more space. ``paper``: "A4" or "A3".
    ``high_contrast``: yellow text on black (for reading on screen) instead of black on white.

    Raises ValueError, in plain English, for a size or paper out of range."""

    font_size: int = DEFAULT_SIZE
    easy_read: bool = False
    paper: str = "A4"
    high_contrast: bool = False

    def __post_init__(self) -> None:
        check_meeting_font_size(self.font_size)
        # Stored as "A4" or "A3" whatever the case it was given in.
        object.__setattr__(self, "paper", check_paper(self.paper))

    @property
    def theme(self) -> Theme:
        return YELLOW_ON_BLACK if self.high_contrast else BLACK_ON_WHITE
