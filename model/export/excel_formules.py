"""The rules of REKENREGELS §4 as Excel formulas over visible cells, for the live Excel annex.

Each quantity of the catalogue gets, per year, a formula over the gemeente's input (sheet
Invoer), the parameters (sheet Parameters, one defined name per parameter) and other
quantities on the stream sheets. The formulas follow the rules in :mod:`model.rekenregels`
term by term and in the same order of operations, so a recalculation in Excel equals the model
to the cent, also after an auditor changes a parameter such as ``lpo_rijk``.

Choices that depend on the *input* (which circulaire year a share is taken from, the anchor
year of a missing taakstelling, a circulaire edition, whether an optional value is given) are
made when the annex is written, with the model's own helpers; the formulas then carry the
parameters. The tests recalculate the workbook with an independent engine and compare.
"""
from __future__ import annotations

from typing import Callable

from model.circulaire import bevat_ophoging
from model.invoer import BESTEDINGSCATEGORIEEN
from model.rekenregels.aandeel import circulairejaar
from model.rekenregels.invoerreeksen import ankerjaar
from model.rekenregels.jaren import EERSTE_MODELJAAR


class _Circulaire:
    """What :func:`model.rekenregels.aandeel.circulairejaar` reads, from the input as written."""

    def __init__(self, invoer):
        self.invoer = invoer

    def circulairejaren(self, reeks: str) -> list[int]:
        return sorted(self.invoer.reeks(reeks))


class Formules:
    """Formula text per (quantity, year); ``None`` where the model has no value (shown as "–").

    ``P(key, year)``, ``V(field)``, ``R(series, year)`` and ``Q(quantity, year)`` give the cell
    references (or, for a year before the first column, the model's value as a literal).
    """

    def __init__(self, resultaat, P: Callable[[str, int], str], V: Callable[[str], str],
                 R: Callable[[str, int], str], Q: Callable[[str, int], str], IDX: Callable[[int], str],
                 parameterwaarde: Callable[[str, int], float]):
        self.r, self.invoer = resultaat, resultaat.invoer
        self.P, self.V, self.R, self.Q, self.IDX = P, V, R, Q, IDX
        self.pw = parameterwaarde
        self._circ = _Circulaire(self.invoer)
        self.regels: dict[str, Callable[[int], str | None]] = {
            "taak": self.taak, "real": self.real, "adv": self.adv,
            "si_plekken": lambda y: self._doorgetrokken("plekken_si", y),
            "doorbetaling": lambda y: self._per_jaar("doorbetaling", y),
            **{f"besteding_{c}": (lambda c: lambda y: self._per_jaar(c, y))(c) for c in BESTEDINGSCATEGORIEEN},
            "aandeel_nieuw_verdeelmodel": lambda y: self.P("bw_aandeel_nieuw_verdeelmodel", y),
            "peiljaar_verdeelmodel": lambda y: f"{y}-ROUND({self.P('bw_verdeel_vertraging', y)},0)",
            "aandeel_nieuw": self.aandeel_nieuw,
            "plekken_bekostigd_beschut": self.plekken_bekostigd_beschut,
            "overbrugging_per_plek": lambda y: f"{self.P('bw_ophoging_macro', y)}/{self.P('bw_taakstelling_landelijk', y)}",
            "iu_beschut_lks_overbrugging": lambda y: f"{self.Q('plekken_bekostigd_beschut', y)}*{self.Q('overbrugging_per_plek', y)}",
            "iu_beschut_werk_model": lambda y: f"{self.Q('plekken_bekostigd_beschut', y)}*{self.P('bw_bedrag_per_plek', y)}",
            "iu_beschut_werk": self.iu_beschut_werk,
            "lks_pct": self.lks_pct, "lks_pct_buig": self.lks_pct_buig,
            "jaarloon_wml": lambda y: (f"{self.P('wml_uur', y)}*{self.V('contracturen')}*{self.P('weken_per_jaar', y)}"
                                       f"*(1+{self.P('vakantiebijslag', y)})"),
            "lks_grondslag": lambda y: f"{self.Q('jaarloon_wml', y)}*(1+{self.P('werkgeverslasten_lks', y)})",
            "lks_per_persoon": lambda y: f"{self.Q('lks_pct', y)}*{self.Q('lks_grondslag', y)}",
            "lasten_lks_beschut": lambda y: f"{self.Q('real', y)}*{self.Q('lks_per_persoon', y)}",
            "buig_lks_beschut": lambda y: (f"{self.Q('real', y)}*{self.Q('lks_pct_buig', y)}*{self.Q('lks_grondslag', y)}"
                                           f"*{self.P('buig_lks_dekking', y)}"),
            "loon_per_persoon": lambda y: f"{self.Q('jaarloon_wml', y)}*(1+{self.V('werkgeverslasten_sob')})",
            "netto_kosten_per_persoon": self.netto_kosten_per_persoon,
            "lasten_beschut_aanvullend": lambda y: (f"{self.Q('real', y)}*{self.Q('netto_kosten_per_persoon', y)}"
                                                    f"-{self.Q('lasten_lks_beschut', y)}"),
            "saldo_beschut_per_plek": self.saldo_beschut_per_plek,
            "realisatiegraad": lambda y: f"IF({self.Q('taak', y)}=0,0,{self.Q('real', y)}/{self.Q('taak', y)})",
            "realisatiegraad_fte": lambda y: (f"IF({self.Q('taak', y)}=0,0,{self.Q('real', y)}*{self.V('contracturen')}"
                                              f"/{self.P('uren_per_plek', y)}/{self.Q('taak', y)})"),
            # sociale infrastructuur
            "si_aandeel": lambda y: self._aandeel("circ_si", "si_macro", "dgr_gemeente", y),
            "iu_sociale_infrastructuur": lambda y: self._bedrag("circ_si", "si_macro", "si_aandeel", y),
            "iu_sociale_infrastructuur_model": lambda y: self._zonder("circ_si", "si_macro", "dgr_gemeente", y),
            "si_plekken_gefinancierd": lambda y: (None if self._waarde("si_aandeel", y) is None else
                                                  f"{self.Q('si_aandeel', y)}*{self.P('si_plekken_landelijk', y)}"),
            "lasten_sociale_infrastructuur": lambda y: (f"{self.Q('si_plekken', y)}*{self.V('si_kosten_per_plek')}"
                                                        f"*{self.IDX(y)}"),
            # impulsbudget
            "ib_aandeel_regio": lambda y: self._aandeel("circ_impulsbudget", "ib_macro", "dgr_samenwerkingsverband", y),
            "ib_regio": lambda y: self._bedrag("circ_impulsbudget", "ib_macro", "ib_aandeel_regio", y),
            "ib_regio_model": lambda y: self._zonder("circ_impulsbudget", "ib_macro", "dgr_samenwerkingsverband", y),
            "du_impulsbudget": lambda y: (f"IF({self.V('ontvangt_impulsbudget')},{self.Q('ib_regio', y)},"
                                          f"{self.Q('doorbetaling', y)})"),
            "impulsbudget_toegerekend": self.impulsbudget_toegerekend,
            "lasten_impulsbudget": lambda y: "+".join(self.Q(f"besteding_{c}", y) for c in BESTEDINGSCATEGORIEEN),
            "mutatie_reserve_impulsbudget": lambda y: (f"IF({self.V('reserveren_impulsbudget')},"
                                                       f"{self.Q('du_impulsbudget', y)}-{self.Q('lasten_impulsbudget', y)},0)"),
            "toevoeging_reserve_impulsbudget": lambda y: f"MAX({self.Q('mutatie_reserve_impulsbudget', y)},0)",
            "onttrekking_reserve_impulsbudget": lambda y: f"MAX(-{self.Q('mutatie_reserve_impulsbudget', y)},0)",
            "reserve_impulsbudget": self.reserve_impulsbudget,
            # wsw
            "se": self.se, "iu_wsw": self.iu_wsw,
            "iu_wsw_model": lambda y: self._wsw_zonder(y, y),
            "lasten_wsw": lambda y: f"{self.Q('se', y)}*{self.V('wsw_netto_kosten_per_se')}*{self.IDX(y)}",
            # maatschappelijke baten
            "maatschappelijke_baten": lambda y: self._brede_baten("midden", y),
            "maatschappelijke_baten_laag": lambda y: self._brede_baten("laag", y),
            "maatschappelijke_baten_hoog": lambda y: self._brede_baten("hoog", y),
            "maatschappelijke_baten_gemeente": lambda y: (f"{self.Q('maatschappelijke_baten', y)}"
                                                          f"*{self.P('brede_baten_aandeel_gemeente', y)}"),
        }

    def formule(self, sleutel: str, jaar: int) -> str | None:
        return self.regels[sleutel](jaar)

    # -- helpers ---------------------------------------------------------------------
    def _waarde(self, sleutel: str, jaar: int):
        return self.r.knoop(sleutel, jaar).waarde

    def groei(self, index: str, van: int, tot: int) -> str:
        """REKENREGELS §1 indexation as a product (same order as model.parameters.groeifactor); '' for 1."""
        if tot > van:
            return "*(" + "*".join(f"(1+{self.P(index, j)})" for j in range(van + 1, tot + 1)) + ")"
        if tot < van:
            return "*(1/" + "/".join(f"(1+{self.P(index, j)})" for j in range(tot + 1, van + 1)) + ")"
        return ""

    def _doorgetrokken(self, reeks: str, jaar: int) -> str:
        gegeven = self.invoer.reeks(reeks)
        return self.R(reeks, ankerjaar(gegeven, jaar)) if gegeven else "0"

    def _per_jaar(self, reeks: str, jaar: int) -> str:
        return self.R(reeks, jaar) if jaar in self.invoer.reeks(reeks) else "0"

    def _circulairejaar(self, reeks: str, macro: str, jaar: int, behalve: int | None = None) -> int | None:
        return circulairejaar(self._circ, reeks, jaar, lambda j: self.pw(macro, j) != 0, behalve)

    def _uit_aantallen(self, teller: str) -> str | None:
        if getattr(self.invoer, teller) is None or not self.invoer.dgr_landelijk:
            return None
        return f"{self.V(teller)}/{self.V('dgr_landelijk')}"

    def _aandeel(self, reeks: str, macro: str, teller: str, jaar: int, behalve: int | None = None) -> str | None:
        c = self._circulairejaar(reeks, macro, jaar, behalve)
        if c is not None:
            return f"{self.R(reeks, c)}/{self.P(macro, c)}"
        return self._uit_aantallen(teller)

    def _bedrag(self, reeks: str, macro: str, aandeel: str, jaar: int) -> str:
        if jaar in self.invoer.reeks(reeks):
            return self.R(reeks, jaar)
        if self._waarde(aandeel, jaar) is None:
            return "0"
        return f"{self.Q(aandeel, jaar)}*{self.P(macro, jaar)}"

    def _zonder(self, reeks: str, macro: str, teller: str, jaar: int) -> str | None:
        gedeeld = self._aandeel(reeks, macro, teller, jaar, behalve=jaar)
        return None if gedeeld is None else f"{gedeeld}*{self.P(macro, jaar)}"

    # -- beschut werk ---------------------------------------------------------------
    def taak(self, y: int) -> str:
        gegeven = self.invoer.reeks("taakstelling")
        if not gegeven:
            return "0"
        if y in gegeven:
            return self.R("taakstelling", y)
        a = ankerjaar(gegeven, y)
        return f"{self.R('taakstelling', a)}*{self.P('bw_taakstelling_landelijk', y)}/{self.P('bw_taakstelling_landelijk', a)}"

    def real(self, y: int) -> str:
        if ("taak", y) in self.r.knoop("real", y).grootheden:   # scenario: gerealiseerd = taakstelling
            return self.Q("taak", y)
        return self._doorgetrokken("gerealiseerd", y)

    def adv(self, y: int) -> str:
        if self.invoer.reeks("positief_advies"):
            return self._doorgetrokken("positief_advies", y)
        return (f"{self.Q('real', y)}*{self.P('bw_positief_advies_landelijk', y)}"
                f"/{self.P('bw_realisatie_landelijk', y)}")

    def aandeel_nieuw(self, y: int) -> str | None:
        if self._waarde("aandeel_nieuw", y) is None:
            return None
        t = int(self._waarde("peiljaar_verdeelmodel", y))
        return (f"{self.P('bw_gewicht_realisatie', y)}*{self.Q('real', t)}/{self.P('bw_realisatie_landelijk', t)}"
                f"+{self.P('bw_gewicht_advies', y)}*{self.Q('adv', t)}/{self.P('bw_positief_advies_landelijk', t)}")

    def plekken_bekostigd_beschut(self, y: int) -> str:
        a = self.Q("aandeel_nieuw_verdeelmodel", y)
        oud = f"(1-{a})*{self.Q('taak', y)}"
        if self._waarde("aandeel_nieuw_verdeelmodel", y) == 0:
            return oud
        return f"{oud}+{a}*{self.Q('aandeel_nieuw', y)}*{self.P('bw_taakstelling_landelijk', y)}"

    def iu_beschut_werk(self, y: int) -> str:
        if y not in self.invoer.reeks("circ_beschut"):
            return self.Q("iu_beschut_werk_model", y)
        if bevat_ophoging(self.invoer.editie(y)):
            return f"{self.R('circ_beschut', y)}-{self.Q('iu_beschut_lks_overbrugging', y)}"
        return self.R("circ_beschut", y)

    def _forfait(self, y: int, anders: str) -> str:
        return f"IF({y}>={self.P('lks_forfait_startjaar', y)},{self.P('lks_forfait_pct', y)},{anders})"

    def lks_pct(self, y: int) -> str:
        eigen = self.V("lks_percentage") if self.invoer.lks_percentage is not None else self.P("lks_gemiddeld_pct", y)
        return self._forfait(y, eigen)

    def lks_pct_buig(self, y: int) -> str:
        loonwaarde = self.V("lks_pct_loonwaarde") if self.invoer.lks_pct_loonwaarde is not None else self.Q("lks_pct", y)
        return self._forfait(y, loonwaarde)

    def netto_kosten_per_persoon(self, y: int) -> str:
        begeleiding = self.V("begeleiding_per_plek") if self.invoer.begeleiding_per_plek is not None else "0"
        overhead = self.V("overhead_per_plek") if self.invoer.overhead_per_plek is not None else "0"
        return (f"{self.Q('loon_per_persoon', y)}+({begeleiding}+{overhead}-{self.V('netto_toegevoegde_waarde')})"
                f"*{self.IDX(y)}")

    def saldo_beschut_per_plek(self, y: int) -> str:
        q = lambda s: self.Q(s, y)  # noqa: E731
        return (f"IF({q('real')}=0,0,({q('iu_beschut_werk')}+{q('iu_beschut_lks_overbrugging')}+{q('buig_lks_beschut')}"
                f"-{q('lasten_lks_beschut')}-{q('lasten_beschut_aanvullend')})/{q('real')})")

    # -- impulsbudget -----------------------------------------------------------------
    def impulsbudget_toegerekend(self, y: int) -> str:
        if self.invoer.dgr_gemeente is None or not self.invoer.dgr_samenwerkingsverband:
            return "0"
        return f"{self.Q('ib_regio', y)}*{self.V('dgr_gemeente')}/{self.V('dgr_samenwerkingsverband')}"

    def reserve_impulsbudget(self, y: int) -> str:
        vorig = self.V("reserve_impulsbudget_start") if y == EERSTE_MODELJAAR else self.Q("reserve_impulsbudget", y - 1)
        return f"{vorig}+{self.Q('mutatie_reserve_impulsbudget', y)}"

    # -- wsw ----------------------------------------------------------------------------
    def se(self, y: int) -> str:
        basis = self.V("wsw_se_basis")
        if self.invoer.wsw_uitstroom_pct is not None:
            return f"{basis}*(1-{self.V('wsw_uitstroom_pct')})^({y}-{self.V('basisjaar')})"
        b = self.invoer.basisjaar
        return f"{basis}*{self.P('wsw_volume_actueel', y)}/{self.P('wsw_volume_actueel', b)}"

    def _wsw_van(self, y: int, c: int, bedrag: str) -> str:
        return (f"{bedrag}*{self.P('wsw_volume_mvt', y)}/{self.P('wsw_volume_mvt', c)}"
                f"*{self.P('wsw_per_se', y)}/{self.P('wsw_per_se', c)}{self.groei('lpo_rijk', c, y)}")

    def _wsw_zonder(self, y: int, behalve: int | None) -> str | None:
        c = self._circulairejaar("circ_wsw", "wsw_volume_mvt", y, behalve)
        if c is not None:
            return self._wsw_van(y, c, self.R("circ_wsw", c))
        if self.invoer.wsw_rijksbijdrage_basis is None:
            return None
        return self._wsw_van(y, self.invoer.basisjaar, self.V("wsw_rijksbijdrage_basis"))

    def iu_wsw(self, y: int) -> str:
        if y in self.invoer.reeks("circ_wsw"):
            return self.R("circ_wsw", y)
        return self._wsw_zonder(y, None) or "0"

    # -- maatschappelijke baten -----------------------------------------------------
    def _brede_baten(self, niveau: str, y: int) -> str:
        return f"({self.Q('real', y)}+{self.Q('si_plekken', y)})*{self.P(f'brede_baten_{niveau}', y)}"
