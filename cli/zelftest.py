"""Self-test of an installation: ``infraraming --zelftest`` (also ``infraraming zelftest``).

Runs the whole chain once on the shipped Voorbeeldgemeente — demo workbook, every preset
scenario, the known answer of INVOER §5, PDF and Excel annex, Qt's Dutch translation and
the main window (offscreen when there is no display) — and prints one line per check:
``OK  …`` or ``FOUT …``. Exit status 0 when every check passed, 1 otherwise. A component
that is missing from this build is a failed check with a clear message, never a skip.

With ``--venster`` only the window check runs (benchmarks/bundel.py times it when the app
shell has no paint hook).
"""
from __future__ import annotations

import math
import os
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

# INVOER §5 (REKENREGELS version 2), Basis scenario: the Voorbeeldgemeente's saldo na bestemming in whole
# euros (rounded half up).
SALDO_VOORBEELD = {2026: -61_002, 2027: 10_217, 2028: 60_817, 2031: 219_318, 2034: 246_053}
VOORBEELDWERKBOEK = "voorbeeldgemeente.xlsx"
WACHTTIJD_VENSTER_S = 20.0


class ControleFout(Exception):
    """A check failed; the message (Dutch) says what is wrong."""


@dataclass
class Context:
    map: Path
    invoer: object = None
    invoer_bron: str = ""
    resultaat: object = None
    regels: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- the checks

def _parameterset(ctx: Context) -> str:
    from model.parameters import standaard_parameterset
    ps = standaard_parameterset()
    return f"parameterset {ps.id} geladen ({len(ps.parameters)} parameters, {ps.eerste_jaar}–{ps.laatste_jaar})"


def _werkboek(ctx: Context) -> str:
    from model.paden import resource_pad
    pad = resource_pad(VOORBEELDWERKBOEK)
    if not pad.is_file():
        raise ControleFout(f"het voorbeeldwerkboek ontbreekt in deze installatie ({pad})")
    if _ontbreekt("model.io.werkboek"):
        raise ControleFout("de werkboeklezer (model.io.werkboek) ontbreekt in deze versie")
    from model.io.invoerbestand import lees_invoerbestand
    invoer, bevindingen = lees_invoerbestand(pad)
    if invoer is None:
        fouten = "; ".join(b.tekst() for b in bevindingen if b.is_fout)
        raise ControleFout(f"het voorbeeldwerkboek kan niet worden gelezen: {fouten}")
    if invoer.naam != "Voorbeeldgemeente":
        raise ControleFout(f"het voorbeeldwerkboek bevat '{invoer.naam}' in plaats van de Voorbeeldgemeente")
    ctx.invoer, ctx.invoer_bron = invoer, "het voorbeeldwerkboek"
    extra = f", {len(bevindingen)} opmerking(en)" if bevindingen else ""
    return f"voorbeeldwerkboek gelezen: {invoer.naam}, basisjaar {invoer.basisjaar}{extra}"


def _invoer(ctx: Context):
    """The demo input: from the workbook when that check passed, else the built-in JSON."""
    if ctx.invoer is None:
        from model.invoer import voorbeeldgemeente
        ctx.invoer, ctx.invoer_bron = voorbeeldgemeente(), "de ingebouwde invoer (JSON)"
    return ctx.invoer


def _bekend_antwoord(ctx: Context) -> str:
    from model.berekening import bereken
    from model.opmaak import euro, hele_euro
    resultaat = bereken(_invoer(ctx), van=min(SALDO_VOORBEELD), tot=max(SALDO_VOORBEELD))
    afwijkingen = []
    for jaar, verwacht in SALDO_VOORBEELD.items():
        gekregen = hele_euro(resultaat.waarde("saldo_na_bestemming", jaar))
        if gekregen != verwacht:
            afwijkingen.append(f"{jaar}: {euro(gekregen)} in plaats van {euro(verwacht)}")
    if afwijkingen:
        raise ControleFout("geraamd resultaat Voorbeeldgemeente wijkt af van INVOER §5 — " + "; ".join(afwijkingen))
    ctx.resultaat = resultaat
    jaren = ", ".join(f"{j}: {euro(w)}" for j, w in SALDO_VOORBEELD.items())
    return f"geraamd resultaat Voorbeeldgemeente klopt met INVOER §5 ({jaren}; invoer uit {ctx.invoer_bron})"


def _scenarios(ctx: Context) -> str:
    from model.berekening import bereken
    from model.regels import SLEUTELS
    from model.scenario import presets
    namen = []
    for scenario in presets():
        resultaat = bereken(_invoer(ctx), scenario=scenario)
        ontbrekend = [s for s in SLEUTELS if s not in resultaat.regels]
        if ontbrekend:
            raise ControleFout(f"scenario '{scenario.naam}' mist regels: {', '.join(ontbrekend)}")
        if not all(math.isfinite(w) for reeks in resultaat.regels.values() for w in reeks):
            raise ControleFout(f"scenario '{scenario.naam}' geeft een ongeldig getal")
        namen.append(scenario.naam)
    return f"{len(namen)} scenario's doorgerekend ({', '.join(namen)})"


def _exportfunctie(naam: str) -> Callable:
    if _ontbreekt("model.export"):
        raise ControleFout("de export (model.export) ontbreekt in deze versie")
    import model.export as export
    functie = getattr(export, naam, None)
    if functie is None:
        raise ControleFout(f"model.export heeft geen {naam}() in deze versie")
    return functie


def _exporteer(ctx: Context, functienaam: str, pad: Path) -> None:
    functie = _exportfunctie(functienaam)
    if ctx.resultaat is None:
        raise ControleFout("er is geen resultaat om te exporteren (de berekening faalde)")
    functie(pad, ctx.resultaat, _exportopties())
    if not pad.is_file() or pad.stat().st_size == 0:
        raise ControleFout(f"{pad.name} is niet geschreven")


def _exportopties():
    """The export options with their defaults (model.export's ExportOpties or Opties)."""
    import model.export as export
    for naam in ("ExportOpties", "Opties"):
        klasse = getattr(export, naam, None)
        if klasse is not None:
            return klasse()
    return None


def _pdf(ctx: Context) -> str:
    pad = ctx.map / "voorbeeldgemeente.pdf"
    _exporteer(ctx, "schrijf_pdf", pad)
    inhoud = pad.read_bytes()
    if not inhoud.startswith(b"%PDF-") or b"%%EOF" not in inhoud[-1024:]:
        raise ControleFout(f"{pad.name} is geen volledig PDF-bestand")
    paginas = inhoud.count(b"/Type /Page") - inhoud.count(b"/Type /Pages")
    return f"PDF-bijlage geschreven ({_grootte(len(inhoud))}, {paginas} pagina('s))"


def _excel(ctx: Context) -> str:
    pad = ctx.map / "voorbeeldgemeente.xlsx"
    _exporteer(ctx, "schrijf_excel", pad)
    from openpyxl import load_workbook
    try:
        boek = load_workbook(pad, read_only=True)
    except Exception as fout:  # any reader error means the file is broken
        raise ControleFout(f"{pad.name} kan niet worden geopend: {fout}") from None
    bladen = list(boek.sheetnames)
    boek.close()
    return f"Excel-bijlage geschreven ({_grootte(pad.stat().st_size)}, bladen: {', '.join(bladen)})"


def _vertaling(ctx: Context) -> str:
    """Qt's own buttons and dialogs speak Dutch: qtbase_nl.qm is in the build and the app loads it."""
    _zorg_voor_scherm()
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
    _maak_app()
    vertaald = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if vertaald != "Cancel":
        return f"Qt spreekt Nederlands ('Cancel' → '{vertaald}')"
    gevonden = next((m for m in _vertaalmappen() if QTranslator().load("qtbase_nl", str(m))), None)
    if gevonden is None:
        raise ControleFout("de Nederlandse Qt-vertaling (qtbase_nl.qm) ontbreekt in "
                           f"{QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)}")
    raise ControleFout(f"qtbase_nl.qm staat in {gevonden}, maar de app laadt hem niet: Qt toont Engelse knoppen")


def _vertaalmappen() -> list[Path]:
    import PySide6
    from PySide6.QtCore import QLibraryInfo
    pakket = Path(PySide6.__file__).parent
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            pakket / "Qt" / "translations", pakket / "translations"]


def _venster(ctx: Context) -> str:
    _zorg_voor_scherm()
    if _ontbreekt("ui.hoofdvenster"):
        raise ControleFout("het hoofdvenster (ui.hoofdvenster) ontbreekt in deze versie")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from ui.systeem import controleer_scherm
    melding = controleer_scherm()
    if melding:  # Qt would abort the whole process; say what to install instead
        raise ControleFout(melding.replace("\n", " "))
    begin = time.perf_counter()
    app = _maak_app()
    venster = _maak_hoofdvenster(ctx.map / "venster")

    lus = QEventLoop()
    geschilderd: list[float] = []

    class Verfwachter(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and not geschilderd:
                geschilderd.append(time.perf_counter())
                QTimer.singleShot(0, lus.quit)
            return False

    wachter = Verfwachter()
    venster.installEventFilter(wachter)
    QTimer.singleShot(int(WACHTTIJD_VENSTER_S * 1000), lus.quit)
    venster.show()
    if not geschilderd:
        lus.exec()
    venster.removeEventFilter(wachter)
    if not geschilderd:
        venster.close()
        raise ControleFout(f"het hoofdvenster is binnen {WACHTTIJD_VENSTER_S:.0f} s niet getekend")
    titel = venster.windowTitle().replace("[*]", "")
    _sluit(app, venster)
    if venster.isVisible():
        raise ControleFout("het hoofdvenster laat zich niet sluiten")
    from model.opmaak import getal
    sinds_start = _sinds_processtart(geschilderd[0])
    start = f", {getal(sinds_start, 2)} s na de start van het programma" if sinds_start is not None else ""
    return (f"hoofdvenster '{titel}' getekend na {getal(geschilderd[0] - begin, 2)} s{start}, "
            f"en gesloten ({app.platformName()})")


def _maak_hoofdvenster(map_: Path):
    """The app's main window with its own settings and data folder in ``map_``: the self-test
    must not read or wipe the user's recent files or crash-recovery journal, and never asks."""
    from ui.hoofdvenster import Hoofdvenster
    from ui.instellingen import Instellingen
    instellingen = Instellingen(map_ / "instellingen.ini", map_ / "data")
    return Hoofdvenster(instellingen, vraag=lambda *_: "nee", meld=lambda *_: None)


def _maak_app():
    """The QApplication as the app sets it up (name, Dutch translations)."""
    from ui.app import maak_app
    return maak_app([sys.argv[0] if sys.argv else "infraraming"])


def _sluit(app, venster) -> None:
    """Close without questions: a fresh window with the demo has nothing unsaved."""
    venster.close()
    venster.deleteLater()
    app.processEvents()


# ---------------------------------------------------------------- helpers

def _ontbreekt(modulenaam: str) -> bool:
    import importlib.util
    try:
        return importlib.util.find_spec(modulenaam) is None
    except ModuleNotFoundError:  # a parent package is missing
        return True


def _zorg_voor_scherm() -> None:
    """Offscreen Qt when there is no display (a server, CI, a terminal without X)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _sinds_processtart(moment: float) -> float | None:
    """Seconds from the process start to ``moment`` (perf_counter); None where unknown."""
    try:
        velden = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        start_ticks = int(velden[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        leeftijd_nu = uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return leeftijd_nu - (time.perf_counter() - moment)


def _grootte(bytes_: int) -> str:
    from model.opmaak import getal
    return f"{getal(bytes_ / 1024, 0)} kB"


CONTROLES: tuple[tuple[str, Callable[[Context], str]], ...] = (
    ("parameterset", _parameterset),
    ("voorbeeldwerkboek", _werkboek),
    ("bekend antwoord", _bekend_antwoord),
    ("scenario's", _scenarios),
    ("PDF-bijlage", _pdf),
    ("Excel-bijlage", _excel),
    ("Qt-vertaling", _vertaling),
    ("hoofdvenster", _venster),
)


def zelftest(argv: list[str] | None = None) -> int:
    """Run the checks, print one line each, return 0 when all passed and 1 otherwise."""
    argv = list(argv or [])
    controles = [c for c in CONTROLES if c[0] == "hoofdvenster"] if "--venster" in argv else list(CONTROLES)
    from model import __version__
    with tempfile.TemporaryDirectory(prefix="infraraming-zelftest-") as map_:
        ctx = Context(Path(map_))
        _meld(ctx, f"Infraraming {__version__} zelftest ({'bevroren' if getattr(sys, 'frozen', False) else 'bron'}, "
                   f"{sys.platform})")
        fouten = 0
        for naam, controle in controles:
            try:
                _meld(ctx, f"OK   {controle(ctx)}")
            except ControleFout as fout:
                fouten += 1
                _meld(ctx, f"FOUT {naam}: {fout}")
            except Exception as fout:  # an unexpected error is a failed check, not a crash
                fouten += 1
                _meld(ctx, f"FOUT {naam}: onverwachte fout {type(fout).__name__}: {fout}")
                if os.environ.get("INFRARAMING_DEBUG") and sys.stderr is not None:
                    traceback.print_exc()
        _meld(ctx, "Zelftest geslaagd." if not fouten else f"Zelftest mislukt: {fouten} van {len(controles)} "
                                                           "controles faalden.")
    if sys.stdout is None:  # the windowed Windows program has no console: show the report instead
        _toon_rapport(ctx.regels, fouten == 0)
    return 0 if fouten == 0 else 1


def _meld(ctx: Context, regel: str) -> None:
    ctx.regels.append(regel)
    if sys.stdout is not None:
        print(regel, flush=True)


def _toon_rapport(regels: list[str], geslaagd: bool) -> None:
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication.instance() or QApplication(["infraraming"])  # noqa: F841 (keeps Qt alive)
        soort = QMessageBox.Icon.Information if geslaagd else QMessageBox.Icon.Critical
        QMessageBox(soort, "Infraraming zelftest", "\n".join(regels)).exec()
    except Exception:
        pass  # nothing else can show it


# ---------------------------------------------------------------- CLI hook

def registreer(sub) -> None:
    p = sub.add_parser("zelftest", help="controleer of deze installatie werkt (ook: --zelftest)")
    p.add_argument("--venster", action="store_true", help="alleen het hoofdvenster openen en sluiten")
    p.set_defaults(uitvoeren=lambda args: zelftest(["--venster"] if args.venster else []))
