"""The display views the main window embeds as tabs and panels.

Every view is a QWidget with ``toon(...)``; call it again after each recalculation:

- ``stromen.stroomviews()``: one ``Stroomview`` per stream of the catalogue (``BeschutWerkView``,
  ``SocialeInfrastructuurView``, ``ImpulsbudgetView``, ``WswView``, ``MaatschappelijkeBatenView`` add
  their bespoke sections): ``toon(resultaat)``
- ``vergelijking.VergelijkingView``: ``toon(vergelijking)`` (model.analyse.Vergelijking)
- ``gevoeligheid.GevoeligheidView``: ``toon(gevoeligheden)`` (list of model.analyse.Gevoeligheid)
- ``bevindingen.BevindingenView``: ``toon(bevindingen, resultaat | None)``; signal
  ``bevinding_gekozen(Bevinding)`` when the user activates an input finding

``tabellen`` holds the shared read-only table model with Dutch number cells; the charts are in
``ui.grafieken``.
"""
