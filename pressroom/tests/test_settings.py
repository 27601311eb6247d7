"""The project's settings: the database is tuned for a site that editors write to."""

from django.db import connection

import pytest

pytestmark = pytest.mark.django_db


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] >= 5000


def test_postgresql_never_spends_a_request_compiling_a_query():
    # On a database not analysed yet the planner overestimates a page's
    # query and the JIT compiler took 200 to 300 ms over it.
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
