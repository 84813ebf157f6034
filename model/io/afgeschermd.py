"""Read an untrusted workbook in a child process with hard limits on memory and time.

The native parser aborts the whole process when an allocation fails, which no ``except``
can catch; the pre-scans in :mod:`model.io.veilig`, :mod:`model.io.biff` and
:mod:`model.io.bladen` give good Dutch messages for the attacks they know, but correctness
no longer depends on them: the parse happens in a child process that may die.

- Linux (and other POSIX systems): the child limits its own address space (``RLIMIT_AS``).
- Windows: the parent puts the child in a job object with a memory limit that also kills the
  child when the parent goes away (:mod:`model.io.windowstaak`).
- Everywhere: a wall-clock limit per file, cancellation (a :class:`threading.Event`), and the
  child ends when its parent does (a watchdog thread; daemon processes end at exit).

The child returns plain JSON only (the input's JSON form and the findings), read with a
size bound and validated again here; nothing from the child is unpickled. An abort, an
out-of-memory kill or a time-out becomes one Dutch sentence
("Dit bestand kan niet veilig worden gelezen: …"). The child stays warm between reads, so
the demo workbook costs a read, not a process start; :func:`warm` starts it ahead of time.
"""
from __future__ import annotations

import atexit
import json
import os
import queue
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

from model.bevindingen import FOUT, WAARSCHUWING, Bevinding
from model.invoer import GemeenteInvoer
from model.io.grenzen import MAX_GEHEUGEN_KIND, MAX_LEESTIJD
from model.io.jsonbestand import geen_constante, invoer_uit_json

MAX_ANTWOORD = 32 * 1024 * 1024   # bytes of JSON the child may send back
KIND_ARGUMENT = "--lees-kind"     # main.py hands a frozen build's child to kind_hoofd()
_STAP = 0.05                      # seconds between looks at the cancel flag
_LENGTE = struct.Struct(">I")     # each message: its length, then UTF-8 JSON
GEZOND_BINNEN = 2.0               # seconds a warm child has to answer the health check before a read
TE_GROOT = b"\x00te groot"         # marker on the answer queue: the child announced an answer over MAX_ANTWOORD


def onveilig_zin(naam: str, waarom: str) -> str:
    """The one sentence for a file whose parse had to be stopped."""
    return f"Dit bestand kan niet veilig worden gelezen: {naam} {waarom}."


def afgebroken_zin(naam: str) -> str:
    return f"Het lezen van {naam} is afgebroken; het open project is niet gewijzigd."


class _TeGroot(Exception):
    """The child announced an answer longer than the parent accepts."""


def _lees_bericht(stroom, maximum: int) -> bytes | None:
    """One length-prefixed message, or None at the end of the stream; :class:`_TeGroot` when too long."""
    kop = stroom.read(_LENGTE.size)
    if len(kop) < _LENGTE.size:
        return None
    (lengte,) = _LENGTE.unpack(kop)
    if lengte > maximum:
        raise _TeGroot(lengte)
    inhoud = stroom.read(lengte)
    return inhoud if len(inhoud) == lengte else None


def _schrijf_bericht(stroom, inhoud: bytes) -> None:
    stroom.write(_LENGTE.pack(len(inhoud)) + inhoud)
    stroom.flush()


# ---------------------------------------------------------------- the child

def _begrens_eigen_geheugen(grens: int) -> None:
    """POSIX: limit this process's address space; Windows is limited by its parent (job object)."""
    if sys.platform == "win32":
        return
    import resource
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    nieuw = grens if hard == resource.RLIM_INFINITY else min(grens, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (nieuw, hard))
    except (ValueError, OSError):  # macOS does not enforce RLIMIT_AS; the time limit still holds
        pass


def _bewaak_ouder(ouder: int) -> None:
    """End this child as soon as its parent is gone (killed, crashed), even in the middle of a parse.

    (On Windows the job object ends the child with its parent.)
    """
    while True:
        time.sleep(0.5)
        if os.getppid() != ouder:
            os._exit(0)


def _kanalen():
    """The pipes to the parent, taken from the OS handles (a windowed Windows build has no sys.stdin);
    the protocol owns them, and anything a library prints goes nowhere."""
    if sys.platform == "win32":
        import _winapi
        import msvcrt
        lees = msvcrt.open_osfhandle(_winapi.GetStdHandle(_winapi.STD_INPUT_HANDLE), os.O_RDONLY)
        schrijf = msvcrt.open_osfhandle(_winapi.GetStdHandle(_winapi.STD_OUTPUT_HANDLE), 0)
    else:
        lees, schrijf = os.dup(0), os.dup(1)
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    sys.stdout = open(os.devnull, "w", encoding="utf-8")
    return os.fdopen(lees, "rb"), os.fdopen(schrijf, "wb")


def kind_hoofd(argumenten: list[str]) -> int:
    """The child: ``GRENS OUDER_PID``; one request (a path) in, one JSON answer out, until stdin closes."""
    grens, ouder = int(argumenten[0]), int(argumenten[1])
    _begrens_eigen_geheugen(grens)
    invoer_stroom, kanaal = _kanalen()
    if sys.platform != "win32":
        threading.Thread(target=_bewaak_ouder, args=(ouder,), daemon=True).start()
    from model.invoer import naar_dict
    from model.io.werkboek import lees_werkboek
    _schrijf_bericht(kanaal, b"klaar")
    while True:
        try:
            verzoek = _lees_bericht(invoer_stroom, 64 * 1024)
        except _TeGroot:
            return 0
        if verzoek is None:
            return 0
        vraag = json.loads(verzoek)
        if vraag.get("gezond"):   # the parent checks the child is alive and answering before each read
            _schrijf_bericht(kanaal, b"klaar")
            continue
        if vraag.get("soort") == RISICOS:   # the optional sheet Risico's (RISICO.md), read here as well
            from dataclasses import asdict
            from model.io.risicoblad import lees_risicoinvoer
            gelezen = lees_risicoinvoer(vraag["pad"])
            antwoord = {"rijen": [asdict(r) for r in gelezen.rijen],
                        "bevindingen": [b.naar_dict() for b in gelezen.bevindingen]}
        else:
            invoer, bevindingen = lees_werkboek(vraag["pad"])
            antwoord = {"invoer": None if invoer is None else naar_dict(invoer),
                        "bevindingen": [b.naar_dict() for b in bevindingen]}
        _schrijf_bericht(kanaal, json.dumps(antwoord, ensure_ascii=False, allow_nan=False).encode("utf-8"))


# ---------------------------------------------------------------- the parent

def _opdracht(grens: int) -> tuple[list[str], dict[str, str]]:
    """How to start the child: the frozen app itself, or this Python with the parent's import path."""
    argumenten = [str(grens), str(os.getpid())]
    omgeving = dict(os.environ)
    if getattr(sys, "frozen", False):
        return [sys.executable, KIND_ARGUMENT, *argumenten], omgeving
    omgeving["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    code = "import sys; from model.io.afgeschermd import kind_hoofd; sys.exit(kind_hoofd(sys.argv[1:]))"
    return [sys.executable, "-c", code, *argumenten], omgeving


class _Kindproces:
    """One warm child, the pipes to it and a thread that reads its answers."""

    def __init__(self, grens: int):
        opdracht, omgeving = _opdracht(grens)
        vlaggen = 0x08000000 if sys.platform == "win32" else 0   # CREATE_NO_WINDOW
        self.proces = subprocess.Popen(opdracht, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=subprocess.DEVNULL, env=omgeving, creationflags=vlaggen)
        self.antwoorden: queue.Queue[bytes | None] = queue.Queue()
        self.taak = None
        self.gereed = False
        threading.Thread(target=self._lees, name="lezer-antwoorden", daemon=True).start()
        if sys.platform == "win32":
            from model.io.windowstaak import begrens_proces
            try:
                self.taak = begrens_proces(int(self.proces._handle), grens)  # noqa: SLF001 (the process handle)
            except OSError:   # never parse without the memory limit
                self.stop()
                raise

    def _lees(self) -> None:
        while True:
            try:
                bericht = _lees_bericht(self.proces.stdout, MAX_ANTWOORD)
            except _TeGroot:
                bericht = TE_GROOT
            except (OSError, ValueError):
                bericht = None
            self.antwoorden.put(bericht)
            if bericht is None or bericht is TE_GROOT:
                return

    def leeft(self) -> bool:
        return self.proces.poll() is None

    def stuur(self, inhoud: bytes) -> None:
        _schrijf_bericht(self.proces.stdin, inhoud)

    def stop(self) -> None:
        if self.leeft():
            self.proces.kill()
        try:
            self.proces.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        for stroom in (self.proces.stdin, self.proces.stdout):
            try:
                stroom.close()
            except OSError:
                pass
        if self.taak is not None:
            self.taak.sluit()

    def wacht_op(self, einde: float, annuleer: threading.Event | None) -> tuple[str, bytes | None]:
        """('ok', answer), or ('tijd' | 'afgebroken' | 'dood' | 'te groot', None)."""
        while True:
            if annuleer is not None and annuleer.is_set():
                return "afgebroken", None
            try:
                bericht = self.antwoorden.get(timeout=_STAP)
            except queue.Empty:
                if time.monotonic() > einde:
                    return "tijd", None
                continue
            if bericht is TE_GROOT:
                return "te groot", None
            return ("dood", None) if bericht is None else ("ok", bericht)

    def gezond(self, annuleer: threading.Event | None) -> bool:
        """Alive and answering within :data:`GEZOND_BINNEN` seconds (a child killed or frozen while idle is not)."""
        if not self.leeft():
            return False
        try:
            self.stuur(b'{"gezond": true}')
        except (OSError, ValueError):
            return False
        toestand, bericht = self.wacht_op(time.monotonic() + GEZOND_BINNEN, annuleer)
        return toestand == "ok" and bericht == b"klaar"


_slot = threading.Lock()
_kind_nu: _Kindproces | None = None


def _neem_kind(grens: int) -> _Kindproces:
    global _kind_nu
    if _kind_nu is None or not _kind_nu.leeft():
        if _kind_nu is not None:
            _kind_nu.stop()
        else:
            atexit.register(stop)   # the child ends with the app or the CLI (a crash: see _bewaak_ouder)
        _kind_nu = _Kindproces(grens)
    return _kind_nu


def _gooi_kind_weg() -> None:
    global _kind_nu
    if _kind_nu is not None:
        _kind_nu.stop()
        _kind_nu = None


def warm(grens: int = MAX_GEHEUGEN_KIND) -> None:
    """Start the child now (in the background), so the first read does not pay for its start."""
    def start():
        with _slot:
            _neem_kind(grens)
    threading.Thread(target=start, name="lezer-starten", daemon=True).start()


def stop() -> None:
    """End the child (the app closes); a read in progress ends as cancelled."""
    with _slot:
        _gooi_kind_weg()


def lees_afgeschermd(pad: Path | str, annuleer: threading.Event | None = None,
                     tijdslimiet: float = MAX_LEESTIJD,
                     grens: int = MAX_GEHEUGEN_KIND, soort: str = "werkboek"):
    """Like :func:`model.io.werkboek.lees_werkboek`, but parsed in a contained child. Never raises.

    ``soort`` :data:`RISICOS` reads the sheet Risico's instead (:func:`lees_risico_afgeschermd`) and returns the
    child's checked answer as a :class:`model.io.risicoblad.Risicoinvoer`."""
    pad = Path(pad)
    naam = pad.name
    einde = time.monotonic() + tijdslimiet
    with _slot:
        try:
            kind = _neem_kind(grens)
        except OSError:
            kind = None
        if kind is not None and kind.gereed and not kind.gezond(annuleer):
            # died or froze while idle: a new child reads the file, which is never blamed for this
            _gooi_kind_weg()
            try:
                kind = _neem_kind(grens)
            except OSError:
                kind = None
        toestand = "start niet" if kind is None else "ok" if kind.gereed else \
            _wacht_tot_gereed(kind, einde + 30, annuleer)  # a cold start is not the file's fault
        if toestand == "ok":
            einde = time.monotonic() + tijdslimiet
            try:
                kind.stuur(json.dumps({"pad": str(pad.resolve()), "soort": soort}).encode("utf-8"))
            except (OSError, ValueError):
                toestand = "dood"
            else:
                toestand, antwoord = kind.wacht_op(einde, annuleer)
                if toestand == "ok":
                    return _risico_uit_antwoord(antwoord, naam) if soort == RISICOS else _uit_antwoord(antwoord, naam)
        _gooi_kind_weg()
    if toestand == "afgebroken":
        return None, [Bevinding(FOUT, afgebroken_zin(naam))]
    if toestand == "start niet":
        return None, [Bevinding(FOUT, f"{naam} kan niet worden gelezen: het leesproces van Infraraming start niet. "
                                      "Start Infraraming opnieuw.")]
    if toestand == "te groot":
        return None, [Bevinding(FOUT, f"{naam} kan niet worden gebruikt: wat eruit is gelezen is groter dan "
                                      f"Infraraming verwerkt (meer dan {MAX_ANTWOORD / (1024 * 1024):.0f} MB aan "
                                      "gegevens en meldingen); het bestand is niet beschadigd, maar te omvangrijk.")]
    if toestand == "tijd":
        return None, [Bevinding(FOUT, onveilig_zin(
            naam, f"kost meer dan {tijdslimiet:.0f} seconden om te lezen en is gestopt (het is beschadigd "
                  "of zo gemaakt dat lezen niet eindigt)"))]
    return None, [Bevinding(FOUT, onveilig_zin(
        naam, "vraagt bij het lezen meer geheugen dan toegestaan (het is beschadigd of zo gemaakt dat "
              "lezen vastloopt)"))]


def _wacht_tot_gereed(kind: _Kindproces, einde: float, annuleer: threading.Event | None) -> str:
    """The child confirms that its limits are set and its imports done (not counted against the file)."""
    toestand, bericht = kind.wacht_op(einde, annuleer)
    kind.gereed = toestand == "ok" and bericht == b"klaar"
    return "afgebroken" if toestand == "afgebroken" else "ok" if kind.gereed else "start niet"


_VELDEN_TEKST = ("melding", "blad", "cel", "label", "gevonden", "verwacht", "veld")


RISICOS = "risicos"


def lees_risico_afgeschermd(pad: Path | str, annuleer: threading.Event | None = None):
    """The workbook's sheet Risico's, parsed in the contained child like the input itself (a :class:`model.io.risicoblad.Risicoinvoer`); a refusal is a finding, never an exception."""
    from model.io.risicoblad import Risicoinvoer
    uit = lees_afgeschermd(pad, annuleer, soort=RISICOS)
    if isinstance(uit, Risicoinvoer):
        return uit
    return Risicoinvoer(bevindingen=list(uit[1]))


def _risico_uit_antwoord(data: bytes, naam: str):
    """The child's answer for the sheet Risico's, checked again here (kinds, bounds, finite numbers)."""
    import math
    from model.io.risicoblad import MAX_RISICOS, Risicoinvoer
    from model.risico.register import UNIFORM, VAST, Registerrij

    def getal(w, laag, hoog):
        if w is None:
            return None
        if not isinstance(w, (int, float)) or isinstance(w, bool) or not math.isfinite(w) or not laag <= w <= hoog:
            raise ValueError("ongeldig getal")
        return float(w)

    def tekst(w):
        if w is None:
            return None
        if not isinstance(w, str) or len(w) > 5000:
            raise ValueError("ongeldige tekst")
        return w

    try:
        antwoord = json.loads(data, parse_constant=geen_constante)
        bevindingen = [_bevinding(b) for b in antwoord["bevindingen"]]
        if not isinstance(antwoord["rijen"], list) or len(antwoord["rijen"]) > MAX_RISICOS:
            raise ValueError("ongeldige rijen")
        rijen = []
        for r in antwoord["rijen"]:
            if not isinstance(r, dict) or not isinstance(r.get("naam"), str) or not r["naam"] or len(r["naam"]) > 500:
                raise ValueError("ongeldige rij")
            verdeling = r.get("verdeling")
            if verdeling not in (None, UNIFORM, VAST):
                raise ValueError("ongeldige verdeling")
            rijen.append(Registerrij(r["naam"], getal(r.get("kans"), 0, 1), getal(r.get("gevolg"), 0, 1e13), verdeling,
                                     tekst(r.get("toelichting")), tekst(r.get("beheersmaatregel"))))
    except (ValueError, KeyError, TypeError, RecursionError):
        return Risicoinvoer(bevindingen=[Bevinding(FOUT, onveilig_zin(naam, "gaf bij het lezen een onbruikbare uitkomst"))])
    return Risicoinvoer(rijen, bevindingen)


def _bevinding(ruw) -> Bevinding:
    if not isinstance(ruw, dict) or ruw.get("ernst") not in (FOUT, WAARSCHUWING) or not isinstance(ruw.get("melding"), str):
        raise ValueError("ongeldige bevinding")
    velden = {k: ruw.get(k) for k in _VELDEN_TEKST}
    if any(v is not None and not isinstance(v, str) for v in velden.values()):
        raise ValueError("ongeldige bevinding")
    jaar = ruw.get("jaar")
    if jaar is not None and (not isinstance(jaar, int) or isinstance(jaar, bool)):
        raise ValueError("ongeldige bevinding")
    return Bevinding(ernst=ruw["ernst"], jaar=jaar, **velden)


def _uit_antwoord(data: bytes, naam: str) -> tuple[GemeenteInvoer | None, list[Bevinding]]:
    """The child's answer, checked as strictly as any other input."""
    try:
        antwoord = json.loads(data, parse_constant=geen_constante)
        bevindingen = [_bevinding(b) for b in antwoord["bevindingen"]]
        if antwoord["invoer"] is None:
            if not any(b.is_fout for b in bevindingen):
                raise ValueError("geen invoer en geen fout")
            return None, bevindingen
        invoer, controle = invoer_uit_json(antwoord["invoer"], naam)
    except (ValueError, KeyError, TypeError, RecursionError):
        return None, [Bevinding(FOUT, onveilig_zin(naam, "gaf bij het lezen een onbruikbare uitkomst"))]
    if invoer is None:
        return None, bevindingen + [b for b in controle if b.is_fout]
    return invoer, bevindingen

