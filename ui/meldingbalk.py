"""A bar above the views for notices to read once (e.g. a project recalculated with newer rules).

It never blocks: the app is usable while it shows, and "Sluiten" hides it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout


class Meldingbalk(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("meldingbalk")
        self.setAccessibleName("Melding bij het geopende project")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#meldingbalk { background: #e8f1fb; border: 1px solid #9cbfe6; border-radius: 3px; }"
                           "#meldingbalk QLabel { color: #10263d; }")
        icoon = QLabel()
        grootte = self.fontMetrics().height() * 2
        icoon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(grootte))
        icoon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.tekst = QLabel()
        self.tekst.setWordWrap(True)
        self.tekst.setTextFormat(Qt.TextFormat.PlainText)
        self.tekst.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tekst.setAccessibleName("Meldingen")
        self.sluiten = QPushButton("Sluiten")
        self.sluiten.setAccessibleName("Melding sluiten")
        self.sluiten.clicked.connect(self.hide)
        knop = QVBoxLayout()
        knop.addWidget(self.sluiten)
        knop.addStretch(1)
        laag = QHBoxLayout(self)
        laag.addWidget(icoon)
        laag.addWidget(self.tekst, 1)
        laag.addLayout(knop)
        self.hide()

    def toon(self, meldingen) -> None:
        meldingen = list(meldingen)
        if not meldingen:
            return
        self.tekst.setText("\n\n".join(meldingen))
        self.show()
