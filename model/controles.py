"""Checks and findings (REKENREGELS §3, §7): realisatie, reserve, missing data, filled-in values,
circulaire reconciliation. Nothing is filled in silently: every value the model fills in or
defaults gives one *info* finding per field, with its years and rule.
"""
from __future__ import annotations

from model.invoer import REEKS, VELD, GemeenteInvoer
from model.opmaak import aaneengesloten, euro, getal, jarentekst, periode, procent, procent_kort
from model.regios import bron as regiobron, landelijk, zoek_regio
from model.rekenregels.jaren import EERSTE_MODELJAAR
from model.resultaat import INFO, Aansluiting, Regiovergelijking, Waarschuwing
from model.onbekend import REGIONAAL_INVULLEN, toegerekend_onbekend

#: circulaire series -> (output line, quantity that estimates it without that year's amount)
CIRCULAIREREGELS = (
    ("circ_beschut", "iu_beschut_werk", ("iu_beschut_werk_model", "iu_beschut_lks_overbrugging")),
    ("circ_si", "iu_sociale_infrastructuur", ("iu_sociale_infrastructuur_model",)),
    ("circ_impulsbudget", "du_impulsbudget", ("ib_regio_model",)),
    ("circ_wsw", "iu_wsw", ("iu_wsw_model",)),
)
#: What a circulaire amount holds beyond its line's name (issue 21: the reconciliation names the amount by itself).
_CIRCULAIRE_INCLUSIEF = {"circ_beschut": " incl. tijdelijke ophoging"}


def circulairenaam(regel: str) -> str:
    """The circulaire amount reconciled with ``regel``, under its own name: "Rijksbijdrage beschut werk incl.
    tijdelijke ophoging (circulaire)" — never the label of a model line, which holds a different amount."""
    from model.invoer import REEKS
    reeks = next(r for r, g, _ in CIRCULAIREREGELS if g == regel)
    return f"{REEKS[reeks].label}{_CIRCULAIRE_INCLUSIEF.get(reeks, '')} (circulaire)"


def modeldelen(regel: str) -> str:
    """The model lines whose sum is compared with the circulaire amount, by their catalogue names."""
    from model.regels import GROOTHEID, STROMEN
    schatters = next(s for _, g, s in CIRCULAIREREGELS if g == regel)
    stroom = STROMEN[GROOTHEID[schatters[0]].stroom]
    return f"{stroom}: " + " + ".join(GROOTHEID[s].label for s in schatters)


def einde_impulsbudget(kern) -> int:
    """The last year with an impulsbudget macro amount in the parameter set (2034 in the shipped set)."""
    ps = kern.parameters.set
    return max(j for j in ps.jaren if ps.value("ib_macro", j) > 0)


def _laatste_gedekte_jaar(kern, gewenst: int) -> int:
    return min(gewenst, kern.parameters.set.laatste_jaar)


def waarschuwingen(kern, jaren: tuple[int, ...]) -> list[Waarschuwing]:
    w: list[Waarschuwing] = []
    invoer: GemeenteInvoer = kern.invoer
    onder = [j for j in jaren if kern.get("taak", j) > 0 and kern.get("real", j) < kern.get("taak", j)]
    for a, b in aaneengesloten(onder):
        graden = [kern.get("realisatiegraad", j) for j in range(a, b + 1)]
        bereik = procent(min(graden), 1) if a == b else f"{procent(min(graden), 1)}–{procent(max(graden), 1)}"
        w.append(Waarschuwing(
            "realisatie", f"Gerealiseerd beschut werk ligt onder de taakstelling in {periode(a, b)} "
                          f"(realisatiegraad {bereik}).", "realisatiegraad", tuple(range(a, b + 1))))
    EINDE_IMPULSBUDGET = einde_impulsbudget(kern)
    reservejaren = range(EERSTE_MODELJAAR, _laatste_gedekte_jaar(kern, max(jaren[-1], EINDE_IMPULSBUDGET + 1)) + 1)
    reserve = {j: kern.get("reserve_impulsbudget", j) for j in reservejaren}
    zonder_dekking = {j: b for j in reservejaren if (b := kern.get("besteding_zonder_dekking", j)) > 0.5}
    if zonder_dekking:
        per_jaar = "; ".join(f"{j}: {euro(b)}" for j, b in zonder_dekking.items())
        w.append(Waarschuwing(
            "besteding_zonder_dekking",
            f"De bestemmingsreserve impulsbudget is uitgeput: in {jarentekst(zonder_dekking)} is samen "
            f"{euro(sum(zonder_dekking.values()))} aan besteding niet gedekt door het impulsbudget of de reserve "
            f"({per_jaar}). Dit bedrag komt ten laste van het geraamde resultaat.",
            "besteding_zonder_dekking", tuple(zonder_dekking)))
    w.extend(_structureel_na_einde(kern, EINDE_IMPULSBUDGET))
    na_einde = [j for j, r in reserve.items() if j > EINDE_IMPULSBUDGET and r > 0.5]
    if na_einde:
        j = na_einde[0]
        w.append(Waarschuwing(
            "reserve_over", f"Na afloop van het impulsbudget ({EINDE_IMPULSBUDGET}) staat er nog {euro(reserve[j])} "
                            f"in de bestemmingsreserve (eind {j}): plan de besteding of de vrijval.",
            "reserve_impulsbudget", (j,)))
    if kern.get("si_aandeel", jaren[0]) is None and not invoer.reeks("circ_si"):
        w.append(Waarschuwing(
            "si_geen_gegevens", "De rijksbijdrage sociale infrastructuur staat op 0: vul op blad Circulaire de "
                                "rijksbijdrage sociale infrastructuur in, of op blad Gemeente het doelgroepenregister "
                                "gemeente én landelijk.", "iu_sociale_infrastructuur"))
    if invoer.ontvangt_impulsbudget and kern.get("ib_aandeel_regio", jaren[0]) is None \
            and not invoer.reeks("circ_impulsbudget"):
        w.append(Waarschuwing(
            "ib_geen_gegevens", "Het impulsbudget staat op 0: vul op blad Circulaire het impulsbudget in, of op blad "
                                "Gemeente het doelgroepenregister samenwerkingsverband én landelijk.", "du_impulsbudget"))
    if invoer.wsw_se_basis > 0 and not invoer.reeks("circ_wsw") and invoer.wsw_rijksbijdrage_basis is None:
        w.append(Waarschuwing(
            "wsw_geen_rijksbijdrage", "De rijksbijdrage Wsw staat op 0: vul op blad Circulaire de rijksbijdrage Wsw "
                                      "in, of op blad Gemeente de Wsw rijksbijdrage basisjaar.", "iu_wsw"))
    # an empty Begeleidingskosten/Overheadkosten per plek: one warning, naming the cell (model.invoer.valideer)
    w.extend(_impulsbudget_ontbreekt(kern, jaren))
    w.extend(_wsw_via_gr(kern))
    if invoer.lks_percentage is not None and invoer.lks_pct_loonwaarde is not None \
            and invoer.lks_percentage > invoer.lks_pct_loonwaarde:
        w.append(Waarschuwing(
            "lks_boven_loonwaarde",
            f"De gemeente betaalt vóór het forfait een LKS van {procent_kort(invoer.lks_percentage)}, meer dan de "
            f"{procent_kort(invoer.lks_pct_loonwaarde)} uit de loonwaardemetingen. Het verschil dekt de BUIG niet "
            "(000 §5.4); het komt ten laste van de algemene middelen (de tijdelijke ophoging is ervoor bedoeld).",
            "buig_lks_beschut"))
    w.extend(ingevulde_waarden(kern, jaren))
    return w


def _wsw_via_gr(kern) -> list[Waarschuwing]:
    """Wsw through a GR (REKENREGELS §4.6, v3): a missing bijdrage, or a bijdrage that is not used, is said."""
    invoer = kern.invoer
    bijdragen = invoer.reeks("bijdrage_gr_wsw")
    kolom = REEKS["bijdrage_gr_wsw"].label
    if invoer.wsw_via_gr and not bijdragen:
        return [Waarschuwing(
            "wsw_gr_zonder_bijdrage", f"{VELD['wsw_via_gr'].label} is ja, maar de kolom '{kolom}' op blad Meerjarig is "
                                      "leeg: de Wsw is berekend als SE × netto kosten per SE. Vul de bijdrage uit de "
                                      "begroting van de GR in.", "lasten_wsw")]
    if bijdragen and not invoer.wsw_via_gr:
        return [Waarschuwing(
            "wsw_bijdrage_niet_gebruikt", f"De kolom '{kolom}' op blad Meerjarig is ingevuld, maar "
                                          f"'{VELD['wsw_via_gr'].label}' staat op nee: de bijdrage is niet gebruikt.",
            "lasten_wsw")]
    return []


def _structureel_na_einde(kern, einde: int) -> list[Waarschuwing]:
    """A structural spending category that continues after the impulsbudget ends (v3): named, with its amount."""
    from model.invoer import BESTEDINGSCATEGORIEEN, STRUCTUREEL_VELD
    from model.regels import REGEL
    invoer, w = kern.invoer, []
    jaar = einde + 1
    if jaar > kern.parameters.set.laatste_jaar:
        return w
    for c in BESTEDINGSCATEGORIEEN:
        if not getattr(invoer, STRUCTUREEL_VELD[c]) or not invoer.reeks(c) or max(invoer.reeks(c)) > einde:
            continue
        bedrag = kern.get(f"besteding_{c}", jaar)
        if bedrag > 0.5:
            label = REGEL[f"besteding_{c}"].label
            w.append(Waarschuwing(
                f"structureel_na_{c}",
                f"{label} is structureel en loopt na het impulsbudget ({einde}) door: {euro(bedrag)} in {jaar}, "
                "daarna geïndexeerd, zonder dekking uit het impulsbudget. Zoek structurele dekking of zet de "
                "categorie op blad Classificatie op niet structureel.", f"besteding_{c}", (jaar,)))
    return w


def _impulsbudget_ontbreekt(kern, jaren: tuple[int, ...]) -> list[Waarschuwing]:
    """REKENREGELS §4.5 (v2): a toegerekend share or a doorbetaling that cannot be computed is said, not 0."""
    invoer, w = kern.invoer, []
    met_budget = [j for j in jaren if kern.p("ib_macro", j) > 0]
    if not met_budget:
        return w
    regio_onbekend = not invoer.reeks("circ_impulsbudget") and kern.get("ib_aandeel_regio", met_budget[0]) is None
    ontbrekend = [] if invoer.verdeelsleutel is not None else \
        [VELD[v].label for v in ("dgr_gemeente", "dgr_samenwerkingsverband") if getattr(invoer, v) is None]
    if ontbrekend:
        w.append(Waarschuwing(
            "toegerekend_onbekend", "Het toegerekende aandeel impulsbudget kan niet worden berekend: vul op blad "
                                    f"Gemeente {' en '.join(ontbrekend)} in, of op blad Samenwerkingsverband de "
                                    "afgesproken verdeelsleutels.", "impulsbudget_toegerekend"))
    elif regio_onbekend and not invoer.ontvangt_impulsbudget:
        w.append(Waarschuwing(
            "toegerekend_onbekend", "Het toegerekende aandeel impulsbudget kan niet worden berekend: het regionale "
                                    "bedrag ontbreekt. " + REGIONAAL_INVULLEN, "impulsbudget_toegerekend"))
    if invoer.ontvangt_impulsbudget and invoer.doorbetalen_aan_leden and ontbrekend:
        w.append(Waarschuwing(
            "doorbetaling_leden_onbekend", "De doorbetaling aan de deelnemende gemeenten kan niet worden berekend en "
                                           f"staat op € 0: vul op blad Gemeente {' en '.join(ontbrekend)} in, of op "
                                           "blad Samenwerkingsverband de afgesproken verdeelsleutels.",
            "doorbetaling_aan_leden"))
    zonder = toegerekend_onbekend(kern, met_budget) if not invoer.ontvangt_impulsbudget \
        and not invoer.reeks("doorbetaling") else ()
    if zonder:   # the one finding about these years: the info note on filling in leaves them out
        w.append(Waarschuwing(
            "doorbetaling_ontbreekt", f"Geen doorbetaling impulsbudget ingevuld voor {jarentekst(zonder)}, en het "
                                      "toegerekende aandeel kan niet worden berekend: de doorbetaling staat daar op "
                                      "€ 0. Vul op blad Meerjarig de kolom 'Doorbetaling impulsbudget' in (het bedrag "
                                      "van de ontvangende gemeente).", "du_impulsbudget", tuple(zonder)))
    return w


def _info(code: str, tekst: str, regel: str | None = None, jaren=()) -> Waarschuwing:
    return Waarschuwing(code, tekst, regel, tuple(jaren), INFO)


def ingevulde_waarden(kern, jaren: tuple[int, ...]) -> list[Waarschuwing]:
    """One info finding per filled-in or defaulted field, with its years and rule (REKENREGELS §3, v2)."""
    invoer, uit = kern.invoer, []
    nodig = set(jaren)
    if any(kern.get("aandeel_nieuw_verdeelmodel", j) > 0 for j in jaren):  # the lag reads earlier years
        nodig |= {int(kern.get("peiljaar_verdeelmodel", j)) for j in jaren if kern.get("aandeel_nieuw", j) is not None}
    for sleutel, regel in (("taakstelling", "volgt het landelijke pad vanaf {anker}"),
                           ("gerealiseerd", "de waarde van {anker} ({waarde}) loopt door"),
                           ("positief_advies", "de waarde van {anker} ({waarde}) loopt door"),
                           ("plekken_si", "de waarde van {anker} ({waarde}) loopt door")):
        gegeven = invoer.reeks(sleutel)
        if not gegeven or (sleutel == "gerealiseerd" and kern.koppelingen.get("gerealiseerd")):
            continue
        ontbreekt = sorted(j for j in nodig if j not in gegeven)
        if not ontbreekt:
            continue
        delen = []   # one finding per field, naming the rule for each run of years (v3)
        for a, b in aaneengesloten(ontbreekt):
            anker = max((j for j in gegeven if j < a), default=min(gegeven))
            delen.append((periode(a, b), regel.format(anker=anker, waarde=getal(gegeven[anker], 1).removesuffix(",0"))))
        tekst = delen[0][1] if len(delen) == 1 else "; ".join(f"{p} {t}" for p, t in delen)
        uit.append(_info(f"ingevuld_{sleutel}", f"{REEKS[sleutel].label} {jarentekst(ontbreekt)} niet ingevuld: "
                         f"{tekst}.", None, ontbreekt))
    if not invoer.ontvangt_impulsbudget:
        uit.extend(_doorbetaling_ingevuld(kern, jaren))
    gr = invoer.reeks("bijdrage_gr_wsw")
    if invoer.wsw_via_gr and gr:
        ontbreekt = sorted(j for j in jaren if j not in gr)
        delen = [f"{periode(a, b)} vanaf {max((j for j in gr if j < a), default=min(gr))}"
                 for a, b in aaneengesloten(ontbreekt)]
        if ontbreekt:
            uit.append(_info("ingevuld_bijdrage_gr_wsw", f"{REEKS['bijdrage_gr_wsw'].label} {jarentekst(ontbreekt)} "
                             "niet ingevuld: de bijdrage van het dichtstbijzijnde eerdere jaar, geïndexeerd met de loon- "
                             f"en prijsontwikkeling ({'; '.join(delen)}).", "lasten_wsw", ontbreekt))
    if not invoer.reeks("positief_advies") and invoer.reeks("gerealiseerd"):
        uit.append(_info("ingevuld_positief_advies", "Positief advies beschut werk is niet ingevuld: het model "
                         "neemt gerealiseerd × landelijk positief advies / landelijke realisatie."))
    if invoer.lks_percentage is None:
        uit.append(_info("standaard_lks_percentage", f"{VELD['lks_percentage'].label} is niet ingevuld: het model "
                         "rekent met het landelijk gemiddelde "
                         f"({procent(kern.p('lks_gemiddeld_pct', jaren[0]))}).", "lasten_lks_beschut"))
    if invoer.lks_pct_loonwaarde is None:
        uit.append(_info("standaard_lks_pct_loonwaarde", f"{VELD['lks_pct_loonwaarde'].label} is niet ingevuld: "
                         "de BUIG dekt vóór het forfait hetzelfde percentage als de gemeente betaalt.",
                         "buig_lks_beschut"))
    zonder_editie = sorted(j for j in invoer.reeks("circ_beschut") if invoer.editie(j) is None and j in nodig)
    if zonder_editie:
        uit.append(_info("editie_onbekend", f"Bij de rijksbijdrage beschut werk {jarentekst(zonder_editie)} staat "
                         "geen circulaire-editie: het bedrag is opgevat als inclusief de tijdelijke ophoging "
                         "(septembercirculaire 2025 of later).", "iu_beschut_werk", zonder_editie))
    return uit


def _doorbetaling_ingevuld(kern, jaren: tuple[int, ...]) -> list[Waarschuwing]:
    """A member's doorbetaling in a year left empty (REKENREGELS §4.5 v3): one info finding naming the rule."""
    invoer = kern.invoer
    gegeven = invoer.reeks("doorbetaling")
    label = REEKS["doorbetaling"].label
    met_budget = [j for j in jaren if kern.p("ib_macro", j) > 0]
    ontbreekt = [j for j in met_budget if j not in gegeven]
    if not ontbreekt:
        return []
    if not gegeven:   # where the toegerekend aandeel is unknown, the warning doorbetaling_ontbreekt says so instead
        ontbreekt = [j for j in ontbreekt if j not in toegerekend_onbekend(kern, ontbreekt)]
        return [_info("ingevuld_doorbetaling", f"{label} {jarentekst(ontbreekt)} niet ingevuld: het model neemt het "
                      "toegerekende aandeel (regionaal impulsbudget × verdeelsleutel).", "du_impulsbudget",
                      ontbreekt)] if ontbreekt else []
    delen = []
    for a, b in aaneengesloten(ontbreekt):
        anker = max((j for j in gegeven if j < a), default=min(gegeven))
        delen.append(f"{periode(a, b)} vanaf {anker}")
    return [_info("ingevuld_doorbetaling", f"{label} {jarentekst(ontbreekt)} niet ingevuld: volgt het landelijke pad "
                  f"van het impulsbudget ({'; '.join(delen)}).", "du_impulsbudget", ontbreekt)]


def aansluiting(kern, jaren: tuple[int, ...]) -> list[Aansluiting]:
    """For every circulaire amount in the model years: the model's own estimate next to it."""
    uit: list[Aansluiting] = []
    laatste = jaren[-1]
    for reeks, regel, schatters in CIRCULAIREREGELS:
        for jaar, bedrag in sorted(kern.invoer.reeks(reeks).items()):
            if not (EERSTE_MODELJAAR <= jaar <= laatste):
                continue
            delen = [kern.get(s, jaar) for s in schatters]
            if any(d is None for d in delen):
                continue
            uit.append(Aansluiting(regel, jaar, bedrag, sum(delen)))
    return uit


def regiovergelijking(invoer: GemeenteInvoer) -> Regiovergelijking | None:
    if not invoer.arbeidsmarktregio:
        return None
    regio = zoek_regio(invoer.arbeidsmarktregio)
    return None if regio is None else Regiovergelijking(regio, landelijk(), regiobron())
