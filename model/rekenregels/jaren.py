"""Structural years of the model (not parameters: they bound the calculation itself)."""

#: The first model year: the impulsbudget, the overbrugging and the sociale-infrastructuur
#: budget start in 2025, and the impulsbudget reserve recurrence starts here.
EERSTE_MODELJAAR = 2025
#: The last year of the model horizon (REKENREGELS §1).
LAATSTE_MODELJAAR = 2040
