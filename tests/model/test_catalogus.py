"""Code health of the one catalogue (model/regels.py), in the style of PolicyEngine's metadata tests.

Every quantity has exactly one catalogue entry and one formula; every parameter is read by a
formula or marked memo; every key a rule names exists; every label is defined once.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from model.berekening import bereken
from model.invoer import REEKS, VELD, maak_invoer
from model.parameters import standaard_parameterset
from model.regels import CATALOGUS, GROOTHEID, REGELS, STROMEN, TUSSEN
from model.rekenregels import GROOTHEDEN
from model.scenario import presets

WORTEL = Path(__file__).resolve().parents[2]


def test_elke_catalogussleutel_heeft_een_formule_en_omgekeerd():
    assert set(GROOTHEID) == set(GROOTHEDEN)
    assert len(GROOTHEID) == len(CATALOGUS), "een sleutel staat twee keer in de catalogus"


def test_elke_regel_heeft_volledige_metadata():
    from model.eenheden import Eenheid
    for r in CATALOGUS:
        assert r.label and r.eenheid and r.stroom, r.sleutel
        assert type(r.eenheid) is Eenheid, f"{r.sleutel}: eenheid {r.eenheid!r} is geen Eenheid (model/eenheden.py)"
        assert r.stroom in STROMEN or r.stroom == "totaal", r.sleutel
        if r.groep != TUSSEN:
            assert r.uitleg, r.sleutel
        if r.detail:
            assert r.groep == TUSSEN, r.sleutel


def test_labels_zijn_per_stroom_uniek():
    gezien: dict[tuple[str, str], str] = {}
    for r in CATALOGUS:
        sleutel = (r.stroom, r.label)
        assert sleutel not in gezien, f"{r.sleutel} en {gezien[sleutel]} hebben hetzelfde label"
        gezien[sleutel] = r.sleutel


def _gelezen_parameters() -> set[str]:
    """Parameters read anywhere, over gemeenten and scenarios that exercise every branch."""
    ps = standaard_parameterset()
    kaal = maak_invoer({"taakstelling": {2026: 10.0}, "gerealiseerd": {2026: 8.0}}, naam="Kaal", basisjaar=2026,
                       dgr_gemeente=100, dgr_samenwerkingsverband=400, dgr_landelijk=100_000,
                       wsw_se_basis=10.0, wsw_rijksbijdrage_basis=300_000.0)
    from model.invoer import voorbeeldgemeente
    gelezen: set[str] = set()
    for invoer in (voorbeeldgemeente(), kaal):
        for s in presets():
            r = bereken(invoer, ps, s, 2025, 2040)
            gelezen |= {sleutel for sleutel, _ in r.parameterwaarden}
    return gelezen


def test_elke_parameter_wordt_gelezen_of_is_memo():
    ps = standaard_parameterset()
    gelezen = _gelezen_parameters()
    for p in ps.parameters.values():
        if p.memo:
            assert p.sleutel not in gelezen, f"memo-parameter {p.sleutel} telt toch mee in een formule"
        else:
            assert p.sleutel in gelezen, f"parameter {p.sleutel} wordt door geen enkele formule gelezen"


_LEES = re.compile(r"""k\.(get|p|veld|gegeven|circulaire|circulairejaren)\(\s*["']([a-z0-9_]+)["']""")


@pytest.mark.parametrize("pad", sorted((WORTEL / "model" / "rekenregels").glob("*.py")), ids=lambda p: p.name)
def test_elke_genoemde_sleutel_bestaat(pad):
    """A rule that names a quantity, parameter, input field or series names one that exists."""
    ps = standaard_parameterset()
    bekend = {"get": set(GROOTHEID), "p": set(ps.parameters), "veld": set(VELD) | {"basisjaar"},
              "gegeven": set(REEKS), "circulaire": set(REEKS), "circulairejaren": set(REEKS)}
    tekst = pad.read_text(encoding="utf-8")
    for soort, sleutel in _LEES.findall(tekst):
        assert sleutel in bekend[soort], f"{pad.name}: k.{soort}('{sleutel}') bestaat niet"
    # keys named in backticks in docstrings and comments exist too
    for sleutel in re.findall(r"``([a-z][a-z0-9_]+)``", tekst):
        if "_" in sleutel:
            assert sleutel in GROOTHEID or sleutel in ps.parameters or sleutel in VELD or sleutel in REEKS, \
                f"{pad.name}: ``{sleutel}`` bestaat niet"


def _tekstliteralen(pad: Path) -> set[str]:
    return {n.value for n in ast.walk(ast.parse(pad.read_text(encoding="utf-8")))
            if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def test_labels_van_regels_staan_alleen_in_de_catalogus():
    """UI, CLI and exports take the label of a line or an intermediate quantity (a stream view's row) from the
    catalogue, never from their own copy."""
    labels = {r.label for r in CATALOGUS}
    dubbel = []
    for map_ in ("ui", "cli", "model", "weergave"):
        for pad in (WORTEL / map_).rglob("*.py"):
            if pad.parent.name == "model" and pad.name in ("regels.py", "invoer.py"):
                continue  # invoer.py holds the workbook's column labels (INVOER §2), a contract of its own
            for tekst in _tekstliteralen(pad) & labels:
                dubbel.append(f"{pad.relative_to(WORTEL)}: {tekst!r}")
    assert not dubbel, "\n".join(dubbel)


#: Modules that still read unit words themselves; the rule evaluators are being rewritten (issue 17 parts 1-2).
_EENHEIDWOORDEN_NOG: set[str] = set()


def test_eenheidwoorden_worden_alleen_in_model_eenheden_gelezen():
    """``startswith("EUR")`` / ``startswith("fractie")`` on a unit word is the vocabulary model/eenheden.py maps
    once (eenheid_van); a formatter elsewhere asks the Eenheid instead of reading the word again."""
    patroon = re.compile(r"""startswith\(\s*["'](EUR|fractie)["']""")
    gevonden = []
    for map_ in ("ui", "cli", "model", "weergave"):
        for pad in (WORTEL / map_).rglob("*.py"):
            naam = pad.relative_to(WORTEL).as_posix()
            if naam != "model/eenheden.py" and naam not in _EENHEIDWOORDEN_NOG and patroon.search(pad.read_text("utf-8")):
                gevonden.append(naam)
    assert gevonden == []


def test_elke_baat_last_en_reservemutatie_heeft_een_onderwerp():
    """The comparison writes a sentence for each line with a subject (Regel.onderwerp); a new baat, last or
    reserve mutation cannot be left out silently. Totals and memo lines have none."""
    from model.regels import BATEN, BESTEMMING, LASTEN
    from model.vergelijken import ZINREGELS
    for r in REGELS:
        if r.groep in (BATEN, LASTEN, BESTEMMING):
            assert r.onderwerp.startswith(("de ", "het ")), r.sleutel
        elif r.sleutel != "saldo_na_bestemming":
            assert not r.onderwerp, r.sleutel
    assert ZINREGELS[0] == "saldo_na_bestemming" and set(ZINREGELS) == {r.sleutel for r in REGELS if r.onderwerp}
