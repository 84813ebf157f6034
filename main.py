"""Infraraming: without arguments the desktop app starts; with a command the headless CLI runs."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--lees-kind"]:
        # the contained workbook reader's child process (model.io.afgeschermd), in a frozen build
        from model.io.afgeschermd import kind_hoofd
        return kind_hoofd(argv[1:])
    if argv[:1] == ["--zelftest"]:
        from cli.zelftest import zelftest
        return zelftest(argv[1:])
    if len(argv) == 1 and argv[0].lower().endswith(".infraraming"):
        # a project file opened from Explorer (the Windows installer associates the extension)
        from ui.app import start
        return start([sys.argv[0], argv[0]])
    if not argv:
        from ui.app import start
        return start()
    from cli import main as cli_main
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
