"""Side panel: where a selected figure comes from (rule, parameters with status and source, inputs)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTextBrowser

from model.invoer import REEKS, VELD
from model.eenheden import eenheid_van, waarde_tekst
from model.paden import resource_pad
from model.regels import GROOTHEID
from model.resultaat import Herkomst, Resultaat
from model.scenario import bereik_tekst
from model.uitwerking import (CIRCULAIRE, GROOTHEIDSVERWIJZING, INVOERREEKS, INVOERVELD, PARAMETER, Uitwerking,
                              Verwijzing, toon, uitwerking)
from ui.tabelmodel import opgemaakt

STATUS_TEKST = {
    "vastgesteld": "vastgesteld",
    "afgeleid": "afgeleid",
    "aanname": "aanname",
    "voorgenomen": "voorgenomen beleid (nog geen wet; als aanname)",
    "scenario": "aangepast in scenario",
}


@lru_cache(maxsize=1)
def _bronnen() -> dict[str, str]:
    try:
        data = json.loads(resource_pad("bronnen.json").read_text(encoding="utf-8"))
        return {b["code"]: f"{b.get('uitgever', '')}, {b.get('titel', '')}".strip(", ") for b in data["bronnen"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


@lru_cache(maxsize=1)
def _korte_bronnen() -> dict[str, str]:
    try:
        data = json.loads(resource_pad("bronnen.json").read_text(encoding="utf-8"))
        return {b["code"]: b.get("uitgever") or b.get("titel") or b["code"] for b in data["bronnen"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def leesbare_bron(tekst: str) -> str:
    """A source as a reader says it: ``000 §5.11; 003`` -> ``Divosa §5.11 (bron 000); Ministerie van SZW
    (bron 003)`` (the code stays, for the list of sources). Unknown codes and free text stay as they are."""
    bekend = _korte_bronnen()

    def naam(m: re.Match) -> str:
        code, rest = m.group(1), m.group(2).rstrip()
        return f"{bekend[code]}{rest} (bron {code})" if code in bekend else m.group(0)
    return re.sub(r"\b(\d{3})\b([^;]*)", naam, tekst or "")


def bronnen_bij(*teksten: str) -> str:
    """'000 = Divosa, Financiën …; 003 = …' for the source codes mentioned in ``teksten``."""
    codes = sorted({c for t in teksten for c in re.findall(r"\b(\d{3})\b", t or "")})
    bekend = _bronnen()
    return "; ".join(f"{c} = {bekend[c]}" for c in codes if c in bekend)


def _invoernaam(sleutel: str) -> str:
    veld = VELD.get(sleutel) or REEKS.get(sleutel.split(":")[0].split("@")[0])
    return veld.label if veld else sleutel


def _link(v: Verwijzing) -> str:
    return f"{v.soort}:{v.sleutel}:{'' if v.jaar is None else v.jaar}"


def berekening_html(u: Uitwerking) -> str:
    """The rule filled in: names, then the numbers, each number a link to its own explanation."""
    ingevuld = escape(u.ingevuld)
    # link every term's number in the filled-in formula, left to right
    delen, rest = [], ingevuld
    for t in u.termen:
        tekst = escape(t.tekst)
        i = rest.find(tekst)
        if i < 0 or t.verwijzing is None:
            continue
        delen.append(rest[:i] + f"<a href='{_link(t.verwijzing)}' title='{escape(t.naam)}'>{tekst}</a>")
        rest = rest[i + len(tekst):]
    gevuld = "".join(delen) + rest
    uitkomst = escape(toon(u.waarde, GROOTHEID[u.sleutel].eenheid))
    # a rule that takes one value as it is reads "formule = € X", not "formule = € X = € X"
    regels = [escape(u.formule)]
    if ingevuld == uitkomst:
        regels.append(f"= <b>{gevuld}</b>")
    else:
        if ingevuld != escape(u.formule):
            regels.append(f"= {gevuld}")
        regels.append(f"= <b>{uitkomst}</b>")
    return (f"<p><b>Berekening</b><br>{'<br>'.join(regels)}"
            "<br><small><a href='kopieer:'>Kopiëren</a> · kies een getal voor de uitleg ervan</small></p>")


def _eenheidtekst(eenheid: str) -> str:
    """`` (euro)`` after a figure; nothing for a percentage, whose figure already says so."""
    soort = eenheid_van(eenheid)
    return f" ({soort.tekst})" if soort.tekst and not soort.is_procent else ""


def uitleg_html(herkomst: Herkomst, berekening: Uitwerking | None = None, label: str | None = None) -> str:
    regel = herkomst.regel
    delen = [f"<h3>{escape(label or regel.label)} — {herkomst.jaar}</h3>",
             f"<p><b>{escape(opgemaakt(regel, herkomst.waarde))}</b>"
             + _eenheidtekst(regel.eenheid) + "</p>"]
    if berekening is not None:
        delen.append(berekening_html(berekening))
    delen.append(f"<p><b>Rekenregel</b><br>{escape(regel.uitleg)}</p>")
    if regel.bron:
        delen.append(f"<p><b>Bron</b>: {escape(leesbare_bron(regel.bron))}</p>")
    if herkomst.circulaire_gebruikt:
        delen.append("<p><b>Circulaire</b>: dit bedrag komt rechtstreeks uit de circulaire van dit jaar.</p>")
    elif herkomst.circulairejaren:
        jaren = ", ".join(f"{_invoernaam(s)} {j}" for s, j in herkomst.circulairejaren)
        delen.append(f"<p><b>Circulaire</b>: geraamd; gebruikt circulairebedragen: {escape(jaren)}.</p>")
    else:
        delen.append("<p><b>Circulaire</b>: niet gebruikt; het bedrag is geraamd.</p>")
    if herkomst.parameters:
        items = "".join(
            f"<li>{escape(p.label)} ({p.jaar}): <b>{escape(waarde_tekst(p.waarde, p.eenheid))}</b><br>"
            f"<i>{escape(STATUS_TEKST.get(p.status, p.status))}</i>"
            + (f"; {escape(leesbare_bron(p.bron))}" if p.bron else "")
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


def parameter_html(r: Resultaat, sleutel: str, jaar: int) -> str:
    g = r.parametergebruik(sleutel, jaar)
    p = r.parameterbron.set.parameter(sleutel)
    delen = [f"<h3>{escape(g.label)} — {jaar}</h3>", f"<p><b>{escape(toon(g.waarde, g.eenheid))}</b></p>",
             f"<p><b>Status</b>: {escape(STATUS_TEKST.get(g.status, g.status))}"
             + (f"; {escape(leesbare_bron(g.bron))}" if g.bron else "") + "</p>"]
    if g.toelichting:
        delen.append(f"<p>{escape(g.toelichting)}</p>")
    delen.append(f"<p><small>Zinvolle waarden: {escape(bereik_tekst(*p.bereik, p.eenheid))}. Aan te passen op het "
                 "tabblad Aannames.</small></p>")
    return "".join(delen)


def invoer_html(r: Resultaat, soort: str, sleutel: str, jaar: int | None) -> str:
    veld = VELD.get(sleutel) if soort == INVOERVELD else REEKS.get(sleutel)
    if veld is None:
        return ""
    waarde = getattr(r.invoer, sleutel) if soort == INVOERVELD else r.invoer.reeks(sleutel).get(jaar)
    eenheid = getattr(veld, "soort", "getal")
    blad = veld.blad or "scenario"
    kop = f"{veld.label}" + (f" — {jaar}" if jaar is not None else "")
    waar = "circulaire, " if soort == CIRCULAIRE else ""
    return (f"<h3>{escape(kop)}</h3><p><b>{escape(toon(waarde, eenheid) if waarde is not None else 'leeg')}</b></p>"
            f"<p><b>Invoer</b> ({waar}blad {escape(blad)})<br>{escape(veld.toelichting)}</p>")


class UitlegPaneel(QTextBrowser):
    LEEG = ("<p>Kies een bedrag in de tabel om te zien hoe het is berekend: de rekenregel ingevuld met de "
            "gebruikte waarden, de parameters met hun status en bron, de gebruikte invoer en of de circulaire "
            "is gebruikt.</p>")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Uitleg bij het gekozen bedrag")
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._volg)
        self._getoond = ""
        self._zet_html(self.LEEG)
        self.gekozen: tuple[str, int] | None = None
        self.resultaat: Resultaat | None = None
        self.berekening: Uitwerking | None = None
        self._terug: list[tuple[str, Uitwerking | None]] = []   # earlier pages: html and their worked calculation

    def toon(self, resultaat: Resultaat | None, sleutel: str | None, jaar: int | None) -> None:
        self._terug.clear()
        self._toon(resultaat, sleutel, jaar)

    def _toon(self, resultaat: Resultaat | None, sleutel: str | None, jaar: int | None) -> None:
        self.resultaat = resultaat
        if resultaat is None or sleutel is None or jaar is None or sleutel not in GROOTHEID \
                or (sleutel, jaar) not in resultaat.knopen:
            self.gekozen, self.berekening = None, None
            self._zet_html(self.LEEG)
            return
        self.gekozen = (sleutel, jaar)
        try:
            self.berekening = uitwerking(resultaat, sleutel, jaar)
        except (AssertionError, ArithmeticError, TypeError, ValueError, KeyError):
            self.berekening = None   # the explanation without the filled-in formula, never a crash
        if jaar in resultaat.onbekend.get(sleutel, ()):   # no worked calculation of a placeholder 0
            self.berekening = None
            self._zet(f"<h3>{escape(resultaat.label(sleutel))} — {jaar}</h3><p><b>onbekend</b></p>"
                      f"<p>{escape(resultaat.onbekend_tekst(sleutel))}</p>")
            return
        self._zet(uitleg_html(resultaat.herkomst(sleutel, jaar), self.berekening, resultaat.label(sleutel)))

    def _zet(self, html: str) -> None:
        terug = "<p><small><a href='terug:'>← terug</a></small></p>" if self._terug else ""
        self._huidig = html
        self._zet_html(terug + html)

    def _zet_html(self, html: str) -> None:
        """Lay the text out again only when it changed: an edit elsewhere leaves most explanations as they are."""
        if html != self._getoond:
            self._getoond = html
            self.setHtml(html)

    def _volg(self, url: QUrl) -> None:
        """A click on a number: show that value's own explanation; 'terug' returns, 'Kopiëren' copies."""
        soort, _, rest = url.toString().partition(":")
        sleutel, _, jaar_tekst = rest.partition(":")
        jaar = int(jaar_tekst) if jaar_tekst.isdigit() else None
        r = self.resultaat
        if soort == "kopieer":
            if self.berekening is not None:
                QGuiApplication.clipboard().setText(self.berekening.tekst)
            return
        if soort == "terug":
            if self._terug:
                html, self.berekening = self._terug.pop()
                self._zet(html)
            return
        if r is None:
            return
        self._terug.append((self._huidig, self.berekening))
        if soort == GROOTHEIDSVERWIJZING:
            self._toon(r, sleutel, jaar)
        elif soort == PARAMETER:
            self.berekening = None
            self._zet(parameter_html(r, sleutel, jaar))
        elif soort in (INVOERVELD, INVOERREEKS, CIRCULAIRE):
            self.berekening = None
            self._zet(invoer_html(r, soort, sleutel, jaar))
