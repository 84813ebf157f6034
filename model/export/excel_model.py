"""The live part of the Excel annex: sheets Invoer and Parameters and one calculation sheet per stream.

- *Invoer*: the gemeente's input (after the scenario) as values (yellow: a value, not a formula).
- *Parameters*: every parameter per year of the set; one defined name per parameter, named as
  its key (``lpo_rijk`` is the row of the loon- en prijsbijstelling rijksbijdragen). Derived
  years are formulas (indexation products, the ophoging following the taakstelling), so
  changing ``lpo_rijk`` moves ``bw_bedrag_per_plek`` and ``si_macro``. Scenario values are
  orange. The price index ``idx`` (from the basisjaar) is the last row.
- One sheet per stream: its lines, then the intermediate quantities, all formulas
  (:mod:`model.export.excel_formules`), with the model's result stored as each formula's value.

The calculation columns are the result's years; a rule that reads an earlier year (the
verdeelmodel's peiljaar, last year's reserve) reads the model's value of that year as a literal.
"""
from __future__ import annotations

from model.export.excel_cellen import (GEGEVEN, JA_NEE, KOPGROEP, OMLOOP, PROCENT, SCENARIO, SUBTITEL, VET, EURO, Blad,
                                       cel, formaat_voor, getaltekst, kolom, parameterformaat)
from model.export.excel_formules import Formules
from model.invoer import REEKSEN, VELDEN
from model.parameters import groeifactor
from model.regels import CATALOGUS, STROMEN, TUSSEN, stroomregels

KOP = 4
EERSTE = 3   # first year column on every calculation sheet


def _status_tekst(p, jaren) -> str:
    delen: list[tuple[str, int, int]] = []
    for j in jaren:
        s = p.status_in(j)
        if delen and delen[-1][0] == s and delen[-1][2] == j - 1:
            delen[-1] = (s, delen[-1][1], j)
        else:
            delen.append((s, j, j))
    return "; ".join(f"{s} {a}" + (f"–{b}" if b != a else "") for s, a, b in delen)


class Rekenmodel:
    """Writes Invoer, Parameters and the stream sheets; gives the cell of every quantity and year."""

    def __init__(self, wb, opmaak, resultaat, ondertitel: str):
        self.wb, self.opmaak, self.r = wb, opmaak, resultaat
        self.ondertitel = ondertitel
        self.bron = resultaat.parameterbron
        self.set = self.bron.set
        self.pjaren = tuple(self.set.jaren)
        self.jaren = resultaat.jaren
        self.veldcel: dict[str, str] = {}
        self.reekscel: dict[tuple[str, int], str] = {}
        self.pcel: dict[tuple[str, int], str] = {}
        self.idxcel: dict[int, str] = {}
        #: (quantity, year) -> (sheet, row, column)
        self.plaats: dict[tuple[str, int], tuple[Blad, int, int]] = {}
        self._pwaarde: dict[tuple[str, int], float] = {}

    # -- references --------------------------------------------------------------------
    def pwaarde(self, sleutel: str, jaar: int) -> float:
        sj = (sleutel, jaar)
        if sj not in self._pwaarde:
            self._pwaarde[sj] = self.bron.value(sleutel, jaar)
        return self._pwaarde[sj]

    def P(self, sleutel: str, jaar: int) -> str:
        return self.pcel[(sleutel, jaar)]

    def V(self, veld: str) -> str:
        return self.veldcel[veld]

    def R(self, reeks: str, jaar: int) -> str:
        return self.reekscel[(reeks, jaar)]

    def IDX(self, jaar: int) -> str:
        return self.idxcel[jaar]

    def referentie(self, sleutel: str, jaar: int, vanaf: Blad | None = None) -> str:
        """The cell of a quantity in a year (same sheet: without the sheet name), else the model's value."""
        plek = self.plaats.get((sleutel, jaar))
        if plek is None:
            return getaltekst(self.r.knoop(sleutel, jaar).waarde)
        blad, rij, k = plek
        adres = cel(rij, k)
        return adres if blad is vanaf else f"{blad.ref}!{adres}"

    # -- Invoer ------------------------------------------------------------------------
    def invoer(self) -> Blad:
        b = Blad(self.wb, self.opmaak, "Invoer")
        b.titel("Invoer van de gemeente (na toepassing van het scenario)", self.ondertitel)
        invoer = self.r.invoer
        b.kopregel(KOP, ["Gegeven", "Waarde", "Toelichting"])
        rij = KOP + 1
        for veld in VELDEN:
            if veld.blad is None and not hasattr(invoer, veld.sleutel):
                continue
            waarde = getattr(invoer, veld.sleutel, None)
            b.tekst(rij, 1, veld.label)
            if isinstance(waarde, bool):
                b.getal(rij, 2, waarde, JA_NEE, GEGEVEN)
            elif isinstance(waarde, (int, float)):
                formaat = {"percentage": PROCENT, "euro": EURO, "jaar": "0"}.get(veld.soort, "#,##0.##")
                b.getal(rij, 2, waarde, formaat, GEGEVEN)
            elif waarde is None:
                b.tekst(rij, 2, "niet ingevuld", SUBTITEL)
            else:
                b.tekst(rij, 2, waarde, GEGEVEN)
            b.tekst(rij, 3, veld.toelichting, SUBTITEL)
            self.veldcel[veld.sleutel] = f"Invoer!{cel(rij, 2, True)}"
            rij += 1
        reeksjaren = sorted({j for r in REEKSEN for j in invoer.reeks(r.sleutel)} | set(invoer.edities))
        if reeksjaren:
            rij += 1
            b.kopregel(rij, ["Reeks", "Blad", *reeksjaren])
            rij += 1
            for reeks in REEKSEN:
                waarden = invoer.reeks(reeks.sleutel)
                if not waarden:
                    continue
                b.tekst(rij, 1, reeks.label)
                b.tekst(rij, 2, reeks.blad)
                for i, jaar in enumerate(reeksjaren):
                    if jaar in waarden:
                        b.getal(rij, 3 + i, waarden[jaar], EURO if reeks.soort == "euro" else "#,##0.##", GEGEVEN)
                        self.reekscel[(reeks.sleutel, jaar)] = f"Invoer!{cel(rij, 3 + i, True)}"
                rij += 1
            if invoer.edities:
                b.tekst(rij, 1, "Editie van de circulaire")
                for i, jaar in enumerate(reeksjaren):
                    if jaar in invoer.edities:
                        b.tekst(rij, 3 + i, invoer.edities[jaar], GEGEVEN, OMLOOP)
                rij += 1
        if invoer.samenwerkingsverband:
            rij += 1
            b.kopregel(rij, ["Samenwerkingsverband: gemeente", "Doelgroepenregister"])
            rij += 1
            for lid in invoer.samenwerkingsverband:
                b.tekst(rij, 1, lid.gemeente)
                b.getal(rij, 2, lid.doelgroepenregister, "#,##0", GEGEVEN)
                rij += 1
        rij += 1
        b.tekst(rij, 1, "Gele cellen zijn ingevoerde waarden; de rekenbladen verwijzen ernaar.", SUBTITEL)
        b.breedtes({1: 45, 2: 22, **{3 + i: 14 for i in range(len(reeksjaren))}})
        b.afdrukken(KOP, (1, 1), (KOP + 1, 2), liggend=len(reeksjaren) > 6)
        return b

    # -- Parameters ---------------------------------------------------------------------
    def parameters(self) -> Blad:
        b = Blad(self.wb, self.opmaak, "Parameters")
        b.titel("Parameters per jaar (rijnamen in formules: de sleutel, bijvoorbeeld lpo_rijk)", self.ondertitel)
        jaren = self.pjaren
        na = EERSTE + len(jaren)
        b.kopregel(KOP, ["Parameter", "Eenheid", *jaren, "Status", "Bron", "Naam"])
        rijen: dict[str, int] = {}
        rij = KOP + 1
        # rows first (a derived year may refer to a parameter further down)
        volgorde: list[tuple[str, str]] = []
        for sleutel, p in self.set.parameters.items():
            if p.afleiding is not None and p.afleiding.soort == "pad_indexatie":
                volgorde.append(("pad", sleutel))
            volgorde.append(("param", sleutel))
        for soort, sleutel in volgorde:
            rijen[f"{soort}:{sleutel}"] = rij
            if soort == "param":
                for i, j in enumerate(jaren):
                    self.pcel[(sleutel, j)] = f"Parameters!{cel(rij, EERSTE + i)}"
            rij += 1
        idxrij = rij + 1
        for i, j in enumerate(jaren):
            self.idxcel[j] = f"Parameters!{cel(idxrij, EERSTE + i)}"
        formules = Formules(self.r, self.P, self.V, self.R, self.referentie, self.IDX, self.pwaarde)
        for soort, sleutel in volgorde:
            p = self.set.parameter(sleutel)
            rij = rijen[f"{soort}:{sleutel}"]
            if soort == "pad":
                a = p.afleiding
                b.tekst(rij, 1, f"{p.label}: gepubliceerd pad (prijzen {a.prijspeil})")
                b.tekst(rij, 2, p.eenheid)
                for i, j in enumerate(jaren):
                    b.getal(rij, EERSTE + i, p.waarden[j], parameterformaat(p.eenheid, p.waarden[j]), GEGEVEN)
                b.tekst(rij, na + 1, p.bron)
                continue
            b.tekst(rij, 1, p.label)
            b.tekst(rij, 2, p.eenheid)
            for i, j in enumerate(jaren):
                waarde = self.pwaarde(sleutel, j)
                formaat = parameterformaat(p.eenheid, waarde)
                if self.bron.is_scenario(sleutel, j):
                    b.getal(rij, EERSTE + i, waarde, formaat, SCENARIO)
                    continue
                formule = self._afgeleid(p, j, formules, rijen)
                if formule is None:
                    b.getal(rij, EERSTE + i, waarde, formaat, GEGEVEN)
                else:
                    b.formule(rij, EERSTE + i, formule, waarde, formaat)
            b.tekst(rij, na, _status_tekst(p, jaren))
            b.tekst(rij, na + 1, p.bron)
            b.tekst(rij, na + 2, sleutel, SUBTITEL)
            self.wb.define_name(sleutel, f"=Parameters!${kolom(EERSTE)}${rij}:${kolom(na - 1)}${rij}")
        # the price index of the basisjaar
        basisjaar = self.r.invoer.basisjaar
        b.tekst(idxrij, 1, f"Index prijzen basisjaar {basisjaar} (loon- en prijsbijstelling kosten gemeente)", VET)
        b.tekst(idxrij, 2, "index")
        for i, j in enumerate(jaren):
            waarde = groeifactor(self.pwaarde, "lpo", basisjaar, j)
            if j == basisjaar:
                b.getal(idxrij, EERSTE + i, 1.0, "0.0000")
            elif j == basisjaar + 1 or j < basisjaar:
                b.formule(idxrij, EERSTE + i, formules.groei("lpo", basisjaar, j)[1:], waarde, "0.0000")
            else:
                b.formule(idxrij, EERSTE + i, f"{cel(idxrij, EERSTE + i - 1)}*(1+{self.P('lpo', j)})", waarde, "0.0000")
        b.tekst(idxrij, na + 2, "idx", SUBTITEL)
        self.wb.define_name("idx", f"=Parameters!${kolom(EERSTE)}${idxrij}:${kolom(na - 1)}${idxrij}")
        rij = idxrij + 2
        for regel in ("Gele cellen: vastgestelde waarden en aannames van de parameterset; oranje: waarden uit het "
                      "scenario; wit: formules (afgeleide jaren).",
                      "Een afgeleid jaar volgt de afleidingsregel van de parameterset (REKENREGELS §2): indexatie met "
                      "het product van (1 + indexatie) per jaar, of het macrobedrag van de ophoging dat de landelijke "
                      "taakstelling volgt tot het startjaar van de forfaitaire LKS."):
            b.tekst(rij, 1, regel, SUBTITEL)
            rij += 1
        b.breedtes({1: 48, 2: 14, **{EERSTE + i: 14 for i in range(len(jaren))}, na: 34, na + 1: 34, na + 2: 30})
        b.afdrukken(KOP, (1, 2), (KOP + 1, EERSTE), laatste_kolom=na + 1)
        return b

    def _afgeleid(self, p, jaar: int, f: Formules, rijen: dict[str, int]) -> str | None:
        """The formula of a derived parameter year (model.parameters.afgeleide_waarde), or None for a value."""
        a = p.afleiding
        if a is None:
            return None
        if a.soort == "pad_indexatie":
            pad = cel(rijen[f"pad:{p.sleutel}"], EERSTE + self.pjaren.index(jaar))
            return pad + f.groei(a.index, a.prijspeil, jaar)

        def anker(j: int) -> str:
            if self.bron.is_scenario(p.sleutel, j):
                return getaltekst(p.waarden[j])
            return cel(rijen[f"param:{p.sleutel}"], EERSTE + self.pjaren.index(j))

        if a.soort == "volgt":
            if jaar in p.waarden:
                basis = getaltekst(p.waarden[jaar])
            else:
                vorig = max(j for j in p.waarden if j < jaar)
                basis = f"{anker(vorig)}*{self.P(a.reeks, jaar)}/{self.P(a.reeks, vorig)}"
            return f"IF({jaar}>={self.P(a.tot, jaar)},0,{basis})"
        if jaar in p.waarden:
            return None
        vorig = max(j for j in p.waarden if j < jaar)
        return anker(vorig) + f.groei(a.index, vorig, jaar)

    # -- stream sheets --------------------------------------------------------------------
    def stromen(self) -> list[Blad]:
        """One calculation sheet per stream: rows are placed first, then every formula is written."""
        bladen: list[tuple[Blad, str, list]] = []
        for stroom, naam in STROMEN.items():
            b = Blad(self.wb, self.opmaak, naam)
            regels = list(stroomregels(stroom))
            tussen = [g for g in CATALOGUS if g.groep == TUSSEN and g.stroom == stroom]
            indeling: list = [("kop", "Regels")] + [("regel", g) for g in regels] + \
                [("kop", "Berekening (tussenuitkomsten)")] + [("regel", g) for g in tussen]
            rij = KOP + 1
            for soort, inhoud in indeling:
                if soort == "regel":
                    for i, j in enumerate(self.jaren):
                        self.plaats[(inhoud.sleutel, j)] = (b, rij, EERSTE + i)
                rij += 1
            bladen.append((b, stroom, indeling))
        formules = Formules(self.r, self.P, self.V, self.R, self.referentie, self.IDX, self.pwaarde)
        for b, stroom, indeling in bladen:
            formules.Q = lambda s, j, b=b: self.referentie(s, j, b)
            b.titel(f"{STROMEN[stroom]}: regels en berekening", self.ondertitel)
            b.kopregel(KOP, ["Regel", "Taakveld", *self.jaren])
            rij = KOP + 1
            for soort, inhoud in indeling:
                if soort == "kop":
                    b.tekst(rij, 1, inhoud, KOPGROEP)
                    rij += 1
                    continue
                g = inhoud
                b.tekst(rij, 1, self.r.label(g.sleutel), VET if g.groep != TUSSEN else None)
                b.tekst(rij, 2, "" if g.taakveld == "memo" else g.taakveld)
                for i, (j, waarde) in enumerate(zip(self.jaren, self.r.reeks(g.sleutel))):
                    formule = formules.formule(g.sleutel, j)
                    formaat = formaat_voor(g.eenheid)
                    if formule is None:
                        b.tekst(rij, EERSTE + i, "–", {"align": "right"})
                    else:
                        b.formule(rij, EERSTE + i, formule, waarde, formaat)
                rij += 1
            rij += 1
            b.tekst(rij, 1, "Rekenregels", VET)
            rij += 1
            for soort, g in indeling:
                if soort != "regel" or not g.uitleg:
                    continue
                b.tekst(rij, 1, self.r.label(g.sleutel), OMLOOP)
                uitleg = g.uitleg + (f" (bron: {g.bron})" if g.bron else "")
                b.ws.merge_range(rij - 1, 1, rij - 1, 1 + len(self.jaren), uitleg, self.opmaak(OMLOOP))
                b.ws.set_row(rij - 1, 12.5 * max(1, len(uitleg) // (13 * len(self.jaren) + 9) + 1))
                rij += 1
            b.breedtes({1: 50, 2: 9, **{EERSTE + i: 13 for i in range(len(self.jaren))}})
            b.afdrukken(KOP, (1, 2), (KOP + 1, EERSTE), liggend=len(self.jaren) > 5)
        return [b for b, _, _ in bladen]

    def regelcel(self, sleutel: str, jaar: int) -> str:
        """The cell of an output line on its stream sheet, as a reference from another sheet."""
        blad, rij, k = self.plaats[(sleutel, jaar)]
        return f"{blad.ref}!{cel(rij, k)}"

