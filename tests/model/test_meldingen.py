"""Messages about the input are Dutch throughout: Dutch numbers, the range named, a suggestion, the place."""
from __future__ import annotations

import pytest

from model.bevindingen import Bevinding, met_plaats
from model.invoer import valideer
from model.io.werkboek import lees_werkboek
from model.regios import bedoelde_regio
from tests.io.bouw import kopie, schrijf, voorbeeld_grid, zet_gegeven


def _melding(invoer, veld):
    return next(b for b in valideer(invoer) if b.veld == veld)


def test_negatief_in_nederlandse_notatie(voorbeeld):
    invoer = voorbeeld.met_reeks("taakstelling", {**voorbeeld.reeks("taakstelling"), 2027: -3.0})
    b = _melding(invoer, "taakstelling")
    assert b.melding == "Taakstelling beschut werk 2027 is negatief (\u22123,0)."
    assert b.gevonden == "\u22123,0"


@pytest.mark.parametrize("veld, waarde, melding", [
    ("werkgeverslasten_sob", 1.5,
     "Werkgeverslasten SOB (150 %) ligt buiten het toegestane bereik (0 % tot en met 100 %)."),
    ("lks_percentage", -0.05,
     "LKS-percentage beschut werk (\u22125 %) ligt buiten het toegestane bereik (0 % tot en met 100 %)."),
    ("contracturen", 40.5,
     "Contracturen per week beschut werk (40,5) ligt buiten het toegestane bereik (1 tot en met 40)."),
    ("begeleiding_per_plek", -8000.0,
     "Begeleidingskosten per plek (€ \u22128.000) ligt buiten het toegestane bereik (€ 0 tot en met "
     "€ 10.000.000.000)."),
    ("dgr_landelijk", 0, "Doelgroepenregister landelijk (0) ligt buiten het toegestane bereik (1 of meer)."),
])
def test_bereikfout_noemt_het_bereik(voorbeeld, veld, waarde, melding):
    b = _melding(voorbeeld.met(**{veld: waarde}), veld)
    assert b.melding == melding
    assert f"({b.gevonden})" in b.melding


def test_percentage_als_percentage_niet_als_fractie(voorbeeld):
    b = _melding(voorbeeld.met(werkgeverslasten_sob=1.75), "werkgeverslasten_sob")
    assert "175 %" in b.melding and "1.75" not in b.melding and b.gevonden == "175 %"
    assert b.verwacht == "een percentage van 0 % tot en met 100 %"


def test_grote_aantallen_met_duizendpunten(voorbeeld):
    b = _melding(voorbeeld.met(dgr_gemeente=2000, dgr_samenwerkingsverband=1650), "dgr_gemeente")
    assert b.melding == "Doelgroepenregister gemeente (2.000) is groter dan dat van het samenwerkingsverband (1.650)."
    assert b.verwacht == "hoogstens 1.650"


@pytest.mark.parametrize("getypt, bedoeld", [
    ("Twnete", "Twente"), ("twente oost", "Twente"), ("Achterhok", "Achterhoek"), ("Gooi", "Gooi en Vechtstreek"),
    ("Noord Limburg", "Noord-Limburg"), ("Brabant", None), ("Limburg", None), ("Onbekendland", None),
])
def test_bedoelde_regio(getypt, bedoeld):
    assert bedoelde_regio(getypt) == bedoeld


def test_verkeerd_gespelde_regio_krijgt_een_suggestie(voorbeeld):
    b = _melding(voorbeeld.met(arbeidsmarktregio="Twnete"), "arbeidsmarktregio")
    assert b.melding == "Arbeidsmarktregio 'Twnete' is onbekend; bedoelt u 'Twente'? De regionale vergelijking vervalt."
    b = _melding(voorbeeld.met(arbeidsmarktregio="Brabant"), "arbeidsmarktregio")
    assert b.melding == "Arbeidsmarktregio 'Brabant' is onbekend. De regionale vergelijking vervalt."


@pytest.mark.parametrize("zin, tekst", [
    ("Naam gemeente ontbreekt.", "Naam gemeente ontbreekt in blad Gemeente, cel B5."),
    ("Begeleidingskosten per plek is niet ingevuld; het model rekent met € 0.",
     "Begeleidingskosten per plek is niet ingevuld in blad Gemeente, cel B5; het model rekent met € 0."),
    ("Contracturen (40,5) ligt buiten het toegestane bereik (1 tot en met 40).",
     "Contracturen (40,5) ligt buiten het toegestane bereik (1 tot en met 40) in blad Gemeente, cel B5."),
    ("Wsw SE 1.234,5 is te veel", "Wsw SE 1.234,5 is te veel in blad Gemeente, cel B5."),
])
def test_plaats_voor_de_punt(zin, tekst):
    assert met_plaats(zin, "blad Gemeente, cel B5") == tekst
    assert Bevinding("fout", zin, "Gemeente", "B5").tekst() == "Fout: " + tekst


def test_werkboekmeldingen_noemen_de_plaats_voor_de_punt(tmp_path):
    g = kopie(voorbeeld_grid())
    cel_contracturen = zet_gegeven(g, "Contracturen per week beschut werk", 45)
    cel_regio = zet_gegeven(g, "Arbeidsmarktregio", "Twnete")
    cel_lks = zet_gegeven(g, "LKS-percentage beschut werk", "12.34.56")
    invoer, b = lees_werkboek(schrijf(g, tmp_path / "invoer.xlsx"))
    assert invoer is None
    teksten = [x.tekst() for x in b]
    assert f"Fout: Contracturen per week beschut werk (45,0) ligt buiten het toegestane bereik (1 tot en met 40) " \
           f"in blad Gemeente, cel {cel_contracturen}." in teksten
    assert f"Waarschuwing: Arbeidsmarktregio 'Twnete' is onbekend in blad Gemeente, cel {cel_regio}; bedoelt u " \
           f"'Twente'? De regionale vergelijking vervalt." in teksten
    assert f"Fout: LKS-percentage beschut werk: '12.34.56' is geen percentage: een punt scheidt groepen van precies " \
           f"drie cijfers (1.234.567) in blad Gemeente, cel {cel_lks}; verwacht percentage (bijvoorbeeld 68 % of " \
           f"0,68)." in teksten
    assert not any(". (blad" in t or ".(" in t for t in teksten)
