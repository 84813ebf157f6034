"""Structural years of the model (not parameters: they bound the calculation itself)."""

#: The first model year: the impulsbudget, the overbrugging and the sociale-infrastructuur
#: budget start in 2025, and the impulsbudget reserve recurrence starts here.
EERSTE_MODELJAAR = 2025
#: The last year of the model horizon (REKENREGELS §1).
LAATSTE_MODELJAAR = 2040
#: The begroting and its meerjarenraming: basisjaar … basisjaar + MEERJARENRAMING (REKENREGELS §1).
MEERJARENRAMING = 3
#: The long view runs to this year (REKENREGELS §1).
LANGE_TERMIJN_TOT = 2035


def begrotingsjaren(basisjaar: int) -> tuple[int, int]:
    """The begroting horizon: basisjaar … basisjaar + 3 (not past the model's last year)."""
    return basisjaar, min(basisjaar + MEERJARENRAMING, LAATSTE_MODELJAAR)


def lange_termijn(basisjaar: int) -> tuple[int, int]:
    """The long view: basisjaar … 2035, and at least the begroting horizon."""
    return basisjaar, max(LANGE_TERMIJN_TOT, begrotingsjaren(basisjaar)[1])


def jarenfout(van: int | None, tot: int | None) -> str | None:
    """The Dutch sentence when ``van``–``tot`` does not fit the years the model calculates, else None.

    A year outside :data:`EERSTE_MODELJAAR`–:data:`LAATSTE_MODELJAAR` is named as such (``--van 2050`` lies
    outside the model, not merely after a default end year)."""
    for wat, jaar in (("beginjaar", van), ("eindjaar", tot)):
        if jaar is not None and not EERSTE_MODELJAAR <= jaar <= LAATSTE_MODELJAAR:
            return (f"Het {wat} {jaar} ligt buiten de jaren die het model berekent "
                    f"({EERSTE_MODELJAAR}–{LAATSTE_MODELJAAR}).")
    if van is not None and tot is not None and van > tot:
        return f"Het beginjaar {van} ligt na het eindjaar {tot}."
    return None
