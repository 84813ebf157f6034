"""An SVG logo as a reportlab drawing (svglib), parsed only after defusedxml has accepted it."""
from __future__ import annotations

import io


def svg_tekening(inhoud: bytes):
    """The drawing of an SVG document; raises ValueError for a document that is not safe or not an SVG."""
    from defusedxml import ElementTree
    from svglib.svglib import svg2rlg
    try:
        ElementTree.fromstring(inhoud)   # refuses entities and external references
    except Exception as fout:
        raise ValueError(f"geen bruikbaar SVG-bestand: {fout}") from None
    tekening = svg2rlg(io.BytesIO(inhoud))
    if tekening is None or not tekening.width or not tekening.height:
        raise ValueError("geen bruikbaar SVG-bestand")
    return tekening
