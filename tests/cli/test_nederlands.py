"""The command line speaks Dutch: help, usage and argparse's own errors."""
from __future__ import annotations

import argparse
import ast
import gettext
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cli.argumenten import VERTALING, Parser

WORTEL = Path(__file__).resolve().parents[2]
ENGELS = re.compile(r"\b(usage|options|positional|show this|help message|error|required|invalid|expected|arguments?"
                    r"|unrecognized|choose from|ambiguous|not allowed|program's)\b", re.I)


def draai(*args):
    return subprocess.run([sys.executable, "main.py", *args], cwd=WORTEL, capture_output=True, text=True)


@pytest.mark.parametrize("args", [("--help",), ("bereken", "--help"), ("sjabloon", "--help"),
                                  ("controleer", "--help"), ("scenarios", "--help"), ("zelftest", "--help")])
def test_hulp_is_nederlands(args):
    uit = draai(*args)
    assert uit.returncode == 0 and uit.stdout.startswith("gebruik: infraraming")
    assert not ENGELS.search(uit.stdout), ENGELS.search(uit.stdout)
    assert "opties:" in uit.stdout and "toon deze hulp en stop" in uit.stdout


def test_bereken_hulp_volledig():
    uit = draai("bereken", "--help").stdout
    for kop in ("argumenten:", "opties:", "begrotingsbijlage:"):
        assert f"\n{kop}\n" in uit
    assert "--van JAAR" in uit and "--json PAD|-" in uit


@pytest.mark.parametrize("args, melding", [
    (("bereken", "--van", "x"), "infraraming bereken: fout: --van: 'x' is geen jaartal"),
    (("sjabloon",), "infraraming sjabloon: fout: ontbreekt: PAD.xlsx"),
    (("onzin",), "infraraming: fout: OPDRACHT: onbekende keuze 'onzin' (kies uit 'bereken', "),
    (("bereken", "--onbekend"), "infraraming: fout: onbekende argumenten: --onbekend"),
    (("bereken", "--json"), "infraraming bereken: fout: --json: hier hoort één waarde bij"),
    (("bereken", "--vergelijk"), "infraraming bereken: fout: --vergelijk: hier hoort ten minste één waarde bij"),
    (("bereken", "--v", "2026"), "infraraming bereken: fout: optie --v is niet eenduidig: --van, --vergelijk"),
])
def test_fouten_op_de_opdrachtregel_zijn_nederlands(args, melding):
    uit = draai(*args)
    assert uit.returncode == 2 and uit.stdout == ""
    assert uit.stderr.startswith("gebruik: infraraming")
    laatste = uit.stderr.strip().splitlines()[-1]
    assert laatste.startswith(melding), laatste
    assert not ENGELS.search(laatste), laatste


def test_elke_argparse_tekst_is_vertaald():
    """Every text argparse of this Python words through gettext has a Dutch translation."""
    boom = ast.parse(inspect.getsource(argparse))
    teksten = {a.value for n in ast.walk(boom)
               if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("_", "ngettext")
               for a in n.args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    assert teksten <= set(VERTALING), sorted(teksten - set(VERTALING))
    assert all(VERTALING[t] != t or t == "%(argument_name)s: %(message)s" for t in teksten)


def test_vertaling_blijft_binnen_de_parser(capsys):
    parser = Parser(prog="p")
    parser.add_argument("getal", type=int)
    with pytest.raises(SystemExit):
        parser.parse_args(["x"])
    assert "p: fout: getal: 'x' is geen geldige waarde (int)" in capsys.readouterr().err
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    gewoon = argparse.ArgumentParser(prog="q")
    assert gewoon.format_help().startswith("usage: q")
