"""Draw the Infraraming icon (rising bars on a rounded square) and write the PNG and ICO.

Run once when the design changes; the results in resources/icons/ are committed:
    python installers/maak_icoon.py
Pillow comes with reportlab, a runtime dependency.
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

DOEL = Path(__file__).resolve().parent.parent / "resources" / "icons"
GROOT = 1024  # drawn large, scaled down for smooth edges
ICO_MATEN = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

ACHTERGROND = (21, 67, 120, 255)   # dark municipal blue
BALK = (255, 255, 255, 255)
ACCENT = (242, 169, 0, 255)        # amber: the saldo line


def teken(maat: int = GROOT) -> Image.Image:
    s = maat / 1024
    beeld = Image.new("RGBA", (maat, maat), (0, 0, 0, 0))
    d = ImageDraw.Draw(beeld)
    d.rounded_rectangle((32 * s, 32 * s, 992 * s, 992 * s), radius=190 * s, fill=ACHTERGROND)
    # three rising bars: a multi-year estimate
    voet = 820 * s
    for links, hoogte in ((210, 250), (430, 390), (650, 540)):
        d.rounded_rectangle((links * s, voet - hoogte * s, (links + 165) * s, voet), radius=28 * s, fill=BALK)
    # the saldo line across the bars
    punten = [(180 * s, 600 * s), (400 * s, 470 * s), (620 * s, 400 * s), (845 * s, 235 * s)]
    d.line(punten, fill=ACCENT, width=int(58 * s), joint="curve")
    r = 48 * s
    x, y = punten[-1]
    d.ellipse((x - r, y - r, x + r, y + r), fill=ACCENT)
    return beeld


def main() -> None:
    DOEL.mkdir(parents=True, exist_ok=True)
    groot = teken()
    groot.resize((256, 256), Image.LANCZOS).save(DOEL / "infraraming.png", optimize=True)
    groot.resize((512, 512), Image.LANCZOS).save(DOEL / "infraraming-512.png", optimize=True)
    groot.resize((256, 256), Image.LANCZOS).save(DOEL / "infraraming.ico", sizes=ICO_MATEN)
    print(f"Iconen geschreven naar {DOEL}")


if __name__ == "__main__":
    main()
