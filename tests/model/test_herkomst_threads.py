"""A result is plain data: its provenance is the same read from one thread or from four at once."""
from __future__ import annotations

import sys
import threading

from model.berekening import bereken
from model.regels import REGELS


def _alle_herkomsten(r):
    return {(regel.sleutel, j): r.herkomst(regel.sleutel, j) for regel in REGELS for j in r.jaren}


def test_vier_threads_lezen_dezelfde_herkomst(voorbeeld):
    oud = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(50):
            r = bereken(voorbeeld, van=2025, tot=2035)   # a fresh result every round
            uitkomsten: list = [None] * 4

            def lees(i, r=r):
                uitkomsten[i] = (_alle_herkomsten(r), r.gebruikte_parameters(), r.aannames())

            threads = [threading.Thread(target=lees, args=(i,)) for i in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            verwacht = (_alle_herkomsten(r), r.gebruikte_parameters(), r.aannames())
            assert all(u == verwacht for u in uitkomsten)
    finally:
        sys.setswitchinterval(oud)


def test_herkomst_van_de_wsw_noemt_precies_wat_de_regel_leest(voorbeeld):
    """lasten_wsw 2032 = se x netto kosten per SE x idx: the actueel volume (2032 and basisjaar) and lpo."""
    r = bereken(voorbeeld, van=2025, tot=2035)
    h = r.herkomst("lasten_wsw", 2032)
    sleutels = {p.sleutel for p in h.parameters}
    assert sleutels == {"wsw_volume_actueel", "lpo"}
    assert {(p.sleutel, p.jaar) for p in h.parameters if p.sleutel == "wsw_volume_actueel"} == \
        {("wsw_volume_actueel", 2032), ("wsw_volume_actueel", 2026)}
    assert [p.jaar for p in h.parameters if p.sleutel == "lpo"] == list(range(2027, 2033))
    # (v3) and the choice whether a gemeenschappelijke regeling carries out the Wsw
    assert set(h.invoervelden) == {"basisjaar", "wsw_se_basis", "wsw_netto_kosten_per_se", "wsw_uitstroom_pct",
                                   "wsw_via_gr"}


def test_afgeleide_parameter_noemt_de_indexatie(voorbeeld):
    """(v2) bw_bedrag_per_plek 2028 is 12.485 indexed with lpo_rijk 2026-2028: provenance says so."""
    r = bereken(voorbeeld, van=2026, tot=2029)
    h = r.herkomst("iu_beschut_werk", 2028)
    gebruikt = {(p.sleutel, p.jaar) for p in h.parameters}
    assert {("bw_bedrag_per_plek", 2028), ("lpo_rijk", 2026), ("lpo_rijk", 2027), ("lpo_rijk", 2028)} <= gebruikt
    assert next(p for p in h.parameters if (p.sleutel, p.jaar) == ("bw_bedrag_per_plek", 2028)).status == "aanname"
    assert ("bw_bedrag_per_plek", 2025) in gebruikt   # the anchor the derived year follows
