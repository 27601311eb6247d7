"""An online backup of a SQLite database, consistent while the site keeps running.

Uses SQLite's own backup API, which copies a consistent snapshot even while
other processes write (WAL mode), into a temporary file that is checked and
then renamed into place: a backup file is either complete or absent.
"""

import os
import sqlite3
from pathlib import Path


class BackupError(Exception):
    """The backup could not be made; the message says why."""


def backup_sqlite(source, destination):
    """Copy the SQLite database at ``source`` to ``destination``; return its size."""
    source = Path(source)
    destination = Path(destination)
    if not source.is_file():
        raise BackupError(f"There is no database file at {source}.")
    if destination.exists() and destination.resolve() == source.resolve():
        raise BackupError("The backup cannot overwrite the database itself.")
    if not destination.parent.is_dir():
        raise BackupError(f"The folder {destination.parent} does not exist.")
    partial = destination.with_name(f".{destination.name}.partial")
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(partial)
        try:
            reader.backup(writer)
            (result,) = writer.execute("PRAGMA integrity_check").fetchone()
            if result != "ok":
                raise BackupError(f"The copy failed its integrity check: {result}")
            # A plain rollback-journal file restores by simply copying it back.
            writer.execute("PRAGMA journal_mode=DELETE")
        finally:
            writer.close()
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"SQLite could not copy the database: {error}") from error
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    finally:
        reader.close()
    os.replace(partial, destination)
    return destination.stat().st_size


def restore_sqlite(source, destination):
    """Replace the database at ``destination`` by the copy at ``source``.

    Written through SQLite's backup API, so the database file and its
    write-ahead log stay consistent; processes using the database must be
    stopped first.
    """
    source = Path(source)
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        (result,) = reader.execute("PRAGMA integrity_check").fetchone()
        if result != "ok":
            raise BackupError(f"The backup's database is damaged: {result}")
        writer = sqlite3.connect(destination, timeout=5)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    except sqlite3.Error as error:
        raise BackupError(f"SQLite could not restore the database: {error}") from error
    finally:
        reader.close()
