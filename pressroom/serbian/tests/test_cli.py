"""The ``python -m pressroom.serbian`` command line, run as a subprocess."""

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]


def run(*args, stdin=""):
    # A C locale proves that input and output are UTF-8 regardless of locale.
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    env.pop("PYTHONIOENCODING", None)
    env.pop("PYTHONUTF8", None)
    return subprocess.run(  # noqa: S603 (fixed argv, no shell)
        [sys.executable, "-m", "pressroom.serbian", *args],
        input=stdin.encode("utf-8") if isinstance(stdin, str) else stdin,
        capture_output=True,
        cwd=REPO_ROOT,
        env=env,
        timeout=60,
        check=False,
    )


def test_cli_converts_stdin_to_latin_in_utf8_under_c_locale():
    result = run("--to", "latin", stdin="Љубав и ЏУГАЊ\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == "Ljubav i DŽUGANJ\n"


def test_cli_converts_to_cyrillic_with_foreign_words():
    result = run(
        "--to", "cyrillic", "--foreign", "Policy", "Tanjug", stdin="Policy i Tanjug"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == "Policy и Tanjug"


def test_cli_html_mode_to_latin_keeps_markup():
    html = '<p class="ђ" title="Ђак">Ђак <code>ђ</code></p>'
    result = run("--to", "latin", "--html", stdin=html)
    assert result.stdout.decode("utf-8") == (
        '<p class="ђ" title="Đak">Đak <code>ђ</code></p>'
    )


def test_cli_html_mode_to_cyrillic_converts_text_nodes_only():
    html = '<a href="/ljubav" title="Ljubav">Ljubav &amp; nada</a>'
    result = run("--to", "cyrillic", "--html", stdin=html)
    assert result.stdout.decode("utf-8") == (
        '<a href="/ljubav" title="Љубав">Љубав &amp; нада</a>'
    )


def test_cli_passes_invalid_utf8_bytes_through():
    result = run("--to", "latin", stdin=b"\xff\xfe \xd0\x96")
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"\xff\xfe " + "Ž".encode()


def test_cli_foreign_words_require_cyrillic_target():
    result = run("--to", "latin", "--foreign", "x")
    assert result.returncode == 2
    assert b"--foreign only applies" in result.stderr


def test_cli_help_is_in_english():
    result = run("--help")
    assert result.returncode == 0
    assert b"Convert Serbian text between Cyrillic and Latin" in result.stdout


def test_cli_requires_a_target():
    result = run(stdin="x")
    assert result.returncode == 2
