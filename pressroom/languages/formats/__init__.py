"""Date and time formats per reading language (settings.FORMAT_MODULE_PATH).

Django looks here before its own locale formats; a setting missing here
falls through to Django's. See pressroom/languages/dates.py for why.
"""
