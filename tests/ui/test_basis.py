"""Basis that means Basis (issue 11.2, REKENREGELS §6 v2): edits to Basis are visible, inherited by every
scenario, resettable in one step, and every comparison shows a scenario's own effect."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from model.analyse import vergelijk
from model.berekening import bereken
from model.scenario import BASIS, preset

LATER = "Wetswijziging forfaitaire LKS een jaar later"


def _zet_lpo(venster, waarde):
    m = venster.aannames.parameters
    assert m.setData(m.index(m.sleutels.index("lpo"), 2), waarde)


def _vergelijk_alleen(venster, naam):
    venster.scenarios.niet_vergelijken = {n for n in venster.project.toestand.namen() if n not in (BASIS, naam)}
    return venster.maak_vergelijking()


def test_basisaanpassing_en_preset_vergelijking_toont_alleen_het_eigen_effect(venster, voorbeeld, parameterset):
    """The reported bug: after an lpo edit on Basis the preset showed −€ 42.422 in 2026 — her own edit."""
    assert venster.project.toestand.actief == BASIS
    _zet_lpo(venster, 0.04)
    assert venster.project.basis_aangepast
    v = _vergelijk_alleen(venster, LATER)
    (later,) = v.varianten
    assert later.scenario == LATER
    assert v.verschil(later, "saldo")[0] == 0          # 2026: the preset itself changes nothing there
    # the preset's own effect (2028: the tijdelijke ophoging runs one more year), on top of the edited Basis
    eigen = vergelijk(voorbeeld, [preset(LATER)], parameterset, 2026, 2029)
    assert v.verschil(later, "saldo") == pytest.approx(eigen.verschil(eigen.varianten[0], "saldo"), abs=1e-6)
    assert v.basis.reeks("saldo") == venster.resultaat.reeks("saldo")   # the edited Basis is the reference
    # against plain Basis the preset would be blamed for the edit (the old behaviour; under rules v2 an lpo
    # edit first moves 2027): the test would see it
    oud = vergelijk(voorbeeld, [preset(LATER)], parameterset, 2026, 2029)
    geerfd = bereken(voorbeeld, parameterset, preset(LATER).op_basis(venster.project.toestand.basis), 2026, 2029)
    assert round(geerfd.waarde("saldo", 2027) - oud.basis.waarde("saldo", 2027)) != \
        round(v.verschil(later, "saldo")[1])
    # the comparison view names the reference "Basis (aangepast)" and shows 0 in 2026 on the difference row
    assert v.basis.scenario == "Basis (aangepast)"
    venster.tabs.setCurrentWidget(venster.scenariotab)
    tabel = venster.vergelijking.tabel
    assert tabel.tekst(0, 0) == "Basis (aangepast)"
    rij = next(i for i in range(tabel.model().rowCount()) if tabel.tekst(i, 0) == LATER)
    assert tabel.tekst(rij + 1, 0).strip().startswith("verschil t.o.v.")
    assert tabel.tekst(rij + 1, 1) in ("€ 0", "€ -0", "€ −0")


def test_basis_aangepast_is_zichtbaar(venster):
    assert "Basis (aangepast)" not in venster.windowTitle()
    assert not venster.acties["basis_terugzetten"].isEnabled()
    _zet_lpo(venster, 0.04)
    assert "· Basis (aangepast)" in venster.windowTitle()
    assert "scenario Basis (aangepast)" in venster.statusBar().currentMessage()
    kies = venster.acties.scenariokeuze
    assert kies.currentText() == "Basis (aangepast)" and kies.currentData() == BASIS
    lijst = venster.scenarios.lijst
    assert lijst.item(0).text().startswith("Basis (aangepast)")
    assert "Basis (aangepast)" in venster.aannames.kop.text()
    assert venster.acties["basis_terugzetten"].isEnabled() and venster.scenarios.terugzetten.isEnabled()
    # choosing another scenario in the picker works by name, not by the shown text
    kies.setCurrentIndex(kies.findData("Wsw-uitstroom sneller"))
    assert venster.project.toestand.actief == "Wsw-uitstroom sneller"
    assert kies.itemText(kies.findData(BASIS)) == "Basis (aangepast)"
    assert "· Wsw-uitstroom sneller" in venster.windowTitle()


def test_scenarios_erven_de_basisaanpassing_ook_in_de_weergave(venster):
    _zet_lpo(venster, 0.04)
    venster.kies_scenario("Wsw-uitstroom sneller")
    m = venster.aannames.parameters
    cel = m.index(m.sleutels.index("lpo"), 3 + m.jaren.index(2028))
    assert cel.data() == "4 %"
    assert "aangepast in Basis" in cel.data(Qt.ItemDataRole.ToolTipRole)
    font = cel.data(Qt.ItemDataRole.FontRole)          # italic: taken over from Basis, not this scenario's own
    assert font.italic() and not font.bold()
    assert cel.data(Qt.ItemDataRole.ForegroundRole) is None
    assert "van Basis (aangepast)" in venster.scenarios.omschrijving.text()
    # a correction of the gemeente's data (issue 23: an invoercorrectie, not a Basis adjustment) shows in the
    # input table of every scenario, as a correction
    venster.kies_scenario(BASIS)
    inv = venster.aannames.invoer
    rij = [f.sleutel for f in inv.VELDEN].index("begeleiding_per_plek")
    assert inv.setData(inv.index(rij, 2), 9000.0)
    venster.kies_scenario("Wsw-uitstroom sneller")
    assert inv.index(rij, 2).data() == "9.000" and inv.index(rij, 2).data(Qt.ItemDataRole.FontRole).bold()
    assert "Herkomst: invoercorrectie" in inv.index(rij, 2).data(Qt.ItemDataRole.ToolTipRole)


def test_gevoeligheid_rekent_met_basis_plus_scenario(venster, monkeypatch):
    gekregen = []
    import ui.hoofdvenster as hv
    monkeypatch.setattr(hv, "gevoeligheid", lambda *a, **k: gekregen.append(a) or [])
    _zet_lpo(venster, 0.04)
    venster.kies_scenario("Wsw-uitstroom sneller")
    venster.tabs.setCurrentWidget(venster.gevoeligheid)
    scenario = gekregen[-1][2]
    assert scenario.naam == "Wsw-uitstroom sneller"
    assert {(o.sleutel, o.waarde) for o in scenario.overrides} == {("lpo", 0.04), ("wsw_uitstroom_pct", 0.08)}


def test_basis_terugzetten_is_een_stap(venster):
    voor = dict(venster.resultaat.regels)
    _zet_lpo(venster, 0.04)
    m = venster.aannames.invoer
    rij = [f.sleutel for f in m.VELDEN].index("begeleiding_per_plek")
    assert m.setData(m.index(rij, 2), 9000.0)
    venster.kies_scenario("Wsw-uitstroom sneller")
    assert venster.undo.count() == 3
    venster.acties["basis_terugzetten"].trigger()
    assert venster.undo.count() == 4 and venster.undo.undoText() == "Basis terugzetten"
    assert not venster.project.basis_aangepast
    assert venster.project.toestand.actief == "Wsw-uitstroom sneller"
    assert venster.project.parameterwaarde("lpo", 2028) == 0.025
    assert not venster.acties["basis_terugzetten"].isEnabled()
    venster.undo.undo()
    assert venster.project.parameterwaarde("lpo", 2028) == 0.04
    # the button in the scenario tab does the same
    venster.kies_scenario(BASIS)
    venster.scenarios.terugzetten.click()
    assert not venster.project.basis_aangepast
    # the invoercorrectie is the gemeente's data, not an assumption of Basis: it stays (issue 23)
    assert venster.project.invoer.begeleiding_per_plek == 9000.0
    assert venster.bewerk("Invoercorrecties terugzetten", venster.project.zonder_correcties())
    assert dict(venster.resultaat.regels) == voor


def test_export_krijgt_het_effectieve_scenario_en_basis(venster, wacht_op, tmp_path, monkeypatch):
    import model.analyse as analyse
    aanroepen = {}
    echte_vergelijk, echte_gevoeligheid = analyse.vergelijk, analyse.gevoeligheid
    monkeypatch.setattr(analyse, "vergelijk", lambda *a, **k: aanroepen.setdefault("vergelijk", (a, k))
                        and echte_vergelijk(*a, **k))
    monkeypatch.setattr(analyse, "gevoeligheid", lambda *a, **k: aanroepen.setdefault("gevoeligheid", (a, k))
                        and echte_gevoeligheid(*a, **k))
    _zet_lpo(venster, 0.04)
    venster.kies_scenario(LATER)
    from model.export import STANDAARD_SECTIES
    from model.export.bijlage import SECTIESLEUTEL
    # the sensitivity is opt-in (issue 21): chosen here, so it is calculated for the export
    venster.project.ui = {**venster.project.ui, SECTIESLEUTEL: [*STANDAARD_SECTIES, "gevoeligheid"]}
    werker = venster.bestanden.exporteren("excel", str(tmp_path / "uit.xlsx"), open_map=False)
    wacht_op(werker)
    a, k = aanroepen["vergelijk"]
    assert k["basis"] == venster.project.toestand.basis and k["basis"].overrides
    scenario = aanroepen["gevoeligheid"][0][2]
    assert {o.sleutel for o in scenario.overrides} == {"lpo", "lks_forfait_startjaar"}


def test_afdruk_noemt_basis_aangepast(venster):
    getoond = []
    venster.bestanden.toon_afdrukvoorbeeld = lambda ouder, doc: getoond.append(doc.toPlainText())
    venster.bestanden.afdrukken()
    assert "Basis (aangepast)" not in getoond[-1]
    _zet_lpo(venster, 0.04)
    venster.bestanden.afdrukken()
    assert "Basis (aangepast)" in getoond[-1]


def test_een_basisaanpassing_van_een_jaar_lekt_niet_in_een_scenario_dat_alle_jaren_zet(venster):
    """The reported case: Basis sets the WML indexation for 2027 to 4 %; 'Zonder loon- en prijsontwikkeling' sets it
    to 0 for every year, so that scenario shows 0 % in 2027 (its own value, bold), not Basis's 4 %."""
    m = venster.aannames.parameters
    rij = m.sleutels.index("wml_indexatie")
    kolom = 3 + m.jaren.index(2027)
    assert m.setData(m.index(rij, kolom), 0.04)
    assert m.index(rij, kolom).data() == "4 %"
    venster.kies_scenario("Zonder loon- en prijsontwikkeling")
    assert m.index(rij, kolom).data() == "0 %"
    assert m.index(rij, kolom).data(Qt.ItemDataRole.FontRole).bold()
    assert venster.project.parameterwaarde("wml_uur", 2027) == venster.project.parameterwaarde("wml_uur", 2026)
