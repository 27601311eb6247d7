"""Random and hostile input at the inquiry form, the status link and the queue.

Never a 5xx, never the injected markup unescaped, and a valid form is still
stored whatever its text.
"""

import time
from urllib.parse import quote, urlencode

from django.urls import reverse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressroom.inquiries.forms import signed_start_time
from pressroom.inquiries.models import Inquiry

from .factories import log_in

pytestmark = pytest.mark.django_db

MARKER = "<x-fuzz-9>"
HOSTILE = [
    MARKER,
    f'"><script>alert(1)</script>{MARKER}',
    f"' OR 1=1 --{MARKER}",
    "\x01\x1f\x7f",
    "../../etc/passwd",
    "Вучић Đorđević ЉУБАВ",
    "\u202e\ufeff\U0001f600",
    "9" * 40,
    "2026-13-45",
    "25:99",
]
hostile_text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=60),
    st.builds(lambda a, b: a + MARKER + b, st.text(max_size=20), st.text(max_size=20)),
    st.text(min_size=3000, max_size=12000, alphabet="аbв<>\"'&; \n"),
)
FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


@pytest.fixture(autouse=True)
def no_inquiry_rate_limit(settings):
    settings.INQUIRY_RATE_LIMIT_PER_HOUR = 0


def clean(value):
    """Text as a browser can send it in a form (no NUL)."""
    return value.replace("\x00", "")


def assert_handled(response):
    assert response.status_code < 500, response.status_code
    body = response.content.decode("utf-8", errors="replace")
    assert MARKER not in body, "injected markup came back unescaped"


@FUZZ
@given(
    name=hostile_text,
    outlet=hostile_text,
    email=st.one_of(hostile_text, st.just("a@b.example.org")),
    reply_language=hostile_text,
    subject=hostile_text,
    question=hostile_text,
    deadline_date=hostile_text,
    deadline_time=hostile_text,
    website=st.one_of(st.just(""), hostile_text),
    started=st.one_of(st.just("valid"), hostile_text),
)
def test_the_inquiry_form(
    client,
    form_page,
    name,
    outlet,
    email,
    reply_language,
    subject,
    question,
    deadline_date,
    deadline_time,
    website,
    started,
):
    stamp = signed_start_time(time.time() - 10) if started == "valid" else started
    data = {
        "name": name,
        "outlet": outlet,
        "role": name,
        "email": email,
        "reply_language": reply_language,
        "subject": subject,
        "question": question,
        "deadline_date": deadline_date,
        "deadline_time": deadline_time,
        "website": website,
        "started": stamp,
    }
    before = Inquiry.objects.count()
    response = client.post(form_page.url, {k: clean(v) for k, v in data.items()})
    assert_handled(response)
    if response.status_code == 302:
        assert_handled(client.get(response["Location"]))
        for inquiry in Inquiry.objects.all()[before:]:
            status = client.get(f"/en/inquiry-status/{inquiry.status_token}/")
            assert_handled(status)


@FUZZ
@given(token=hostile_text, received=hostile_text)
def test_the_status_link_and_the_confirmation(client, form_page, token, received):
    path = f"/sr-latn/status-upita/{quote(clean(token), safe='')}/"
    response = client.get(path)
    assert_handled(response)
    assert response.status_code in (301, 302, 404)
    confirmation = client.get(
        f"{form_page.url}?{urlencode({'received': clean(received)})}"
    )
    assert_handled(confirmation)


@FUZZ
@given(
    status=hostile_text, verified=hostile_text, urgency=hostile_text, who=hostile_text
)
def test_the_queue_filters(client, desk_member, status, verified, urgency, who):
    if not client.session.get("_auth_user_id"):
        log_in(client, desk_member)
    query = urlencode(
        {
            "status": clean(status),
            "verified": clean(verified),
            "urgency": clean(urgency),
            "assignee": clean(who),
        }
    )
    response = client.get(f"{reverse('inquiries_admin:queue')}?{query}")
    assert response.status_code == 200
    assert_handled(response)
