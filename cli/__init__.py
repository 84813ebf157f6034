"""The headless command line: ``python main.py <opdracht> …`` (Dutch for users).

Exit status: 0 success, 2 input errors (Dutch findings on stderr), 1 anything unexpected.
Each subcommand lives in its own module with a ``registreer(sub)`` that adds its parser; what a
subcommand reads (an input, a project, a scenario, ``--zet``) is read once, in cli/laden.py.
"""
from __future__ import annotations

import errno
import os
import sys
import traceback
from pathlib import Path

from cli.argumenten import Parser
from cli.fouten import INVOERFOUT, ONVERWACHT, OK, Invoerfout
from model import __version__

__all__ = ["main", "OK", "ONVERWACHT", "INVOERFOUT", "Invoerfout"]


def _parser() -> Parser:
    from cli import bereken, parameters, regio, risico, scenarios, wat_verandert, werkboek, zelftest
    parser = Parser(
        prog="infraraming",
        description="Infraraming: meerjarenraming sociale infrastructuur (beschut werk, Wsw, impulsbudget, LKS). "
                    "Zonder opdracht start de app.",
    )
    parser.add_argument("--version", action="version", version=f"Infraraming {__version__}",
                        help="toon het versienummer en stop")
    sub = parser.add_subparsers(dest="opdracht", metavar="OPDRACHT", title="opdrachten")
    for module in (bereken, parameters, scenarios, wat_verandert, werkboek, risico, regio, zelftest):
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
    except OSError as fout:   # e.g. the standard output on a full disk: said as such, not as "unexpected"
        from model.io.onvertrouwd import reden_bij_fout
        from model.io.schrijffout import zin_bij_schrijffout
        if fout.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            print(zin_bij_schrijffout(Path(fout.filename or "de uitvoer"), fout), file=sys.stderr)
            return INVOERFOUT
        if fout.errno in (errno.ENAMETOOLONG, errno.ELOOP, errno.ENOENT, errno.EACCES):
            print(reden_bij_fout(Path(fout.filename or "?"), fout), file=sys.stderr)
            return INVOERFOUT
        return _onverwacht(fout)
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return ONVERWACHT
    except Exception as fout:  # the user never sees a traceback unless asked for
        return _onverwacht(fout)


def _onverwacht(fout: Exception) -> int:
    if os.environ.get("INFRARAMING_DEBUG"):
        traceback.print_exc()
    print(f"Onverwachte fout: {type(fout).__name__}: {fout}. "
          "Zet INFRARAMING_DEBUG=1 voor technische details.", file=sys.stderr)
    return ONVERWACHT
