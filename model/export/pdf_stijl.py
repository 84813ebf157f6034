"""Look of the PDF annex: paragraph styles, colours, page templates, header and "pagina X van Y"."""
from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

from model.export.opties import schoon

DONKER = colors.HexColor("#1F3B57")
ACCENT = colors.HexColor("#2E6F9E")
LICHT = colors.HexColor("#E8EEF4")
ZEBRA = colors.HexColor("#F5F7FA")
GRIJS = colors.HexColor("#6B7280")
LIJN = colors.HexColor("#C9D3DD")
BATEN_KLEUR = colors.HexColor("#2E6F9E")
LASTEN_KLEUR = colors.HexColor("#D08C3A")
SALDO_KLEUR = colors.HexColor("#1B1B1B")
POSITIEF = colors.HexColor("#3C8D5A")
#: the tornado's colours, the same as the app's chart (ui/grafieken/tornado.py: palette entries 4 and 0)
TORNADO_LAAG = colors.HexColor("#56B4E9")
TORNADO_HOOG = colors.HexColor("#0072B2")
NEGATIEF = colors.HexColor("#B8463C")

FONT, VETFONT, SCHUINFONT = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

STAAND, LIGGEND = "staand", "liggend"
MARGE_LR, MARGE_BOVEN, MARGE_ONDER = 1.8 * cm, 2.2 * cm, 1.9 * cm

INHOUD_REGEL = 15
_TEKENS = {"\u2212": "-", "\u2009": " ", "\u202f": " ", "\u2011": "-"}


#: What stands in the PDF for characters its fonts cannot draw (right-to-left scripts, Cyrillic, emoji, CJK): a
#: clear note in place instead of a black square. Helvetica draws the Windows-1252 set; reportlab falls back on
#: Symbol (Greek, arrows) and ZapfDingbats for what those fonts hold.
NIET_AFDRUKBAAR = "[teken niet af te drukken]"


@lru_cache(maxsize=4096)
def _tekenbaar(teken: str) -> bool:
    from reportlab.pdfbase.pdfmetrics import getFont
    font = getFont(FONT)
    for f in (font, *font.substitutionFonts):
        try:
            teken.encode(f.encName)
            return True
        except (UnicodeEncodeError, LookupError):
            continue
    return False


def _afdrukbaar(t: str) -> str:
    """``t`` with every run of characters the PDF fonts cannot draw replaced by :data:`NIET_AFDRUKBAAR`."""
    if t.isascii():
        return t
    uit, in_run = [], False
    for teken in t:
        if _tekenbaar(teken):
            uit.append(teken)
            in_run = False
        else:
            if not in_run:
                uit.append(NIET_AFDRUKBAAR)
            in_run = True
    samen = "".join(uit)
    dubbel = f"{NIET_AFDRUKBAAR} {NIET_AFDRUKBAAR}"
    while dubbel in samen:   # words of one script in a row: one note
        samen = samen.replace(dubbel, NIET_AFDRUKBAAR)
    return samen


def tekst(waarde) -> str:
    """User or model text made safe for reportlab's paragraph markup (``<``, ``&``, ``>``)."""
    return escape(platte_tekst(waarde))


def platte_tekst(waarde) -> str:
    """Text for canvas.drawString (no markup): control characters and unsupported glyphs replaced."""
    t = schoon(waarde)
    for oud, nieuw in _TEKENS.items():
        t = t.replace(oud, nieuw)
    return _afdrukbaar(t)


def _stijl(naam: str, **kw) -> ParagraphStyle:
    basis = dict(fontName=FONT, fontSize=9.5, leading=12.5, textColor=colors.black)
    basis.update(kw)
    return ParagraphStyle(naam, **basis)


STIJL = {
    "titel": _stijl("titel", fontName=VETFONT, fontSize=24, leading=30, textColor=DONKER, spaceAfter=10),
    "ondertitel": _stijl("ondertitel", fontSize=14, leading=19, textColor=ACCENT, spaceAfter=24),
    "h1": _stijl("h1", fontName=VETFONT, fontSize=15, leading=19, textColor=DONKER, spaceBefore=4, spaceAfter=8),
    "h2": _stijl("h2", fontName=VETFONT, fontSize=11.5, leading=15, textColor=DONKER, spaceBefore=10, spaceAfter=5),
    "tekst": _stijl("tekst", spaceAfter=6),
    "klein": _stijl("klein", fontSize=8, leading=10.2, textColor=GRIJS, spaceAfter=4),
    "noot": _stijl("noot", fontName=SCHUINFONT, fontSize=8, leading=10.2, textColor=GRIJS, spaceBefore=2, spaceAfter=8),
    "cel": _stijl("cel", fontSize=8, leading=9.6),
    "celvet": _stijl("celvet", fontName=VETFONT, fontSize=8, leading=9.6),
    "celkop": _stijl("celkop", fontName=VETFONT, fontSize=8, leading=9.6, textColor=colors.white),
    "celkoprechts": _stijl("celkoprechts", fontName=VETFONT, fontSize=8, leading=9.6, textColor=colors.white,
                           alignment=TA_RIGHT),
    "celgroep": _stijl("celgroep", fontName=VETFONT, fontSize=8, leading=9.6, textColor=DONKER),
    "celrechts": _stijl("celrechts", fontSize=8, leading=9.6, alignment=TA_RIGHT),
    # a part of the line above it (model.regels.INSPRONG), set in also where its label wraps
    "celin": _stijl("celin", fontSize=8, leading=9.6, leftIndent=10),
    "gegeven": _stijl("gegeven", fontSize=10.5, leading=15, alignment=TA_LEFT),
}


def p(waarde, stijl: str = "tekst", opgemaakt: bool = False) -> Paragraph:
    """A paragraph; ``opgemaakt=True`` when the text already contains trusted markup."""
    return Paragraph(waarde if opgemaakt else tekst(waarde), STIJL[stijl])


class InhoudPlaats(Spacer):
    """Reserves room on the title page for the table of contents, drawn once page numbers are known."""


def maak_canvas(kop_links: str, kop_rechts: str, voet_links: str, inhoud: dict | None = None,
                datum=None, concept: bool = False):
    """A canvas class that draws header and footer with "pagina X van Y" once the page count is known.

    ``datum`` becomes the PDF's creation and modification date (the annex date, so the file stays
    byte-identical for the same date); ``concept`` draws a CONCEPT watermark on every page.

    ``inhoud`` is filled by :class:`Bijlagedocument` while building: the headings with their page
    and where the :class:`InhoudPlaats` landed; the contents are drawn there at save time.
    """
    inhoud = inhoud if inhoud is not None else {}

    class GenummerdCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._paginas: list[dict] = []
            if datum is not None:
                stempel = f"D:{datum.year:04d}{datum.month:02d}{datum.day:02d}000000+00'00'"
                self.setDateFormatter(lambda *_: stempel)

        def showPage(self):
            self._paginas.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            totaal = len(self._paginas)
            for staat in self._paginas:
                self.__dict__.update(staat)
                if concept:
                    self._concept()
                if self._pageNumber > 1:
                    self._kop_en_voet(totaal)
                if inhoud.get("plaats") and inhoud["plaats"][0] == self._pageNumber:
                    self._inhoudsopgave()
                Canvas.showPage(self)
            Canvas.save(self)

        def _inhoudsopgave(self) -> None:
            _, x, y, breedte = inhoud["plaats"]
            self.saveState()
            self.setFont(VETFONT, 11.5)
            self.setFillColor(DONKER)
            self.drawString(x, y - 14, "Inhoud")
            y -= 32
            self.setFont(FONT, 9.5)
            for titel, pagina in inhoud.get("koppen", ()):
                self.setFillColor(colors.black)
                titel = _kort(titel, FONT, 9.5, breedte - 60)
                self.drawString(x, y, titel)
                self.drawRightString(x + breedte, y, str(pagina))
                self.setStrokeColor(LIJN)
                self.setDash(1, 2)
                self.line(x + stringWidth(titel, FONT, 9.5) + 4, y + 2, x + breedte - 16, y + 2)
                self.setDash()
                y -= INHOUD_REGEL
            self.restoreState()

        def _concept(self) -> None:
            breedte, hoogte = self._pagesize
            self.saveState()
            self.setFillColor(colors.Color(0.72, 0.27, 0.24, alpha=0.16))
            self.setFont(VETFONT, 96)
            self.translate(breedte / 2, hoogte / 2)
            self.rotate(35)
            self.drawCentredString(0, -34, "CONCEPT")
            self.restoreState()

        def _kop_en_voet(self, totaal: int) -> None:
            breedte, hoogte = self._pagesize
            self.saveState()
            self.setStrokeColor(LIJN)
            self.setLineWidth(0.6)
            y_kop = hoogte - MARGE_BOVEN + 0.75 * cm
            self.line(MARGE_LR, y_kop - 4, breedte - MARGE_LR, y_kop - 4)
            self.setFont(VETFONT, 8)
            self.setFillColor(DONKER)
            self.drawString(MARGE_LR, y_kop, _kort(kop_links, VETFONT, 8, breedte / 2 - MARGE_LR))
            self.setFont(FONT, 8)
            self.setFillColor(GRIJS)
            self.drawRightString(breedte - MARGE_LR, y_kop, _kort(kop_rechts, FONT, 8, breedte / 2 - MARGE_LR))
            y_voet = MARGE_ONDER - 0.9 * cm
            self.line(MARGE_LR, y_voet + 10, breedte - MARGE_LR, y_voet + 10)
            self.drawString(MARGE_LR, y_voet, _kort(voet_links, FONT, 7.5, breedte - 2 * MARGE_LR - 90))
            self.drawRightString(breedte - MARGE_LR, y_voet, f"pagina {self._pageNumber} van {totaal}")
            self.restoreState()

    return GenummerdCanvas


def _kort(t: str, font: str, grootte: float, breedte: float) -> str:
    """Shorten a header text with an ellipsis so it never runs into the other half."""
    t = platte_tekst(t)
    if len(t) <= 400 and stringWidth(t, font, grootte) <= breedte:
        return t
    # no glyph is narrower than a tenth of the font size: more characters than this never fit
    t = t[:int(breedte / (grootte * 0.1)) + 1]
    if stringWidth(t, font, grootte) <= breedte:
        return t
    laag, hoog = 0, len(t)   # the longest prefix that fits with the ellipsis: a binary search, not a loop per character
    while laag < hoog:
        midden = (laag + hoog + 1) // 2
        if stringWidth(t[:midden] + "…", font, grootte) <= breedte:
            laag = midden
        else:
            hoog = midden - 1
    return t[:laag] + "…"


class Bijlagedocument(BaseDocTemplate):
    """A4 document with a portrait and a landscape template and PDF outline entries for headings."""

    def __init__(self, bestand, inhoud: dict | None = None, eerste: str = STAAND, **kw):
        super().__init__(bestand, pagesize=A4, leftMargin=MARGE_LR, rightMargin=MARGE_LR,
                         topMargin=MARGE_BOVEN, bottomMargin=MARGE_ONDER, invariant=1, **kw)
        sjablonen = []
        for naam, formaat in ((STAAND, A4), (LIGGEND, landscape(A4))):
            b, h = formaat
            frame = Frame(MARGE_LR, MARGE_ONDER, b - 2 * MARGE_LR, h - MARGE_BOVEN - MARGE_ONDER, id=naam,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            sjablonen.append(PageTemplate(id=naam, frames=[frame], pagesize=formaat))
        sjablonen.sort(key=lambda s: s.id != eerste)   # the first page's template first
        self.addPageTemplates(sjablonen)
        self._bladwijzers = 0
        self.inhoud = inhoud if inhoud is not None else {}

    def afterFlowable(self, flowable):
        if isinstance(flowable, InhoudPlaats):
            frame = self.frame
            self.inhoud["plaats"] = (self.page, frame._x1, frame._y + flowable.height, frame._width)
            return
        if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
            if flowable.style.name == "h2" and not self._bladwijzers:
                return  # outline levels need a level-0 entry first
            self._bladwijzers += 1
            sleutel = f"h{self._bladwijzers}"
            self.canv.bookmarkPage(sleutel)
            self.canv.addOutlineEntry(flowable.getPlainText(), sleutel, level=0 if flowable.style.name == "h1" else 1)
            if flowable.style.name == "h1":
                self.inhoud.setdefault("koppen", []).append((flowable.getPlainText(), self.page))


def framebreedte(sjabloon: str) -> float:
    b = (landscape(A4) if sjabloon == LIGGEND else A4)[0]
    return b - 2 * MARGE_LR
