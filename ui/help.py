"""Help: the calculation rules (from model.regels), the sources, and about."""
from __future__ import annotations

import json
import re
from html import escape

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from model import __version__
from model.paden import resource_pad
from model.regels import GROEPNAMEN, REGELS, STROMEN



def rekenregels_html() -> str:
    delen = ["<h2>Rekenregels</h2><p>Elke regel van de begroting, met de taakveld en hoe het bedrag wordt "
             "berekend. Kies in het Overzicht een bedrag voor de parameters en invoer die het gebruikt.</p>"]
    for stroom, naam in list(STROMEN.items()) + [("totaal", "Totalen")]:
        regels = [r for r in REGELS if r.stroom == stroom]
        if not regels:
            continue
        delen.append(f"<h3>{escape(naam)}</h3><dl>")
        for r in regels:
            taakveld = f", taakveld {r.taakveld}" if r.taakveld and r.taakveld != "memo" else ""
            bron = f" <i>(bron {escape(r.bron)})</i>" if r.bron else ""
            delen.append(f"<dt><b>{escape(r.label)}</b> — {GROEPNAMEN[r.groep]}{taakveld}</dt>"
                         f"<dd>{escape(r.uitleg)}{bron}</dd>")
        delen.append("</dl>")
    delen.append("<hr>" + _uitgangspunten_html())
    return "".join(delen)


def _uitgangspunten_html() -> str:
    """The full calculation-rules page (resources/rekenregels.md): missing years, shares, choices."""
    try:
        tekst = resource_pad("rekenregels.md").read_text(encoding="utf-8")
    except OSError:
        return ""
    document = QTextDocument()
    document.setMarkdown(tekst.replace("# Rekenregels Infraraming", "# Uitgangspunten en keuzes", 1))
    romp = re.search(r"<body[^>]*>(.*)</body>", document.toHtml(), re.S)
    return romp.group(1) if romp else ""


def bronnen_html() -> str:
    try:
        bronnen = json.loads(resource_pad("bronnen.json").read_text(encoding="utf-8"))["bronnen"]
    except (OSError, ValueError, KeyError):
        return "<p>De lijst met bronnen is niet meegeleverd.</p>"
    rijen = "".join(
        f"<p><b>{escape(b.get('code', ''))}</b> {escape(b.get('uitgever', ''))}: <i>{escape(b.get('titel', ''))}</i>"
        f"{' (' + escape(b['datum']) + ')' if b.get('datum') else ''}<br>{escape(b.get('gebruikt_voor', ''))}</p>"
        for b in bronnen)
    return "<h2>Bronnen</h2><p>De parameters en rekenregels verwijzen met een code naar deze bronnen.</p>" + rijen


def aan_de_slag_html() -> str:
    """Help › Aan de slag: from an empty workbook to the begrotingsbijlage, with the Voorbeeldgemeente."""
    return (
        "<h2>Aan de slag</h2>"
        "<p>Infraraming start met de <b>Voorbeeldgemeente</b>: fictieve cijfers waarmee u meteen kunt "
        "rondkijken. Zo komt u tot de cijfers van uw eigen gemeente:</p>"
        "<ol>"
        "<li><p><b>Sjabloon maken en invullen.</b> Kies <i>Bestand › Nieuw invoerbestand (sjabloon)</i> (Ctrl+N) "
        "voor een leeg werkboek, of <i>Bestand › Invoerbestand met de Voorbeeldgemeente</i> om te zien hoe een "
        "ingevuld werkboek eruitziet. Vul het in Excel of LibreOffice in: de gegevens van de gemeente, de "
        "meerjarige reeksen (taakstelling, realisatie, plekken) en de bedragen uit de circulaire. Elk blad "
        "legt uit wat er in een cel hoort.</p></li>"
        "<li><p><b>Openen.</b> Kies <i>Bestand › Invoer openen</i> (Ctrl+I) of sleep het werkboek op het venster. "
        "Klopt er iets niet, dan staat op het tabblad <i>Bevindingen</i> wat er mis is, met blad en cel; het "
        "open project blijft dan zoals het was. Dubbelklik op een bevinding om naar het veld te gaan, of kies "
        "<i>Werkboek openen</i> om het werkboek te herstellen; daarna leest <i>Bestand › Opnieuw inlezen</i> (F5) "
        "het opnieuw in, met behoud van uw aanpassingen. Is het gelukt, dan toont het <i>Overzicht</i> de "
        "begroting per jaar. Kies een bedrag om te zien hoe het is berekend.</p></li>"
        "<li><p><b>Aannames en scenario's.</b> Op het tabblad <i>Aannames</i> past u een parameter aan "
        "(Ctrl+Z maakt het ongedaan, Ctrl+Y doet het opnieuw). Een gegeven van de gemeente dat u daar wijzigt, "
        "is een <i>invoercorrectie</i>: die geldt voor elk scenario. Op <i>Scenario's</i> maakt u eigen scenario's naast de "
        "standaardscenario's en vergelijkt u ze met Basis; <i>Gevoeligheid</i> toont welke aanname het meeste "
        "uitmaakt. Sla het project op (Ctrl+S) om alles te bewaren.</p></li>"
        "<li><p><b>Exporteren.</b> <i>Bestand › Exporteren</i> maakt de begrotingsbijlage als PDF of Excel voor "
        "college en raad; <i>Bestand › Afdrukken</i> (Ctrl+P) drukt de begroting af. Met Ctrl+C kopieert u "
        "cellen uit elke tabel om in Excel te plakken.</p></li>"
        "</ol>"
        "<p>Opnieuw beginnen met de Voorbeeldgemeente kan altijd via <i>Bestand › Voorbeeldgemeente opnieuw "
        "beginnen</i>. De rekenregels staan onder <i>Help › Rekenregels</i>.</p>")


def over_html() -> str:
    return (f"<h2>Infraraming {escape(__version__)}</h2>"
            "<p>Meerjarenraming sociale infrastructuur voor gemeenten: beschut werk, Wsw, impulsbudget "
            "sociale infrastructuur en loonkostensubsidie.</p>"
            "<p>De bedragen komen uit het rekenmodel met de landelijke parameterset en de invoer van uw gemeente. "
            "Elk bedrag kan laten zien waar het vandaan komt.</p><p>Licentie: EUPL-1.2.</p>")


class TekstVenster(QDialog):
    def __init__(self, titel: str, html: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(titel)
        self.resize(720, 640)
        self.tekst = QTextBrowser()
        self.tekst.setAccessibleName(titel)
        self.tekst.setHtml(html)
        knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knoppen.rejected.connect(self.reject)
        laag = QVBoxLayout(self)
        laag.addWidget(self.tekst)
        laag.addWidget(knoppen)
