"""Serbian language support: the Cyrillic/Latin script engine and its Django app.

The engine itself lives in :mod:`pressroom.serbian.script` and is pure Python
(standard library only), so this package must stay import-light: no Django
imports here.
"""
