"""Where the shipped resources live, the same way from source and from a frozen build."""
from __future__ import annotations

import sys
from pathlib import Path


def resources_map() -> Path:
    """The ``resources/`` folder: beside the package in a source tree, in the bundle when frozen."""
    bundel = getattr(sys, "_MEIPASS", None)
    if bundel:
        return Path(bundel) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_pad(*delen: str) -> Path:
    return resources_map().joinpath(*delen)
