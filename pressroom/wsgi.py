"""WSGI entry point; production settings unless told otherwise.

Behind nginx every request comes from the proxy's address. When
``REAL_IP_HEADER`` names the header the proxy sets (deploy/: ``X-Real-IP``),
requests from a trusted proxy (``TRUSTED_PROXIES``, default the loopback)
get the client's address as ``REMOTE_ADDR``, which the search rate limit
counts by.
"""

import gc
import os

from django.core.wsgi import get_wsgi_application

from pressroom.demo.checks import refuse_demo_passwords

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings.production")

application = get_wsgi_application()
refuse_demo_passwords()  # no serving while an account has the demo's password

_real_ip_header = os.environ.get("REAL_IP_HEADER", "")
if _real_ip_header:
    _meta_key = "HTTP_" + _real_ip_header.upper().replace("-", "_")
    _trusted = set(
        os.environ.get("TRUSTED_PROXIES", "127.0.0.1,::1").replace(" ", "").split(",")
    )
    _django = application

    def application(environ, start_response):
        client = environ.get(_meta_key)
        if client and environ.get("REMOTE_ADDR") in _trusted:
            environ["REMOTE_ADDR"] = client
        return _django(environ, start_response)


# Everything loaded so far lives as long as the process: keep it out of the
# garbage collector's full passes, which otherwise stall requests now and then.
gc.freeze()
