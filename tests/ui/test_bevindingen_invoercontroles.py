"""The app's Bevindingen show the reader's checks on a workbook that reads but would mislead: the Wsw volume
without its cost per SE (with its cell), and an empty Begeleidingskosten per plek once, not twice."""
from __future__ import annotations

from model.berekening import bereken
from model.io.werkboek import lees_werkboek
from tests.io.bouw import schrijf, voorbeeld_grid, zet_gegeven
from ui.views.bevindingen import BevindingenView


def _meldingen(tabel) -> list[tuple[str, str]]:
    """(Melding, Cel) per row; the model's warnings have no Cel column."""
    m = tabel.kolom("Melding")
    c = tabel.kolom("Cel") if "Cel" in tabel.model_.koppen else None
    return [(tabel.tekst(i, m), "" if c is None else tabel.tekst(i, c)) for i in range(tabel.model().rowCount())]


def test_bevindingen_noemen_wsw_kosten_en_begeleiding_een_keer(qtbot, tmp_path):
    g = voorbeeld_grid()
    wsw = zet_gegeven(g, "Wsw netto kosten per SE", None)
    begeleiding = zet_gegeven(g, "Begeleidingskosten per plek", None)
    invoer, bevindingen = lees_werkboek(schrijf(g, tmp_path / "gemeente.xlsx"))
    assert invoer is not None
    view = BevindingenView()
    qtbot.addWidget(view)
    view.toon(bevindingen, bereken(invoer))
    invoerrijen, modelrijen = _meldingen(view.invoer), _meldingen(view.model)
    assert [cel for m, cel in invoerrijen if m.startswith("Wsw netto kosten per SE is niet ingevuld")] == [wsw]
    assert [cel for m, cel in invoerrijen + modelrijen if "Begeleidingskosten" in m] == [begeleiding]
