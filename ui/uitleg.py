"""Side panel: where a selected figure comes from (rule, parameters with status and source, inputs)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from html import escape

from PySide6.QtWidgets import QTextBrowser

from model.invoer import REEKS, VELD
from model.opmaak import opmaak_eenheid
from model.paden import resource_pad
from model.regels import REGEL
from model.resultaat import Herkomst, Resultaat
from ui.tabelmodel import opgemaakt

STATUS_TEKST = {
    "vastgesteld": "vastgesteld",
    "afgeleid": "afgeleid",
    "aanname": "aanname",
    "scenario": "aangepast in scenario",
}


@lru_cache(maxsize=1)
def _bronnen() -> dict[str, str]:
    try:
        data = json.loads(resource_pad("bronnen.json").read_text(encoding="utf-8"))
        return {b["code"]: f"{b.get('uitgever', '')}, {b.get('titel', '')}".strip(", ") for b in data["bronnen"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def bronnen_bij(*teksten: str) -> str:
    """'000 = Divosa, Financiën …; 003 = …' for the source codes mentioned in ``teksten``."""
    codes = sorted({c for t in teksten for c in re.findall(r"\b(\d{3})\b", t or "")})
    bekend = _bronnen()
    return "; ".join(f"{c} = {bekend[c]}" for c in codes if c in bekend)


def _invoernaam(sleutel: str) -> str:
    veld = VELD.get(sleutel) or REEKS.get(sleutel.split(":")[0].split("@")[0])
    return veld.label if veld else sleutel


def uitleg_html(herkomst: Herkomst) -> str:
    regel = herkomst.regel
    delen = [f"<h3>{escape(regel.label)} — {herkomst.jaar}</h3>",
             f"<p><b>{escape(opgemaakt(regel, herkomst.waarde))}</b>"
             + (f" ({'euro' if regel.eenheid == 'EUR' else regel.eenheid})" if regel.eenheid else "") + "</p>",
             f"<p><b>Rekenregel</b><br>{escape(regel.uitleg)}</p>"]
    if regel.bron:
        delen.append(f"<p><b>Bron</b>: {escape(regel.bron)}</p>")
    if herkomst.circulaire_gebruikt:
        delen.append("<p><b>Circulaire</b>: dit bedrag komt rechtstreeks uit de circulaire van dit jaar.</p>")
    elif herkomst.circulairejaren:
        jaren = ", ".join(f"{_invoernaam(s)} {j}" for s, j in herkomst.circulairejaren)
        delen.append(f"<p><b>Circulaire</b>: geraamd; gebruikt circulairebedragen: {escape(jaren)}.</p>")
    else:
        delen.append("<p><b>Circulaire</b>: niet gebruikt; het bedrag is geraamd.</p>")
    if herkomst.parameters:
        items = "".join(
            f"<li>{escape(p.label)} ({p.jaar}): <b>{escape(opmaak_eenheid(p.waarde, p.eenheid))}</b><br>"
            f"<i>{escape(STATUS_TEKST.get(p.status, p.status))}</i>" + (f"; bron {escape(p.bron)}" if p.bron else "")
            + "</li>"
            for p in herkomst.parameters)
        delen.append(f"<p><b>Parameters</b></p><ul style='margin-left:-20px'>{items}</ul>")
    if herkomst.invoervelden:
        velden = sorted({_invoernaam(v) for v in herkomst.invoervelden})
        delen.append("<p><b>Invoer van de gemeente</b><br>" + escape(", ".join(velden)) + "</p>")
    bronnen = bronnen_bij(regel.bron, *(p.bron for p in herkomst.parameters))
    if bronnen:
        delen.append(f"<p><small><b>Bronnen</b>: {escape(bronnen)}</small></p>")
    return "".join(delen)


class UitlegPaneel(QTextBrowser):
    LEEG = ("<p>Kies een bedrag in de tabel om te zien hoe het is berekend: de rekenregel, de parameters "
            "met hun status en bron, de gebruikte invoer en of de circulaire is gebruikt.</p>")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Uitleg bij het gekozen bedrag")
        self.setOpenExternalLinks(False)
        self.setHtml(self.LEEG)
        self.gekozen: tuple[str, int] | None = None

    def toon(self, resultaat: Resultaat | None, sleutel: str | None, jaar: int | None) -> None:
        if resultaat is None or sleutel is None or jaar is None or sleutel not in REGEL or jaar not in resultaat.jaren:
            self.gekozen = None
            self.setHtml(self.LEEG)
            return
        self.gekozen = (sleutel, jaar)
        self.setHtml(uitleg_html(resultaat.herkomst(sleutel, jaar)))
