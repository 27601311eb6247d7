"""Fixtures for the media desk: the form page, a valid submission, staff roles."""

import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from pressroom.inquiries.access import DESK_GROUP, HQ_GROUP
from pressroom.inquiries.forms import signed_start_time
from pressroom.inquiries.models import MediaInquiryPage
from pressroom.testing import make_media_outlet


@pytest.fixture(autouse=True)
def private_attachments(settings, tmp_path):
    settings.INQUIRY_ATTACHMENT_ROOT = tmp_path / "attachments"


@pytest.fixture
def form_page(english):
    return MediaInquiryPage.objects.live().get(locale=english)


@pytest.fixture
def serbian_form_page(serbian):
    return MediaInquiryPage.objects.live().get(locale=serbian)


def valid_submission(**overrides):
    """What a journalist fills in, shown to them ten seconds before sending."""
    data = {
        "name": "Ana Petrović",
        "outlet": "Dnevni glasnik",
        "role": "reporter",
        "email": "ana@glasnik.example.org",
        "phone": "",
        "reply_language": "en",
        "subject": "Exercise schedule",
        "question": "When does the joint exercise start?",
        "deadline_date": "",
        "deadline_time": "",
        "website": "",
        "started": signed_start_time(time.time() - 10),
    }
    data.update(overrides)
    return data


@pytest.fixture
def submission():
    return valid_submission


def make_user(username, *groups, **extra):
    user = get_user_model().objects.create_user(
        username=username, password="secret-password-123", **extra
    )
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


@pytest.fixture
def registered_outlets(db):
    """Two outlets the desk knows by their e-mail domains."""
    return [
        make_media_outlet("Dnevni glasnik (fictional)", "glasnik.example.org"),
        make_media_outlet(
            "Radio Sava (fictional)", "radiosava.example.org\nsava.example.org"
        ),
    ]


@pytest.fixture
def desk_member(db):
    return make_user("desk", DESK_GROUP)


@pytest.fixture
def hq_member(db):
    return make_user("hq", HQ_GROUP)


@pytest.fixture
def editor(db):
    return make_user("page-editor", "Editors", "Moderators")
