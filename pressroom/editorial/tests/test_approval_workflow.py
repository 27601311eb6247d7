"""An editor submits, the head of public affairs approves or sends back."""

from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from pressroom.editorial import roles
from pressroom.news.models import ArticleKind, ArticlePage, NewsIndexPage
from pressroom.testing import (
    make_article,
    make_translation,
    sign_in_with_second_factor,
)

pytestmark = pytest.mark.django_db


def staff_user(username, group_name):
    user = get_user_model().objects.create_user(
        username=username, password="x", is_staff=True
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor_client(client):
    client.force_login(staff_user("test-writer", roles.EDITORS))
    return client


@pytest.fixture
def head_client(client_factory):
    """The head of public affairs, signed in with both steps (two-factor group)."""
    user = staff_user("test-head", roles.HEAD_OF_PUBLIC_AFFAIRS)
    return sign_in_with_second_factor(client_factory(), user)


@pytest.fixture
def client_factory():
    from django.test import Client

    return Client


@pytest.fixture
def draft(english):
    """A new English press release, saved as a draft, never published."""
    newsroom = NewsIndexPage.objects.get(locale=english, slug="latest-news")
    page = ArticlePage(
        title="Cadets visit the office",
        slug="cadets-visit",
        kind=ArticleKind.PRESS_RELEASE,
        date=date(2026, 11, 20),
        lead="Cadets of the Military Academy visited the office.",
        live=False,
    )
    newsroom.add_child(instance=page)
    page.save_revision()
    return page


def edit_form(page, action, **changes):
    """The article edit form as the admin posts it, with ``action`` pressed."""
    fields = {
        "title": page.title,
        "slug": page.slug,
        "kind": page.kind,
        "date": page.date.isoformat(),
        "place": page.place,
        "byline": page.byline,
        "lead": page.lead,
        "image": "",
        "body": streamfield([]),
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
        **changes,
    }
    return nested_form_data({**fields, action: "1"})


def post_edit(client, page, action, **changes):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(page, action, **changes),
    )


def workflow_action(client, page, action, comment=""):
    task_state = page.current_workflow_task_state
    return client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, action, task_state.pk],
        ),
        {"comment": comment},
    )


def test_the_whole_site_is_under_the_press_office_workflow():
    article = make_article()
    for page in (article, make_translation(article, title="Вежба")):
        assert page.get_workflow().name == roles.WORKFLOW


def test_an_editors_submission_waits_for_the_head_and_is_not_live(editor_client, draft):
    response = post_edit(editor_client, draft, "action-submit")
    assert response.status_code == 302
    draft.refresh_from_db()
    assert not draft.live
    assert draft.workflow_in_progress
    task_state = draft.current_workflow_task_state
    assert task_state.task.name == roles.APPROVAL_TASK
    assert editor_client.get(draft.url).status_code == 404


def test_the_head_approves_and_the_page_goes_live(editor_client, head_client, draft):
    post_edit(editor_client, draft, "action-submit")
    draft.refresh_from_db()
    response = workflow_action(head_client, draft, "approve", "Good to go.")
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.live
    assert not draft.workflow_in_progress
    assert head_client.get(draft.url).status_code == 200


def test_a_change_to_a_live_article_stays_off_the_site_until_approved(
    editor_client, head_client
):
    article = make_article(title="Exercise opens")
    post_edit(editor_client, article, "action-submit", title="Exercise postponed")
    assert "Exercise postponed" not in editor_client.get(article.url).text
    article.refresh_from_db()
    workflow_action(head_client, article, "approve")
    assert "Exercise postponed" in editor_client.get(article.url).text


def test_sent_back_with_a_comment_stays_unpublished(editor_client, head_client, draft):
    post_edit(editor_client, draft, "action-submit")
    draft.refresh_from_db()
    comment = "Please add the place and the byline."
    response = workflow_action(head_client, draft, "reject", comment)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert not draft.live
    state = WorkflowState.objects.for_instance(draft).order_by("-created_at").first()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.get_comment() == comment
    # The editor finds the head's comment on the page's edit screen.
    edit_page = editor_client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
    assert comment in edit_page.text


def test_an_editor_cannot_publish_directly(editor_client, draft):
    post_edit(editor_client, draft, "action-publish")
    draft.refresh_from_db()
    assert not draft.live
    assert draft.live_revision is None
    assert not draft.permissions_for_user(
        get_user_model().objects.get(username="test-writer")
    ).can_publish()


def test_the_head_cannot_be_bypassed_by_an_editor_approving(editor_client, draft):
    post_edit(editor_client, draft, "action-submit")
    draft.refresh_from_db()
    workflow_action(editor_client, draft, "approve")
    draft.refresh_from_db()
    assert not draft.live
    assert draft.workflow_in_progress
