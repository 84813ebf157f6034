"""Risico's en weerstandsvermogen (RISICO.md): the register, the risicosimulatie and the bandbreedte.

- :mod:`model.risico.register`: the shipped register (``resources/risicoregister.toml``), the
  workbook's rows on top, and each model risk's gevolg computed by the funding model;
- :mod:`model.risico.simulatie`: the Monte Carlo over the register, the benodigde
  weerstandscapaciteit and the ratio weerstandsvermogen with its class;
- :mod:`model.risico.bandbreedte`: the whole model over the uncertain assumptions, through the
  array evaluator of the one rule definition.

The workbook's sheet ``Risico's`` is read by :mod:`model.io.risicoblad`.
"""
