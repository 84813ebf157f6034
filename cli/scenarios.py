"""``scenarios``: list the shipped scenarios."""
from __future__ import annotations

from model.scenario import presets


def registreer(sub) -> None:
    p = sub.add_parser("scenarios", help="toon de meegeleverde scenario's")
    p.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args) -> int:
    for s in presets():
        print(s.naam)
        print(f"    {s.omschrijving}")
        for o in s.overrides:
            print(f"    - {o.omschrijving()}")
    return 0
