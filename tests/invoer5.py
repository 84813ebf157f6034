"""INVOER §5: the Voorbeeldgemeente's expected results, Basis scenario, whole euros (one copy for all tests):
the version-2 table (still valid for the lines version 3 does not change) and the version-3 table."""

JAREN = (2026, 2027, 2028, 2031, 2034)
_TABEL = {
    "iu_beschut_werk": (198_632, 201_869, 215_861, 268_180, 283_113),
    "iu_beschut_lks_overbrugging": (43_868, 44_125, 0, 0, 0),
    "iu_sociale_infrastructuur": (139_300, 152_775, 166_837, 212_756, 264_750),
    "iu_wsw": (3_350_000, 3_285_325, 3_208_989, 2_943_770, 2_618_794),
    "du_impulsbudget": (472_500, 472_500, 472_500, 432_000, 297_000),
    "buig_lks_beschut": (219_823, 257_507, 334_562, 360_286, 387_989),
    "lasten_lks_beschut": (219_823, 257_507, 334_562, 360_286, 387_989),
    "lasten_beschut_aanvullend": (282_516, 330_947, 306_301, 329_853, 355_216),
    "lasten_wsw": (3_495_750, 3_320_581, 3_194_025, 2_842_642, 2_529_966),
    "saldo": (-38_502, 107_717, 133_317, 251_318, 243_053),
    "toevoeging_reserve_impulsbudget": (22_500, 97_500, 72_500, 32_000, 0),
    "saldo_na_bestemming": (-61_002, 10_217, 60_817, 219_318, 246_053),
    "structureel_saldo": (-104_870, -33_909, 60_817, 219_318, 246_053),
    "reserve_impulsbudget": (437_500, 535_000, 607_500, 784_500, 760_500),
    "impulsbudget_toegerekend": (206_182, 206_182, 206_182, 188_509, 129_600),
}
#: line -> {year: whole euros}, the version-2 table as printed
VERWACHT_V2 = {sleutel: dict(zip(JAREN, waarden)) for sleutel, waarden in _TABEL.items()}
#: INVOER §5 counts, to four decimals: (line, year) -> value
TELLINGEN = {("plekken_bekostigd_beschut", 2027): 15.3898, ("plekken_bekostigd_beschut", 2028): 16.0552,
             ("realisatiegraad_fte", 2026): 0.7970}

# INVOER §5, REKENREGELS version 3 (Classificatie: Duurzame werkplekken structureel ja). The v2 lines above that
# are not listed here are unchanged up to 2034, except structureel_saldo and incidentele_lasten (v3 below).
JAREN_V3 = (2026, 2027, 2029, 2034, 2035, 2037)
_TABEL_V3 = {
    "lasten_impulsbudget": (450_000, 375_000, 400_000, 300_000, 307_500, 323_067),
    "besteding_duurzame_werkplekken": (0, 150_000, 400_000, 300_000, 307_500, 323_067),
    "incidentele_lasten": (472_500, 322_500, 72_500, 0, 0, 0),
    "saldo": (-38_502, 107_717, 203_202, 243_053, -72_808, -169_015),
    "toevoeging_reserve_impulsbudget": (22_500, 97_500, 72_500, 0, 0, 0),
    "onttrekking_reserve_impulsbudget": (0, 0, 0, 3_000, 307_500, 137_813),
    "saldo_na_bestemming": (-61_002, 10_217, 130_702, 246_053, 234_692, -31_203),
    "structureel_saldo": (-104_870, -183_909, -269_298, -53_947, -72_808, -169_015),
    "reserve_impulsbudget_begin": (415_000, 437_500, 607_500, 763_500, 760_500, 137_813),
    "reserve_impulsbudget": (437_500, 535_000, 680_000, 760_500, 453_000, 0),
    "besteding_zonder_dekking": (0, 0, 0, 0, 0, 185_255),
}
#: line -> {year: whole euros}, version 3
VERWACHT_V3 = {sleutel: dict(zip(JAREN_V3, waarden)) for sleutel, waarden in _TABEL_V3.items()}
#: the v2 lines that v3 changes (their v2 values are superseded): not to be asserted from the v2 table
GEWIJZIGD_IN_V3 = frozenset({"structureel_saldo", "incidentele_lasten"})
#: line -> {year: whole euros}: the version-2 lines that version 3 leaves as they were
VERWACHT = {sleutel: jaren for sleutel, jaren in VERWACHT_V2.items() if sleutel not in GEWIJZIGD_IN_V3}
