"""Evaluators of the one rule definition beyond the plain numbers (:mod:`model.rekenregels.kern`)."""
