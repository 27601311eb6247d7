"""Dump and restore PostgreSQL with its own tools, ``pg_dump`` and ``pg_restore``.

The connection comes from Django's database settings; the password goes in
the child's environment (``PGPASSWORD``), never on its command line, where
other users of the machine could read it.
"""

import os
import shutil
import subprocess  # noqa: S404 - PostgreSQL's own tools, fixed arguments

from .sqlite_backup import BackupError

# Django's OPTIONS that libpq also reads from the environment.
LIBPQ_OPTIONS = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
}


def libpq_environment(settings_dict):
    """The environment that points libpq's tools at Django's database."""
    environment = dict(os.environ)
    for name, variable in (
        ("NAME", "PGDATABASE"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
    ):
        if settings_dict.get(name):
            environment[variable] = str(settings_dict[name])
    for option, variable in LIBPQ_OPTIONS.items():
        value = settings_dict.get("OPTIONS", {}).get(option)
        if value:
            environment[variable] = str(value)
    return environment


def _run(program, arguments, settings_dict):
    executable = shutil.which(program)
    if executable is None:
        raise BackupError(
            f"{program} is missing: install PostgreSQL's client tools "
            "(Debian: postgresql-client) in the version of the server."
        )
    result = subprocess.run(  # noqa: S603 - fixed program, no shell
        [executable, *arguments],
        env=libpq_environment(settings_dict),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BackupError(f"{program} failed: {result.stderr.strip()}")


def dump_postgresql(settings_dict, destination):
    """Write the database to ``destination`` in pg_dump's custom format."""
    _run(
        "pg_dump",
        ["--format=custom", "--no-owner", "--no-privileges", f"--file={destination}"],
        settings_dict,
    )


def restore_postgresql(settings_dict, source):
    """Replace the database's objects by those of the dump ``source``.

    Objects in the dump are dropped first (``--clean --if-exists``), and the
    whole restore is one transaction: it happens completely or not at all.
    """
    _run(
        "pg_restore",
        [
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={settings_dict['NAME']}",
            str(source),
        ],
        settings_dict,
    )
