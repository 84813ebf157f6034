"""The live part of the Excel annex: sheets Invoer and Parameters and one calculation sheet per stream.

- *Invoer*: the gemeente's input (after the scenario) as values (yellow: a value, not a formula).
- *Parameters*: every parameter per year of the set; one defined name per parameter, named as
  its key (``lpo_rijk`` is the row of the loon- en prijsbijstelling rijksbijdragen). Derived
  years are formulas generated from the set's derivation rule (:func:`model.parameters.afgeleide_waarde`),
  so changing ``lpo_rijk`` moves ``bw_bedrag_per_plek`` and ``si_macro``. Scenario values are
  orange. The price index ``idx`` (from the basisjaar) is the last row.
- One sheet per stream: its lines, then the intermediate quantities, all formulas generated from
  the rules themselves (:mod:`model.export.excel_afleiding`), with the model's value stored as each
  formula's result. A quantity the model cannot compute (None) that a formula reads is an empty
  yellow cell to fill in (read as 0, the rule's placeholder); the lines the model reports as unknown
  read "onbekend" while such a cell is empty, and show their amount once it is filled in.

The calculation columns are the result's years, plus every earlier year a formula reads (last
year's reserve, the years the verdeelmodel's lag can point at): those columns are grouped and
folded away, and they are formulas too, so a changed parameter moves them as well.
"""
from __future__ import annotations

from model.export.excel_cellen import (GEGEVEN, JA_NEE, KOPGROEP, OMLOOP, PROCENT, SCENARIO, SUBTITEL, VET, EURO, Blad,
                                       ONBEKEND_FORMAAT, cel, formaat_voor, kolom, parameterformaat)
from model.export.excel_afleiding import Excelafleiding, Formule, formuletekst
from model.export.opties import schoon
from model.invoer import REEKSEN, VELDEN
from model.parameters import afgeleide_waarde
from model.regels import CATALOGUS, GROOTHEID, STROMEN, TUSSEN, stroomregels
from model.rekenregels import GROOTHEDEN

GROOTHEID_STROOM = {s: g.stroom for s, g in GROOTHEID.items()}

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
        self._padrij: dict[str, int] = {}
        self._getallen = None
        self._nodig: set | None = None
        #: while a cell's formula is generated: the quantities it reads (for the "onbekend" conditions)
        self._gelezen: set | None = None
        #: (quantity, year) -> what its formula reads; and the empty input cells: a quantity the model cannot
        #: compute (None) that a formula reads (reading it as 0 is the rule's placeholder, REKENREGELS §4.5)
        self._leest: dict[tuple[str, int], frozenset] = {}
        self.leeg: dict[tuple[str, int], str] = {}
        self._onbekend_opmaak = None

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
            b.tekst(rij, 3, veld.toelichting, SUBTITEL, {"indent": 1})   # never against the value ("€ 8.000ja")
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
                b.ws.set_row(rij - 1, 27)   # "septembercirculaire 2025" wraps to two lines: room for both
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
        self._padrij: dict[str, int] = {}
        rij = KOP + 1
        rijen: dict[str, int] = {}
        # rows first (a derived year may refer to a parameter further down)
        for sleutel, p in self.set.parameters.items():
            if p.afleiding is not None and p.afleiding.soort == "pad_indexatie":
                self._padrij[sleutel] = rij
                rij += 1
            rijen[sleutel] = rij
            for i, j in enumerate(jaren):
                self.pcel[(sleutel, j)] = f"Parameters!{cel(rij, EERSTE + i)}"
            rij += 1
        idxrij = rij + 1
        for i, j in enumerate(jaren):
            self.idxcel[j] = f"Parameters!{cel(idxrij, EERSTE + i)}"
        lezer = self.afleiding()
        for sleutel, p in self.set.parameters.items():
            if sleutel in self._padrij:
                prij, a = self._padrij[sleutel], p.afleiding
                b.tekst(prij, 1, f"{p.label}: gepubliceerd pad (prijzen {a.prijspeil})")
                b.tekst(prij, 2, p.eenheid)
                for i, j in enumerate(jaren):
                    b.getal(prij, EERSTE + i, p.waarden[j], parameterformaat(p.eenheid, p.waarden[j]), GEGEVEN)
                b.tekst(prij, na + 1, p.bron)
            rij = rijen[sleutel]
            b.tekst(rij, 1, p.label)
            b.tekst(rij, 2, p.eenheid)
            for i, j in enumerate(jaren):
                waarde = self.pwaarde(sleutel, j)
                formaat = parameterformaat(p.eenheid, waarde)
                if self.bron.is_scenario(sleutel, j):
                    b.getal(rij, EERSTE + i, waarde, formaat, SCENARIO)
                    continue
                formule = self._afgeleid(p, j, lezer)
                if formule is None:
                    b.getal(rij, EERSTE + i, waarde, formaat, GEGEVEN)
                else:
                    b.formule(rij, EERSTE + i, formule, waarde, formaat)
            b.tekst(rij, na, _status_tekst(p, jaren))
            b.tekst(rij, na + 1, p.bron)
            b.tekst(rij, na + 2, sleutel, SUBTITEL)
            self.wb.define_name(sleutel, f"=Parameters!${kolom(EERSTE)}${rij}:${kolom(na - 1)}${rij}")
        # the price index of the basisjaar: the idx rule, one year at a time
        basisjaar = self.r.invoer.basisjaar
        b.tekst(idxrij, 1, f"Index prijzen basisjaar {basisjaar} (loon- en prijsbijstelling kosten gemeente)", VET)
        b.tekst(idxrij, 2, "index")
        for i, j in enumerate(jaren):
            formule = self.formule(lezer, "idx", j)
            waarde = self.getallen.get("idx", j)
            if formule is None or j == basisjaar:
                b.getal(idxrij, EERSTE + i, waarde, "0.0000")
            else:
                b.formule(idxrij, EERSTE + i, formule, waarde, "0.0000")
        b.tekst(idxrij, na + 2, "idx", SUBTITEL)
        self.wb.define_name("idx", f"=Parameters!${kolom(EERSTE)}${idxrij}:${kolom(na - 1)}${idxrij}")
        rij = idxrij + 2
        laatste = EERSTE + max(i for i, j in enumerate(jaren) if j <= self.jaren[-1])
        for regel in ("Gele cellen: vastgestelde waarden en aannames van de parameterset; oranje: waarden uit het "
                      "scenario; wit: formules (afgeleide jaren).",
                      "Een afgeleid jaar volgt de afleidingsregel van de parameterset (REKENREGELS §2): indexatie met "
                      "het product van (1 + indexatie) per jaar vanaf het laatste bekende jaar, of het macrobedrag van "
                      "de ophoging dat de landelijke taakstelling volgt tot het startjaar van de forfaitaire LKS."):
            # wrapped within the printed columns (a footnote never runs past the page's right edge)
            b.tekst(rij, 1, regel, SUBTITEL)
            b.ws.merge_range(rij - 1, 0, rij - 1, laatste - 1, regel, self.opmaak(SUBTITEL, OMLOOP))
            b.ws.set_row(rij - 1, 27)
            rij += 1
        b.breedtes({1: 48, 2: 14, **{EERSTE + i: 14 for i in range(len(jaren))}, na: 34, na + 1: 34, na + 2: 30})
        # printed: the parameters in the annex's years (the live model keeps every year; status and source are
        # in the annex's Aannames), one page wide and readable
        b.afdrukken(KOP, (1, 2), (KOP + 1, EERSTE), laatste_kolom=laatste)
        # the choices the formulas cannot make live: fixed when this annex was written (model.term.schrijfkeuze);
        # for whoever changes cells in Excel, below the printed area (the raad's print stays within its pages)
        from model.term import SCHRIJFKEUZES
        rij += 1
        b.tekst(rij, 1, "Bij het schrijven vastgelegd (wijzig hiervoor het werkboek en maak de bijlage opnieuw):", VET)
        rij += 1
        for zin in SCHRIJFKEUZES.values():
            b.tekst(rij, 1, "• " + zin, SUBTITEL)
            rij += 1
        return b

    # -- the rules as formulas --------------------------------------------------------------
    @property
    def getallen(self):
        """A number evaluator over the result's input: the value behind every cell (also outside its years)."""
        if self._getallen is None:
            self._getallen = self.r.knopen.rekenkern()
        return self._getallen

    def _basis(self, sleutel: str, jaar: int):
        """A parameter's stored value: the published path's cell, or the stored number as a literal."""
        if sleutel in self._padrij:
            return Formule(f"Parameters!{cel(self._padrij[sleutel], EERSTE + self.pjaren.index(jaar))}",
                           self.set.parameter(sleutel).waarden[jaar])
        return Formule.van(self.set.parameter(sleutel).waarde(jaar))

    def _Q(self, sleutel: str, jaar: int, vanaf: Blad | None = None) -> str | None:
        if self._gelezen is not None:
            self._gelezen.add((sleutel, jaar))
        if sleutel == "idx":
            return self.idxcel.get(jaar)
        plek = self.plaats.get((sleutel, jaar))
        if plek is None:
            if self._nodig is not None and GROOTHEID_STROOM.get(sleutel) in STROMEN:
                self._nodig.add((sleutel, jaar))
                return f"{sleutel}{jaar}"
            return None
        blad, rij, k = plek
        adres = cel(rij, k)
        return adres if blad is vanaf else f"{blad.ref}!{adres}"

    def afleiding(self, vanaf: Blad | None = None) -> Excelafleiding:
        return Excelafleiding(self.getallen, lambda s, j: self.pcel.get((s, j)), self.V, self.R,
                              lambda s, j: self._Q(s, j, vanaf), self._basis)

    def formule_op(self, sleutel: str, jaar: int, hier) -> str | None:
        """A quantity's rule as a formula on another sheet: ``hier(key, year)`` gives the cells of that sheet,
        anything else refers to the stream sheets (the Overzicht's totals over its own rows)."""
        lezer = Excelafleiding(self.getallen, lambda s, j: self.pcel.get((s, j)), self.V, self.R,
                               lambda s, j: hier(s, j) or self._Q(s, j), self._basis)
        return self.formule(lezer, sleutel, jaar)

    def formule(self, lezer: Excelafleiding, sleutel: str, jaar: int) -> str | None:
        try:
            return formuletekst(GROOTHEDEN[sleutel](lezer, jaar))
        except Exception:   # noqa: BLE001 - a year the model cannot calculate has no formula ("–")
            return None

    def _afgeleid(self, p, jaar: int, lezer: Excelafleiding) -> str | None:
        """The formula of a derived parameter year, from the set's derivation rule; None for a stored value."""
        if p.afleiding is None:
            return None
        f = Formule.van(afgeleide_waarde(p, jaar, lezer))
        if f.tekst == Formule.van(p.waarden.get(jaar)).tekst:
            return None   # a stored year: the value itself
        return f.tekst

    # -- stream sheets --------------------------------------------------------------------
    def stromen(self) -> list[Blad]:
        """One calculation sheet per stream: rows and columns are placed first, then every formula is written.

        Columns: the result's years plus every earlier year a formula reads, found by generating the
        formulas once and collecting what they refer to (repeated until nothing new is needed).
        """
        per_stroom = {stroom: [("kop", "Regels")] + [("regel", g) for g in stroomregels(stroom)]
                      + [("kop", "Berekening (tussenuitkomsten)")]
                      + [("regel", g) for g in CATALOGUS if g.groep == TUSSEN and g.stroom == stroom and g.sleutel != "idx"]
                      for stroom in STROMEN}
        nodig = {(g.sleutel, j) for indeling in per_stroom.values() for soort, g in indeling if soort == "regel"
                 for j in self.jaren}
        gedaan: set = set()
        self._nodig = set()
        lezer = self.afleiding()
        while nodig - gedaan:
            for s, j in sorted(nodig - gedaan):
                gedaan.add((s, j))
                self.formule(lezer, s, j)
            nodig |= self._nodig
        self._nodig = None
        bladen: list[tuple[Blad, str, list, list[int]]] = []
        for stroom, indeling in per_stroom.items():
            b = Blad(self.wb, self.opmaak, STROMEN[stroom])
            sleutels = {g.sleutel for soort, g in indeling if soort == "regel"}
            jaren = sorted({j for s, j in nodig if s in sleutels} | set(self.jaren))
            rij = KOP + 1
            for soort, g in indeling:
                if soort == "regel":
                    for i, j in enumerate(jaren):
                        if (g.sleutel, j) in nodig:
                            self.plaats[(g.sleutel, j)] = (b, rij, EERSTE + i)
                rij += 1
            bladen.append((b, stroom, indeling, jaren))
        # every cell's formula first, with what it reads: a quantity the model cannot compute (None) that a formula
        # reads is an empty input cell, never text (a formula over text is #VALUE!)
        formules: dict[tuple[str, int], str | None] = {}
        for b, _, indeling, jaren in bladen:
            lezer = self.afleiding(b)
            for soort, g in indeling:
                for j in jaren if soort == "regel" else ():
                    if (g.sleutel, j) in self.plaats:
                        self._gelezen = set()
                        formules[(g.sleutel, j)] = self.formule(lezer, g.sleutel, j)
                        self._leest[(g.sleutel, j)] = frozenset(self._gelezen)
        self._gelezen = None
        gelezen = set().union(*self._leest.values())
        for sj, formule in formules.items():
            if formule is None and sj in gelezen and self.getallen.get(*sj) is None:
                blad, rij, k = self.plaats[sj]
                self.leeg[sj] = f"leeg_{sj[0]}_{sj[1]}"
                self.wb.define_name(self.leeg[sj], f"={blad.ref}!${kolom(k)}${rij}")
        # the taakvelden as used, as on the Overzicht sheet (the gemeente's own choices, v3)
        gebruikt = self.r.invoer.taakvelden_in_gebruik()
        for b, stroom, indeling, jaren in bladen:
            b.titel(f"{STROMEN[stroom]}: regels en berekening", self.ondertitel)
            eerder = [j for j in jaren if j < self.jaren[0]]
            b.kopregel(KOP, ["Regel", "Taakveld", *jaren])
            rij = KOP + 1
            for soort, g in indeling:
                if soort == "kop":
                    b.tekst(rij, 1, g, KOPGROEP)
                    rij += 1
                    continue
                b.tekst(rij, 1, self.r.label(g.sleutel), VET if g.groep != TUSSEN else None)
                b.tekst(rij, 2, "" if g.taakveld == "memo" else gebruikt.get(g.sleutel, g.taakveld))
                formaat = formaat_voor(g.eenheid)
                for i, j in enumerate(jaren):
                    if (g.sleutel, j) not in self.plaats:
                        continue
                    formule = formules[(g.sleutel, j)]
                    waarde = self.getallen.get(g.sleutel, j)
                    if (g.sleutel, j) in self.leeg:   # to be filled in; until then the rule's placeholder 0
                        b.getal(rij, EERSTE + i, None, formaat, GEGEVEN)
                        b.ws.data_validation(rij - 1, EERSTE + i - 1, rij - 1, EERSTE + i - 1, {
                            "validate": "any", "input_title": "Onbekend: vul in",
                            "input_message": schoon(f"{self.r.label(g.sleutel)} {j} kan niet worden berekend: de "
                                                    "invoer ontbreekt. Vul hier de waarde in; de cellen die ervan "
                                                    "afhangen rekenen mee en tonen dan een bedrag in plaats van "
                                                    "'onbekend'.")[:255]})
                    elif formule is None:
                        b.tekst(rij, EERSTE + i, "–", {"align": "right"})
                    elif j in self.r.onbekend.get(g.sleutel, ()):
                        self.onbekend(b, rij, EERSTE + i, formule, g.sleutel, j, formaat)
                    else:   # a value not available for this input stays live: the formula stays
                        b.formule(rij, EERSTE + i, formule, "" if waarde is None else waarde, formaat)
                rij += 1
            rij += 1
            b.tekst(rij, 1, "Rekenregels", VET)
            rij += 1
            for soort, g in indeling:
                if soort != "regel" or not g.uitleg:
                    continue
                b.tekst(rij, 1, self.r.label(g.sleutel), OMLOOP)
                uitleg = g.uitleg + (f" (bron: {g.bron})" if g.bron else "")
                # over the taakveld and every year column (the folded earlier years print as nothing), and high
                # enough for the wrapped text at the visible width (about 0,85 character per width unit)
                b.ws.merge_range(rij - 1, 1, rij - 1, 1 + len(jaren), uitleg, self.opmaak(OMLOOP))
                b.ws.set_row(rij - 1, 2 + 13.5 * (-(-len(uitleg) // int(0.85 * (13 * len(self.jaren) + 9)))))
                rij += 1
            b.breedtes({1: 58, 2: 9, **{EERSTE + i: 13 for i in range(len(jaren))}})   # bold long labels fit
            for i, _ in enumerate(eerder):   # earlier years the formulas read: folded away, still calculated
                b.ws.set_column(EERSTE + i - 1, EERSTE + i - 1, 13, None, {"level": 1, "hidden": True})
                b.kolombreedte[EERSTE + i] = 0   # a folded column does not print: the page fits the rest
            b.afdrukken(KOP, (1, 2), (KOP + 1, EERSTE), liggend=len(self.jaren) > 5)
        return [b for b, _, _, _ in bladen]

    def lege_bronnen(self, sleutel: str, jaar: int) -> list[str]:
        """The names of the empty input cells the quantity's cell depends on (through every formula it reads)."""
        gezien, open_, leeg = {(sleutel, jaar)}, [(sleutel, jaar)], set()
        while open_:
            for sj in self._leest.get(open_.pop(), ()):
                if sj in self.leeg:
                    leeg.add(self.leeg[sj])
                elif sj not in gezien:
                    gezien.add(sj)
                    open_.append(sj)
        return sorted(leeg)

    def onbekend(self, b: Blad, rij: int, k: int, formule: str, sleutel: str, jaar: int, formaat: str,
                 *stijlen: dict | None) -> None:
        """A cell of a line the model cannot compute in its year (``Resultaat.onbekend``, REKENREGELS §4.5): the live
        formula stays (it holds the rule's placeholder 0); it reads "onbekend" as long as an input cell it depends on
        is empty, and shows the amount once that is filled in. Stored as "onbekend" for viewers that do not
        recalculate."""
        bronnen = self.lege_bronnen(sleutel, jaar)
        if not bronnen:   # nothing to fill in here: unknown as written
            b.formule(rij, k, formule, "onbekend", ONBEKEND_FORMAAT, *stijlen)
            return
        b.formule(rij, k, formule, "onbekend", formaat, *stijlen)
        if self._onbekend_opmaak is None:
            self._onbekend_opmaak = self.wb.add_format({"num_format": ONBEKEND_FORMAAT})
        toets = [f"ISBLANK({n})" for n in bronnen]
        b.ws.conditional_format(rij - 1, k - 1, rij - 1, k - 1, {
            "type": "formula", "criteria": "=" + (toets[0] if len(toets) == 1 else f"OR({','.join(toets)})"),
            "format": self._onbekend_opmaak})

    def regelcel(self, sleutel: str, jaar: int) -> str:
        """The cell of an output line on its stream sheet, as a reference from another sheet."""
        blad, rij, k = self.plaats[(sleutel, jaar)]
        return f"{blad.ref}!{cel(rij, k)}"
