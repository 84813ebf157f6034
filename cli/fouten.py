"""Exit statuses and the one exception a subcommand raises for the user's input (no imports of cli/ here,
so every subcommand can import it without a circle through the package)."""
from __future__ import annotations

OK, ONVERWACHT, INVOERFOUT = 0, 1, 2


class Invoerfout(Exception):
    """The user's input cannot be used; the message (Dutch) goes to stderr, exit status 2."""
