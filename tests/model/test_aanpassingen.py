"""Every adjustment in force is named, with the shipped value and the motivering; never "Geen aanpassingen" when there is one."""
from model.aanpassingen import GEEN_AANPASSINGEN, aanpassingen, omschrijving
from model.parameters import standaard_parameterset
from model.scenario import BASIS, INVOER, PARAMETER, Override, Scenario, preset


def test_basis_zonder_aanpassingen():
    assert omschrijving(Scenario(BASIS), standaard_parameterset()) == GEEN_AANPASSINGEN


def test_lpo_met_motivering_naast_de_meegeleverde_waarde(voorbeeld):
    basis = Scenario(BASIS, overrides=(Override(PARAMETER, "lpo", 0.035, motivering="CAO-akkoord gemeenten 2026"),))
    tekst = omschrijving(basis, standaard_parameterset(), voorbeeld)
    assert "Geen aanpassingen" not in tekst
    assert "Loon- en prijsbijstelling kosten gemeente: 3,5 % (meegeleverd 2,5 %) — CAO-akkoord gemeenten 2026" in tekst


def test_scenario_op_aangepaste_basis_noemt_beide(voorbeeld):
    basis = Scenario(BASIS, overrides=(Override(PARAMETER, "lpo", 0.035),
                                       Override(INVOER, "begeleiding_per_plek", 9000.0)))
    eigen = preset("Wsw-uitstroom sneller")
    lijst = aanpassingen(eigen, standaard_parameterset(), voorbeeld, basis)
    assert [a.herkomst for a in lijst] == ["Basis", "Basis", "Wsw-uitstroom sneller"]
    assert lijst[1].zin == "Begeleidingskosten per plek: € 9.000 (in het werkboek € 8.000)"
    tekst = omschrijving(eigen, standaard_parameterset(), voorbeeld, basis)
    assert tekst.startswith(eigen.omschrijving.rstrip(".") + ". Aanpassingen: ")


def test_motivering_blijft_bewaard_in_json():
    o = Override(PARAMETER, "lpo", 0.035, motivering="CAO")
    assert Override.uit_dict(o.naar_dict()) == o
