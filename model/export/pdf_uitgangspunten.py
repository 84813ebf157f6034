"""PDF appendix with the calculation-rules page (resources/rekenregels.md), so the printed annex
states the rules and the choices made where REKENREGELS is silent, as the app's Help does.

Only the small markdown subset that page uses is converted: ``#``/``##`` headings, ``- `` bullets
(with indented continuation lines), paragraphs, ``**bold**`` and ``*italic*``.
"""
from __future__ import annotations

import re

from model.export.pdf_stijl import p, tekst
from model.paden import resource_pad

OVERSLAAN = {"Bronnen"}  # the sources have their own appendix


def _inline(regel: str) -> str:
    t = tekst(regel)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", t)
    return re.sub(r"`(.+?)`", r"\1", t)


def blokken(markdown: str) -> list[tuple[str, str]]:
    """(kind, text) blocks: kind is 'h2', 'punt' or 'tekst'; sections in OVERSLAAN are dropped."""
    uit: list[tuple[str, str]] = []
    huidig: list[str] = []
    soort = "tekst"
    overslaan = False

    def sluit():
        nonlocal huidig
        if huidig and not overslaan:
            uit.append((soort, " ".join(huidig)))
        huidig = []

    for regel in markdown.splitlines():
        kaal = regel.strip()
        if regel.startswith("# "):
            sluit()
            continue
        if regel.startswith("## "):
            sluit()
            overslaan = kaal[3:] in OVERSLAAN
            if not overslaan:
                uit.append(("h2", kaal[3:]))
            continue
        if not kaal:
            sluit()
            continue
        if regel.startswith("- "):
            sluit()
            soort, huidig = "punt", [kaal[2:]]
            continue
        if not huidig:
            soort = "tekst"
        huidig.append(kaal)
    sluit()
    return uit


def uitgangspunten(c) -> list:
    try:
        markdown = resource_pad("rekenregels.md").read_text(encoding="utf-8")
    except OSError:
        return []
    uit = [c.bijlage("Rekenregels en uitgangspunten"),
           p("Hoe Infraraming elk bedrag berekent, en welke keuzes het maakt waar de landelijke rekenregels "
             "niets voorschrijven.", "tekst")]
    for soort, inhoud in blokken(markdown):
        if soort == "h2":
            uit.append(p(tekst(inhoud), "h2", opgemaakt=True))
        elif soort == "punt":
            uit.append(p("•&nbsp;" + _inline(inhoud), "tekst", opgemaakt=True))
        else:
            uit.append(p(_inline(inhoud), "tekst", opgemaakt=True))
    return uit
