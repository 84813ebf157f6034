"""Findings about user input: a value, never an exception (ARCHITECTURE: errors are values)."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

FOUT = "fout"
WAARSCHUWING = "waarschuwing"


@dataclass(frozen=True)
class Bevinding:
    """One problem found in the input, in Dutch, located as precisely as possible."""

    ernst: str                  # FOUT stops the load, WAARSCHUWING is shown
    melding: str                # the Dutch sentence, complete on its own
    blad: str | None = None     # sheet name as the user wrote it
    cel: str | None = None      # e.g. "B5"
    label: str | None = None    # the label or column header concerned
    gevonden: str | None = None
    verwacht: str | None = None
    veld: str | None = None     # the input field key, for the UI to jump to
    jaar: int | None = None

    @property
    def is_fout(self) -> bool:
        return self.ernst == FOUT

    def plaats(self) -> str:
        delen = []
        if self.blad:
            delen.append(f"blad {self.blad}")
        if self.cel:
            delen.append(f"{'cellen' if ':' in self.cel else 'cel'} {self.cel}")
        return ", ".join(delen)

    def noemt_plaats(self) -> bool:
        """Whether the sentence itself already names the sheet and the cell (then nothing is added)."""
        return all(re.search(rf"\b{re.escape(deel)}(?!\w|:\w)", self.melding) for deel in self.plaats().split(", "))

    def tekst(self) -> str:
        """``Fout: Naam gemeente ontbreekt in blad Gemeente, cel B4.``: the place before the full stop."""
        plaats = self.plaats()
        melding = met_plaats(self.melding, plaats) if plaats and not self.noemt_plaats() else self.melding
        return f"{self.ernst.capitalize()}: {melding}"

    def naar_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}


def met_plaats(zin: str, plaats: str) -> str:
    """Put ``in <plaats>`` at the end of the sentence's first clause (before its first ``;``, ``—`` or stop)."""
    einde = re.search(r"; | — |[.?!](?= |$)", zin)
    i = einde.start() if einde else len(zin.rstrip())
    return f"{zin[:i]} in {plaats}{zin[i:] if einde else '.'}"
