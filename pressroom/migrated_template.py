"""A PostgreSQL database migrated once, which test databases are copied from.

Migrating an empty PostgreSQL database takes about 16 seconds here, and about
30 when the two test workers and the pass of tests about the demo do it at
once. The first process that needs it builds a template database, named by a
digest of every migration the code has, under a PostgreSQL advisory lock
that every process using the server shares (other worktrees included);
every test database (``DATABASES["default"]["TEST"]["TEMPLATE"]``) and every
database a served test makes is then a copy of it, made by PostgreSQL in
about a second, and Django's migrate finds nothing left to do. A change to
any migration gives a new name, so an outdated template is never used;
templates more than two days old are dropped when a new one is built.
"""

import hashlib
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

PREFIX = "pressroom_migrated_"
KEPT_DAYS = 2
BASE_DIR = Path(__file__).resolve().parent.parent
# The advisory lock's key: any fixed number no other code on the server uses.
LOCK_KEY = 0x7072657373726F6F  # "pressroo"


def migrations_digest():
    """A digest of every migration Django would apply, by app, name and source."""
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(None, ignore_no_migrations=True)
    digest = hashlib.sha256()
    for (app, name), migration in sorted(loader.disk_migrations.items()):
        source = Path(sys.modules[type(migration).__module__].__file__)
        digest.update(f"{app}.{name}\n".encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def migrated_template(database_url):
    """The name of the migrated template on the server of ``database_url``
    (a postgres:// URL), built first if no process has built it yet."""
    import psycopg

    name = f"{PREFIX}{migrations_digest()}_{date.today():%Y%m%d}"
    with psycopg.connect(database_url, autocommit=True) as db:
        # Held until this connection closes.
        db.execute("SELECT pg_advisory_lock(%s)", [LOCK_KEY])
        found = "SELECT 1 FROM pg_database WHERE datname = %s"
        if db.execute(found, [name]).fetchone() is None:
            _build(db, database_url, name)
    return name


def _build(db, database_url, name):
    building = f"{name}_building"
    db.execute(f'DROP DATABASE IF EXISTS "{building}" WITH (FORCE)')
    db.execute(f'CREATE DATABASE "{building}"')
    url = urlsplit(database_url)._replace(path=f"/{building}").geturl()
    subprocess.run(  # noqa: S603 (our own manage.py, fixed arguments)
        [sys.executable, str(BASE_DIR / "manage.py"), "migrate", "--noinput"],
        env={
            **os.environ,
            "DATABASE_URL": url,
            "DJANGO_SETTINGS_MODULE": "pressroom.settings.test",
        },
        check=True,
        capture_output=True,
    )
    db.execute(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
    _drop_outdated(db)


def _drop_outdated(db):
    """Drop the templates dated more than KEPT_DAYS ago (another worktree's
    run may still be copying a newer one)."""
    today = date.today()
    rows = db.execute(
        "SELECT datname FROM pg_database WHERE datname LIKE %s", [f"{PREFIX}%"]
    ).fetchall()
    for (name,) in rows:
        try:
            made = datetime.strptime(name.rsplit("_", 1)[-1], "%Y%m%d").date()
        except ValueError:
            continue
        if (today - made).days > KEPT_DAYS:
            db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
