"""One archive holding everything a restore needs: the database and the uploads.

A tar file, gzip-compressed when its name ends in ``.tar.gz`` or ``.tgz``::

    manifest.json            format, date, database engine, folders
    database.sqlite3         SQLite: an online backup (sqlite_backup.py)
    database.dump            PostgreSQL: pg_dump --format=custom (postgresql.py)
    media/…                  MEDIA_ROOT: images, renditions, documents
    inquiry-attachments/…    INQUIRY_ATTACHMENT_ROOT: private attachments

The archive is written under a temporary name, readable by its owner only
(it holds personal data), and renamed into place: a backup file is either
complete or absent. A restore reads and checks the whole archive before it
changes anything, then replaces the database and each folder's contents.
Only regular files and folders are archived or restored; a member that would
land outside its folder is refused.
"""

import io
import json
import os
import shutil
import tarfile
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from .postgresql import dump_postgresql, restore_postgresql
from .sqlite_backup import BackupError, backup_sqlite, restore_sqlite

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.dump"}
WRITE_MODES = {".tar": "w", ".tar.gz": "w:gz", ".tgz": "w:gz"}


@dataclass
class Summary:
    """What an archive holds: its database engine and files per folder."""

    vendor: str
    files: dict = field(default_factory=dict)
    size: int = 0

    def describe(self):
        folders = ", ".join(
            f"{name} ({count:,} file{'' if count == 1 else 's'})"
            for name, count in self.files.items()
        )
        return f"the {self.vendor} database, {folders}"


def _write_mode(destination):
    for suffix, mode in WRITE_MODES.items():
        if destination.name.endswith(suffix) and destination.name != suffix:
            return mode
    raise BackupError(
        f"Name the archive …{' or …'.join(WRITE_MODES)}, not {destination.name}."
    )


def _inside(path, folder):
    return path.resolve().is_relative_to(folder.resolve())


def _regular_only(member, counts=None):
    """tar.add's filter: folders and regular files, with no owner names."""
    if not (member.isdir() or member.isfile()):
        return None
    member.uid = member.gid = 0
    member.uname = member.gname = ""
    if counts is not None and member.isfile():
        top = PurePosixPath(member.name).parts[0]
        counts[top] = counts.get(top, 0) + 1
    return member


def create_archive(destination, *, vendor, database, folders):
    """Write the database (Django's settings dict ``database`` for ``vendor``)
    and ``folders`` ({name in the archive: path}) to ``destination``."""
    destination = Path(destination)
    mode = _write_mode(destination)
    if vendor not in DATABASE_FILES:
        raise BackupError(f"Pressroom cannot back up a {vendor} database.")
    if not destination.parent.is_dir():
        raise BackupError(f"The folder {destination.parent} does not exist.")
    for folder in folders.values():
        if _inside(destination, Path(folder)):
            raise BackupError(f"The archive cannot be written inside {folder}.")
    if vendor == "sqlite" and _inside(destination, Path(database["NAME"])):
        raise BackupError("The backup cannot overwrite the database itself.")

    summary = Summary(vendor)
    partial = destination.with_name(f".{destination.name}.partial")
    with tempfile.TemporaryDirectory(
        dir=destination.parent, prefix=".pressroom-backup-"
    ) as work:
        database_file = Path(work) / DATABASE_FILES[vendor]
        if vendor == "sqlite":
            backup_sqlite(database["NAME"], database_file)
        else:
            dump_postgresql(database, database_file)
        manifest = {
            "format": FORMAT,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "database": vendor,
            "folders": sorted(folders),
        }
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with (
                os.fdopen(descriptor, "wb") as raw,
                tarfile.open(fileobj=raw, mode=mode) as tar,
            ):
                data = json.dumps(manifest, indent=2).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size, info.mode = len(data), 0o600
                info.mtime = int(datetime.now(UTC).timestamp())
                tar.addfile(info, fileobj=io.BytesIO(data))
                tar.add(database_file, database_file.name, filter=_regular_only)
                for name, folder in sorted(folders.items()):
                    folder = Path(folder)
                    if not folder.is_dir():  # nothing uploaded yet
                        folder = Path(work) / "empty" / name
                        folder.mkdir(parents=True)
                    summary.files[name] = 0
                    tar.add(
                        folder,
                        name,
                        filter=lambda member: _regular_only(member, summary.files),
                    )
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    os.replace(partial, destination)
    summary.size = destination.stat().st_size
    return summary


def _checked_members(tar, manifest):
    """The archive's members, each a regular file or folder in a known place."""
    tops = {MANIFEST, DATABASE_FILES[manifest["database"]], *manifest["folders"]}
    members = []
    for member in tar.getmembers():
        path = PurePosixPath(member.name)
        if (
            path.is_absolute()
            or ".." in path.parts
            or not path.parts
            or path.parts[0] not in tops
            or not (member.isfile() or member.isdir())
        ):
            raise BackupError(f"The archive holds an unexpected entry: {member.name!r}")
        members.append(member)
    return members


def read_manifest(tar):
    try:
        manifest = json.load(tar.extractfile(MANIFEST))
    except (KeyError, AttributeError, ValueError):
        raise BackupError("This is not a Pressroom backup (no manifest).") from None
    if (
        manifest.get("format") != FORMAT
        or manifest.get("database") not in DATABASE_FILES
    ):
        raise BackupError("This backup's format is not one this version can restore.")
    return manifest


def restore_archive(source, *, vendor, database, folders):
    """Replace the database and the contents of ``folders`` by the archive's."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"There is no backup at {source}.")
    try:
        tar = tarfile.open(source, "r:*")  # noqa: SIM115 - closed by the with below
    except (tarfile.TarError, OSError) as error:
        raise BackupError(f"{source} is not a readable archive: {error}") from None
    with tar, tempfile.TemporaryDirectory(prefix="pressroom-restore-") as work:
        manifest = read_manifest(tar)
        if manifest["database"] != vendor:
            raise BackupError(
                f"This backup holds a {manifest['database']} database; the "
                f"configured database is {vendor}."
            )
        unknown = set(manifest["folders"]) - set(folders)
        if unknown:
            raise BackupError(f"This backup holds folders unknown here: {unknown}")
        members = _checked_members(tar, manifest)
        # Everything is read and checked before anything is replaced.
        staging = {}
        for name in manifest["folders"]:
            target = Path(folders[name])
            target.parent.mkdir(parents=True, exist_ok=True)
            staging[name] = Path(
                tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}-restore-")
            )
        try:
            summary = Summary(vendor)
            for member in members:
                top = PurePosixPath(member.name).parts[0]
                if top in staging:
                    tar.extract(member, staging[top], filter="data")
                    summary.files[top] = summary.files.get(top, 0) + member.isfile()
                elif top == DATABASE_FILES[vendor]:
                    tar.extract(member, work, filter="data")
            database_file = Path(work) / DATABASE_FILES[vendor]
            if not database_file.is_file():
                raise BackupError("The archive holds no database.")
            if vendor == "sqlite":
                restore_sqlite(database_file, database["NAME"])
            else:
                restore_postgresql(database, database_file)
            for name, staged in staging.items():
                _replace_contents(Path(folders[name]), staged / name)
        finally:
            for staged in staging.values():
                shutil.rmtree(staged, ignore_errors=True)
    return summary


def _replace_contents(target, staged):
    """Empty ``target`` (kept itself: it may be a mount point) and move
    ``staged``'s entries into it."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in target.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    if staged.is_dir():
        for entry in staged.iterdir():
            os.replace(entry, target / entry.name)
