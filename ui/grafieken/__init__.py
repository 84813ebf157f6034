"""Charts drawn with QPainter (PySide6-Essentials has no QtCharts)."""
from ui.grafieken.jaargrafiek import BatenLastenGrafiek, LijnGrafiek, Serie
from ui.grafieken.tornado import TornadoGrafiek

__all__ = ["BatenLastenGrafiek", "LijnGrafiek", "Serie", "TornadoGrafiek"]
