"""Kill the server during an inquiry flood; no acknowledged inquiry may be lost.

    python bench/inquiry_kill.py                      # SQLite in var/bench-kill.sqlite3
    DATABASE_URL=postgres://… python bench/inquiry_kill.py

It prepares a database (migrate, demo), starts granian on 127.0.0.1 as
deploy/serve-prod does (one worker process per core, eight threads each), sends
``--count`` concurrent inquiries as in ``inquiry_flood.py`` and, ``--kill-after``
seconds after they start, kills the whole server with SIGKILL: no clean
shutdown, requests cut off half-way. Then it checks, in the database, that
every inquiry whose confirmation page (with its reference) reached a
journalist is stored, with its acknowledgement e-mail queued, and that no
inquiry is stored half-way (without its history or its acknowledgement).
Exit status 0 when nothing acknowledged was lost. See bench/README.md.
"""

import argparse
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
sys.path.insert(0, str(BASE_DIR / "bench"))

from inquiry_flood import MARKER, Journalist  # noqa: E402


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_environment():
    env = dict(os.environ)
    env.setdefault(
        "DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'bench-kill.sqlite3'}"
    )
    env["DJANGO_SETTINGS_MODULE"] = "pressroom.settings.dev"
    env["INQUIRY_RATE_LIMIT_PER_HOUR"] = "0"
    env["PAGE_CACHE_SECONDS"] = "0"
    return env


def manage(env, *args):
    subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True
    )


def start_server(env, port):
    process = subprocess.Popen(  # noqa: S603 - fixed arguments
        [
            sys.executable,
            "-m",
            "granian",
            "--interface",
            "wsgi",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(os.cpu_count()),
            "--blocking-threads",
            "8",
            "pressroom.wsgi:application",
        ],
        cwd=BASE_DIR,
        env=env,
        # Its own process group: the main process and its worker processes
        # are killed as one.
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            time.sleep(0.3)
    raise SystemExit("granian did not start")


def audit(env, run, acknowledged):
    """Compare what journalists were told with what the database holds."""
    os.environ.update(env)
    import django

    django.setup()
    from pressroom.inquiries.models import Inquiry, InquiryEvent
    from pressroom.outbox.models import OutgoingEmail

    stored = {
        inquiry.reference: inquiry
        for inquiry in Inquiry.objects.filter(subject__startswith=f"{MARKER} {run} ")
    }
    lost = sorted(set(acknowledged) - set(stored))
    half_way = [
        reference
        for reference, inquiry in stored.items()
        if not InquiryEvent.objects.filter(inquiry=inquiry).exists()
        or not OutgoingEmail.objects.filter(to=[inquiry.email]).exists()
    ]
    return stored, lost, half_way


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--kill-after", type=float, default=5.0)
    parser.add_argument("--wait", type=float, default=4.0, help="form age, seconds")
    args = parser.parse_args()

    env = server_environment()
    (BASE_DIR / "var").mkdir(exist_ok=True)
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_demo")
    port = free_port()
    server = start_server(env, port)
    url = f"http://127.0.0.1:{port}"
    run = time.strftime("%Y%m%d%H%M%S")
    clients = [
        Journalist(url, "/en/media-inquiries/", n, run) for n in range(args.count)
    ]
    with ThreadPoolExecutor(max_workers=32) as pool:
        list(pool.map(Journalist.open_form, clients))
    time.sleep(args.wait)

    gate = threading.Barrier(args.count + 1)
    acknowledged, failed = [], []

    def send(client):
        gate.wait()
        try:
            status, reference, _elapsed = client.submit()
        except Exception as error:  # noqa: BLE001 - a cut-off request
            failed.append(type(error).__name__)
            return
        if reference:
            acknowledged.append(reference)

    def kill():
        gate.wait()
        time.sleep(args.kill_after)
        os.killpg(server.pid, signal.SIGKILL)

    killer = threading.Thread(target=kill)
    killer.start()
    with ThreadPoolExecutor(max_workers=args.count) as pool:
        list(pool.map(send, clients))
    killer.join()
    server.wait()

    stored, lost, half_way = audit(env, run, acknowledged)
    print(f"submissions sent                 {args.count}")
    print(f"server killed after, s           {args.kill_after}")
    print(f"acknowledged (reference shown)   {len(acknowledged)}")
    print(f"cut off (no answer)              {len(failed)}")
    print(f"stored                           {len(stored)}")
    print(f"acknowledged but lost            {len(lost)}")
    print(f"stored half-way                  {len(half_way)}")
    ok = not lost and not half_way and len(set(acknowledged)) == len(acknowledged)
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
