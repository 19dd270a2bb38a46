"""Where the presenter and the projector go, as a pure function of the screens' geometries.

Why a pure function: a laptop with one screen, a laptop with a projector, or a
projector plugged in on the other side are all decided here and tested without
a second monitor (offscreen Qt has one screen). With one screen the projector
must never cover the presenter's controls, so it opens beside it as an ordinary
window; with two screens it fills the one the presenter is not on. F8 swaps,
and the choice is kept per screen layout (``layout_key``) in the settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

GAP = 8  # between the two windows on one screen, so both frames stay visible
PROJECTOR_SHARE = 0.36  # of one screen's width for the projector window beside the presenter
PROJECTOR_MIN_WIDTH = 400


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    def contains(self, other: Rect) -> bool:
        return (self.x <= other.x and self.y <= other.y and other.right <= self.right
                and other.y + other.height <= self.y + self.height)

    def overlaps(self, other: Rect) -> bool:
        return (self.x < other.right and other.x < self.right
                and self.y < other.y + other.height and other.y < self.y + self.height)


@dataclass(frozen=True)
class Placement:
    presenter_screen: int
    presenter: Rect  # the window's frame
    projector_screen: int
    projector: Rect
    projector_full_screen: bool


def layout_key(screens: Sequence[Rect]) -> str:
    """One settings key per arrangement of screens: '0,0,1366x768;1366,0,1024x768'."""
    return ";".join(f"{s.x},{s.y},{s.width}x{s.height}" for s in screens)


def place(screens: Sequence[Rect], primary: int = 0, swapped: bool = False, presenter_width: int = 0) -> Placement:
    """The presenter and projector frames for these screens (available geometries).

    Two or more screens: the presenter fills the primary one (or the other after
    a swap) and the projector goes full screen on the other. One screen: side
    by side, the presenter on the left (the projector on the left after a swap),
    the projector narrower where the presenter needs ``presenter_width``.
    """
    if not screens:
        raise ValueError("no screen to place the windows on")
    if len(screens) > 1:
        other = next(i for i in range(len(screens)) if i != primary)
        mine, theirs = (other, primary) if swapped else (primary, other)
        return Placement(mine, screens[mine], theirs, screens[theirs], True)
    return _side_by_side(screens[0], swapped, presenter_width)


def _side_by_side(screen: Rect, swapped: bool, presenter_width: int) -> Placement:
    """One screen: a landscape (4:3) projector window beside the presenter, never over it.

    On a screen too narrow for both the projector keeps PROJECTOR_MIN_WIDTH and
    overlaps; it is an ordinary window the facilitator can move.
    """
    room = screen.width - presenter_width - GAP
    width = max(PROJECTOR_MIN_WIDTH, min(int(screen.width * PROJECTOR_SHARE), room))
    height = min(screen.height, width * 3 // 4)
    presenter_width = screen.width - width - GAP
    if swapped:
        projector = Rect(screen.x, screen.y, width, height)
        presenter = Rect(screen.x + width + GAP, screen.y, presenter_width, screen.height)
    else:
        presenter = Rect(screen.x, screen.y, presenter_width, screen.height)
        projector = Rect(presenter.right + GAP, screen.y, width, height)
    return Placement(0, presenter, 0, projector, False)
