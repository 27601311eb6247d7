"""Prepare page files for nginx (see pressroom.pagecache.page_files)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pressroom.pagecache import page_files


class Command(BaseCommand):
    help = (
        "Remove every page file under PAGE_FILES_ROOT (the cache they were "
        "written for may be gone) and write DIRECTORY/page-file-headers.conf "
        "(the headers Django gives every page, as nginx add_header lines) and "
        "DIRECTORY/page-file-languages.conf (each language prefix's "
        "Content-Language) for deploy/nginx.conf.template."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)

    def handle(self, *args, directory, **options):
        try:
            files = {
                "page-file-headers.conf": page_files.nginx_headers_conf(),
                "page-file-languages.conf": page_files.nginx_languages_conf(),
            }
        except ValueError as error:
            raise CommandError(str(error)) from error
        page_files.remove_all()
        directory.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (directory / name).write_text(text, encoding="utf-8")
            self.stdout.write(f"Wrote {directory / name}")
