"""Read the gemeente's input workbook (INVOER §1–3) into :class:`GemeenteInvoer` plus findings.

Strict about meaning, lenient about form: sheets, labels and headers are matched after
:func:`model.tekst.normaliseer`, up to 10 title rows are skipped, columns may come in any
order, Dutch number text is accepted. Every problem is reported at once, each naming its
sheet and, where there is one, its cell; the findings of :func:`model.invoer.valideer` are
mapped back to the cell the value came from. The file is only ever opened for reading.
"""
from __future__ import annotations

from pathlib import Path

from model.bevindingen import FOUT, WAARSCHUWING, Bevinding
from model.circulaire import CIRCULAIREREEKSEN, VOORBEELDEN as EDITIEVOORBEELDEN, CirculaireRij, lees_editie
from model.invoer import (BLAD_CIRCULAIRE, BLAD_CLASSIFICATIE, BLAD_GEMEENTE, BLAD_IMPULSBUDGET, BLAD_MEERJARIG,
                          BLAD_SWV, BLAD_VORIGE, MAX_BEDRAG, REEKSEN, STRUCTUREEL_VELD, VELD, VELDEN, GemeenteInvoer, Lid, maak_invoer,
                          met_circulairerijen, valideer)
from model.io.bladen import Blad, Werkboek, formules_zonder_uitkomst
from model.io.cellen import (CelFout, FormuleZonderUitkomst, ZonderUitkomst, celnaam, is_leeg, lees_geheel, lees_getal,
                             lees_janee, lees_jaar, lees_percentage, lees_tekst, toon, zonder_uitkomst_melding)
from model.io.grenzen import MAX_BEVINDINGEN, Weigering
from model.io.veilig import controleer
from model.opmaak import getal, getal_exact, procent_exact
from model.tekst import normaliseer

MAX_TITELRIJEN = 10
BLADEN = (BLAD_GEMEENTE, BLAD_MEERJARIG, BLAD_CIRCULAIRE, BLAD_IMPULSBUDGET, BLAD_SWV, BLAD_CLASSIFICATIE, BLAD_VORIGE)
VERPLICHTE_BLADEN = (BLAD_GEMEENTE, BLAD_MEERJARIG)
JAARBLADEN = (BLAD_MEERJARIG, BLAD_CIRCULAIRE, BLAD_IMPULSBUDGET)
#: the text column on sheet Circulaire naming the edition of each row's amounts (INVOER §2, v2)
KOP_EDITIE = "editie"
GEMEENTE_VELDEN = {normaliseer(v.label): v for v in VELDEN if v.blad == BLAD_GEMEENTE}
KOP_VERDEELSLEUTEL = "verdeelsleutel"


def onderdelen() -> dict[str, tuple[str, str | None]]:
    """Sheet Classificatie (v3): normalised Onderdeel -> (line key, spending category or None). An Onderdeel is a
    line's Dutch label (also as a non-receiving gemeente sees it) or key, or a spending category's column label."""
    from model.regels import GROOTHEID, LABEL_DOORBETALING, TAAKVELD_PER_ONDERDEEL, TAAKVELDREGELS
    uit: dict[str, tuple[str, str | None]] = {}
    for sleutel in TAAKVELD_PER_ONDERDEEL:   # known (an older sjabloon listed it), so it can be said it has none
        for naam in (GROOTHEID[sleutel].label, sleutel):
            uit[normaliseer(naam)] = (sleutel, None)
    for sleutel, regel in TAAKVELDREGELS.items():
        categorie = regel.sleutel.removeprefix("besteding_") if regel.onderdeel_van else None
        for naam in (regel.label, sleutel):
            uit[normaliseer(naam)] = (sleutel, categorie)
    uit[normaliseer(LABEL_DOORBETALING)] = ("du_impulsbudget", None)
    for reeks in REEKSEN:
        if reeks.blad == BLAD_IMPULSBUDGET:
            uit[normaliseer(reeks.label)] = (f"besteding_{reeks.sleutel}", reeks.sleutel)
    return uit


INTERNE_FOUT = "kan niet worden gelezen door een onverwachte fout in Infraraming"


def lees_werkboek(pad: Path | str) -> tuple[GemeenteInvoer | None, list[Bevinding]]:
    """The input (None when there is any error) and every finding, in Dutch. Never raises."""
    pad = Path(pad)
    werkboek = None
    try:
        soort, foutcellen = controleer(pad)
        werkboek = Werkboek(pad, soort, foutcellen)
        return _Lezer(werkboek, pad.name).lees()
    except Weigering as w:
        return None, [Bevinding(FOUT, w.zin)]
    except BaseException as fout:  # calamine raises its own errors, and PanicException (a BaseException)
        if isinstance(fout, (KeyboardInterrupt, SystemExit, GeneratorExit)):
            raise
        return None, [Bevinding(FOUT, _zin_bij_fout(pad.name, fout))]
    finally:
        if werkboek is not None:
            werkboek.sluit()


def _zin_bij_fout(naam: str, fout: BaseException) -> str:
    import zipfile
    import zlib
    from xml.etree.ElementTree import ParseError

    from python_calamine import CalamineError, PasswordError
    if isinstance(fout, (MemoryError, RecursionError)):
        return f"Dit bestand kan niet veilig worden gelezen: {naam} vraagt bij het lezen meer geheugen dan toegestaan."
    if isinstance(fout, PasswordError):
        return f"{naam} is beveiligd met een wachtwoord; sla het zonder wachtwoord op en probeer opnieuw."
    if isinstance(fout, (CalamineError, ParseError, zipfile.BadZipFile, zlib.error, KeyError, UnicodeError, OSError)) \
            or type(fout).__name__ == "PanicException":
        return f"{naam} is beschadigd of geen geldig werkboek en kan niet worden gelezen."
    return f"{naam} {INTERNE_FOUT}; het bestand is niet gewijzigd."


class _Lezer:
    def __init__(self, werkboek: Werkboek, bron: str):
        self.wb, self.bron = werkboek, bron
        self.b: list[Bevinding] = []
        self.cellen: dict[tuple[str, int | None], tuple[str, str]] = {}  # (veld, jaar) -> (blad, cel)
        self.gemeld: set[tuple[str, int | None]] = set()                 # fields with a reading error
        self.bladnamen: dict[str, str] = {}                              # canonical -> as written
        self.leden_cellen: dict[str, str] = {}
        self.weggelaten: dict[str, int] = {FOUT: 0, WAARSCHUWING: 0}     # findings past MAX_BEVINDINGEN
        self.circulairerijen: list[CirculaireRij] = []                     # every row of sheet Circulaire
        self.gelezen: list[Blad] = []                                      # every sheet read, in order
        self.formules_gemeld: set[tuple[str, str]] = set()                # (sheet, cell) of formulas reported
        self.swv_kolommen: dict[str, str] = {}                             # "Verdeelsleutel" -> "C4:C7"

    # ------------------------------------------------------------ helpers
    def voeg_toe(self, bevinding: Bevinding) -> None:
        """Keep the first MAX_BEVINDINGEN findings; count the rest (a sheet can hold 300,000 bad rows)."""
        if len(self.b) < MAX_BEVINDINGEN:
            self.b.append(bevinding)
        else:
            self.weggelaten[bevinding.ernst] += 1

    def fout(self, blad: str, melding: str, ernst: str = FOUT, **extra) -> None:
        self.voeg_toe(Bevinding(ernst, melding, blad=blad, **extra))

    def samenvatting(self) -> list[Bevinding]:
        """'… en nog 329.800 vergelijkbare fouten', one line per kind that was cut off."""
        uit = []
        for ernst, enkel, meer in ((FOUT, "fout", "fouten"), (WAARSCHUWING, "waarschuwing", "waarschuwingen")):
            n = self.weggelaten[ernst]
            if n:
                laatste = next((x for x in reversed(self.b) if x.ernst == ernst), None)
                uit.append(Bevinding(ernst, f"… en nog {getal(n)} vergelijkbare {enkel if n == 1 else meer}.",
                                     blad=laatste.blad if laatste else None))
        return uit

    def celfout(self, blad: Blad, r: int, c: int, label: str, f: CelFout, veld: str | None = None,
                jaar: int | None = None) -> None:
        cel = celnaam(r, c)
        waar = f"in blad {blad.naam}, cel {cel}"
        naam = f"{label}{' ' + str(jaar) if jaar else ''}"
        if isinstance(f, FormuleZonderUitkomst):
            self.formules_gemeld.add((blad.naam, cel))
            melding = zonder_uitkomst_melding(blad.naam, cel, naam)
        else:
            uitleg = f"{f.uitleg} {waar}; verwacht {f.verwacht}" if f.uitleg else \
                f"'{f.gevonden}' is geen {f.verwacht} {waar}"
            melding = f"{naam}: {uitleg}."
        self.fout(blad.naam, melding, cel=cel, label=label, gevonden=f.gevonden, verwacht=f.verwacht, veld=veld,
                  jaar=jaar)
        if veld:
            self.gemeld.add((veld, jaar))
            self.gemeld.add((veld, None))

    def kopregel(self, blad: Blad, nodig: tuple[str, ...]) -> tuple[int, dict[str, int]] | None:
        """The first row within the title rows holding all ``nodig`` headers: row, {normalised: column}."""
        for r in range(min(MAX_TITELRIJEN + 1, blad.hoogte)):
            koppen: dict[str, int] = {}
            for c, waarde in enumerate(blad.rijen[r]):
                if isinstance(waarde, str) and not is_leeg(waarde):
                    koppen.setdefault(normaliseer(waarde), c)
            if all(n in koppen for n in nodig):
                return r, koppen
        return None

    def blad(self, canoniek: str) -> Blad:
        blad = self.wb.blad(self.bladnamen[canoniek])
        self.gelezen.append(blad)
        return blad

    # ------------------------------------------------------------ main
    def lees(self) -> tuple[GemeenteInvoer | None, list[Bevinding]]:
        for naam in self.wb.namen:
            for canoniek in BLADEN:
                if normaliseer(naam) == normaliseer(canoniek):
                    if canoniek in self.bladnamen:
                        self.fout(naam, f"Blad '{naam}' komt dubbel voor naast '{self.bladnamen[canoniek]}'; "
                                        "alleen het eerste wordt gelezen.", WAARSCHUWING)
                    else:
                        self.bladnamen[canoniek] = naam
        for canoniek in VERPLICHTE_BLADEN:
            if canoniek not in self.bladnamen:
                gevonden = ", ".join(f"'{n}'" for n in self.wb.namen[:10]) or "geen"
                self.fout(canoniek, f"Het blad {canoniek} ontbreekt in {self.bron} (gevonden bladen: {gevonden}).",
                          verwacht=f"een blad '{canoniek}'", gevonden=gevonden)
                eigen = GEMEENTE_VELDEN.values() if canoniek == BLAD_GEMEENTE else [r for r in REEKSEN if r.blad == canoniek]
                self.gemeld.update((v.sleutel, None) for v in eigen)
        velden: dict = {}
        if BLAD_GEMEENTE in self.bladnamen:
            velden = self.lees_gemeente(self.blad(BLAD_GEMEENTE))
        reeksen: dict[str, dict[int, float]] = {}
        for canoniek in JAARBLADEN:
            if canoniek in self.bladnamen:
                self.lees_jaarblad(self.blad(canoniek), canoniek, reeksen)
        self.wsw_kosten_ontbreken(velden, reeksen)
        leden: list[Lid] = []
        if BLAD_SWV in self.bladnamen:
            leden = self.lees_swv(self.blad(BLAD_SWV))
        taakvelden: dict[str, str] = {}
        if BLAD_CLASSIFICATIE in self.bladnamen:
            from model.regels import taakvelden as standaard_taakvelden
            gekozen, structureel = self.lees_classificatie(self.blad(BLAD_CLASSIFICATIE))
            velden.update(structureel)
            ontvangt = bool(velden.get("ontvangt_impulsbudget"))
            standaard = standaard_taakvelden(ontvangt)
            taakvelden = {k: v for k, v in gekozen.items() if standaard[k] != v}   # only what differs is a choice
            self.taakveld_van_ontvanger(taakvelden, ontvangt)
        vorige: dict = {}
        if BLAD_VORIGE in self.bladnamen:
            vorige = self.lees_vorige(self.blad(BLAD_VORIGE), velden.get("basisjaar"))
        for blad in self.gelezen:   # formulas without a stored result that no cell reader met (labels, headers, …)
            for x in formules_zonder_uitkomst(blad, self.formules_gemeld):
                self.voeg_toe(x)
        invoer = met_circulairerijen(maak_invoer(reeksen, samenwerkingsverband=leden, taakvelden=taakvelden,
                                                 vorige_cijfers=vorige,
                                                 **{"naam": "", "basisjaar": 0, **velden}), self.circulairerijen)
        self.neem_validatie_over(valideer(invoer))
        fout = any(x.is_fout for x in self.b) or self.weggelaten[FOUT] > 0
        self.b.extend(self.samenvatting())
        return (None if fout else invoer), self.b

    # ------------------------------------------------------------ sheet Gemeente
    def lees_gemeente(self, blad: Blad) -> dict:
        kop = self.kopregel(blad, ("gegeven", "waarde"))
        if kop is None:
            self.fout(blad.naam, f"Op blad {blad.naam} staat in de eerste {MAX_TITELRIJEN + 1} rijen geen kopregel met "
                                 "'Gegeven' en 'Waarde'.", verwacht="een kopregel Gegeven | Waarde")
            self.gemeld.update((v.sleutel, None) for v in GEMEENTE_VELDEN.values())
            return {}
        rij_kop, koppen = kop
        kl, kw = koppen["gegeven"], koppen["waarde"]
        velden: dict = {}
        rijen: dict[str, int] = {}
        for r in range(rij_kop + 1, blad.hoogte):
            label, waarde = blad.cel(r, kl), blad.cel(r, kw)
            if isinstance(label, ZonderUitkomst):   # named by formules_zonder_uitkomst
                continue
            if is_leeg(label):
                if not is_leeg(waarde):
                    self.fout(blad.naam, f"Waarde zonder gegeven ervoor in blad {blad.naam}, cel {celnaam(r, kw)} — genegeerd.", WAARSCHUWING, cel=celnaam(r, kw), gevonden=toon(waarde))
                continue
            veld = GEMEENTE_VELDEN.get(normaliseer(label))
            if veld is None:
                self.fout(blad.naam, f"Onbekend gegeven '{toon(label)}' in blad {blad.naam}, cel {celnaam(r, kl)} — "
                                     "genegeerd.", WAARSCHUWING, cel=celnaam(r, kl), label=toon(label))
                continue
            if veld.sleutel in rijen:
                eerder = rijen[veld.sleutel]
                if is_leeg(waarde):
                    continue
                if not is_leeg(blad.cel(eerder, kw)):
                    self.fout(blad.naam, f"'{veld.label}' staat twee keer in blad {blad.naam}, in cel "
                                         f"{celnaam(eerder, kl)} en cel {celnaam(r, kl)}; laat één regel staan.",
                              cel=celnaam(r, kl), label=veld.label, veld=veld.sleutel)
                    self.gemeld.add((veld.sleutel, None))
                    continue
                velden.pop(veld.sleutel, None)
            rijen[veld.sleutel] = r
            self.cellen[(veld.sleutel, None)] = (blad.naam, celnaam(r, kw))
            try:
                gelezen = self.lees_veld(veld, waarde, blad, r, kw)
            except CelFout as f:
                self.celfout(blad, r, kw, veld.label, f, veld.sleutel)
                continue
            if gelezen is not None:
                velden[veld.sleutel] = gelezen
        for veld in GEMEENTE_VELDEN.values():
            if veld.verplicht and veld.sleutel not in velden and (veld.sleutel, None) not in self.gemeld:
                blad_cel = self.cellen.get((veld.sleutel, None))
                waar = f" in blad {blad.naam}, cel {blad_cel[1]}" if blad_cel else \
                    f": blad {blad.naam} heeft geen regel '{veld.label}'"
                self.fout(blad.naam, f"{veld.label} ontbreekt{waar}; dit gegeven is verplicht.",
                          cel=blad_cel[1] if blad_cel else None, label=veld.label, verwacht="een waarde",
                          veld=veld.sleutel)
                self.gemeld.add((veld.sleutel, None))
        return velden

    def wsw_kosten_ontbreken(self, velden: dict, reeksen: dict[str, dict[int, float]]) -> None:
        """Wsw volume without its cost per SE: the Wsw lasten would be € 0 (REKENREGELS §4.6: lasten = SE × netto
        kosten per SE, unless the Wsw runs through a GR whose bijdrage is on sheet Meerjarig). Only the workbook
        tells an empty cell from a 0, so this is the reader's warning, naming the cell."""
        veld = VELD["wsw_netto_kosten_per_se"]
        se = velden.get("wsw_se_basis")
        if not se or veld.sleutel in velden or (veld.sleutel, None) in self.gemeld \
                or (velden.get("wsw_via_gr") and reeksen.get("bijdrage_gr_wsw")):
            return
        blad = self.bladnamen[BLAD_GEMEENTE]
        plaats = self.cellen.get((veld.sleutel, None))
        waar = f"in blad {blad}, cel {plaats[1]}" if plaats else f"(blad {blad} heeft geen regel '{veld.label}')"
        self.fout(blad, f"{veld.label} is niet ingevuld {waar}, terwijl {VELD['wsw_se_basis'].label} "
                        f"{getal_exact(se)} is: de lasten Wsw rekenen met € 0. Vul de netto kosten per SE in, of zet "
                        f"'{VELD['wsw_via_gr'].label}' op ja met de bijdrage op blad {BLAD_MEERJARIG}.",
                  WAARSCHUWING, cel=plaats[1] if plaats else None, label=veld.label, verwacht="een bedrag per SE",
                  veld=veld.sleutel)

    def lees_veld(self, veld, waarde, blad: Blad, r: int, c: int):
        soort = veld.soort
        if soort in ("tekst", "cbs", "regio"):
            return lees_tekst(waarde)
        if soort == "jaar":
            return lees_jaar(waarde, int(veld.minimum), int(veld.maximum))
        if soort == "janee":
            return lees_janee(waarde)
        if soort == "geheel":
            return lees_geheel(waarde)
        if soort == "percentage":
            fractie, punten = lees_percentage(waarde)
            if punten:
                self.fout(blad.naam, f"{veld.label}: {toon(waarde)} is gelezen als {procent_exact(fractie)} in blad "
                                     f"{blad.naam}, cel {celnaam(r, c)}.",
                          WAARSCHUWING, cel=celnaam(r, c), label=veld.label, gevonden=toon(waarde),
                          verwacht="een percentage (bijvoorbeeld 68 % of 0,68)", veld=veld.sleutel)
            return fractie
        return lees_getal(waarde, "bedrag in euro" if soort == "euro" else "getal")

    # ------------------------------------------------------------ year sheets
    def lees_jaarblad(self, blad: Blad, canoniek: str, reeksen: dict[str, dict[int, float]]) -> None:
        eigen = [r for r in REEKSEN if r.blad == canoniek]
        kop = self.kopregel(blad, ("jaar",))
        if kop is None:
            self.fout(blad.naam, f"Op blad {blad.naam} staat in de eerste {MAX_TITELRIJEN + 1} rijen geen kopregel met "
                                 "een kolom 'Jaar'.", verwacht="een kopregel met 'Jaar'")
            self.gemeld.update((r.sleutel, None) for r in eigen)
            return
        rij_kop, _ = kop
        per_kop = {normaliseer(r.label): r for r in eigen}
        kolommen: dict[str, int] = {}
        kol_jaar = kol_editie = None
        for c, waarde in enumerate(blad.rijen[rij_kop]):
            if is_leeg(waarde) or isinstance(waarde, ZonderUitkomst):
                continue
            n = normaliseer(waarde)
            if n == "jaar" and kol_jaar is None:
                kol_jaar = c
            elif n == KOP_EDITIE and canoniek == BLAD_CIRCULAIRE and kol_editie is None:
                kol_editie = c
            elif n in per_kop and per_kop[n].sleutel not in kolommen:
                kolommen[per_kop[n].sleutel] = c
            else:
                dubbel = n == "jaar" or n in per_kop
                self.fout(blad.naam, f"{'Dubbele' if dubbel else 'Onbekende'} kolom '{toon(waarde)}' in blad {blad.naam}, "
                                     f"cel {celnaam(rij_kop, c)}{'; laat één kolom staan' if dubbel else ' — genegeerd'}.",
                          FOUT if dubbel else WAARSCHUWING, cel=celnaam(rij_kop, c), label=toon(waarde))
        for reeks in eigen:
            if reeks.verplicht and reeks.sleutel not in kolommen:
                self.fout(blad.naam, f"De kolom '{reeks.label}' ontbreekt op blad {blad.naam}; deze kolom is verplicht.",
                          label=reeks.label, verwacht=f"een kolom '{reeks.label}'", veld=reeks.sleutel)
                self.gemeld.add((reeks.sleutel, None))
        self.kolommen_zonder_kop(blad, rij_kop)
        jaren: dict[tuple[int, str | None], int] = {}   # (year, edition) -> row
        for r in range(rij_kop + 1, blad.hoogte):
            ruw_jaar = blad.cel(r, kol_jaar)
            waarden = {k: blad.cel(r, c) for k, c in kolommen.items()}
            if is_leeg(ruw_jaar):
                if any(not is_leeg(w) for w in waarden.values()):
                    self.fout(blad.naam, f"Rij {r + 1} heeft gegevens maar geen jaar in blad {blad.naam}, cel "
                                         f"{celnaam(r, kol_jaar)}.", cel=celnaam(r, kol_jaar), label="Jaar",
                              verwacht="een jaartal")
                    self.gemeld.update((k, None) for k in kolommen)
                continue
            try:
                jaar = lees_jaar(ruw_jaar)
            except CelFout as f:
                self.celfout(blad, r, kol_jaar, "Jaar", f)
                self.gemeld.update((k, None) for k in kolommen)
                continue
            editie = None if kol_editie is None else self.lees_editie(blad, r, kol_editie, jaar)
            if editie is False or self.dubbele_rij(blad, r, kol_jaar, jaren, jaar, editie):
                self.gemeld.update((k, None) for k in kolommen)
                continue
            doel = {} if canoniek == BLAD_CIRCULAIRE else reeksen   # circulaire rows: history, see below
            for reeks in eigen:
                if reeks.sleutel not in kolommen:
                    continue
                c = kolommen[reeks.sleutel]
                self.cellen[(reeks.sleutel, jaar)] = (blad.naam, celnaam(r, c))
                try:
                    waarde = lees_getal(waarden[reeks.sleutel], "bedrag in euro" if reeks.soort == "euro" else "getal")
                except CelFout as f:
                    self.celfout(blad, r, c, reeks.label, f, reeks.sleutel, jaar)
                    continue
                if waarde is None:
                    if reeks.verplicht:
                        self.fout(blad.naam, f"{reeks.label} ontbreekt voor {jaar} in blad {blad.naam}, cel "
                                             f"{celnaam(r, c)}; vul een getal in of verwijder de rij.",
                                  cel=celnaam(r, c), label=reeks.label, verwacht="een getal", veld=reeks.sleutel, jaar=jaar)
                        self.gemeld.update({(reeks.sleutel, jaar), (reeks.sleutel, None)})
                    continue
                doel.setdefault(reeks.sleutel, {})[jaar] = waarde
            if canoniek == BLAD_CIRCULAIRE:  # per year the newest edition is used (model.invoer.met_circulairerijen)
                self.circulairerijen.append(CirculaireRij(jaar, editie, tuple(
                    (k, doel[k][jaar]) for k in CIRCULAIREREEKSEN if k in doel)))

    def dubbele_rij(self, blad: Blad, r: int, c: int, jaren: dict, jaar: int, editie: str | None) -> bool:
        """Whether row ``r`` repeats an earlier row (an error naming both cells): the same year twice; on sheet
        Circulaire the same (year, edition) twice, or a year without edition next to any row of that year."""
        eerder = next((rij for (j, e), rij in jaren.items() if j == jaar and (e == editie or None in (e, editie))),
                      None)
        if eerder is None:
            jaren[(jaar, editie)] = r
            return False
        cellen = f"in cel {celnaam(eerder, c)} en cel {celnaam(r, c)}"
        samenvoeging = blad.samenvoeging(r, c)
        if samenvoeging is not None and samenvoeging == blad.samenvoeging(eerder, c):
            melding = (f"Jaar {jaar} staat twee keer in blad {blad.naam}, {cellen}: de cellen {samenvoeging} zijn "
                       "samengevoegd, zodat elke rij het jaar van de eerste cel krijgt; maak de samenvoeging ongedaan "
                       "en geef elke rij een eigen jaar.")
        elif self.bladnamen.get(BLAD_CIRCULAIRE) != blad.naam:
            melding = f"Jaar {jaar} staat twee keer in blad {blad.naam}, {cellen}; laat één rij per jaar staan."
        elif editie is not None and (jaar, editie) in jaren:
            melding = (f"Jaar {jaar} met editie {editie} staat twee keer in blad {blad.naam}, {cellen}; "
                       "laat één rij per jaar en editie staan.")
        else:
            melding = (f"Jaar {jaar} staat twee keer in blad {blad.naam}, {cellen}, en niet elke rij noemt de editie; "
                       "vul bij elke rij van dit jaar de editie in of laat één rij staan.")
        self.fout(blad.naam, melding, cel=celnaam(r, c), label="Jaar", gevonden=str(jaar),
                  verwacht="elk jaar één keer" if editie is None else "elk jaar en elke editie één keer", jaar=jaar)
        return True

    def lees_editie(self, blad: Blad, r: int, c: int, jaar: int) -> str | None | bool:
        """The circulaire edition of a row (INVOER §2, v2): its text, None when empty, False when unknown
        (an error naming the cell)."""
        ruw = blad.cel(r, c)
        if is_leeg(ruw):
            return None
        editie = lees_editie(str(ruw))
        if editie is None:
            self.fout(blad.naam, f"Onbekende circulaire-editie '{toon(ruw)}' in blad {blad.naam}, cel {celnaam(r, c)}; "
                                 f"schrijf de circulaire, {EDITIEVOORBEELDEN}.", cel=celnaam(r, c), label="Editie",
                      gevonden=toon(ruw), verwacht=EDITIEVOORBEELDEN, jaar=jaar)
            return False
        return editie.tekst

    def kolommen_zonder_kop(self, blad: Blad, rij_kop: int) -> None:
        """One warning per column that holds data below an empty header cell (those values are not read)."""
        kop = blad.rijen[rij_kop]
        gemeld: set[int] = set()
        for r in range(rij_kop + 1, blad.hoogte):
            for c, waarde in enumerate(blad.rijen[r]):
                if c in gemeld or is_leeg(waarde) or (c < len(kop) and not is_leeg(kop[c])):
                    continue
                gemeld.add(c)
                self.fout(blad.naam, f"Gegevens in een kolom zonder kop in blad {blad.naam}, cel {celnaam(r, c)} — "
                                     "genegeerd.", WAARSCHUWING, cel=celnaam(r, c), gevonden=toon(waarde))

    # ------------------------------------------------------------ sheet Samenwerkingsverband
    def lees_swv(self, blad: Blad) -> list[Lid]:
        kop = self.kopregel(blad, ("gemeente", "doelgroepenregister"))
        if kop is None:
            self.fout(blad.naam, f"Op blad {blad.naam} staat in de eerste {MAX_TITELRIJEN + 1} rijen geen kopregel met "
                                 "'Gemeente' en 'Doelgroepenregister'.",
                      verwacht="een kopregel Gemeente | Doelgroepenregister")
            self.gemeld.add(("samenwerkingsverband", None))
            return []
        rij_kop, koppen = kop
        kg, kd = koppen["gemeente"], koppen["doelgroepenregister"]
        ks = koppen.get(KOP_VERDEELSLEUTEL)
        self.cellen[("samenwerkingsverband", None)] = (blad.naam, celnaam(rij_kop, kd))
        leden: list[Lid] = []
        rijen: list[int] = []
        for r in range(rij_kop + 1, blad.hoogte):
            ruw_naam, ruw_aantal = blad.cel(r, kg), blad.cel(r, kd)
            ruw_sleutel = None if ks is None else blad.cel(r, ks)
            if is_leeg(ruw_naam) and is_leeg(ruw_aantal) and is_leeg(ruw_sleutel):
                continue
            try:
                naam = lees_tekst(ruw_naam, "naam van een gemeente")
            except CelFout as f:
                self.celfout(blad, r, kg, "Gemeente", f, "samenwerkingsverband")
                continue
            try:
                aantal = lees_geheel(ruw_aantal, "aantal personen (geheel getal)")
            except CelFout as f:
                self.celfout(blad, r, kd, f"Doelgroepenregister {naam or ''}".strip(), f, "samenwerkingsverband")
                continue
            if naam is None or aantal is None:
                leeg = celnaam(r, kg if naam is None else kd)
                self.fout(blad.naam, f"Rij {r + 1} is onvolledig: "
                                     f"{'de naam van de gemeente' if naam is None else 'het doelgroepenregister'} "
                                     f"ontbreekt in blad {blad.naam}, cel {leeg}.", cel=leeg,
                          verwacht="gemeente en doelgroepenregister",
                          veld="samenwerkingsverband")
                self.gemeld.add(("samenwerkingsverband", None))
                continue
            if naam in self.leden_cellen:
                self.fout(blad.naam, f"{naam} staat twee keer in blad {blad.naam}, in cel {celnaam(r, kg)} en in de "
                                     f"rij van cel {self.leden_cellen[naam]}; laat één rij per gemeente staan.",
                          cel=celnaam(r, kg), label="Gemeente", gevonden=naam,
                          verwacht="elke gemeente één keer", veld="samenwerkingsverband")
                self.gemeld.add(("samenwerkingsverband", None))
                continue
            try:
                sleutel, punten = lees_percentage(ruw_sleutel)
            except CelFout as f:
                self.celfout(blad, r, ks, f"Verdeelsleutel {naam}", f, "samenwerkingsverband")
                continue
            if punten:
                self.fout(blad.naam, f"Verdeelsleutel {naam}: {toon(ruw_sleutel)} is gelezen als "
                                     f"{procent_exact(sleutel)} in blad {blad.naam}, cel {celnaam(r, ks)}.",
                          WAARSCHUWING, cel=celnaam(r, ks), label="Verdeelsleutel", gevonden=toon(ruw_sleutel),
                          verwacht="een percentage (bijvoorbeeld 43,6 % of 0,436)")
            self.leden_cellen[naam] = celnaam(r, kd)
            leden.append(Lid(naam, aantal, sleutel))
            rijen.append(r)
        if rijen:   # a finding about a whole column (its sum) names the column's cells, not its header
            for label, k in (("Gemeente", kg), ("Doelgroepenregister", kd), ("Verdeelsleutel", ks)):
                if k is not None:
                    self.swv_kolommen[label] = f"{celnaam(rijen[0], k)}:{celnaam(rijen[-1], k)}"
        return leden

    def taakveld_van_ontvanger(self, taakvelden: dict[str, str], ontvangt: bool) -> None:
        """A member that books a line on the taakveld the line has for a receiving gemeente (the DU's 0.7, which is
        only for gemeentefonds money) most likely kept the value of an older sjabloon: said, naming the cell."""
        if ontvangt:
            return
        from model.regels import TAAKVELDREGELS, taakvelden as standaard_taakvelden
        als_ontvanger, als_lid = standaard_taakvelden(True), standaard_taakvelden(False)
        for sleutel, code in taakvelden.items():
            if als_ontvanger[sleutel] != als_lid[sleutel] and code == als_ontvanger[sleutel]:
                blad, cel = self.cellen[("taakveld", sleutel)]
                regel = TAAKVELDREGELS[sleutel]
                self.fout(blad, f"{regel.label_voor(False)} staat op taakveld {code} in blad {blad}, cel {cel}, het "
                                f"taakveld van de ontvangende gemeente; als deelnemende gemeente hoort deze regel "
                                f"op {als_lid[sleutel]}. Maak de cel leeg voor {als_lid[sleutel]}, of laat {code} staan "
                                "als dat uw keuze is.", WAARSCHUWING, cel=cel, label="Taakveld", gevonden=code,
                          verwacht=als_lid[sleutel])

    # ------------------------------------------------------------ sheet Classificatie (v3)
    def lees_classificatie(self, blad: Blad) -> tuple[dict[str, str], dict[str, bool]]:
        """Taakveld per line or category and structureel per category; a row or cell left empty keeps the default."""
        from model.regels import TAAKVELD_PER_ONDERDEEL, is_taakveldcode
        kop = self.kopregel(blad, ("onderdeel",))
        if kop is None:
            self.fout(blad.naam, f"Op blad {blad.naam} staat in de eerste {MAX_TITELRIJEN + 1} rijen geen kopregel met "
                                 "'Onderdeel'.", verwacht="een kopregel Onderdeel | Taakveld | Structureel")
            return {}, {}
        rij_kop, koppen = kop
        ko, kt, ks = koppen["onderdeel"], koppen.get("taakveld"), koppen.get("structureel")
        bekend = onderdelen()
        taakvelden: dict[str, str] = {}
        structureel: dict[str, bool] = {}
        gezien: dict[str, str] = {}
        for r in range(rij_kop + 1, blad.hoogte):
            ruw = blad.cel(r, ko)
            ruw_tv = None if kt is None else blad.cel(r, kt)
            ruw_st = None if ks is None else blad.cel(r, ks)
            if is_leeg(ruw):
                if not (is_leeg(ruw_tv) and is_leeg(ruw_st)):
                    self.fout(blad.naam, f"Rij {r + 1} heeft gegevens maar geen onderdeel in blad {blad.naam}, cel "
                                         f"{celnaam(r, ko)}.", cel=celnaam(r, ko), label="Onderdeel",
                              verwacht="de naam van een regel of bestedingscategorie")
                continue
            if isinstance(ruw, ZonderUitkomst):   # named by formules_zonder_uitkomst
                continue
            naam = toon(ruw)
            gevonden = bekend.get(normaliseer(str(ruw)))
            if gevonden is None:
                self.fout(blad.naam, f"Onbekend onderdeel '{naam}' in blad {blad.naam}, cel {celnaam(r, ko)}; noem een "
                                     "regel van het overzicht (bijvoorbeeld 'Loonkostensubsidie beschut werk') of een "
                                     "bestedingscategorie (bijvoorbeeld 'Duurzame werkplekken').", cel=celnaam(r, ko),
                          label="Onderdeel", gevonden=naam, verwacht="een regel of bestedingscategorie")
                continue
            sleutel, categorie = gevonden
            if sleutel in gezien:
                self.fout(blad.naam, f"'{naam}' staat twee keer in blad {blad.naam}, in cel {gezien[sleutel]} en cel "
                                     f"{celnaam(r, ko)}; laat één rij staan.", cel=celnaam(r, ko), label="Onderdeel",
                          gevonden=naam, verwacht="elk onderdeel één keer")
                continue
            gezien[sleutel] = celnaam(r, ko)
            if sleutel in TAAKVELD_PER_ONDERDEEL:
                if not is_leeg(ruw_tv):
                    self.fout(blad.naam, f"'{naam}' heeft geen eigen taakveld: het taakveld staat per "
                                         f"bestedingscategorie. Het taakveld in blad {blad.naam}, cel {celnaam(r, kt)} "
                                         "is genegeerd; de rij mag weg.", WAARSCHUWING, cel=celnaam(r, kt),
                              label="Taakveld", gevonden=toon(ruw_tv))
                continue
            if not is_leeg(ruw_tv):
                try:
                    code = lees_tekst(ruw_tv, "taakveldcode zoals 6.4")
                except CelFout as f:
                    self.celfout(blad, r, kt, f"Taakveld {naam}", f)
                    code = None
                if code is not None and not is_taakveldcode(code):
                    self.fout(blad.naam, f"Taakveld {naam}: '{code}' is geen taakveldcode in blad {blad.naam}, cel "
                                         f"{celnaam(r, kt)}; verwacht een code als 6.4 of 0.10.", cel=celnaam(r, kt),
                              label="Taakveld", gevonden=code, verwacht="een taakveldcode zoals 6.4 of 0.10")
                elif code is not None:
                    if isinstance(ruw_tv, float):
                        self.fout(blad.naam, f"Taakveld {naam}: {toon(ruw_tv)} staat als getal in blad {blad.naam}, "
                                             f"cel {celnaam(r, kt)}, en is gelezen als {code}; schrijf een taakveld als "
                                             "tekst, zodat 6.10 niet 6.1 wordt.", WAARSCHUWING, cel=celnaam(r, kt),
                                  label="Taakveld", gevonden=toon(ruw_tv), verwacht="een taakveldcode als tekst")
                    taakvelden[sleutel] = code.strip()
                    self.cellen[("taakveld", sleutel)] = (blad.naam, celnaam(r, kt))
            if not is_leeg(ruw_st):
                try:
                    waarde = lees_janee(ruw_st)
                except CelFout as f:
                    self.celfout(blad, r, ks, f"Structureel {naam}", f)
                    continue
                if categorie is None:
                    self.fout(blad.naam, f"Structureel bij '{naam}' in blad {blad.naam}, cel {celnaam(r, ks)} — "
                                         "genegeerd: alleen een bestedingscategorie is structureel of niet.",
                              WAARSCHUWING, cel=celnaam(r, ks), label="Structureel", gevonden=toon(ruw_st))
                else:
                    structureel[STRUCTUREEL_VELD[categorie]] = waarde
                    self.cellen[(STRUCTUREEL_VELD[categorie], None)] = (blad.naam, celnaam(r, ks))
        return taakvelden, structureel

    # ------------------------------------------------------------ sheet Vorige cijfers (v3)
    def lees_vorige(self, blad: Blad, basisjaar: int | None) -> dict[str, tuple[float | None, float | None]]:
        """The comparison columns: per line the jaarrekening of basisjaar − 2 and the begroting of basisjaar − 1
        na wijziging. Headers must name those years; an empty cell stays empty (None), never 0."""
        import re
        kop = self.kopregel(blad, ("onderdeel",))
        verwacht_kop = "een kopregel Onderdeel | Rekening JJJJ | Begroting JJJJ na wijziging"
        if kop is None:
            self.fout(blad.naam, f"Op blad {blad.naam} staat in de eerste {MAX_TITELRIJEN + 1} rijen geen kopregel met "
                                 "'Onderdeel'.", verwacht=verwacht_kop)
            return {}
        rij_kop, koppen = kop
        ko = koppen["onderdeel"]
        if all(is_leeg(blad.cel(r, c)) for r in range(rij_kop + 1, blad.hoogte) for c in range(len(blad.rijen[r]))
               if c != ko and c not in (koppen.get("toelichting"),)):
            return {}   # no amounts at all (the sjabloon's sheet as written): not input, whatever its headers say
        patronen = {"rekening": (r"rekening (\d+)", "Rekening", 2, "de jaarrekening"),
                    "begroting": (r"begroting (\d+) na wijziging", "Begroting", 1, "de begroting na wijziging")}
        kolommen: dict[str, int] = {}
        for soort, (patroon, woord, terug, wat) in patronen.items():
            gevonden = [(c, m) for naam, c in koppen.items() if (m := re.fullmatch(patroon, naam))]
            jaar = basisjaar - terug if basisjaar else None
            voorbeeld = f"{woord} {jaar if jaar else 'JJJJ'}{' na wijziging' if soort == 'begroting' else ''}"
            if not gevonden:
                self.fout(blad.naam, f"Op blad {blad.naam} ontbreekt de kolom '{voorbeeld}' ({wat}"
                                     f"{f' van {jaar}' if jaar else ''}) in de kopregel, rij {rij_kop + 1}.",
                          verwacht=verwacht_kop)
                continue
            c, m = gevonden[0]
            if jaar and int(m.group(1)) != jaar:
                kopcel = celnaam(rij_kop, c)
                self.fout(blad.naam, f"Kop '{toon(blad.cel(rij_kop, c))}' in blad {blad.naam}, cel {kopcel}: verwacht "
                                     f"'{voorbeeld}' ({wat} van basisjaar {basisjaar} − {terug}).", cel=kopcel,
                          label=woord, gevonden=toon(blad.cel(rij_kop, c)), verwacht=voorbeeld)
                continue
            kolommen[soort] = c
        if len(kolommen) < 2:
            return {}
        from model.regels import LABEL_BIJDRAGE_GR_WSW, LABEL_DOORBETALING, REGEL, VORIGE_REGELS
        namen = {normaliseer(n): k for k in VORIGE_REGELS for n in (REGEL[k].label, k)}
        namen[normaliseer(LABEL_DOORBETALING)] = "du_impulsbudget"
        namen[normaliseer(LABEL_BIJDRAGE_GR_WSW)] = "lasten_wsw"
        ko, kr, kb = koppen["onderdeel"], kolommen["rekening"], kolommen["begroting"]
        uit: dict[str, tuple[float | None, float | None]] = {}
        gezien: dict[str, str] = {}
        for r in range(rij_kop + 1, blad.hoogte):
            ruw = blad.cel(r, ko)
            if is_leeg(ruw):
                if not (is_leeg(blad.cel(r, kr)) and is_leeg(blad.cel(r, kb))):
                    self.fout(blad.naam, f"Rij {r + 1} heeft bedragen maar geen onderdeel in blad {blad.naam}, cel "
                                         f"{celnaam(r, ko)}.", cel=celnaam(r, ko), label="Onderdeel",
                              verwacht="de naam van een regel van het overzicht")
                continue
            if isinstance(ruw, ZonderUitkomst):   # named by formules_zonder_uitkomst
                continue
            naam = toon(ruw)
            sleutel = namen.get(normaliseer(str(ruw)))
            if sleutel is None:
                self.fout(blad.naam, f"Onbekend onderdeel '{naam}' in blad {blad.naam}, cel {celnaam(r, ko)}; noem een "
                                     "regel van het overzicht van baten en lasten (bijvoorbeeld 'Loonkostensubsidie "
                                     "beschut werk').", cel=celnaam(r, ko), label="Onderdeel", gevonden=naam,
                          verwacht="een regel van het overzicht")
                continue
            if sleutel in gezien:
                self.fout(blad.naam, f"'{naam}' staat twee keer in blad {blad.naam}, in cel {gezien[sleutel]} en cel "
                                     f"{celnaam(r, ko)}; laat één rij staan.", cel=celnaam(r, ko), label="Onderdeel",
                          gevonden=naam, verwacht="elk onderdeel één keer")
                continue
            gezien[sleutel] = celnaam(r, ko)
            bedragen: list[float | None] = []
            for c, label in ((kr, f"Rekening {naam}"), (kb, f"Begroting {naam}")):
                try:
                    bedrag = lees_getal(blad.cel(r, c), "bedrag in euro's")
                except CelFout as f:
                    self.celfout(blad, r, c, label, f)
                    bedrag = None
                if bedrag is not None and abs(bedrag) > MAX_BEDRAG:
                    self.fout(blad.naam, f"{label}: {getal(bedrag)} in blad {blad.naam}, cel {celnaam(r, c)} is groter "
                                         f"dan {getal(MAX_BEDRAG)} euro.", cel=celnaam(r, c), label=label)
                    bedrag = None
                bedragen.append(bedrag)
            if bedragen != [None, None]:
                uit[sleutel] = (bedragen[0], bedragen[1])
        return uit

    # ------------------------------------------------------------ model validation -> cells
    def neem_validatie_over(self, bevindingen: list[Bevinding]) -> None:
        from dataclasses import replace
        for x in bevindingen:
            sleutel = (x.veld, x.jaar)
            if x.veld is not None and sleutel in self.gemeld:
                continue
            blad = self.bladnamen.get(x.blad, x.blad) if x.blad else None
            cel = None
            plaats = self.cellen.get(sleutel) or (self.cellen.get((x.veld, None)) if x.jaar is None else None)
            if x.veld == "samenwerkingsverband" and x.label in self.swv_kolommen:
                plaats = (blad, self.swv_kolommen[x.label])
            if x.veld == "samenwerkingsverband" and x.melding.startswith("Doelgroepenregister van "):
                for naam, c in self.leden_cellen.items():
                    if x.melding.startswith(f"Doelgroepenregister van {naam} is"):
                        plaats = (blad, c)
            if plaats:
                blad, cel = plaats
            self.voeg_toe(replace(x, blad=blad or x.blad or BLAD_GEMEENTE, cel=cel))
