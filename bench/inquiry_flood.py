"""Flood a running Pressroom with concurrent media inquiries and count what arrived.

    python bench/inquiry_flood.py --url http://127.0.0.1:8000 --count 200

Every simulated journalist first opens the form (its own cookies, CSRF token
and signed form stamp), then all of them wait until the form is old enough
to pass the minimum time to submit and send at the same moment. All clients
share one address here: with ``INQUIRY_RATE_LIMIT_PER_HOUR=0`` every
inquiry takes the normal path; with a limit, those over it must still be
stored (held for review, their acknowledgement waiting for the desk). The
script reports errors, the references the confirmation pages showed,
whether they are unique, and, when it can reach the server's database (same
``DATABASE_URL``), how many inquiries were stored and how many were held.
See bench/README.md.
"""

import argparse
import http.cookiejar
import os
import re
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REFERENCE = re.compile(r"<strong[^>]*>([A-Z][A-Z0-9]*-\d{4}-\d{5,})</strong>")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STARTED = re.compile(r'name="started" value="([^"]+)"')
MARKER = "bench-flood"


class Journalist:
    """One client with its own cookie jar."""

    def __init__(self, base, form_path, number, run):
        self.base = base
        self.form_url = base + form_path
        self.number = number
        self.run = run
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def open_form(self):
        with self.opener.open(self.form_url, timeout=60) as response:
            html = response.read().decode()
        self.csrf = CSRF.search(html)[1]
        self.started = STARTED.search(html)[1]

    def submit(self):
        fields = {
            "csrfmiddlewaretoken": self.csrf,
            "started": self.started,
            "website": "",
            "name": f"Journalist {self.number}",
            "outlet": "Flood Daily",
            "role": "reporter",
            "email": f"j{self.number}@flood.example.org",
            "phone": "",
            "reply_language": "en",
            "subject": f"{MARKER} {self.run} #{self.number}",
            "question": "How many inquiries can the desk take at once?",
            "deadline_date": "",
            "deadline_time": "",
        }
        request = urllib.request.Request(  # noqa: S310 - http(s) checked in main
            self.form_url,
            data=urllib.parse.urlencode(fields).encode(),
            headers={"Referer": self.form_url},
        )
        began = time.perf_counter()
        with self.opener.open(request, timeout=120) as response:
            html = response.read().decode()
            status = response.status
        elapsed = time.perf_counter() - began
        match = REFERENCE.search(html)
        return status, match[1] if match else None, elapsed


def stored_count(run):
    """Inquiries of this run in the server's database, or None if unreachable."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pressroom.settings.dev")
    try:
        import django

        django.setup()
        from pressroom.inquiries.models import Inquiry

        rows = Inquiry.objects.filter(subject__startswith=f"{MARKER} {run} ")
        return (
            rows.count(),
            rows.values("reference").distinct().count(),
            rows.exclude(held="").count(),
        )
    except Exception as error:  # noqa: BLE001 - the figure is optional
        print(f"(database not checked: {error})")
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--form", default="/en/media-inquiries/")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--wait", type=float, default=4.0, help="form age, seconds")
    args = parser.parse_args()
    if not args.url.startswith(("http://", "https://")):
        parser.error("--url must be an http:// or https:// address")

    run = time.strftime("%Y%m%d%H%M%S")
    clients = [Journalist(args.url, args.form, n, run) for n in range(args.count)]
    with ThreadPoolExecutor(max_workers=32) as pool:
        list(pool.map(Journalist.open_form, clients))
    time.sleep(args.wait)

    gate = threading.Barrier(args.count)
    errors = []

    def send(client):
        gate.wait()
        try:
            return client.submit()
        except Exception as error:  # noqa: BLE001 - counted and shown
            errors.append(f"{type(error).__name__}: {error}")
            return None

    began = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.count) as pool:
        results = [r for r in pool.map(send, clients) if r is not None]
    wall = time.perf_counter() - began

    references = [reference for status, reference, _ in results if reference]
    latencies = sorted(elapsed for *_, elapsed in results)
    print(f"submissions sent        {args.count}")
    print(f"errors                  {len(errors)}")
    for error in sorted(set(errors))[:5]:
        print(f"  {error}")
    print(f"confirmation pages      {len(references)}")
    print(f"unique references       {len(set(references))}")
    print(f"wall time, s            {wall:.2f}")
    if latencies:
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        print(
            f"median / p95 / max, s   {statistics.median(latencies):.2f} / "
            f"{p95:.2f} / {latencies[-1]:.2f}"
        )
    counted = stored_count(run)
    if counted is not None:
        print(f"stored inquiries        {counted[0]} ({counted[1]} unique references)")
        print(f"held for review         {counted[2]} (over the per-address limit)")
    ok = not errors and len(set(references)) == args.count
    ok = ok and (counted is None or counted[:2] == (args.count, args.count))
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
