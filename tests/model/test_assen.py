"""Axis steps and labels, shared by the app's charts and the PDF charts."""
import pytest

from weergave.assen import asbereik, bedrag_as, decimalen_voor, miljoenen, nette_stap


@pytest.mark.parametrize("bereik, stappen, stap", [
    (1_000_000, 4, 250_000), (1_000_000, 5, 200_000), (1_000_000, 3, 500_000), (342_000, 5, 100_000),
    (7, 5, 2), (0.3, 3, 0.1), (0, 5, 1.0),
    (0.1 + 0.2, 3, 0.1),            # 0.30000000000000004: float noise does not push the step up
])
def test_nette_stap(bereik, stappen, stap):
    assert nette_stap(bereik, stappen) == pytest.approx(stap)


def test_asbereik_bevat_nul_en_alle_waarden():
    laag, hoog, ticks = asbereik([-38_502, 303_497], max_stappen=5)
    assert laag <= -38_502 and hoog >= 303_497 and 0 in ticks
    assert len(ticks) <= 6


@pytest.mark.parametrize("stap, decimalen", [(1, 0), (250_000, 0), (0.5, 1), (0.25, 2), (2.5, 1), (0.001, 3)])
def test_decimalen_voor(stap, decimalen):
    assert decimalen_voor(stap) == decimalen


def test_labels_in_miljoenen_en_hele_euros():
    assert miljoenen(1_250_000, 250_000) == "1,25 mln"
    assert miljoenen(3_000_000, 1_000_000) == "3 mln"
    assert bedrag_as(1_200_000, 200_000) == "1,2 mln"
    assert bedrag_as(-500_000, 500_000) == "-0,5 mln"
    assert bedrag_as(75_000, 25_000) == "75.000"
