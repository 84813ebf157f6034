"""Presentation helpers without Qt, shared by both presentation layers: the app (ui/) and the exports
(model/export/).

They sit outside model/ because they are about how figures are shown, not what they are, and outside
ui/ because the PDF export uses them too and model/ never imports ui/. They may use the model's one
Dutch number formatter (model/opmaak.py); nothing in the model's core imports them.
"""
