"""Drafts made from the media desk's answers (issue 24: answer once, publish many).

The media desk (``pressroom.inquiries``) never imports ``news``: it finds
``draft_answer_article`` through the ``make_inquiry_answer_draft`` Wagtail
hook registered in ``news/wagtail_hooks.py``, and keeps a foreign key to
the page it gets back.
"""

from django.template.defaultfilters import linebreaks_filter
from django.utils import timezone, translation
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext

from wagtail.models import Locale

from .models import ArticleKind, ArticlePage, NewsIndexPage

ANSWER_KINDS = (ArticleKind.STATEMENT, ArticleKind.INTERVIEW)


def _newsroom(language_code):
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        return None
    return NewsIndexPage.objects.filter(locale=locale).order_by("depth", "path").first()


def _unique_slug(parent, title):
    base = slugify(title, allow_unicode=False)[:60].strip("-") or "answer"
    slug, number = base, 1
    while parent.get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _question_and_answer(question, answer, language_code):
    with translation.override(language_code):
        return [
            ("heading", gettext("Question")),
            ("paragraph", linebreaks_filter(question, autoescape=True)),
            ("heading", gettext("Answer")),
            ("paragraph", linebreaks_filter(answer, autoescape=True)),
        ]


def draft_answer_article(*, title, kind, question, answer, language_code, user):
    """A draft statement or interview (Q&A) in the newsroom of ``language_code``.

    The question and the answer are plain text (escaped here). The draft is
    submitted to the page's approval workflow on behalf of ``user``, so it is
    published only when the head of public affairs approves it. Returns the
    page, or raises ``ValueError`` when there is no newsroom in that language
    or the kind is not an answer's.
    """
    if kind not in ANSWER_KINDS:
        raise ValueError(f"Not a kind for an answer: {kind!r}")
    newsroom = _newsroom(language_code)
    if newsroom is None:
        raise ValueError(f"There is no newsroom in {language_code!r}")
    page = ArticlePage(
        title=title,
        draft_title=title,
        slug=_unique_slug(newsroom, title),
        kind=kind,
        date=timezone.localdate(),
        lead=Truncator(" ".join(question.split())).chars(300),
        body=_question_and_answer(question, answer, language_code),
        live=False,
        owner=user,
    )
    newsroom.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    return page
