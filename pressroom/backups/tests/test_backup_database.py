"""An operator backs up the running SQLite site and can restore from the copy."""

import sqlite3

from django.core.management import CommandError, call_command
from django.db import connection

import pytest

from pressroom.backups.sqlite_backup import BackupError, backup_sqlite

pytestmark = pytest.mark.django_db

sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the SQLite backup needs SQLite"
)


def live_page_titles(path):
    with sqlite3.connect(path) as db:
        return sorted(
            title
            for (title,) in db.execute("SELECT title FROM wagtailcore_page WHERE live")
        )


@sqlite_only
def test_backup_holds_the_published_site(tmp_path, capsys):
    destination = tmp_path / "pressroom-backup.sqlite3"

    call_command("backup_database", str(destination))

    assert "Backed up" in capsys.readouterr().out
    titles = live_page_titles(destination)
    assert titles == live_page_titles(connection.settings_dict["NAME"])
    assert any("Ћ" in title or "ћ" in title for title in titles)
    with sqlite3.connect(destination) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not list(tmp_path.glob(".*partial"))


@sqlite_only
def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        call_command("backup_database", str(tmp_path / "no" / "such" / "file"))


def test_backup_refuses_to_overwrite_the_database(tmp_path):
    database = tmp_path / "site.sqlite3"
    sqlite3.connect(database).close()
    with pytest.raises(BackupError, match="overwrite"):
        backup_sqlite(database, database)


def test_a_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(BackupError, match="no database file"):
        backup_sqlite(tmp_path / "absent.sqlite3", tmp_path / "copy.sqlite3")


@pytest.mark.skipif(connection.vendor == "sqlite", reason="PostgreSQL message")
def test_postgresql_points_to_pg_dump(tmp_path):
    with pytest.raises(CommandError, match="pg_dump"):
        call_command("backup_database", str(tmp_path / "x"))
