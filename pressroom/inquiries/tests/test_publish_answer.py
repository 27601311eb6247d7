"""Answer once, publish many: a draft from an answer, mailed to all who asked."""

from django.core import mail
from django.urls import reverse

import pytest

from pressroom.inquiries import services
from pressroom.inquiries.models import Inquiry
from pressroom.news.models import ArticlePage

from .factories import log_in, submit_inquiry
from .test_import_direction import APP, imported_modules

pytestmark = pytest.mark.django_db


def act(client, inquiry, action, **data):
    return client.post(reverse("inquiries_admin:act", args=[inquiry.pk, action]), data)


@pytest.fixture
def answered(desk_member):
    inquiry = submit_inquiry(
        name="Marko Jovanović",
        subject="Training programme",
        question="Marko Jovanović, Radio Sava (+381 64 123 4567): "
        "how many officers take part?",
    )
    services.inquiry_answer(inquiry=inquiry, text="Forty officers.", actor=desk_member)
    return inquiry


def test_the_desk_makes_an_anonymised_draft_that_awaits_approval(
    client, desk_member, answered
):
    log_in(client, desk_member)
    detail = client.get(reverse("inquiries_admin:detail", args=[answered.pk]))
    text = detail.content.decode()
    assert "Make a draft article from the answer" in text
    assert "+381 64" not in text.split("The question, as published")[1]

    act(
        client,
        answered,
        "draft",
        kind="interview",
        title="How many officers train",
        question=services.anonymised_question(answered),
    )

    answered.refresh_from_db()
    page = ArticlePage.objects.get(pk=answered.published_page_id)
    assert not page.live and page.kind == "interview"
    assert page.locale.language_code == "en"
    draft = page.get_latest_revision_as_object()
    body = str(draft.body) + draft.lead
    assert "Forty officers." in body and "how many officers take part?" in body
    assert "Marko" not in body and "Radio Sava" not in body and "4567" not in body
    assert page.workflow_in_progress  # the head of public affairs approves it
    assert (
        "draft, awaiting approval"
        in client.get(
            reverse("inquiries_admin:detail", args=[answered.pk])
        ).content.decode()
    )


def test_the_published_answer_is_mailed_once_to_everyone_who_asked(
    client, desk_member, answered, deliver_email
):
    same = submit_inquiry(email="ivana@glasnik.example.org", reply_language="sr-latn")
    also = submit_inquiry(email="petar@vreme.example.com")
    erased = submit_inquiry(email="gone@vreme.example.com")
    unrelated = submit_inquiry(email="other@vreme.example.com")
    log_in(client, desk_member)
    for inquiry in (same, also, erased):
        act(client, inquiry, "link", reference=answered.reference)
    services.inquiry_erase(inquiry=erased, actor=desk_member)
    page = services.inquiry_draft_article(
        inquiry=answered,
        kind="statement",
        title="Training programme",
        question="How many officers take part?",
        actor=desk_member,
    )
    deliver_email()
    mail.outbox.clear()

    page.get_latest_revision().publish()
    page.get_latest_revision().publish()  # published again: no second e-mail
    deliver_email()

    sent = {message.to[0]: message.body for message in mail.outbox}
    assert set(sent) == {
        "marko@radiosava.example.org",
        "ivana@glasnik.example.org",
        "petar@vreme.example.com",
    }
    page.refresh_from_db()
    assert page.url.rstrip("/").rsplit("/", 1)[1] in sent["petar@vreme.example.com"]
    assert "/en/" in sent["ivana@glasnik.example.org"]  # the article's language
    assert unrelated.events.filter(action="published").count() == 0

    # Linked after publication: told at once.
    late = submit_inquiry(email="late@vreme.example.com")
    deliver_email()
    mail.outbox.clear()
    act(client, late, "link", reference=same.reference)
    deliver_email()
    assert [message.to for message in mail.outbox] == [["late@vreme.example.com"]]
    assert Inquiry.objects.get(pk=late.pk).same_as_id == answered.pk


def test_an_unanswered_inquiry_cannot_be_published(desk_member):
    from django.core.exceptions import ValidationError

    inquiry = submit_inquiry()
    with pytest.raises(ValidationError):
        services.inquiry_draft_article(
            inquiry=inquiry,
            kind="statement",
            title="t",
            question="q",
            actor=desk_member,
        )
    assert not ArticlePage.objects.filter(title="t").exists()


def test_inquiries_never_import_news():
    for path in APP.glob("*.py"):
        assert "news" not in imported_modules(path), path
        assert "pressroom.news" not in path.read_text(), path


def test_a_published_answer_readers_may_not_see_is_mailed_to_nobody(
    desk_member, answered, deliver_email
):
    from pressroom.testing import restrict

    page = services.inquiry_draft_article(
        inquiry=answered,
        kind="statement",
        title="Training programme",
        question="How many officers take part?",
        actor=desk_member,
    )
    restrict(page, "login")
    deliver_email()
    mail.outbox.clear()

    page.get_latest_revision().publish()
    deliver_email()

    assert mail.outbox == []
    assert answered.events.filter(action="published").count() == 0
