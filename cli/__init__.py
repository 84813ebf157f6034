"""The headless command line: ``python main.py <opdracht> …`` (Dutch for users).

Exit status: 0 success, 2 input errors (Dutch findings on stderr), 1 anything unexpected.
Each subcommand lives in its own module with a ``registreer(sub)`` that adds its parser.
"""
from __future__ import annotations

import os
import sys
import traceback

from cli.argumenten import Parser
from model import __version__

OK, ONVERWACHT, INVOERFOUT = 0, 1, 2


class Invoerfout(Exception):
    """The user's input cannot be used; the message (Dutch) goes to stderr, exit status 2."""


def _parser() -> Parser:
    from cli import bereken, parameters, scenarios, wat_verandert, werkboek, zelftest
    parser = Parser(
        prog="infraraming",
        description="Infraraming: meerjarenraming sociale infrastructuur (beschut werk, Wsw, impulsbudget, LKS). "
                    "Zonder opdracht start de app.",
    )
    parser.add_argument("--version", action="version", version=f"Infraraming {__version__}",
                        help="toon het versienummer en stop")
    sub = parser.add_subparsers(dest="opdracht", metavar="OPDRACHT", title="opdrachten")
    for module in (bereken, parameters, scenarios, wat_verandert, werkboek, zelftest):
        module.registreer(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "opdracht", None):
        parser.print_help()
        return OK
    try:
        return args.uitvoeren(args) or OK
    except Invoerfout as fout:
        print(str(fout), file=sys.stderr)
        return INVOERFOUT
    except BrokenPipeError:  # output piped into e.g. `head`
        sys.stderr.close()
        return OK
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return ONVERWACHT
    except Exception as fout:  # the user never sees a traceback unless asked for
        if os.environ.get("INFRARAMING_DEBUG"):
            traceback.print_exc()
        print(f"Onverwachte fout: {type(fout).__name__}: {fout}. "
              "Zet INFRARAMING_DEBUG=1 voor technische details.", file=sys.stderr)
        return ONVERWACHT
