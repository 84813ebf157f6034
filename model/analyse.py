"""Comparing scenarios and the sensitivity analysis ("gevoeligheid", REKENREGELS §6)."""
from __future__ import annotations

from dataclasses import dataclass

from model.berekening import bereken, bereken_kolommen
from model.invoer import GemeenteInvoer
from model.parameters import ParameterSet, standaard_parameterset
from model.regels import SLEUTELS
from model.resultaat import Resultaat
from model.scenario import BASIS, INVOER, PARAMETER, REEKS_SOORT, Override, Scenario, presets


@dataclass(frozen=True)
class Vergelijking:
    """Scenarios side by side with their difference from the first one (normally Basis)."""

    basis: Resultaat
    varianten: tuple[Resultaat, ...]

    @property
    def jaren(self) -> tuple[int, ...]:
        return self.basis.jaren

    def verschil(self, variant: Resultaat, sleutel: str) -> tuple[float, ...]:
        return tuple(v - b for v, b in zip(variant.reeks(sleutel), self.basis.reeks(sleutel)))

    def cumulatief(self, variant: Resultaat, sleutel: str) -> tuple[float, ...]:
        totaal, uit = 0.0, []
        for d in self.verschil(variant, sleutel):
            totaal += d
            uit.append(totaal)
        return tuple(uit)

    def gewijzigde_regels(self, variant: Resultaat, tolerantie: float = 1e-6) -> tuple[str, ...]:
        return tuple(s for s in SLEUTELS if any(abs(d) > tolerantie for d in self.verschil(variant, s)))


def vergelijk(invoer: GemeenteInvoer, scenarios: list[Scenario], parameterset: ParameterSet | None = None,
              van: int | None = None, tot: int | None = None, basis: Scenario | None = None) -> Vergelijking:
    """Each scenario as Basis plus its own overrides, next to Basis (REKENREGELS §6, v2).

    ``basis`` is Basis with the user's own edits (default: plain Basis); a Basis in ``scenarios``
    is skipped, as it is the reference. Each difference is then the scenario's own effect.
    """
    basis = basis or Scenario(BASIS)
    referentie = bereken(invoer, parameterset, basis, van, tot)
    varianten = tuple(bereken(invoer, parameterset, s.op_basis(basis), van, tot) for s in scenarios if not s.is_basis)
    return Vergelijking(referentie, varianten)


def vergelijk_presets(invoer: GemeenteInvoer, parameterset: ParameterSet | None = None,
                      van: int | None = None, tot: int | None = None, basis: Scenario | None = None) -> Vergelijking:
    return vergelijk(invoer, list(presets()), parameterset, van, tot, basis)


# ---------------------------------------------------------------- sensitivity

#: The line whose cumulated value the sensitivity reports (REKENREGELS §6, v2).
GEVOELIGHEIDSREGEL = "saldo_na_bestemming"
#: What the sensitivity measures, in the words every view and export uses for it.
GEVOELIGHEIDSEFFECT = "het effect op het geraamde resultaat, opgeteld over de jaren"

@dataclass(frozen=True)
class Variatie:
    """One assumption moved down and up: two sets of overrides with their Dutch labels."""

    sleutel: str
    label: str
    laag: tuple[Override, ...]
    hoog: tuple[Override, ...]
    laag_tekst: str
    hoog_tekst: str


@dataclass(frozen=True)
class Gevoeligheid:
    variatie: Variatie
    effect_laag: float          # cumulated saldo na bestemming difference vs the scenario itself
    effect_hoog: float
    effect_laag_maatschappelijk: float
    effect_hoog_maatschappelijk: float

    @property
    def bandbreedte(self) -> float:
        return abs(self.effect_hoog - self.effect_laag)


def _param(sleutel: str, factor: float) -> tuple[Override, ...]:
    return (Override(PARAMETER, sleutel, factor=factor),)


def variaties(invoer: GemeenteInvoer, parameterset: ParameterSet, scenario: Scenario) -> list[Variatie]:
    """The key assumptions of the model, each with its natural range or ±10 %.

    A uniform factor on wsw_per_se or wsw_volume_* cancels in the Wsw ratios, so those are not
    varied; the Wsw enters through its SE and net cost per SE instead.
    """
    from model.opmaak import procent
    p = parameterset
    start = int(p.value("lks_forfait_startjaar", p.eerste_jaar))
    for o in scenario.overrides:
        if o.soort == PARAMETER and o.sleutel == "lks_forfait_startjaar" and o.jaar is None and o.factor is None:
            start = int(o.waarde)
    w = p.value("bw_gewicht_realisatie", p.eerste_jaar)
    uit = [
        Variatie("lks_forfait_startjaar", "Startjaar forfaitaire LKS (± 1 jaar)",
                 (Override(PARAMETER, "lks_forfait_startjaar", start - 1),),
                 (Override(PARAMETER, "lks_forfait_startjaar", start + 1),), str(start - 1), str(start + 1)),
        Variatie("lks_forfait_pct", "Forfaitaire LKS (± 10 %)", _param("lks_forfait_pct", 0.9),
                 _param("lks_forfait_pct", 1.1), "− 10 %", "+ 10 %"),
        Variatie("bw_gewicht_realisatie", "Gewicht realisatie in verdeelmodel (± 10 %)",
                 (Override(PARAMETER, "bw_gewicht_realisatie", w * 0.9), Override(PARAMETER, "bw_gewicht_advies", 1 - w * 0.9)),
                 (Override(PARAMETER, "bw_gewicht_realisatie", w * 1.1), Override(PARAMETER, "bw_gewicht_advies", 1 - w * 1.1)),
                 procent(w * 0.9), procent(w * 1.1)),
        Variatie("bw_bedrag_per_plek", "Rijksbijdrage per plek beschut werk (± 10 %)",
                 _param("bw_bedrag_per_plek", 0.9), _param("bw_bedrag_per_plek", 1.1), "− 10 %", "+ 10 %"),
        Variatie("wml_uur", "Wettelijk minimumloon (± 10 %)", _param("wml_uur", 0.9), _param("wml_uur", 1.1),
                 "− 10 %", "+ 10 %"),
        Variatie("werkgeverslasten_lks", "Werkgeverslasten in de LKS (± 10 %)", _param("werkgeverslasten_lks", 0.9),
                 _param("werkgeverslasten_lks", 1.1), "− 10 %", "+ 10 %"),
        Variatie("buig_lks_dekking", "BUIG-dekking LKS (90–100 %)", _param("buig_lks_dekking", 0.9),
                 _param("buig_lks_dekking", 1.0), "90 %", "100 %"),
        *(_punt(p, scenario, sleutel, label) for sleutel, label in (
            ("lpo", "Loon- en prijsbijstelling kosten gemeente"),
            ("lpo_rijk", "Loon- en prijsbijstelling rijksbijdragen"),
            ("wml_indexatie", "Indexatie minimumloon"))),
        Variatie("bw_verdeel_vertraging", "Peiljaar verdeelmodel (1–3 jaar terug)",
                 (Override(PARAMETER, "bw_verdeel_vertraging", 1),), (Override(PARAMETER, "bw_verdeel_vertraging", 3),),
                 "1 jaar", "3 jaar"),
        Variatie("brede_baten_midden", "Brede baten per persoon (laag–hoog)",
                 (Override(PARAMETER, "brede_baten_midden", p.value("brede_baten_laag", p.eerste_jaar)),),
                 (Override(PARAMETER, "brede_baten_midden", p.value("brede_baten_hoog", p.eerste_jaar)),),
                 "laag", "hoog"),
    ]
    from model.scenario import pas_invoer_aan
    effectief = pas_invoer_aan(invoer, scenario.overrides)[0]
    gr = effectief.reeks("bijdrage_gr_wsw") if effectief.wsw_via_gr else {}
    wsw = () if gr else (("wsw_se_basis", "Wsw SE basisjaar"), ("wsw_netto_kosten_per_se", "Wsw netto kosten per SE"))
    if gr:   # through a GR the Wsw costs are its bijdrage (SAMENWERKING §3): that is what varies
        uit.append(Variatie("bijdrage_gr_wsw", "Bijdrage GR Wsw (± 10 %)",
                            (Override(REEKS_SOORT, "bijdrage_gr_wsw", waarden={j: w * 0.9 for j, w in gr.items()}),),
                            (Override(REEKS_SOORT, "bijdrage_gr_wsw", waarden={j: w * 1.1 for j, w in gr.items()}),),
                            "− 10 %", "+ 10 %"))
    for veld, label in (("begeleiding_per_plek", "Begeleidingskosten per plek"),
                        ("overhead_per_plek", "Overheadkosten per plek"),
                        ("netto_toegevoegde_waarde", "Netto toegevoegde waarde per plek"),
                        ("contracturen", "Contracturen per week"),
                        ("werkgeverslasten_sob", "Werkgeverslasten SOB"),
                        ("si_kosten_per_plek", "Kosten per plek sociale infrastructuur"),
                        *wsw):
        basis = _invoerwaarde(invoer, scenario, veld)
        if basis:
            laag, hoog = _binnen_veld(veld, basis * 0.9), _binnen_veld(veld, basis * 1.1)
            uit.append(Variatie(veld, f"{label} (± 10 %)", (Override(INVOER, veld, laag),),
                                (Override(INVOER, veld, hoog),), _instelling(veld, laag), _instelling(veld, hoog)))
    lks = _invoerwaarde(invoer, scenario, "lks_percentage")
    # an empty field means the national average: then that parameter is what is varied
    doel, soort = ("lks_percentage", INVOER) if lks is not None else ("lks_gemiddeld_pct", PARAMETER)
    if lks is None:
        lks = _scenariowaarde(p, scenario, "lks_gemiddeld_pct")
    uit.append(Variatie("lks_percentage", "LKS-percentage vóór het forfait (± 10 %)",
                        (Override(soort, doel, lks * 0.9),), (Override(soort, doel, min(1.0, lks * 1.1)),),
                        procent(lks * 0.9), procent(min(1.0, lks * 1.1))))
    return uit


def _scenariowaarde(p: ParameterSet, scenario: Scenario, sleutel: str) -> float:
    for o in scenario.overrides:
        if o.soort == PARAMETER and o.sleutel == sleutel and o.jaar is None and o.factor is None:
            return float(o.waarde)
    return p.value(sleutel, p.eerste_jaar)


def _punt(p: ParameterSet, scenario: Scenario, sleutel: str, label: str) -> Variatie:
    """An indexation moved one percentage point down and up (REKENREGELS §6), within its range."""
    from model.opmaak import procent
    laag_grens, hoog_grens = p.parameter(sleutel).bereik
    waarde = _scenariowaarde(p, scenario, sleutel)
    laag, hoog = max(laag_grens, waarde - 0.01), min(hoog_grens, waarde + 0.01)
    return Variatie(sleutel, f"{label} (± 1 procentpunt)", (Override(PARAMETER, sleutel, laag),),
                    (Override(PARAMETER, sleutel, hoog),), procent(laag, 1), procent(hoog, 1))


def _binnen_veld(veld: str, waarde: float) -> float:
    """A varied input value kept inside its field's range (so the variation is a valid edit)."""
    from model.invoer import VELD
    v = VELD[veld]
    if v.maximum is not None:
        waarde = min(v.maximum, waarde)
    return waarde if v.minimum is None else max(v.minimum, waarde)


def _instelling(veld: str, waarde: float) -> str:
    """A low/high setting as the user knows the field: 22,5 %, € 7.200 or 106,7."""
    from model.invoer import VELD
    from model.opmaak import euro, getal, procent_kort
    soort = VELD[veld].soort
    if soort == "percentage":
        return procent_kort(waarde)
    if soort == "euro":
        return euro(waarde)
    return getal(waarde, 0 if float(waarde).is_integer() else 1)


def _invoerwaarde(invoer: GemeenteInvoer, scenario: Scenario, veld: str):
    for o in scenario.overrides:
        if o.soort == INVOER and o.sleutel == veld:
            return o.waarde
    return getattr(invoer, veld)


def _kolommen(variaties_: list[Variatie], invoer: GemeenteInvoer):
    """Column 0 is the scenario itself; then each variation's low and high setting. A series varied as a whole
    (every given year by one factor) is a factor on the series per column."""
    from model.evaluatie.reeksen import Kolommen
    k = Kolommen(1 + 2 * len(variaties_))
    for i, v in enumerate(variaties_):
        for kolom, overrides in ((1 + 2 * i, v.laag), (2 + 2 * i, v.hoog)):
            for o in overrides:
                if o.soort == PARAMETER and o.factor is not None:
                    k.zet_factor(kolom, o.sleutel, o.jaar, o.factor)
                elif o.soort == PARAMETER:
                    k.zet_parameter(kolom, o.sleutel, o.jaar, float(o.waarde))
                elif o.soort == INVOER:
                    k.zet_veld(kolom, o.sleutel, float(o.waarde))
                elif o.soort == REEKS_SOORT and o.waarden and set(o.waarden) == set(invoer.reeks(o.sleutel)):
                    factoren = {round(w / invoer.reeks(o.sleutel)[j], 12) for j, w in o.waarden.items()}
                    if len(factoren) != 1:
                        raise ValueError(f"reeks {o.sleutel} wordt niet met één factor gevarieerd")
                    k.reeksfactoren.setdefault(o.sleutel, k.leeg(1.0))[kolom] = factoren.pop()
                else:
                    raise ValueError(f"een gevoeligheidsvariatie kan geen {o.soort} aanpassen")
    return k


def gevoeligheid(invoer: GemeenteInvoer, parameterset: ParameterSet | None = None, scenario: Scenario | None = None,
                 van: int | None = None, tot: int | None = None) -> list[Gevoeligheid]:
    """Each assumption moved down and up; effect on the cumulated saldo na bestemming, widest first (tornado).

    Every variation is one column of a single evaluation of the rules over arrays
    (:func:`model.berekening.bereken_kolommen`): the same rules as ``bereken``, all at once.
    """
    parameterset = parameterset or standaard_parameterset()
    scenario = scenario or Scenario("Basis")
    doel = (GEVOELIGHEIDSREGEL, "maatschappelijke_baten")
    lijst = variaties(invoer, parameterset, scenario)
    from model.scenario import pas_invoer_aan
    effectief = pas_invoer_aan(invoer, scenario.overrides)[0]
    _, uit = bereken_kolommen(invoer, doel, _kolommen(lijst, effectief), parameterset, scenario, van, tot)
    saldo = uit[GEVOELIGHEIDSREGEL].sum(axis=1)
    maatschappelijk = uit["maatschappelijke_baten"].sum(axis=1)
    effect = [(float(saldo[i] - saldo[0]), float(maatschappelijk[i] - maatschappelijk[0])) for i in range(len(saldo))]
    resultaat = []
    for i, v in enumerate(lijst):
        (laag, laag_m), (hoog, hoog_m) = effect[1 + 2 * i], effect[2 + 2 * i]
        resultaat.append(Gevoeligheid(v, laag, hoog, laag_m, hoog_m))
    resultaat.sort(key=lambda g: (-g.bandbreedte, -abs(g.effect_hoog_maatschappelijk - g.effect_laag_maatschappelijk)))
    return resultaat
