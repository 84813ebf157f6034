"""A Dutch argparse: help, usage and every error the command line can give are Dutch.

argparse words its own texts through ``gettext`` (the module-level ``_`` and ``ngettext``);
:class:`Parser` swaps in the Dutch table below while it builds, parses or prints, and puts the
originals back afterwards, so nothing else in the process is affected. A text argparse adds in
a later Python version and this table lacks stays English; ``tests/cli`` checks the table covers
every text of the running Python.
"""
from __future__ import annotations

import argparse
import contextlib

VERTALING = {
    # help and usage
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "subcommands": "opdrachten",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    # errors in what the user typed
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "ontbreekt: %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "onbekende keuze %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "%(value)r is geen geldige waarde (%(type)s)",
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "expected at least one argument": "hier hoort ten minste één waarde bij",
    "expected %s argument": "hier hoort %s waarde bij",
    "expected %s arguments": "hier horen %s waarden bij",
    "ambiguous option: %(option)s could match %(matches)s": "optie %(option)s is niet eenduidig: %(matches)s",
    "not allowed with argument %s": "mag niet samen met %s",
    "ignored explicit argument %r": "waarde %r hoort niet bij deze optie",
    "unexpected option string: %s": "onverwachte optie: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' kan niet worden geopend: %(error)s",
    'argument "-" with mode %r': "'-' kan niet met modus %r",
    # mistakes in a parser's construction (for developers, but Dutch all the same)
    "conflicting option string: %s": "optie staat er al: %s",
    "conflicting option strings: %s": "opties staan er al: %s",
    "conflicting subparser: %s": "opdracht staat er al: %s",
    "conflicting subparser alias: %s": "alias van een opdracht staat er al: %s",
    "cannot have multiple subparser arguments": "er kan maar één reeks opdrachten zijn",
    "cannot merge actions - two groups are named %r": "kan niet samenvoegen: twee groepen heten %r",
    "mutually exclusive arguments must be optional": "elkaar uitsluitende argumenten moeten opties zijn",
    "'required' is an invalid argument for positionals": "'required' kan niet bij een positioneel argument",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "ongeldige optie %(option)r: moet beginnen met %(prefix_chars)r",
    "dest= is required for options like %r": "dest= is nodig voor opties als %r",
    "invalid conflict_resolution value: %r": "ongeldige waarde voor conflict_resolution: %r",
    "%r is not callable": "%r is niet aanroepbaar",
    ".__call__() not defined": ".__call__() ontbreekt",
}


def vertaal(tekst: str) -> str:
    return VERTALING.get(tekst, tekst)


def vertaal_meervoud(enkel: str, meer: str, n: int) -> str:
    return vertaal(enkel if n == 1 else meer)


@contextlib.contextmanager
def _nederlands():
    """argparse speaks Dutch inside this block (re-entrant: nested parsers restore what they found)."""
    oud = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = vertaal, vertaal_meervoud
    try:
        yield
    finally:
        argparse._, argparse.ngettext = oud


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose own texts (usage, help, errors) are Dutch; subcommands inherit it."""

    def __init__(self, *args, **kw):
        with _nederlands():
            super().__init__(*args, **kw)

    def add_subparsers(self, **kw):
        with _nederlands():
            return super().add_subparsers(**kw)

    def parse_args(self, args=None, namespace=None):
        with _nederlands():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with _nederlands():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with _nederlands():
            return super().format_usage()

    def format_help(self) -> str:
        with _nederlands():
            return super().format_help()

    def error(self, message: str):
        with _nederlands():
            super().error(message)


def jaar(tekst: str) -> int:
    """An argument type: a whole year (``2026``)."""
    try:
        return int(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen jaartal") from None
