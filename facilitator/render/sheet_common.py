"""What every participant worksheet shares: context, header band, the question."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from facilitator.render.document import frame_size
from facilitator.render.parts import gap, header_band, highlight
from facilitator.render.style import MUTED, Options, Styles, purpose_colour, stylesheet, text
from facilitator.render.writing import WriteBox, clip
from facilitator.structures.model import Configuration, Step, Structure, format_minutes


@dataclass(frozen=True)
class Sheet:
    structure: Structure
    options: Options
    invitation: str | None
    s: Styles
    width: float
    height: float
    colour: colors.Color

    @classmethod
    def make(cls, structure: Structure, options: Options, invitation: str | None) -> Sheet:
        width, height = frame_size(options)
        first = structure.purposes[0] if structure.purposes else None
        question = invitation.strip() if invitation and invitation.strip() else None
        return cls(structure, options, question, stylesheet(options), width, height,
                   purpose_colour(first))

    @property
    def big(self) -> bool:
        return self.options.large_print

    def step(self, configuration: Configuration, nth: int = 0) -> Step | None:
        """The nth step done in this configuration, if the structure has one."""
        found = [st for st in self.structure.steps if st.configuration == configuration]
        return found[nth] if len(found) > nth else None

    def minutes(self, configuration: Configuration, nth: int = 0) -> str:
        step = self.step(configuration, nth)
        return format_minutes(step.minutes) if step else ""

    def note(self, value: str) -> Paragraph:
        return Paragraph(text(value), self.s.body.clone("sheetnote", textColor=MUTED))


Builder = Callable[[Sheet], list[Flowable]]


def header(sheet: Sheet, title: str | None = None, kicker: str = "Worksheet",
           ask: str = "Our question", rows: int = 2) -> list[Flowable]:
    """Band with the sheet's title, then the question everyone works on (unless ``ask`` is "")."""
    st = sheet.structure
    band = header_band(title or st.name, st.purposes, sheet.s, sheet.width,
                       kicker=f"{st.name} · {kicker}" if title else kicker)
    story: list[Flowable] = [band, gap(sheet.s, 0.7)]
    if ask:
        story += question(sheet, ask, rows)
    return story


def question(sheet: Sheet, label: str = "Our question", rows: int = 2) -> list[Flowable]:
    """The session's question in a box, or a space to write it in (the file's wording as example)."""
    if sheet.invitation:
        return [highlight(label, text(sheet.invitation), sheet.colour, sheet.s, sheet.width),
                gap(sheet.s, 0.6)]
    example = f"for example: {clip(sheet.structure.invitation)}" if sheet.structure.invitation else ""
    return [WriteBox(label, sheet.s, sheet.colour, hint=example, rows=rows)]
