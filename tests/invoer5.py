"""INVOER §5: the Voorbeeldgemeente's expected results, Basis scenario, whole euros (one copy for all tests)."""

JAREN = (2026, 2027, 2028, 2031, 2034)
_TABEL = {
    "iu_beschut_werk": (197_044, 209_355, 226_649, 241_612, 260_184),
    "iu_beschut_lks_overbrugging": (45_456, 47_419, 0, 0, 0),
    "iu_sociale_infrastructuur": (139_300, 149_049, 158_798, 188_045, 217_292),
    "iu_wsw": (3_350_000, 3_205_195, 3_130_732, 2_871_983, 2_554_927),
    "du_impulsbudget": (472_500, 472_500, 472_500, 432_000, 297_000),
    "lasten_lks_beschut": (219_823, 257_546, 334_460, 360_221, 387_930),
    "lasten_beschut_aanvullend": (282_516, 330_977, 306_252, 329_821, 355_187),
    "lasten_wsw": (3_495_750, 3_320_581, 3_194_025, 2_842_642, 2_529_966),
    "saldo": (-38_502, 34_610, 57_859, 128_284, 108_828),
    "reserve_impulsbudget": (437_500, 535_000, 607_500, 784_500, 760_500),
    "impulsbudget_toegerekend": (206_182, 206_182, 206_182, 188_509, 129_600),
}
#: line -> {year: whole euros}
VERWACHT = {sleutel: dict(zip(JAREN, waarden)) for sleutel, waarden in _TABEL.items()}
