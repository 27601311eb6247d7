"""An operator backs up the running site, database and uploads in one archive,
and gets the same site back from it."""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path
from unittest import mock

from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

import pytest

from pressroom.backups import postgresql
from pressroom.backups.archive import restore_archive
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


@pytest.fixture
def uploads(tmp_path, settings):
    """A media folder and a private attachments folder, one file in each."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.INQUIRY_ATTACHMENT_ROOT = tmp_path / "private"
    (settings.MEDIA_ROOT / "original_images").mkdir(parents=True)
    (settings.MEDIA_ROOT / "original_images" / "river.jpg").write_bytes(b"JPEG")
    (settings.INQUIRY_ATTACHMENT_ROOT / "2026").mkdir(parents=True)
    (settings.INQUIRY_ATTACHMENT_ROOT / "2026" / "brief.pdf").write_bytes(b"%PDF")
    return settings


def archive_members(path):
    with tarfile.open(path) as tar:
        return {member.name: member for member in tar.getmembers()}


@sqlite_only
def test_one_archive_holds_the_database_and_every_upload(tmp_path, uploads, capsys):
    destination = tmp_path / "backups" / "pressroom.tar.gz"
    destination.parent.mkdir()

    call_command("backup_database", str(destination))

    output = capsys.readouterr().out
    assert "inquiry-attachments (1 file), media (1 file)" in output
    members = archive_members(destination)
    assert "media/original_images/river.jpg" in members
    assert "inquiry-attachments/2026/brief.pdf" in members
    with tarfile.open(destination) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        tar.extract("database.sqlite3", tmp_path, filter="data")
    assert manifest["database"] == "sqlite"
    assert live_page_titles(tmp_path / "database.sqlite3") == live_page_titles(
        connection.settings_dict["NAME"]
    )
    # It holds personal data: only its owner may read it.
    assert destination.stat().st_mode & 0o077 == 0
    assert [path.name for path in destination.parent.iterdir()] == ["pressroom.tar.gz"]


@sqlite_only
def test_links_are_left_out(tmp_path, uploads):
    (uploads.MEDIA_ROOT / "passwd").symlink_to("/etc/passwd")
    destination = tmp_path / "pressroom.tar"

    call_command("backup_database", str(destination))

    assert "media/passwd" not in archive_members(destination)


@sqlite_only
def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        call_command("backup_database", str(tmp_path / "no" / "such.tar.gz"))


def test_the_archive_must_be_named_as_one(tmp_path):
    with pytest.raises(CommandError, match=r"\.tar\.gz"):
        call_command("backup_database", str(tmp_path / "pressroom.sqlite3"))


def test_the_archive_may_not_be_written_into_the_uploads(uploads):
    with pytest.raises(CommandError, match="inside"):
        call_command("backup_database", str(uploads.MEDIA_ROOT / "backup.tar.gz"))


def test_backup_refuses_to_overwrite_the_database(tmp_path):
    database = tmp_path / "site.sqlite3"
    sqlite3.connect(database).close()
    with pytest.raises(BackupError, match="overwrite"):
        backup_sqlite(database, database)


def test_a_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(BackupError, match="no database file"):
        backup_sqlite(tmp_path / "absent.sqlite3", tmp_path / "copy.sqlite3")


def hostile_archive(path, name):
    with tarfile.open(path, "w") as tar:
        for member_name, data in (
            ("manifest.json", json.dumps(
                {"format": 1, "database": "sqlite", "folders": ["media"]}
            ).encode()),
            (name, b"owned"),
        ):  # fmt: skip
            info = tarfile.TarInfo(member_name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


@pytest.mark.parametrize("name", ["../escape.txt", "/etc/cron.d/x", "settings.py"])
def test_restore_refuses_an_entry_outside_its_folders(tmp_path, name):
    archive = tmp_path / "hostile.tar"
    hostile_archive(archive, name)
    media = tmp_path / "site" / "media"
    media.mkdir(parents=True)
    (media / "kept.jpg").write_bytes(b"JPEG")

    with pytest.raises(BackupError, match="unexpected entry"):
        restore_archive(
            archive,
            vendor="sqlite",
            database={"NAME": tmp_path / "site" / "db.sqlite3"},
            folders={"media": media},
        )

    assert (media / "kept.jpg").exists()
    assert not (tmp_path / "escape.txt").exists()
    assert not (tmp_path / "site" / "db.sqlite3").exists()


def test_restore_refuses_a_file_that_is_no_backup(tmp_path):
    archive = tmp_path / "photos.tar.gz"
    with tarfile.open(archive, "w:gz"):
        pass
    with pytest.raises(CommandError, match="not a Pressroom backup"):
        call_command("restore_backup", "--noinput", str(archive))


def test_pg_dump_gets_the_password_from_the_environment_only(tmp_path):
    database = {
        "NAME": "pressroom",
        "USER": "pressroom",
        "PASSWORD": "s3cret",
        "HOST": "db.internal",
        "PORT": 5433,
        "OPTIONS": {"sslmode": "require"},
    }
    with (
        mock.patch("shutil.which", return_value="/usr/bin/pg_dump"),
        mock.patch("subprocess.run") as run,
    ):
        run.return_value.returncode = 0
        postgresql.dump_postgresql(database, tmp_path / "database.dump")

    arguments, environment = run.call_args.args[0], run.call_args.kwargs["env"]
    assert "--format=custom" in arguments
    assert not any("s3cret" in argument for argument in arguments)
    assert environment["PGPASSWORD"] == "s3cret"
    assert (environment["PGHOST"], environment["PGPORT"]) == ("db.internal", "5433")
    assert environment["PGSSLMODE"] == "require"


# End to end: back up, wipe, restore -----------------------------------------

ADD_ARTICLE = """
from pressroom.testing import make_article, make_picture
picture = make_picture(alt_text_en="The river", alt_text_sr="Река")
make_article(title="The bridge opens", image=picture)
"""

ADD_INQUIRY = """
from django.core.files.base import ContentFile
from pressroom.inquiries.services import inquiry_submit
inquiry_submit(
    name="Ana Jović", email="ana@glasnik.example.org", subject="Вежба",
    question="Када почиње вежба?", reply_language="sr", outlet="Dnevni glasnik",
    attachment=ContentFile(b"%PDF-1.4 the brief", name="brief.pdf"),
    attachment_type="application/pdf",
)
"""


def manage(environment, *arguments):
    result = subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *arguments],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def files(folder):
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def snapshot(db, media, attachments):
    """Pages, inquiries and uploaded files of a site; ``db``: a DB-API
    connection to its database (sqlite3 or psycopg)."""
    pages = db.execute(
        "SELECT id, path, title, live, latest_revision_id FROM wagtailcore_page"
        " ORDER BY id"
    ).fetchall()
    inquiries = db.execute(
        "SELECT reference, subject, question, attachment, attachment_name"
        " FROM inquiries_inquiry ORDER BY id"
    ).fetchall()
    return pages, inquiries, files(media), files(attachments)


def sqlite_snapshot(database, media, attachments):
    with sqlite3.connect(database) as db:
        return snapshot(db, media, attachments)


@sqlite_only
def test_back_up_wipe_and_restore_gives_the_same_site_back(tmp_path):
    database = tmp_path / "site.sqlite3"
    # The empty site of the test database, as committed (a copy is quicker
    # than migrating); the shell below adds what is backed up.
    backup_sqlite(connection.settings_dict["NAME"], database)
    media, attachments = tmp_path / "media", tmp_path / "private"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "pressroom.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(media),
        "INQUIRY_ATTACHMENT_ROOT": str(attachments),
    }
    manage(environment, "shell", "-c", ADD_ARTICLE + ADD_INQUIRY)
    before = sqlite_snapshot(database, media, attachments)
    assert before[0] and before[1] and before[2] and before[3]
    archive = tmp_path / "backups" / "pressroom.tar.gz"
    archive.parent.mkdir()

    manage(environment, "backup_database", str(archive))
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        path.unlink(missing_ok=True)
    shutil.rmtree(media)
    shutil.rmtree(attachments)
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "stray.jpg").write_bytes(b"not in the backup")
    output = manage(environment, "restore_backup", "--noinput", str(archive))

    assert "Restored" in output
    assert sqlite_snapshot(database, media, attachments) == before
    manage(environment, "migrate", "--check")


postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the PostgreSQL backup needs the suite on PostgreSQL (DATABASE_URL)",
)


def postgres_snapshot(url, media, attachments):
    import psycopg

    with psycopg.connect(url) as db:
        return snapshot(db, media, attachments)


@postgresql_only
def test_on_postgresql_back_up_wipe_and_restore_gives_the_same_site_back(tmp_path):
    # Databases of their own on the suite's server, not the test database,
    # which is inside the test's transaction.
    from pressroom.tests.served.conftest import (
        drop_postgres_database,
        postgres_database_url,
    )

    media, attachments = tmp_path / "media", tmp_path / "private"
    url, name = postgres_database_url(migrated=True)
    names = [name]
    try:
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "pressroom.settings.dev",
            "DATABASE_URL": url,
            "MEDIA_ROOT": str(media),
            "INQUIRY_ATTACHMENT_ROOT": str(attachments),
            "DJANGO_SUPERUSER_PASSWORD": "a-long-test-only-password-1",
        }
        manage(environment, "migrate", "--noinput")
        manage(environment, "setup_site", "--noinput")
        manage(environment, "shell", "-c", ADD_ARTICLE + ADD_INQUIRY)
        before = postgres_snapshot(url, media, attachments)
        assert before[0] and before[1] and before[2] and before[3]
        archive = tmp_path / "backups" / "pressroom.tar.gz"
        archive.parent.mkdir()

        manage(environment, "backup_database", str(archive))
        # Wiped: the database is gone, and so are the uploads; the site
        # comes back in a new, empty database, as on a new server.
        drop_postgres_database(name)
        shutil.rmtree(media)
        shutil.rmtree(attachments)
        media.mkdir()
        (media / "stray.jpg").write_bytes(b"not in the backup")
        url, name = postgres_database_url()
        names.append(name)
        environment["DATABASE_URL"] = url
        with tarfile.open(archive) as tar:
            manifest = json.load(tar.extractfile("manifest.json"))
            assert "database.dump" in tar.getnames()
        output = manage(environment, "restore_backup", "--noinput", str(archive))

        assert manifest["database"] == "postgresql"
        assert "Restored" in output
        assert postgres_snapshot(url, media, attachments) == before
        manage(environment, "migrate", "--check")
    finally:
        for made in names:
            drop_postgres_database(made)
