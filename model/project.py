"""The state of one open project, without Qt: input, parameter set, scenarios, active scenario.

The editable part lives in an immutable :class:`Toestand`; every edit produces a new one.
That makes undo exact (the app keeps the previous Toestand) and lets tests drive the
project without a window. Parameter edits (and edits of the scenario-only input values) are
overrides of the active scenario. An edit of the gemeente's own data (a field or series of the
workbook) is an **invoercorrectie**: it corrects the input itself, before every scenario, and is
kept apart from the assumptions (``Toestand.correcties``). The input as loaded stays what the
workbook says (``Project.ingelezen``), so every correction is listed and can be reset.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from model.berekening import bereken
from model.invoer import GemeenteInvoer, voorbeeldgemeente
from model.parameters import STANDAARD_SET, ParameterSet, standaard_parameterset
from model.resultaat import Resultaat
from model.scenario import (BASIS, INVOER, MAX_NAAM, MAX_SCENARIOS, PARAMETER, REEKS_SOORT, TAAKVELD, Override,
                            Scenario, presets)

#: Horizons the app offers: the begroting (basisjaar … +3) and the long view (to 2035).
KORT, LANG = "kort", "lang"


class ProjectFout(ValueError):
    """An edit that cannot be made (e.g. duplicate scenario name); the message is Dutch."""


def _aantal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _controleer_naam(naam: str) -> None:
    """A scenario name the project file can hold (the reader's bound, :data:`model.scenario.MAX_NAAM`)."""
    if len(naam) > MAX_NAAM:
        raise ProjectFout(f"De naam van een scenario is hoogstens {MAX_NAAM} tekens; deze heeft er {len(naam)}.")


@dataclass(frozen=True)
class Bron:
    """The input workbook as it was loaded, kept so a project opens when the file has moved."""

    bestandsnaam: str
    inhoud: bytes | None = None


def is_gemeentegegeven(sleutel: str) -> bool:
    """Whether an input field or series is the gemeente's own data (it has a place in the workbook): an edit
    of it is an invoercorrectie. Scenario-only values (e.g. the Wsw-uitstroom) are assumptions."""
    from model.invoer import REEKS, VELD
    ding = VELD.get(sleutel) or REEKS.get(sleutel)
    return ding is not None and ding.blad is not None


@dataclass(frozen=True)
class Toestand:
    invoer: GemeenteInvoer
    scenarios: tuple[Scenario, ...]
    actief: str = BASIS
    bron: Bron | None = None
    #: invoercorrecties: the user's corrections of the gemeente's data ("invoer"/"reeks" overrides) and its own
    #: taakvelden ("taakveld" overrides), applied to the loaded input before every scenario
    correcties: tuple[Override, ...] = ()

    @property
    def gecorrigeerde_invoer(self) -> GemeenteInvoer:
        """The input as loaded with the invoercorrecties: what every scenario starts from."""
        if not self.correcties:
            return self.invoer
        from model.scenario import pas_invoer_aan
        return pas_invoer_aan(self.invoer, self.correcties)[0]

    def scenario(self, naam: str) -> Scenario:
        for s in self.scenarios:
            if s.naam == naam:
                return s
        raise ProjectFout(f"Er is geen scenario '{naam}'.")

    @property
    def actief_scenario(self) -> Scenario:
        return self.scenario(self.actief)

    @property
    def basis(self) -> Scenario:
        """Basis with the user's own edits (REKENREGELS §6, v2)."""
        return self.scenario(BASIS)

    def effectief(self, naam: str | None = None) -> Scenario:
        """What is calculated for a scenario: Basis plus the scenario's own overrides."""
        return self.scenario(naam or self.actief).op_basis(self.basis)

    def namen(self) -> tuple[str, ...]:
        return tuple(s.naam for s in self.scenarios)


def begintoestand(invoer: GemeenteInvoer, bron: Bron | None = None) -> Toestand:
    return Toestand(invoer=invoer, scenarios=presets(), actief=BASIS, bron=bron)


@dataclass
class Project:
    """An open project: the current Toestand plus the parameter set and bookkeeping."""

    toestand: Toestand
    parameterset: ParameterSet = field(default_factory=standaard_parameterset)
    pad: str | None = None            # where the project was last saved or opened
    stempel: tuple[int, int] | None = None   # (mtime_ns, size) of that file then; a save first checks it
    gewijzigd: bool = False           # unsaved changes
    ui: dict[str, Any] = field(default_factory=dict)
    #: notices to show once after opening (e.g. recalculated with a newer version of the rules)
    meldingen: list[str] = field(default_factory=list)

    @classmethod
    def voorbeeld(cls) -> "Project":
        return cls(begintoestand(voorbeeldgemeente(), Bron("Voorbeeldgemeente")))

    @classmethod
    def nieuw(cls, invoer: GemeenteInvoer, bron: Bron | None = None, parameterset_id: str = STANDAARD_SET) -> "Project":
        return cls(begintoestand(invoer, bron), standaard_parameterset(parameterset_id))

    # -- reading -------------------------------------------------------------------
    @property
    def invoer(self) -> GemeenteInvoer:
        """The gemeente's input every scenario starts from: as loaded, with the invoercorrecties."""
        return self.toestand.gecorrigeerde_invoer

    @property
    def ingelezen(self) -> GemeenteInvoer:
        """The input exactly as loaded from the workbook (without corrections)."""
        return self.toestand.invoer

    @property
    def actief_scenario(self) -> Scenario:
        return self.toestand.actief_scenario

    def jaren(self, horizon: str = KORT) -> tuple[int, int]:
        from model.rekenregels.jaren import begrotingsjaren, lange_termijn
        return (begrotingsjaren if horizon == KORT else lange_termijn)(self.invoer.basisjaar)

    def bereken(self, horizon: str = KORT, scenario: Scenario | None = None) -> Resultaat:
        """The active scenario (or ``scenario``) on top of Basis with the user's edits."""
        van, tot = self.jaren(horizon)
        gekozen = scenario.op_basis(self.toestand.basis) if scenario else self.toestand.effectief()
        return bereken(self.invoer, self.parameterset, gekozen, van, tot)

    def parameterwaarde(self, sleutel: str, jaar: int) -> float:
        """The value the active scenario uses (set value with Basis's and the scenario's overrides)."""
        from model.scenario import ParametersMetScenario
        cache = self.__dict__.get("_parameterwaarden")   # one source per state: the Aannames table asks every cell
        if cache is None or cache[0] is not self.toestand or cache[1] is not self.parameterset:
            bron = ParametersMetScenario(self.parameterset, self.toestand.effectief().overrides)
            cache = self.__dict__["_parameterwaarden"] = (self.toestand, self.parameterset, bron, {})
        memo = cache[3]
        if (sleutel, jaar) not in memo:
            memo[(sleutel, jaar)] = cache[2].value(sleutel, jaar)
        return memo[(sleutel, jaar)]

    @property
    def basis_aangepast(self) -> bool:
        return bool(self.toestand.basis.overrides)

    def zonder_basisaanpassingen(self) -> Toestand:
        """Reset Basis to the parameter set and the input as loaded; every scenario follows."""
        t = self.toestand
        return replace(t, scenarios=tuple(replace(s, overrides=()) if s.is_basis else s for s in t.scenarios))

    def controleer(self, override: Override) -> str | None:
        """Refuse an edit outside its range (ScenarioFout, Dutch); return a question when it is implausible."""
        from model.scenario import controleer, twijfel
        controleer(override, self.parameterset)
        return twijfel(override, self.parameterset)

    def parameter_aangepast(self, sleutel: str, jaar: int | None = None) -> bool:
        """Whether the active scenario overrides this parameter (in that year, or for all years)."""
        for o in self.actief_scenario.overrides:
            if o.soort == PARAMETER and o.sleutel == sleutel and (jaar is None or o.jaar in (None, jaar)):
                return True
        return False

    # -- edits: each returns the new Toestand; the caller applies it (undo stack) ------
    def _met_actief(self, scenario: Scenario) -> Toestand:
        """The Toestand with the active scenario replaced; refused (ScenarioFout, Dutch) when the project
        reader would refuse the scenario, so what the app saves it can always open again."""
        from model.scenario import MAX_AANPASSINGEN, MAX_AANPASSINGEN_PROJECT, ScenarioFout, controleer_scenario
        t = self.toestand
        nieuw = tuple(scenario if s.naam == t.actief else s for s in t.scenarios)
        if len(scenario.overrides) > len(t.actief_scenario.overrides) and (
                len(scenario.overrides) > MAX_AANPASSINGEN
                or sum(len(s.overrides) for s in nieuw) > MAX_AANPASSINGEN_PROJECT):
            raise ScenarioFout(f"Dit scenario of project heeft het grootste aantal aanpassingen dat een projectbestand "
                               f"kan bewaren ({_aantal(MAX_AANPASSINGEN)} per scenario, "
                               f"{_aantal(MAX_AANPASSINGEN_PROJECT)} samen); zet eerst aanpassingen terug.")
        controleer_scenario(scenario, self.invoer, self.parameterset)
        return replace(t, scenarios=nieuw)

    def motivering(self, sleutel: str) -> str:
        """Why the active scenario adjusts ``sleutel`` (the motivering of its own override(s) of it); '' when none."""
        return next((o.motivering for o in self.actief_scenario.overrides
                     if o.sleutel == sleutel and o.motivering), "")

    def met_motivering(self, sleutel: str, tekst: str) -> Toestand:
        """Set (or with an empty text clear) the motivering of the active scenario's own adjustment(s) of
        ``sleutel``; ScenarioFout (Dutch) when there is no such adjustment or the text is too long."""
        from model.scenario import MAX_MOTIVERING, ScenarioFout
        tekst = " ".join(tekst.split())
        s = self.actief_scenario
        if not any(o.sleutel == sleutel for o in s.overrides):
            raise ScenarioFout("Een motivering hoort bij een aanpassing; pas eerst de waarde aan in dit scenario.")
        if len(tekst) > MAX_MOTIVERING:
            raise ScenarioFout(f"Een motivering is hoogstens {MAX_MOTIVERING} tekens.")
        return self._met_actief(replace(s, overrides=tuple(
            replace(o, motivering=tekst or None) if o.sleutel == sleutel else o for o in s.overrides)))

    def _gemotiveerd(self, override: Override) -> Override:
        """An edit keeps the motivering the value already had in the active scenario."""
        return replace(override, motivering=self.motivering(override.sleutel) or None)

    def met_parameter(self, sleutel: str, waarde: float, jaar: int | None = None) -> Toestand:
        """Edit a parameter of the active scenario; a value outside the range raises ScenarioFout.
        The edit keeps the adjustment's motivering."""
        from model.scenario import controleer
        controleer(Override(PARAMETER, sleutel, waarde, jaar), self.parameterset)
        scenario = self.actief_scenario
        nieuw = self._gemotiveerd(Override(PARAMETER, sleutel, waarde, jaar))
        if jaar is None:  # one value for all years replaces the per-year overrides too
            scenario = replace(scenario, overrides=tuple(
                o for o in scenario.overrides if not (o.soort == PARAMETER and o.sleutel == sleutel)))
        return self._met_actief(scenario.met_override(nieuw))

    def zonder_parameter(self, sleutel: str, jaar: int | None = None) -> Toestand:
        """Reset: drop the override(s); ``jaar`` None drops every override of the parameter."""
        s = self.actief_scenario
        rest = tuple(o for o in s.overrides
                     if not (o.soort == PARAMETER and o.sleutel == sleutel and (jaar is None or o.jaar == jaar)))
        return self._met_actief(replace(s, overrides=rest))

    def met_invoer(self, invoer: GemeenteInvoer, bron: Bron | None = None) -> Toestand:
        """A newly loaded input replaces the project's input; scenarios, their overrides and the
        invoercorrecties stay (a correction the workbook now has itself changes nothing)."""
        return replace(self.toestand, invoer=invoer, bron=bron if bron is not None else self.toestand.bron)

    # An edit of the gemeente's data (a workbook field or series) is an invoercorrectie, applied before
    # every scenario; an edit of a scenario-only input value is an override of the active scenario. The
    # loaded input stays exactly what the workbook says (auditable); both are listed and can be reset.
    def effectieve_invoer(self) -> GemeenteInvoer:
        from model.scenario import pas_invoer_aan
        return pas_invoer_aan(self.invoer, self.toestand.effectief().overrides)[0]

    @staticmethod
    def _raakt(overrides, sleutel: str, jaar: int | None) -> bool:
        for o in overrides:
            if o.sleutel != sleutel:
                continue
            if o.soort == INVOER:
                return True
            if o.soort == REEKS_SOORT:
                return o.gelijk_aan is not None or jaar is None or jaar in (o.waarden or {})
        return False

    def invoer_aangepast(self, sleutel: str, jaar: int | None = None) -> bool:
        """Whether the active scenario overrides this input value (an assumption, not a correction)."""
        return self._raakt(self.actief_scenario.overrides, sleutel, jaar)

    def gecorrigeerd(self, sleutel: str, jaar: int | None = None) -> bool:
        """Whether this input value (in ``jaar``) is an invoercorrectie."""
        return self._raakt(self.toestand.correcties, sleutel, jaar)

    def _met_overrides(self, correctie: bool, overrides: tuple[Override, ...]) -> Toestand:
        if correctie:   # checked as the project reader checks them: the corrected input by the workbook's rules
            from model.scenario import controleer_scenario
            controleer_scenario(Scenario("Invoercorrecties", overrides=overrides), self.ingelezen, self.parameterset)
            return replace(self.toestand, correcties=overrides)
        return self._met_actief(replace(self.actief_scenario, overrides=overrides, preset=False))

    def _overrides(self, correctie: bool) -> tuple[Override, ...]:
        return self.toestand.correcties if correctie else self.actief_scenario.overrides

    def met_invoerveld(self, sleutel: str, waarde: Any) -> Toestand:
        """Edit an input field: a correction of the gemeente's data, or (scenario-only values) an override."""
        from model.scenario import controleer
        override = Override(INVOER, sleutel, waarde)
        controleer(override, self.parameterset)
        correctie = is_gemeentegegeven(sleutel)
        if not correctie:
            return self._met_actief(self.actief_scenario.met_override(self._gemotiveerd(override)))
        rest = tuple(o for o in self.toestand.correcties if not (o.soort == INVOER and o.sleutel == sleutel))
        if waarde == getattr(self.ingelezen, sleutel):   # back to what the workbook says: no correction left
            return self._met_overrides(True, rest)
        return self._met_overrides(True, rest + (override,))

    def invoer_geerfd(self, sleutel: str, jaar: int | None = None) -> bool:
        """Whether the active (non-Basis) scenario takes this input value from an edit to Basis."""
        t = self.toestand
        return not t.actief_scenario.is_basis and any(
            o.sleutel == sleutel and o.soort != PARAMETER and (jaar is None or o.waarden is None or jaar in o.waarden)
            for o in t.basis.overrides)

    def met_reekswaarde(self, sleutel: str, jaar: int, waarde: float) -> Toestand:
        """Edit one year of an input series; a value the series cannot hold (a negative count) raises ScenarioFout.
        Gemeente data goes to the invoercorrecties, anything else to the active scenario."""
        from model.scenario import controleer
        controleer(Override(REEKS_SOORT, sleutel, waarden={jaar: waarde}), self.parameterset)
        correctie = is_gemeentegegeven(sleutel)
        overrides = self._overrides(correctie)
        waarden: dict[int, float] = {}
        for o in overrides:
            if o.soort == REEKS_SOORT and o.sleutel == sleutel and o.gelijk_aan is None:
                waarden.update(o.waarden or {})
        waarden[jaar] = float(waarde)
        rest = tuple(o for o in overrides if not (o.soort == REEKS_SOORT and o.sleutel == sleutel))
        nieuw = Override(REEKS_SOORT, sleutel, waarden=MappingProxyType(dict(sorted(waarden.items()))))
        return self._met_overrides(correctie, rest + ((nieuw,) if correctie else (self._gemotiveerd(nieuw),)))

    def zonder_invoer(self, sleutel: str, jaar: int | None = None) -> Toestand:
        """Reset an input value (a series in one year, or entirely when ``jaar`` is None): the scenario's
        override when the active scenario has one, else the invoercorrectie."""
        correctie = not self.invoer_aangepast(sleutel, jaar) and self.gecorrigeerd(sleutel, jaar)
        uit = []
        for o in self._overrides(correctie):
            if o.sleutel == sleutel and o.soort == INVOER:
                continue
            if o.sleutel == sleutel and o.soort == REEKS_SOORT:
                if jaar is None or o.gelijk_aan is not None:
                    continue
                rest = {j: w for j, w in (o.waarden or {}).items() if j != jaar}
                if not rest:
                    continue
                o = replace(o, waarden=MappingProxyType(rest))
            uit.append(o)
        return self._met_overrides(correctie, tuple(uit))

    # A taakveld chosen in the app is an invoercorrectie too: it classifies the gemeente's begroting for every
    # scenario, on top of the workbook's sheet Classificatie (REKENREGELS §5, v3).
    def taakveld(self, sleutel: str) -> str:
        """The taakveld line ``sleutel`` is booked on, as used: the default, the workbook's choice, the correction."""
        return self.invoer.taakvelden_in_gebruik().get(sleutel, "")

    def taakveld_gecorrigeerd(self, sleutel: str) -> bool:
        """Whether the taakveld of line ``sleutel`` is an invoercorrectie (chosen in the app)."""
        return any(o.soort == TAAKVELD and o.sleutel == sleutel for o in self.toestand.correcties)

    def met_taakveld(self, sleutel: str, code: str) -> Toestand:
        """Book line ``sleutel`` on taakveld ``code`` (an invoercorrectie); a line without a taakveld or a code that is
        not an Iv3 taakveldcode raises ScenarioFout (Dutch). The workbook's own code back leaves no correction."""
        from model.scenario import controleer, pas_invoer_aan
        code = code.strip() if isinstance(code, str) else code
        override = Override(TAAKVELD, sleutel, code)
        controleer(override, self.parameterset)
        if code == self.taakveld(sleutel):   # the code already in use: no edit
            return self.toestand
        rest = tuple(o for o in self.toestand.correcties if not (o.soort == TAAKVELD and o.sleutel == sleutel))
        zonder = pas_invoer_aan(self.ingelezen, rest)[0]
        if zonder.taakvelden_in_gebruik()[sleutel] == code:
            return self._met_overrides(True, rest)
        return self._met_overrides(True, rest + (override,))

    def zonder_taakveld(self, sleutel: str) -> Toestand:
        """The taakveld of line ``sleutel`` back to the workbook's (sheet Classificatie) or the default."""
        return self._met_overrides(True, tuple(o for o in self.toestand.correcties
                                               if not (o.soort == TAAKVELD and o.sleutel == sleutel)))

    def zonder_correcties(self) -> Toestand:
        """Every invoercorrectie undone: the input as the workbook says."""
        return replace(self.toestand, correcties=())

    def met_actief(self, naam: str) -> Toestand:
        self.toestand.scenario(naam)
        return replace(self.toestand, actief=naam)

    def _vrije_naam(self, basis: str) -> str:
        namen = set(self.toestand.namen())
        if basis not in namen:
            return basis
        i = 2
        while f"{basis} ({i})" in namen:
            i += 1
        return f"{basis} ({i})"

    def met_nieuw_scenario(self, naam: str | None = None, kopie_van: str | None = None) -> Toestand:
        """A new scenario (empty, or a copy of ``kopie_van``) that becomes the active one."""
        if kopie_van is not None:
            bron = self.toestand.scenario(kopie_van)
            nieuw = replace(bron, naam=self._vrije_naam(naam or f"Kopie van {bron.naam}"[:MAX_NAAM - 8]),
                            preset=False)
        else:
            nieuw = Scenario(self._vrije_naam(naam or "Nieuw scenario"), "")
        if nieuw.naam in self.toestand.namen():
            raise ProjectFout(f"Er is al een scenario '{nieuw.naam}'.")
        _controleer_naam(nieuw.naam)
        if len(self.toestand.scenarios) >= MAX_SCENARIOS:
            raise ProjectFout(f"Een project heeft hoogstens {MAX_SCENARIOS} scenario's; verwijder er eerst een.")
        from model.scenario import MAX_AANPASSINGEN_PROJECT
        if sum(len(s.overrides) for s in self.toestand.scenarios) + len(nieuw.overrides) > MAX_AANPASSINGEN_PROJECT:
            raise ProjectFout(f"Een kopie past niet meer in het project: alle scenario's samen hebben hoogstens "
                              f"{_aantal(MAX_AANPASSINGEN_PROJECT)} aanpassingen.")
        return replace(self.toestand, scenarios=self.toestand.scenarios + (nieuw,), actief=nieuw.naam)

    def met_hernoemd(self, oud: str, nieuw: str) -> Toestand:
        nieuw = nieuw.strip()
        if not nieuw:
            raise ProjectFout("Een scenario heeft een naam nodig.")
        if oud == BASIS:
            raise ProjectFout("Het scenario Basis kan niet worden hernoemd.")
        if nieuw != oud and nieuw in self.toestand.namen():
            raise ProjectFout(f"Er is al een scenario '{nieuw}'.")
        _controleer_naam(nieuw)
        t = self.toestand
        scenarios = tuple(replace(s, naam=nieuw) if s.naam == oud else s for s in t.scenarios)
        return replace(t, scenarios=scenarios, actief=nieuw if t.actief == oud else t.actief)

    def zonder_scenario(self, naam: str) -> Toestand:
        if naam == BASIS:
            raise ProjectFout("Het scenario Basis kan niet worden verwijderd.")
        t = self.toestand
        t.scenario(naam)
        return replace(t, scenarios=tuple(s for s in t.scenarios if s.naam != naam),
                       actief=BASIS if t.actief == naam else t.actief)
