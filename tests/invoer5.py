"""INVOER §5 (REKENREGELS version 2): the Voorbeeldgemeente's expected results, Basis scenario, whole euros
(one copy for all tests)."""

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
#: line -> {year: whole euros}
VERWACHT = {sleutel: dict(zip(JAREN, waarden)) for sleutel, waarden in _TABEL.items()}
#: INVOER §5 counts, to four decimals: (line, year) -> value
TELLINGEN = {("plekken_bekostigd_beschut", 2027): 15.3898, ("plekken_bekostigd_beschut", 2028): 16.0552,
             ("realisatiegraad_fte", 2026): 0.7970}
