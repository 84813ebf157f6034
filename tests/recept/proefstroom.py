"""A throwaway funding stream added the way docs/architectuur.md says: a parameter in the set, a rule
module, catalogue entries — and nothing else. Run as a script in its own process (the catalogue is
read when the modules are imported); prints what each output shows of the new line as JSON.

The only edits are the ones the recipe names, made here to copies: the set's TOML gets
``proef_bedrag``, the catalogue gets the stream ``proef`` with a baten line and an intermediate
quantity, and a rule module registers their rules. The parameter key is also added to the list of keys a
parameter set must hold (``model.parameters.VERPLICHTE_SLEUTELS``): that list is the set's contract.
"""
from __future__ import annotations

import io
import json
import sys
import types
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(WORTEL))


def _laad_aangepast(naam: str, pad: Path, vervang: list[tuple[str, str]]) -> types.ModuleType:
    bron = pad.read_text(encoding="utf-8")
    for oud, nieuw in vervang:
        assert oud in bron, (naam, oud)
        bron = bron.replace(oud, nieuw, 1)
    module = types.ModuleType(naam)
    module.__file__ = str(pad)
    sys.modules[naam] = module
    exec(compile(bron, str(pad), "exec"), module.__dict__)
    return module


# 1. the catalogue: a stream, a baten line and an intermediate quantity
_laad_aangepast("model.regels", WORTEL / "model" / "regels.py", [
    ('STROMEN = MappingProxyType({', 'STROMEN = MappingProxyType({\n    "proef": "Proefstroom",'),
    ("GROOTHEID = MappingProxyType({r.sleutel: r for r in CATALOGUS})",
     "CATALOGUS = CATALOGUS[:1] + (\n"
     "    Regel('iu_proef', 'Rijksbijdrage proefstroom', '0.7', BATEN, EUR, 'Proefplekken × proefbedrag.', 'proef', "
     "'000 §1', onderwerp='de rijksbijdrage proefstroom'),\n) + CATALOGUS[1:] + (\n"
     "    _t('proef_plekken', 'Proefplekken', GETAL, 'proef', 'Gerealiseerd beschut werk als proef.'),\n)\n"
     "GROOTHEID = MappingProxyType({r.sleutel: r for r in CATALOGUS})"),
    ("STROOMUITLEG = MappingProxyType({", "STROOMUITLEG = MappingProxyType({\n    'proef': 'Een proefstroom.',"),
])
# 2. the parameter (the set's contract and the set itself)
_laad_aangepast("model.parameters", WORTEL / "model" / "parameters.py", [
    ("VERPLICHTE_SLEUTELS = (", "VERPLICHTE_SLEUTELS = (\n    'proef_bedrag',"),
])
import model.parameters as parameters  # noqa: E402

toml = parameters.resource_pad("parametersets", f"{parameters.STANDAARD_SET}.toml").read_text(encoding="utf-8")
toml += ('\n[parameters.proef_bedrag]\nlabel = "Proefbedrag per plek"\neenheid = "EUR/plek"\nwaarde = 1000.0\n'
         'status = "aanname"\nbron = "proef"\nbereik = [0, 100000]\n')
parameters._CACHE[parameters.STANDAARD_SET] = parameters.lees_parameterset_tekst(toml, "proef")

# 3. the rule module
from model.rekenregels.kern import grootheid  # noqa: E402


@grootheid("proef_plekken")
def proef_plekken(k, jaar):
    return k.get("real", jaar)


@grootheid("iu_proef")
def iu_proef(k, jaar):
    return k.get("proef_plekken", jaar) * k.p("proef_bedrag", jaar)


# -- what every output shows ---------------------------------------------------------------------
from model.berekening import bereken  # noqa: E402
from model.export import ExportOpties, bouw_excel, bouw_pdf  # noqa: E402
from model.invoer import voorbeeldgemeente  # noqa: E402
from model.regels import overzicht  # noqa: E402
from model.scenario import PARAMETER, Override, Scenario  # noqa: E402
from model.uitwerking import uitwerking  # noqa: E402

invoer = voorbeeldgemeente()
r = bereken(invoer, van=2026, tot=2029)
uit: dict = {"json": r.naar_json()["regels"].get("iu_proef"),
             "overzicht": [g.sleutel for _, g in overzicht() if g is not None and g.sleutel == "iu_proef"],
             "baten_totaal_2027": r.waarde("baten_totaal", 2027)}
u = uitwerking(r, "iu_proef", 2027)
uit["uitwerking"] = u.formule
uit["herkomst"] = [p.sleutel for p in r.herkomst("iu_proef", 2027).parameters]
from pypdf import PdfReader  # noqa: E402

pdf = bouw_pdf(r, ExportOpties(datum=None))
uit["pdf"] = "Rijksbijdrage proefstroom" in " ".join(pg.extract_text() for pg in PdfReader(io.BytesIO(pdf)).pages)
xlsx = bouw_excel(r, ExportOpties(datum=None, secties=("samenvatting",)))
pad = Path(sys.argv[1])
pad.write_bytes(xlsx)
uit["xlsx"] = str(pad)
# the comparison (wat verandert er): a changed proef_bedrag gives a sentence about the new line
from model.vergelijken import Berekening, vergelijk  # noqa: E402

ps = parameters.standaard_parameterset()
oud = Berekening(invoer, ps, Scenario("Basis"))
nieuw = Berekening(invoer, ps, Scenario("Basis", overrides=(Override(PARAMETER, "proef_bedrag", 2000.0),)))
v = vergelijk(oud, nieuw, 2026, 2029)
uit["zinnen"] = [z for s in v.stappen for z in v.zinnen(s)]
print(json.dumps(uit, ensure_ascii=False))
