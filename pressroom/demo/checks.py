"""Production refuses to run while any account has the demo's password.

The demo's accounts get the well-known password ``pressroom-demo`` only in
development and tests (``DEMO_FIXED_PASSWORDS``); a database that was once
loaded with it, or an account someone gave it, must not go live. Two guards
use ``users_with_demo_password``:

- ``check_demo_passwords``, a deployment check: ``manage.py check --deploy``
  fails and names the accounts;
- ``refuse_demo_passwords``, called by ``pressroom/wsgi.py`` when the
  application starts: it will not serve.

``manage.py changepassword`` runs neither, so it fixes the accounts.

Comparing a password costs a hash (about a second each with Django's
PBKDF2), so each stored hash's verdict is kept in the cache under a digest
of that hash: a new or changed password is checked once, the others are
not checked again when the next worker starts.
"""

import hashlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX, check_password
from django.core.cache import cache
from django.core.checks import Error, register
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

DEMO_PASSWORD = "pressroom-demo"  # noqa: S105 - published in the README, checked for
VERDICT_SECONDS = 30 * 24 * 60 * 60


def _verdict_key(password_hash):
    digest = hashlib.sha256(f"{DEMO_PASSWORD}\0{password_hash}".encode()).hexdigest()
    return f"pressroom.demo.password-verdict:{digest}"


def users_with_demo_password():
    """User names of active accounts whose password is the demo's, sorted."""
    user_model = get_user_model()
    if user_model._meta.db_table not in connection.introspection.table_names():
        return []  # not migrated yet: no accounts
    accounts = list(
        user_model.objects.filter(is_active=True)
        .exclude(password="")
        .exclude(password__startswith=UNUSABLE_PASSWORD_PREFIX)
        .values_list(user_model.USERNAME_FIELD, "password")
    )
    keys = {password: _verdict_key(password) for _name, password in accounts}
    known = cache.get_many(keys.values())
    found = []
    for username, password in accounts:
        verdict = known.get(keys[password])
        if verdict is None:
            verdict = check_password(DEMO_PASSWORD, password)
            cache.set(keys[password], verdict, VERDICT_SECONDS)
        if verdict:
            found.append(username)
    return sorted(found)


def _message(usernames):
    return (
        "These accounts have the demo's well-known password "
        f"({DEMO_PASSWORD!r}): {', '.join(usernames)}. Production will not run "
        "until each has another password (manage.py changepassword USERNAME) "
        "or is removed or deactivated."
    )


@register(deploy=True)
def check_demo_passwords(app_configs=None, **kwargs):
    """Deployment check: no account may have the demo's password."""
    usernames = users_with_demo_password()
    if not usernames:
        return []
    return [Error(_message(usernames), id="pressroom.demo.E001")]


def refuse_demo_passwords():
    """Stop the application's start while an account has the demo's password."""
    if getattr(settings, "DEMO_FIXED_PASSWORDS", False):
        return  # development: the demo's accounts are meant to have it
    usernames = users_with_demo_password()
    if usernames:
        raise ImproperlyConfigured(f"Refusing to start. {_message(usernames)}")
