"""Infraraming's funding model: pure Python, no Qt (REKENREGELS)."""

__version__ = "0.1.0"
